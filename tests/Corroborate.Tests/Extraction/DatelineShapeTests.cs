using Corroborate.Extraction;
using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

/// <summary>Date lines as scraped pages write them (fictional lines written for these tests).</summary>
public class DatelineShapeTests
{
    [Theory]
    [InlineData("Updated 10:05 AM CET, March 4, 2026", 2026, 3, 4)]
    [InlineData("Last updated 7:40 pm GMT, 4 March 2026", 2026, 3, 4)]
    [InlineData("04.03.2026", 2026, 3, 4)]
    [InlineData("4.3.2026, 22:10", 2026, 3, 4)]
    [InlineData("Tuesday 4 March 2026 · 5 min read", 2026, 3, 4)]
    [InlineData("By Ilse Marrow · 4 March 2026 · 3 min read", 2026, 3, 4)]
    [InlineData("Fernhill Courier | 04.03.2026, 16:52", 2026, 3, 4)]
    [InlineData("Harbour News | Updated 10:05 AM CET, March 4, 2026", 2026, 3, 4)]
    [InlineData("Culture · 04.03.2026, 22:10 · updated 23:47", 2026, 3, 4)]
    [InlineData("Published: 4 Mar 2026, 15:20 | Updated: 4 Mar 2026, 21:05", 2026, 3, 4)]
    [InlineData("Posted on 4 March 2026 by webdesk", 2026, 3, 4)]
    [InlineData("Posted by Admin | 04/03/2026 | 3,120 views", 2026, 3, 4)]
    [InlineData("Lindholm, Wednesday 4 March 2026", 2026, 3, 4)]
    [InlineData("Tomas Greve · Lindholm · 04.03.2026 · 07:15", 2026, 3, 4)]
    public void A_date_line_of_parts_gives_its_date(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DatelineParser.Parse(line, ExtractionOptions.Default));

    [Theory]
    [InlineData("The ferry service resumed on 4 March 2026 after the storm.")]
    [InlineData("4 March 2026 | The ferry service resumed after a long storm had closed the port.")]
    [InlineData("Ferry timetable for spring")]
    public void A_sentence_or_headline_with_a_date_is_no_date_line(string line) =>
        Assert.Null(DatelineParser.Parse(line, ExtractionOptions.Default));

    [Fact]
    public void A_date_line_under_the_headline_dates_the_article_and_is_not_the_title()
    {
        string text = "Fernhill ferry returns after three-week storm closure\nBy Ilse Marrow · 4 March 2026 · 3 min read\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("Fernhill ferry returns after three-week storm closure", a.Title);
        Assert.Equal(new DateOnly(2026, 3, 4), a.Published);
        Assert.DoesNotContain("min read", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclaiming_headline_above_a_date_line_is_the_title_not_the_first_paragraph()
    {
        string text = "Harbour library SAVED after huge petition, council caves in!!\n\nPosted by Admin | 04/03/2026 | 3,120 views\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("Harbour library SAVED after huge petition, council caves in!!", a.Title);
        Assert.StartsWith("The city council voted", a.Text, StringComparison.Ordinal);
    }
}
