using System.Text;
using System.Text.Json.Nodes;
using Corroborate.Fuzz;
using Corroborate.Model;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using Corroborate.Reading;
using Corroborate.Reporting;

namespace Corroborate.Properties;

/// <summary>The checkers the properties rely on can fail: each is shown a broken result and must say so.</summary>
public class CheckerTests
{
    private const string Story =
        "Ferry runs aground off Tallow Point\n\nPublished 2019-04-12\n\n" +
        "Harbour Minister Ada Quist said on Friday that 84 passengers had been rescued near Tallow Point. " +
        "About 84 passengers were rescued at Tallow Point, the Verna Coastguard said.\n";

    private const string Copy =
        "Ferry grounding near Tallow Point\n\nApril 12, 2019\n\n" +
        "Harbour Minister Ada Quist said on Friday that 84 passengers had been rescued near Tallow Point. " +
        "Captain Tomas Vellacott said the lifeboat search lasted three hours.\n";

    [Fact]
    public void The_invariants_report_an_article_outside_its_document_and_a_citation_that_is_not_verbatim()
    {
        var pipeline = Pipeline.Pipeline.CreateDefault();
        RawDocument document = DocumentReader.FromBytes("a.txt", Encoding.UTF8.GetBytes(Story));
        var prepared = pipeline.Prepare(document);
        Assert.Empty(Invariants.OfPrepared(prepared));

        AnalyzedArticle first = prepared.Articles[0];
        var outside = first with { Article = first.Article with { End = Story.Length + 5 } };
        Assert.Contains(Invariants.OfPrepared(prepared with { Articles = [outside] }), p => p.Contains("is not a span of the document", StringComparison.Ordinal));

        // Shift every sentence's source span by one character: the citations no longer quote the document.
        var shifted = first with { SentenceSources = [.. first.SentenceSources.Select(static s => s with { Start = s.Start + 1, End = s.End + 1 })] };
        Assert.Contains(Invariants.OfPrepared(prepared with { Articles = [shifted] }), p => p.Contains("the citation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scorer_mirror_reports_a_citation_moved_by_one_character()
    {
        using var corpus = new TempCorpus([new GeneratedDocument("a.txt", Story, false, 0), new GeneratedDocument("b.txt", Copy, true, 0)]);
        string json = JsonReportWriter.ToJson(Pipeline.Pipeline.CreateDefault().Analyze([corpus.Folder]));
        var (problems, count) = ScorerVerbatim.Check(json);
        Assert.Empty(problems);
        Assert.True(count > 0, "the report holds no citation");

        JsonNode report = JsonNode.Parse(json)!;
        JsonNode citation = FirstCitation(report)!;
        citation["start"] = (int)citation["start"]! + 1;
        Assert.NotEmpty(ScorerVerbatim.Check(report.ToJsonString()).Problems);
    }

    [Fact]
    public void Squash_removes_what_pythons_whitespace_class_removes()
    {
        Assert.Equal("ab", Invariants.Squash("a \t\r\n\u00A0\u2003\u3000\u2028\u001C\u001Fb"));

        // Zero-width characters are not whitespace, for Python nor for .NET.
        Assert.Equal("a\u200Bb", Invariants.Squash("a\u200B b"));
    }

    [Fact]
    public void The_bundles_of_a_report_tell_two_different_stories_apart()
    {
        using var corpus = new TempCorpus([new GeneratedDocument("a.txt", Story, false, 0)]);
        string json = JsonReportWriter.ToJson(Pipeline.Pipeline.CreateDefault().Analyze([corpus.Folder]));
        JsonNode report = JsonNode.Parse(json)!;
        report["stories"]![0]!["title"] = "another title";
        Assert.Throws<PropertyFailedException>(() => PermutationProperties.SameBundles(json, report.ToJsonString()));
        PermutationProperties.SameBundles(json, json);
    }

    private static JsonNode? FirstCitation(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("article") && o.ContainsKey("sentence") && o.ContainsKey("start") => o,
        JsonObject o => o.Select(static p => FirstCitation(p.Value)).FirstOrDefault(static c => c is not null),
        JsonArray a => a.Select(FirstCitation).FirstOrDefault(static c => c is not null),
        _ => null,
    };
}
