using System.Text.Json;
using Corroborate.Model;
using Corroborate.Reporting;
using Corroborate.Tests.Briefing;
using Corroborate.Tests.TestSupport;

namespace Corroborate.Tests.Reporting;

public sealed class BriefReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-report-" + Guid.NewGuid().ToString("N"));
    private readonly FerryStory _ferry;

    public BriefReportTests() => _ferry = new FerryStory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Json_has_every_new_field_in_a_fixed_order()
    {
        using JsonDocument json = JsonDocument.Parse(JsonReportWriter.ToJson(_ferry.Result()));
        JsonElement root = json.RootElement;

        Assert.Equal(["version", "diagnostics", "documents", "articles", "stories", "sources", "facts", "conflicts", "updates", "officeChecks", "assessments"], Names(root));
        Assert.Equal(["id", "story", "lead", "outlet", "origin", "articles"], Names(root.GetProperty("sources")[0]));
        JsonElement fact = root.GetProperty("facts")[0];
        Assert.Equal(["id", "story", "event", "kind", "key", "text", "value", "independentSources", "reliableSources", "sources"], Names(fact));
        Assert.Equal("quantity", fact.GetProperty("kind").GetString());
        Assert.Equal(["article", "outlet", "sentence", "start", "end"], Names(fact.GetProperty("sources")[0]));
        JsonElement conflict = root.GetProperty("conflicts")[0];
        Assert.Equal(["id", "story", "event", "kind", "key", "summary", "record", "claims"], Names(conflict));
        Assert.Equal("number", conflict.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, conflict.GetProperty("record").ValueKind);
        Assert.Equal(["article", "outlet", "text", "value", "independentSources", "side", "sentence", "start", "end"], Names(conflict.GetProperty("claims")[1]));
        JsonElement check = root.GetProperty("officeChecks")[0];
        Assert.Equal(["article", "event", "office", "claimed", "former", "date", "expected", "verdict", "sentence", "start", "end"], Names(check));
        Assert.Equal("matches", check.GetProperty("verdict").GetString());
        JsonElement assessment = root.GetProperty("assessments")[1];
        Assert.Equal(["article", "reliability", "unreliable", "reasons", "differences"], Names(assessment));
        Assert.True(assessment.GetProperty("unreliable").GetBoolean());
        Assert.Equal(0.3, assessment.GetProperty("reliability").GetDouble());
        Assert.Equal(["code", "text", "effect", "strength", "evidence"], Names(assessment.GetProperty("reasons")[0]));
        Assert.Equal(["key", "states", "corroborated", "sentence", "start", "end"], Names(assessment.GetProperty("differences")[0]));

        JsonElement story = root.GetProperty("stories")[0];
        Assert.Equal(["id", "title", "articles", "events", "brief", "timeline", "coverage"], Names(story));
        Assert.Equal(["id", "date", "dateEnd", "label", "articles", "brief"], Names(story.GetProperty("events")[0]));
        JsonElement brief = story.GetProperty("brief");
        Assert.Equal(["agreed", "singleSource", "conflicts", "unreliable"], Names(brief));
        Assert.Equal(["article", "outlet", "sentence", "start", "end", "independentSources", "facts"], Names(brief.GetProperty("agreed")[0]));
        Assert.Equal(["article", "outlet", "reliability", "reasons"], Names(brief.GetProperty("unreliable")[0]));
        Assert.Equal("C1", brief.GetProperty("conflicts")[0].GetString());
        Assert.Equal(["event", "date", "dateEnd", "label", "lead"], Names(story.GetProperty("timeline")[0]));
        Assert.Equal(["article", "outlet", "sentence", "start", "end"], Names(story.GetProperty("timeline")[0].GetProperty("lead")));
        JsonElement coverage = story.GetProperty("coverage");
        Assert.Equal(["sources", "facts", "cells"], Names(coverage));
        Assert.Equal(["id", "lead", "outlet", "articles"], Names(coverage.GetProperty("sources")[0]));
        Assert.Equal("G1", coverage.GetProperty("sources")[0].GetProperty("id").GetString());
        Assert.Equal("contradicted", coverage.GetProperty("cells")[4][0].GetString());
        Assert.Equal("not-mentioned", coverage.GetProperty("cells")[4][1].GetString());
        Assert.Equal("confirmed", coverage.GetProperty("cells")[0][0].GetString());
    }

    [Fact]
    public void Json_is_byte_identical_across_writes_and_builds()
    {
        string first = JsonReportWriter.ToJson(_ferry.Result());
        string second = JsonReportWriter.ToJson(_ferry.Result());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_citation_in_the_json_quotes_its_document()
    {
        string json = JsonReportWriter.ToJson(_ferry.Result());

        Assert.Empty(VerbatimCheck.Problems(json));
    }

    [Fact]
    public void The_verbatim_check_reports_a_citation_with_wrong_offsets()
    {
        Citation good = _ferry.Cite("a1", 0);
        var moved = _ferry.Corroboration with { Facts = [_ferry.Facts[0] with { Sources = [good with { Start = good.Start + 1, End = good.End + 1 }] }] };

        string json = JsonReportWriter.ToJson(_ferry.Result(moved));

        Assert.Contains(VerbatimCheck.Problems(json), p => p.StartsWith("$.facts[0].sources[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_verbatim_check_refuses_a_report_without_citations()
    {
        Assert.Throws<InvalidOperationException>(() => VerbatimCheck.Problems("""{ "articles": [], "stories": [] }"""));
    }

    [Fact]
    public void Json_without_corroboration_has_empty_sections()
    {
        using JsonDocument json = JsonDocument.Parse(JsonReportWriter.ToJson(_ferry.Result(StoryCorroboration.Empty)));
        JsonElement story = json.RootElement.GetProperty("stories")[0];

        Assert.Equal(0, json.RootElement.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, story.GetProperty("brief").GetProperty("agreed").GetArrayLength());
        Assert.Equal(0, story.GetProperty("coverage").GetProperty("facts").GetArrayLength());
        Assert.Equal(3, story.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public void Markdown_shows_the_brief_timeline_and_coverage_before_the_articles()
    {
        var output = new StringWriter { NewLine = "\n" };
        MarkdownReportWriter.Write(_ferry.Result(), output);
        string markdown = output.ToString();
        Citation lead = _ferry.Cite("a1", 0);

        Assert.Contains("**What independent sources agree on**", markdown, StringComparison.Ordinal);
        Assert.Contains($"> {lead.Sentence}\n\n— **Verna Courier** (`a1`, chars {lead.Start}–{lead.End}), 2 independent sources\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Claims from a single source**", markdown, StringComparison.Ordinal);
        Assert.Contains("- passengers: 84 (Verna Courier) vs 90 (Shore Times)\n  - **Verna Courier**: “84 passengers”", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Shore Times** (`a6`): reliability 0.30\n  - states 90 passengers where three sources say 84", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- **undated** — services resume (`E3`)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Source | 1 | 2 | 3 | 4 | 5 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Shore Times** (`a6`) | ✗ | · | · | · | · |", markdown, StringComparison.Ordinal);
        Assert.Contains("1. passengers: 84 (3 independent) `F1`", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("### Coverage", StringComparison.Ordinal) < markdown.IndexOf("\n### Event `E2`", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_without_corroboration_says_so()
    {
        var output = new StringWriter { NewLine = "\n" };
        MarkdownReportWriter.Write(_ferry.Result(StoryCorroboration.Empty), output);

        Assert.Contains("No facts were compared across the sources of this story.", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("### Coverage", output.ToString(), StringComparison.Ordinal);
    }
}
