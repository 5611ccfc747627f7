using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Hostile pages (a 20,000-character capitalized run, thousands of ", " before a period, pages of comment markers,
/// deeply nested containers) must cost work in proportion to their size. The work is counted, never timed
/// (<see cref="ExtractionWork"/>): a page four times as large may cost at most five times as much, where a
/// quadratic step would cost sixteen.
/// </summary>
public class HostileInputTests
{
    private const double MaxGrowth = 5;

    [Fact]
    public void Pathological_lines_cost_work_in_proportion_to_their_length()
    {
        AssertLinear(n => Fixtures.Extract(HostilePages.Lines(n)), 250);
    }

    // AngleSharp nests elements about 500 deep at most and makes deeper ones siblings: 500 and 2000 containers
    // are both the worst nesting it builds.
    [Fact]
    public void Deeply_nested_containers_cost_work_in_proportion_to_their_number()
    {
        AssertLinear(n => Fixtures.Extractor.Extract(Fixtures.Html(HostilePages.NestedContainers(n))), 500);
    }

    [Fact]
    public void Text_after_an_angle_bracket_that_no_tag_closes_costs_work_in_proportion_to_its_length()
    {
        AssertLinear(n => Fixtures.Extractor.Extract(Fixtures.Html(HostilePages.UnclosedAngles(n))), 250);
    }

    [Fact]
    public void Pages_of_many_teasers_captions_and_related_boxes_cost_work_in_proportion_to_their_lines()
    {
        AssertLinear(n => Fixtures.Extract(HostilePages.ManyBlocks(n)), 250);
    }

    [Fact]
    public void Pathological_lines_are_still_read_correctly()
    {
        string text = HostilePages.Lines(1000);
        Article a = Fixtures.Single(text);
        Assert.StartsWith("a, a, a,", a.Text, StringComparison.Ordinal);
        Assert.EndsWith("a, a.", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Repairs, r => r.Kind == RepairKind.DanglingLink && text[r.Start..r.End] == ", ");
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Title && text[r.Start..r.End].StartsWith("Read the original article on ", StringComparison.Ordinal));
        Assert.DoesNotContain("<!", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Word word", a.Text, StringComparison.Ordinal);
        Fixtures.OffsetsAreInside(Fixtures.PlainDoc(text), a);
    }

    [Fact]
    public void Deeply_nested_containers_are_still_read_correctly()
    {
        RawDocument page = Fixtures.Html(HostilePages.NestedContainers(3000));
        ExtractionResult result = Fixtures.Extractor.Extract(page);
        Assert.All(result.Articles, a => Fixtures.OffsetsAreInside(page, a));
        Assert.All(result.Articles, a => Assert.DoesNotContain("<", a.Text, StringComparison.Ordinal));
    }

    /// <summary>Runs <paramref name="extract"/> at size <paramref name="n"/> and 4n and compares the work counted on this thread.</summary>
    private static void AssertLinear(Action<int> extract, int n)
    {
        extract(10); // patterns and lexicons are built on first use: not part of the measured work
        long small = WorkOf(() => extract(n));
        long large = WorkOf(() => extract(4 * n));
        Assert.True(small > 0, "no work counted");
        double growth = (double)large / small;
        Assert.True(growth <= MaxGrowth, $"4× the input cost {growth:F1}× the work ({small} → {large} units)");
    }

    private static long WorkOf(Action run)
    {
        long before = ExtractionWork.Units;
        run();
        return ExtractionWork.Units - before;
    }
}
