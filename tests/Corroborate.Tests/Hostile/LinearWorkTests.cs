using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Pipeline;
using EnginePipeline = Corroborate.Pipeline.Pipeline;

namespace Corroborate.Tests.Hostile;

/// <summary>
/// Each hostile shape (<see cref="HostileShapes"/>) must cost work in proportion to its size: at 10n at most 12 times
/// the work at n, where a quadratic stage would cost a hundred times. The work is counted by the engine, never timed:
/// <see cref="ExtractionWork"/> (characters and nodes the extraction steps look at, and the HTML parser's scope
/// searches as <see cref="HtmlDepthLimiter"/> estimates them) and <see cref="PersonResolver.Comparisons"/> (name
/// comparisons when a story's people are resolved) and <see cref="QuoteFinder.SpeakerCandidates"/> (people looked at
/// for a quote's speaker). Both count on the current thread, so parallel tests do not mix.
/// </summary>
public class LinearWorkTests
{
    private const int Growth = 10;
    private const double MaxRatio = 12;

    private static readonly EnginePipeline Engine = EnginePipeline.CreateDefault();

    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_paragraph_of_quotes_from_different_speakers_costs_work_in_proportion_to_its_quotes()
    {
        AssertLinear(n =>
        {
            PreparedDocument prepared = Engine.Prepare(PlainDoc(HostileShapes.QuoteChain(n)));
            List<string> people = [.. prepared.Articles.SelectMany(a => a.Mentions.People.Select(p => p.Name))];
            Assert.True(people.Distinct(StringComparer.Ordinal).Count() >= n / 2, $"only {people.Count} people found among {n} speakers");
            var resolver = new PersonResolver(people);
            foreach (string name in people)
            {
                resolver.Canonical(name);
            }
        }, 150);
    }

    [Fact]
    public void Deeply_nested_containers_cost_work_in_proportion_to_their_number()
    {
        AssertLinear(n => Extract(Html(HostileShapes.NestedDivs(n))), 1500);
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_flattened_with_a_diagnostic_and_its_text_kept()
    {
        ExtractionResult result = Extract(Html(HostileShapes.NestedDivs(3 * ExtractionOptions.Default.HtmlMaxDepth)));
        Assert.Contains(result.Diagnostics, d => d.Code == "html-too-deep");
        Assert.Contains(result.Articles, a => a.Text.Contains("approved the budget for the new library", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_within_the_depth_limit_gets_no_diagnostic()
    {
        ExtractionResult result = Extract(Html(HostileShapes.NestedDivs(ExtractionOptions.Default.HtmlMaxDepth / 2)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "html-too-deep");
    }

    [Fact]
    public void A_long_line_without_punctuation_costs_work_in_proportion_to_its_length()
    {
        AssertLinear(n => Engine.Prepare(PlainDoc(HostileShapes.UnpunctuatedLine(n))), 20_000);
    }

    [Fact]
    public void Many_tiny_elements_cost_work_in_proportion_to_their_number()
    {
        AssertLinear(n => Engine.Prepare(Html(HostileShapes.TinyElements(n))), 2_000);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_entity_storm_costs_work_in_proportion_to_its_entities(bool html)
    {
        AssertLinear(n => Engine.Prepare(html ? Html(HostileShapes.EntityStorm(n, html)) : PlainDoc(HostileShapes.EntityStorm(n, html))), 4_000);
    }

    [Fact]
    public void A_paragraph_of_many_sentences_costs_work_in_proportion_to_its_sentences()
    {
        AssertLinear(n => Engine.Prepare(PlainDoc(HostileShapes.SentenceRun(n))), 500);
    }

    [Fact]
    public void The_shapes_are_the_same_on_every_run()
    {
        Assert.Equal(HostileShapes.QuoteChain(50), HostileShapes.QuoteChain(50));
        Assert.Equal(HostileShapes.SentenceRun(50), HostileShapes.SentenceRun(50));
        Assert.Equal(HostileShapes.UnpunctuatedLine(500), HostileShapes.UnpunctuatedLine(500));
    }

    private static ExtractionResult Extract(RawDocument document) => Extractor.Extract(document);

    private static RawDocument PlainDoc(string text) => new(ContentId.Of(text), "hostile.txt", DocumentFormat.PlainText, text, []);

    private static RawDocument Html(string html) => new(ContentId.Of(html), "hostile.html", DocumentFormat.Html, html, []);

    /// <summary>Runs <paramref name="run"/> at n and 10n and compares the work counted on this thread.</summary>
    private static void AssertLinear(Action<int> run, int n)
    {
        run(10); // patterns, lexicons and caches are built on first use: not part of the measured work
        long small = WorkOf(() => run(n));
        long large = WorkOf(() => run(Growth * n));
        Assert.True(small > 0, "no work counted");
        double ratio = (double)large / small;
        Assert.True(ratio <= MaxRatio, $"{Growth}× the input cost {ratio:F1}× the work ({small} → {large} units)");
    }

    private static long Counted() => ExtractionWork.Units + PersonResolver.Comparisons + QuoteFinder.SpeakerCandidates;

    private static long WorkOf(Action run)
    {
        long before = Counted();
        run();
        return Counted() - before;
    }
}
