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
    [InlineData("02/06/2025")]
    [InlineData("Published: June 2, 2025")]
    [InlineData("Published June 2, 2025, 19:15 | Harbour Wire")]
    public void Dateline_at_the_top_gives_the_publication_date(string dateline)
    {
        Article a = Single(dateline + "\nHarbour library saved after council vote\n" + LibraryBody);
        Assert.Equal(new DateOnly(2025, 6, 2), a.Published);
        Assert.Equal("Harbour library saved after council vote", a.Title);
        Assert.DoesNotContain("2025", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_dateline_names_the_outlet()
    {
        Article a = Single("KESTREL BAY, Oct 3 (Lantern Wire) \u2014 " + LibraryBody);
        Assert.Equal("Lantern Wire", a.Outlet);
    }

    [Fact]
    public void A_republishing_note_wins_over_the_wire_in_the_dateline()
    {
        Article a = Single("KESTREL BAY, Oct 3 (Lantern Wire) \u2014 " + LibraryBody + "This story was supplied by Lantern Wire and has not been edited by Bay Chronicle staff.\n");
        Assert.Equal("Bay Chronicle", a.Outlet);
    }

    [Fact]
    public void A_copyright_footer_names_the_outlet()
    {
        Article a = Single(LibraryBody + "\u00a9 Harbour Evening Star 2024. All rights reserved.\n");
        Assert.Equal("Harbour Evening Star", a.Outlet);
        Assert.DoesNotContain("rights reserved", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_note_after_the_comments_widget_still_names_the_outlet()
    {
        string page = LibraryBody + "Comments\nNo comments yet. Be the first.\nRead the original article on Harbour Evening Star\n";
        Article a = Single(page);
        Assert.Equal("Harbour Evening Star", a.Outlet);
        Assert.DoesNotContain("Read the original", a.Text, StringComparison.Ordinal);
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
