using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

/// <summary>The rule tables are read first match wins, so their names must be unique and their order must decide.</summary>
public class RuleTableTests
{
    private static readonly LineClassifier Classifier = new(ExtractionOptions.Default);

    [Fact]
    public void Rule_names_are_unique_in_every_table()
    {
        AssertUnique(LineRules.InOrder.Select(r => r.Name));
        AssertUnique(BodyLineRules.InOrder.Select(r => r.Name));
        AssertUnique(CutRules.InOrder.Select(r => r.Name));
        AssertUnique(LineRemovals.InOrder.Select(r => r.Name).Append(LineRemovals.Otherwise.Name));
    }

    [Fact]
    public void No_line_kind_has_two_removals()
    {
        LineKind[] listed = [.. LineRemovals.InOrder.SelectMany(r => r.Lines)];
        Assert.Equal(listed.Length, listed.Distinct().Count());
        Assert.DoesNotContain(LineKind.Blank, listed);
    }

    [Theory]
    [InlineData("© 2025 Northline Gazette. All rights reserved.", "Copyright")]
    [InlineData("Share this article on Facebook", "ShareWidget")]
    [InlineData("14 minutes ago", "TimeAgo")]
    [InlineData("[2] Harbour library stays open - Northline Gazette", "Reference")]
    [InlineData("4 Rescue crews search the riverbank after the storm", "CounterCaption")]
    [InlineData("The council voted on Tuesday to keep the library open.", "Prose")]
    [InlineData("Harbour library stays open", "Headline")]
    [InlineData("", "Blank")]
    public void A_line_is_the_kind_of_the_first_rule_it_matches(string line, string expected)
    {
        Assert.Equal(Enum.Parse<LineKind>(expected), Classifier.Classify(line));
    }

    [Fact]
    public void Furniture_rules_are_not_tried_on_long_lines()
    {
        // A long line that opens like a share bar is prose, not a widget.
        string share = "Share this article: " + string.Concat(Enumerable.Repeat("the council said that the library would stay open. ", 5));
        Assert.Equal(LineKind.Prose, Classifier.Classify(share));
        var narrow = new LineClassifier(new ExtractionOptions { FurnitureMaxChars = 10 });
        Assert.Equal(LineKind.TimeAgo, Classifier.Classify("14 minutes ago"));
        Assert.NotEqual(LineKind.TimeAgo, narrow.Classify("14 minutes ago"));
    }

    private static void AssertUnique(IEnumerable<string> names)
    {
        string[] all = [.. names];
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
    }
}
