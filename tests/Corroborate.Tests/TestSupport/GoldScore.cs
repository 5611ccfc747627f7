using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Tests.TestSupport;

/// <summary>
/// Scores an <see cref="AnalysisResult"/> against a <see cref="GoldReading"/> the way ../shared/eval/score.py does
/// (same matching by document and first words, same normalization), so tests can assert the same figures.
/// </summary>
internal sealed partial record GoldScore(
    double SegmentationRecall,
    int SpuriousArticles,
    IReadOnlyList<string> Leaks,
    IReadOnlyList<string> Missing,
    double CopyPrecision,
    double CopyRecall,
    double StoryF1,
    double EventF1)
{
    /// <summary>Gold article index → the article matched to it.</summary>
    public IReadOnlyDictionary<int, ArticleReport> Match { get; init; } = new Dictionary<int, ArticleReport>();

    public static GoldScore Of(GoldReading gold, AnalysisResult result)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var match = new Dictionary<int, ArticleReport>();
        for (int g = 0; g < gold.Articles.Count; g++)
        {
            string first = Squash(gold.Articles[g].FirstWords);
            var best = result.Articles
                .Where(a => !used.Contains(a.Article.Id) && Path.GetFileName(a.Article.DocumentPath) == gold.Articles[g].Doc)
                .Select(a => (Article: a, Position: Squash(a.Article.Text).IndexOf(first, StringComparison.Ordinal)))
                .Where(x => x.Position >= 0)
                .OrderBy(x => x.Position)
                .FirstOrDefault();
            if (best.Article is not null)
            {
                match[g] = best.Article;
                used.Add(best.Article.Article.Id);
            }
        }

        var leaks = new List<string>();
        var missing = new List<string>();
        foreach (var (g, article) in match)
        {
            string text = Norm(article.Article.Text);
            string squashed = Squash(article.Article.Text);
            leaks.AddRange(gold.Articles[g].MustNotContain.Where(bad => text.Contains(Norm(bad), StringComparison.Ordinal)).Select(bad => $"{gold.Articles[g].Doc}: {bad}"));
            missing.AddRange(gold.Articles[g].MustContain.Where(good => !squashed.Contains(Squash(good), StringComparison.Ordinal)).Select(good => $"{gold.Articles[g].Doc}: {good}"));
        }

        var byId = result.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        string Root(string id) => byId.TryGetValue(id, out var a) && a.Copy is not null ? a.Copy.CanonicalId : id;
        int goldPairs = 0, predictedPairs = 0, both = 0;
        var keys = match.Keys.Order().ToArray();
        for (int x = 0; x < keys.Length; x++)
        {
            for (int y = x + 1; y < keys.Length; y++)
            {
                string? gx = gold.Articles[keys[x]].CopyGroup;
                bool inGold = gx is not null && gx == gold.Articles[keys[y]].CopyGroup;
                bool inPredicted = Root(match[keys[x]].Article.Id) == Root(match[keys[y]].Article.Id);
                goldPairs += inGold ? 1 : 0;
                predictedPairs += inPredicted ? 1 : 0;
                both += inGold && inPredicted ? 1 : 0;
            }
        }

        int spurious = result.Articles.Count(a => !used.Contains(a.Article.Id) && Norm(a.Article.Text).Length > 0);
        return new GoldScore(
            gold.Articles.Count == 0 ? 0 : (double)match.Count / gold.Articles.Count,
            spurious,
            leaks,
            missing,
            predictedPairs == 0 ? 1 : (double)both / predictedPairs,
            goldPairs == 0 ? 1 : (double)both / goldPairs,
            BCubedF1(match.Keys.ToDictionary(k => k, k => gold.Articles[k].Story), match.ToDictionary(m => m.Key, m => m.Value.StoryId)),
            BCubedF1(match.Keys.ToDictionary(k => k, k => gold.Articles[k].Event), match.ToDictionary(m => m.Key, m => m.Value.EventId)))
        {
            Match = match,
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"seg {SegmentationRecall:F2} spurious {SpuriousArticles} leaks [{string.Join("; ", Leaks)}] missing [{string.Join("; ", Missing)}] copyP {CopyPrecision:F2} copyR {CopyRecall:F2} storyF1 {StoryF1:F2} eventF1 {EventF1:F2}");

    private static double BCubedF1(Dictionary<int, string> gold, Dictionary<int, string> predicted)
    {
        if (gold.Count == 0)
        {
            return 0;
        }

        double p = 0, r = 0;
        foreach (int i in gold.Keys)
        {
            var samePredicted = gold.Keys.Where(j => predicted[j] == predicted[i]).ToList();
            var sameGold = gold.Keys.Where(j => gold[j] == gold[i]).ToList();
            int together = samePredicted.Count(j => gold[j] == gold[i]);
            p += (double)together / samePredicted.Count;
            r += (double)together / sameGold.Count;
        }

        p /= gold.Count;
        r /= gold.Count;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static string Norm(string text)
    {
        string s = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-');
        return Whitespace().Replace(s, " ").Trim().ToLowerInvariant();
    }

    public static string Squash(string text) => NotAlphanumeric().Replace(Norm(text), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NotAlphanumeric();
}
