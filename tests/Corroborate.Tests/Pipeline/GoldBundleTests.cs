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
}
