using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

public class RepairTests
{
    [Fact]
    public void Missing_space_after_a_sentence_end_is_inserted_and_recorded()
    {
        string text = "The bridge opened in 2019.The mayor cut the ribbon after a long exchange.Then the band played.\n";
        Article a = Single(text);
        Assert.Equal("The bridge opened in 2019. The mayor cut the ribbon after a long exchange. Then the band played.", a.Text);
        Assert.Equal(2, a.Repairs.Count(r => r.Kind == RepairKind.MissingSpace));
        Assert.All(a.Repairs, r => Assert.Equal(".", text[(r.Start - 1)..r.Start]));
        ExtractionAssert.SentencesMapBack(text, a);
    }

    [Fact]
    public void Dotted_abbreviations_and_domains_are_not_split()
    {
        Article a = Single("Officials from the U.S.Navy visited the port on Monday, and 3.5 tonnes of supplies arrived, the harbour office said.\n");
        Assert.Contains("U.S.Navy", a.Text, StringComparison.Ordinal);
        Assert.Empty(a.Repairs);
    }

    [Fact]
    public void Dangling_link_remnants_are_repaired()
    {
        string text = LibraryBody + "The mayor, after visiting the reading room,.\nShe thanked the volunteers for their work, and .\n";
        Article a = Single(text);
        Assert.Contains("after visiting the reading room.", a.Text, StringComparison.Ordinal);
        Assert.Contains("for their work.", a.Text, StringComparison.Ordinal);
        Assert.Equal(2, a.Repairs.Count(r => r.Kind == RepairKind.DanglingLink));
    }

    [Fact]
    public void Word_cut_by_an_ellipsis_at_the_end_marks_the_article_truncated()
    {
        string text = LibraryBody + "The roof work should start in the spring, when the weather al...";
        Article a = Single(text);
        Assert.True(a.Truncated);
        Assert.EndsWith("when the weather", a.Text, StringComparison.Ordinal);
        Repair r = Assert.Single(a.Repairs, r => r.Kind == RepairKind.Truncation);
        Assert.Equal("al...", r.Original);
        Assert.Equal(text.Length, r.End);
    }

    [Fact]
    public void Paragraphs_are_separated_by_newlines_and_map_to_their_lines()
    {
        Article a = Single(LibraryBody);
        string[] paragraphs = a.Text.Split('\n');
        Assert.Equal(3, paragraphs.Length);
        int second = a.Text.IndexOf('\n', StringComparison.Ordinal) + 1;
        Assert.Equal(LibraryBody.IndexOf("Supporters", StringComparison.Ordinal), a.Map.ToSource(second));
    }
}
