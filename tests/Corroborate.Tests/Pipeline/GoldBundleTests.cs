using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Tests.TestSupport;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// End to end on labelled bundles: the real seeds in ../shared/seeds and our own fictional samples/, each with a
/// gold reading. The figures are the ones ../shared/eval/score.py computes.
/// </summary>
public class GoldBundleTests
{
    public static TheoryData<string> Bundles()
    {
        var data = new TheoryData<string> { "seeds" };
        foreach (string folder in Directory.GetDirectories(SharedFolder.Samples).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "gold.json")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    private static (GoldReading Gold, AnalysisResult Result) Analyze(string bundle)
    {
        string folder = bundle == "seeds" ? SharedFolder.Seeds : Path.Combine(SharedFolder.Samples, bundle);
        string gold = bundle == "seeds" ? SharedFolder.SeedsGold : Path.Combine(folder, "gold.json");
        return (GoldReading.Load(gold), Corroborate.Pipeline.Pipeline.CreateDefault().Analyze([folder]));
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Every_gold_article_is_found_with_no_extra_articles_and_no_leaked_boilerplate(string bundle)
    {
        var (gold, result) = Analyze(bundle);
        GoldScore score = GoldScore.Of(gold, result);
        Assert.True(score.SegmentationRecall == 1 && score.SpuriousArticles == 0, score.ToString());
        Assert.True(score.Leaks.Count == 0, score.ToString());
        Assert.True(score.Missing.Count == 0, score.ToString());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Copies_stories_and_events_match_the_gold_grouping(string bundle)
    {
        var (gold, result) = Analyze(bundle);
        GoldScore score = GoldScore.Of(gold, result);
        Assert.True(score.CopyPrecision == 1 && score.CopyRecall == 1, score.ToString());
        Assert.True(score.StoryF1 == 1, score.ToString());
        Assert.True(score.EventF1 == 1, score.ToString());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Gold_corroborated_facts_and_unreliable_articles_are_found(string bundle)
    {
        var (gold, result) = Analyze(bundle);
        CorroborationScore score = CorroborationScore.Of(gold, GoldFindings.Load(GoldPath(bundle)), result);
        // Facts worded without a shared key or sentence ("will now start in 2027" / "postponed by one year, to 2027")
        // are not aligned yet: at least 80% of each bundle's corroborated facts must be found.
        int expected = GoldFindings.Load(GoldPath(bundle)).Corroborated.Count;
        Assert.True(score.MissedFacts.Count <= expected / 5, score.ToString());
        Assert.True(score.Flagged.SetEquals(score.ExpectedUnreliable), score.ToString());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Gold_role_and_date_conflicts_are_found(string bundle)
    {
        var (gold, result) = Analyze(bundle);
        GoldFindings findings = GoldFindings.Load(GoldPath(bundle));
        CorroborationScore score = CorroborationScore.Of(gold, findings, result);

        // Numbers worded around different nouns ("4,000 members" vs "2,500 workers") and contradicting claims in free
        // text are not aligned yet; role and date conflicts must all be found.
        Assert.True(score.MissedConflicts.All(c => c.Kind is not ("role" or "date")), score.ToString());
        Assert.True(score.ConflictPrecision >= 0.5, score.ToString());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Every_citation_in_the_report_is_the_documents_own_text_at_its_offsets(string bundle)
    {
        var (_, result) = Analyze(bundle);
        string json = Corroborate.Reporting.JsonReportWriter.ToJson(result);
        IReadOnlyList<string> problems = VerbatimCheck.Problems(json);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(result.Facts);
        Assert.All(result.Stories, picture => Assert.NotEmpty(picture.Brief.Timeline));
    }

    private static string GoldPath(string bundle) =>
        bundle == "seeds" ? SharedFolder.SeedsGold : Path.Combine(SharedFolder.Samples, bundle, "gold.json");
}
