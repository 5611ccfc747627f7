using System.Text;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using Corroborate.Reporting;

namespace Corroborate.Properties;

/// <summary>
/// Input order of documents that do not interact does not matter.
/// <para>
/// <b>Which documents do not interact.</b> Documents of different topics (<see cref="Topics"/>: disjoint content
/// words, names, outlets, reporters and years, so dates more than the story time window apart), every page dated.
/// Within a topic order does matter by design — the first article names the story (its id and title), the
/// canonical of equally complete copies is the first, an event is named by the article that opened it — so only
/// interleavings that keep each topic's own order are generated: any merge of the topic streams.
/// </para>
/// <para>
/// <b>What must be equal.</b> Each story's part of the JSON report: the story object (articles, events with their
/// briefs, brief, timeline, coverage), its articles' objects, and its sources, facts, conflicts, office checks and
/// assessments — compared as a set of such bundles (sorted by story id), since the order of stories in the
/// report is their creation order, which the interleaving changes. The documents array is compared as a set too
/// (it lists documents in input order), and the run's diagnostics as they are.
/// </para>
/// <para>
/// <b>Why it should hold.</b> Ids are content hashes (document: bytes; article: document and offset; story: its
/// first article; event: story and first article; facts, sources, conflicts: story/event and key), extraction
/// sees line counts of the whole batch (order-free), corroboration and the brief read one story's articles. The one
/// channel between topics is story clustering's document frequencies: the idf of a term is that of the stream so
/// far, so an article meets a larger or smaller N depending on how many other-topic documents came before it.
/// The generator keeps a topic's documents far above the join threshold and every page dated (events decided by
/// date cues), so that channel cannot flip a decision; a failure here means a decision depended on something
/// else of another topic (or sat on a threshold — the failing case says which story).
/// </para>
/// </summary>
public class PermutationProperties
{
    private static readonly Pipeline.Pipeline Engine = Pipeline.Pipeline.CreateDefault();

    [Fact]
    public void Any_interleaving_of_separate_topics_gives_the_same_stories()
    {
        int multiArticleStories = 0;
        Property.Check(NewsGen.Interleaved(NewsGen.Profile.Separate), 80, Print, c =>
        {
            var (spec, order) = c;
            using var corpus = new TempCorpus(spec);
            AnalysisResult inTopicOrder = Engine.Analyze(corpus.Files, [], null);
            AnalysisResult interleaved = Engine.Analyze(Interleave(corpus, order), [], null);

            string expected = JsonReportWriter.ToJson(inTopicOrder);
            Premise(corpus, expected);
            SameBundles(expected, JsonReportWriter.ToJson(interleaved));
            Interlocked.Add(ref multiArticleStories, inTopicOrder.Stories.Count(static s => s.Articles.Length > 1));
        });

        Assert.True(multiArticleStories > 20, $"only {multiArticleStories} stories of several articles were generated");
    }

