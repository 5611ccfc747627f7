using Corroborate.Extraction;
using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

/// <summary>Numeric date lines whose day and month could swap (fictional pages written for these tests).</summary>
public class NumericDateTests
{
    private const string Headline = "Fernhill ferry returns after three-week storm closure";

    [Theory]
    [InlineData("12/03/2026", false, 2026, 3, 12)]
    [InlineData("12/03/2026", true, 2026, 12, 3)]
    [InlineData("12.03.2026, 22:10", true, 2026, 12, 3)]
    [InlineData("25/03/2026", true, 2026, 3, 25)]
    [InlineData("03/25/2026", false, 2026, 3, 25)]
    public void A_part_above_12_forces_the_order_and_otherwise_the_page_order_decides(string line, bool monthFirst, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DatelineParser.Parse(line, ExtractionOptions.Default, monthFirst ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst));

    [Theory]
    [InlineData("\u0661\u0662/\u0660\u0663/\u0662\u0660\u0662\u0666")] // Arabic-Indic digits
    [InlineData("\uff11\uff12/\uff10\uff13/\uff12\uff10\uff12\uff16")] // full-width digits
    public void Digits_of_other_scripts_are_no_date_and_never_throw(string line) =>
        Assert.Null(DatelineParser.Parse(line, ExtractionOptions.Default));

    [Fact]
    public void Digits_of_other_scripts_beside_an_ascii_date_leave_that_date_readable()
    {
        DateOnly? read = DatelineParser.Parse("Updated \u0969:\u096a\u096b, 12/03/2026", ExtractionOptions.Default); // Devanagari digits in the time
        Assert.True(read is null || read == new DateOnly(2026, 3, 12));
    }

    [Fact]
    public void With_nothing_else_on_the_page_an_ambiguous_date_is_day_first() =>
        Assert.Equal(new DateOnly(2026, 3, 12), Single(Headline + "\n12/03/2026\n\n" + LibraryBody).Published);

    [Fact]
    public void Another_numeric_date_on_the_page_with_a_part_above_12_settles_the_order()
    {
        Article a = Single(Headline + "\n12/03/2026\n\n" + LibraryBody + "The next council meeting is planned for 12/28/2026.\n");
        Assert.Equal(new DateOnly(2026, 12, 3), a.Published);
    }

    [Fact]
    public void A_written_date_on_the_page_that_is_one_reading_settles_the_order()
    {
        Article a = Single(Headline + "\n04/03/2026\n\n" + LibraryBody + "The vote was first reported on April 3, 2026 by the council's own newsletter.\n");
        Assert.Equal(new DateOnly(2026, 4, 3), a.Published);
    }

    [Fact]
    public void A_reading_far_after_every_other_date_on_the_page_loses()
    {
        // Month-first reads 3 December, nine months after everything else the page dates; day-first reads 12 March.
        Article a = Single(Headline + "\n12/03/2026\n\n" + LibraryBody + "The petition was handed in on 2026-02-20.\n");
        Assert.Equal(new DateOnly(2026, 3, 12), a.Published);

        // The same rule the other way: day-first would read 2 November, long after the page's February date.
        Article b = Single(Headline + "\n02/11/2026\n\n" + LibraryBody + "The petition was handed in on 2026-02-02.\n");
        Assert.Equal(new DateOnly(2026, 2, 11), b.Published);
    }

    [Theory]
    [InlineData("11/03/2026 08:12 - Updated 11/03/2026 09:40")]
    [InlineData("11/03/2026 08:12 \u2013 Updated 11/03/2026 09:40")]
    public void A_date_line_with_an_update_time_is_the_date_line_not_the_title(string dateline)
    {
        Assert.Equal(new DateOnly(2026, 3, 11), DatelineParser.Parse(dateline, ExtractionOptions.Default));

        Article a = Single(Headline + "\n" + dateline + "\n\n" + LibraryBody);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(new DateOnly(2026, 3, 11), a.Published);

        Article top = Single(dateline + "\n" + Headline + "\n" + LibraryBody);
        Assert.Equal(Headline, top.Title);
        Assert.Equal(new DateOnly(2026, 3, 11), top.Published);
        Assert.DoesNotContain("09:40", top.Text, StringComparison.Ordinal);
    }
}
