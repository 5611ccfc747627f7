using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

public class MetadataTests
{
    [Theory]
    [InlineData("Monday, June 2, 2025")]
    [InlineData("June 2, 2025")]
    [InlineData("Jun. 2, 2025 10:45 a.m. EDT")]
    [InlineData("2 June 2025")]
    [InlineData("Monday 2nd June 2025")]
    [InlineData("2025-06-02")]
    [InlineData("2025-06-02T08:30:00Z")]
    [InlineData("06/02/2025")]
    [InlineData("Published: June 2, 2025")]
    public void Dateline_at_the_top_gives_the_publication_date(string dateline)
    {
        Article a = Single(dateline + "\nHarbour library saved after council vote\n" + LibraryBody);
        Assert.Equal(new DateOnly(2025, 6, 2), a.Published);
        Assert.Equal("Harbour library saved after council vote", a.Title);
        Assert.DoesNotContain("2025", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_ending_with_a_period_is_body_not_title()
    {
        Article a = Single(LibraryBody);
        Assert.Null(a.Title);
        Assert.StartsWith("The city council", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subheadings_between_paragraphs_are_kept()
    {
        string text = LibraryBody + "What happens next\nThe council will publish the repair plan in March and ask residents for comments.\n";
        Article a = Single(text);
        Assert.Contains("\nWhat happens next\n", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_introduced_by_a_colon_after_the_last_paragraph_is_kept()
    {
        string text = LibraryBody + "The new opening hours are:\nMonday to Friday 9:00 to 18:00\nSaturday 10:00 to 14:00\nComments\n";
        Article a = Single(text);
        Assert.Contains("Saturday 10:00 to 14:00", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments", a.Text, StringComparison.Ordinal);
    }
}