    /// <summary>The files in the interleaved order: entry k of <paramref name="order"/> takes the next document of topic order[k].</summary>
    private static List<string> Interleave(TempCorpus corpus, int[] order)
    {
        var byTopic = corpus.Documents.Select((d, i) => (d, corpus.Files[i])).GroupBy(static x => x.d.Name[..x.d.Name.IndexOf('-', StringComparison.Ordinal)])
            .ToDictionary(static g => int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture), static g => new Queue<string>(g.Select(static x => x.Item2)));
        return [.. order.Select(t => byTopic[t].Dequeue())];
    }

    /// <summary>The premise of the property: no story holds documents of two topics. If this fails the topics interacted.</summary>
    private static void Premise(TempCorpus corpus, string json)
    {
        var topicOf = corpus.Documents.Select((d, i) => (corpus.Files[i], d.Topic)).ToDictionary(static x => x.Item1, static x => x.Topic, StringComparer.Ordinal);
        using JsonDocument report = JsonDocument.Parse(json);
        var problems = report.RootElement.GetProperty("articles").EnumerateArray()
            .GroupBy(static a => a.GetProperty("story").GetString())
            .Where(g => g.Select(a => topicOf[a.GetProperty("document").GetString()!]).Distinct().Count() > 1)
            .Select(static g => $"story {g.Key} holds articles of {string.Join(", ", g.Select(static a => Path.GetFileName(a.GetProperty("document").GetString())))}")
            .ToList();
        Property.NoProblems("premise broken: documents of different topics share a story", problems);
    }

    /// <summary>
    /// Compares the bundles of two reports: first which stories only one of them has (with their title and the files of
    /// their articles), then the first story whose bundle differs, then the documents and diagnostics.
    /// </summary>
    internal static void SameBundles(string expectedJson, string actualJson)
    {
        var (expected, expectedRest, expectedNames) = Bundles(expectedJson);
        var (actual, actualRest, actualNames) = Bundles(actualJson);
        var onlyExpected = expected.Keys.Except(actual.Keys).Select(id => expectedNames[id]).ToList();
        var onlyActual = actual.Keys.Except(expected.Keys).Select(id => actualNames[id]).ToList();
        if (onlyExpected.Count > 0 || onlyActual.Count > 0)
        {
            throw new PropertyFailedException(
                "the stories differ: topic by topic, the report has\n    " + string.Join("\n    ", onlyExpected.DefaultIfEmpty("(no other story)"))
                + "\n  interleaved, it has instead\n    " + string.Join("\n    ", onlyActual.DefaultIfEmpty("(no other story)")));
        }

        foreach (string id in expected.Keys)
        {
            Property.SameText($"story {expectedNames[id]}, topic by topic (expected) and interleaved (actual)", expected[id], actual[id]);
        }

        Property.SameText("documents and diagnostics, topic by topic (expected) and interleaved (actual)", expectedRest, actualRest);
    }

    /// <summary>Each story's bundle (see the class comment) as text by story id; the documents (sorted) and the run's diagnostics; a readable name of each story.</summary>
    internal static (SortedDictionary<string, string> Bundles, string Others, Dictionary<string, string> Names) Bundles(string json)
    {
        using JsonDocument report = JsonDocument.Parse(json);
        JsonElement root = report.RootElement;
        var storyOfArticle = root.GetProperty("articles").EnumerateArray()
            .ToDictionary(static a => a.GetProperty("id").GetString()!, static a => a.GetProperty("story").GetString()!, StringComparer.Ordinal);
        ILookup<string, string> ByStory(string array, Func<JsonElement, string> story) =>
            root.GetProperty(array).EnumerateArray().ToLookup(story, static e => e.GetRawText(), StringComparer.Ordinal);
        var articles = ByStory("articles", static a => a.GetProperty("story").GetString()!);
        var files = root.GetProperty("articles").EnumerateArray().ToLookup(static a => a.GetProperty("story").GetString()!, static a => Path.GetFileName(a.GetProperty("document").GetString()!), StringComparer.Ordinal);
        var parts = new[] { "sources", "facts", "conflicts" }.Select(name => (name, ByStory(name, static e => e.GetProperty("story").GetString()!))).ToList();
        parts.Add(("officeChecks", ByStory("officeChecks", e => storyOfArticle.GetValueOrDefault(e.GetProperty("article").GetString()!, "?"))));
        parts.Add(("assessments", ByStory("assessments", e => storyOfArticle.GetValueOrDefault(e.GetProperty("article").GetString()!, "?"))));

        var bundles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement story in root.GetProperty("stories").EnumerateArray())
        {
            string id = story.GetProperty("id").GetString()!;
            names[id] = $"{id} '{story.GetProperty("title").GetString()}' of {string.Join(", ", files[id])}";
            var bundle = new StringBuilder();
            bundle.Append("== story ").Append(id).Append('\n').Append(story.GetRawText()).Append('\n');
            bundle.Append("-- articles\n").AppendJoin('\n', articles[id]).Append('\n');
            foreach (var (name, byStory) in parts)
            {
                bundle.Append("-- ").Append(name).Append('\n').AppendJoin('\n', byStory[id]).Append('\n');
            }

            bundles[id] = bundle.ToString();
        }

        var documents = root.GetProperty("documents").EnumerateArray().Select(static d => d.GetRawText()).Order(StringComparer.Ordinal);
        return (bundles, "== documents\n" + string.Join('\n', documents) + "\n== diagnostics\n" + root.GetProperty("diagnostics").GetRawText(), names);
    }

    private static string Print((CorpusSpec Corpus, int[] Order) c) =>
        $"interleaving (topic of each next document): {string.Join(' ', c.Order)}\n" + TempCorpus.Print(c.Corpus);
}
