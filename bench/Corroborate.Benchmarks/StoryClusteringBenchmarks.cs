using BenchmarkDotNet.Attributes;
using Corroborate.Model;
using Corroborate.Stories;
using Corroborate.Text;

namespace Corroborate.Benchmarks;

/// <summary>
/// Story clustering: <see cref="Count"/> analyzed articles (~300 words, about <see cref="Count"/> / 5 distinct
/// stories over ten weeks, each story with its own invented names) added one by one to a fresh
/// <see cref="InMemoryStoryIndex"/>; reported per article.
/// </summary>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private static readonly string[] Syllables = ["ka", "ro", "vel", "min", "tor", "sa", "lun", "dre", "ost", "fi", "gar", "ne", "bri", "hol", "mar", "qu"];

    private AnalyzedArticle[] _articles = [];

    [Params(200, 2000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int stories = Math.Max(1, Count / 5);
        var start = new DateOnly(2024, 1, 1);
        _articles = new AnalyzedArticle[Count];
        for (int i = 0; i < Count; i++)
        {
            int story = i % stories;
            string text = StoryLead(story) + " " + SyntheticText.Article(300, seed: (story * 7919) + i) + " " + StoryLead(story);
            string id = "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var article = new Article(id, id, id, 0, 0, text.Length, null, null, start.AddDays(story * 70 / stories), text, false, [], [], OffsetMap.Identity(0, text.Length));
            _articles[i] = TextAnalyzer.Analyze(article);
        }
    }

    [Benchmark(OperationsPerInvoke = 2000)]
    public int AddArticles()
    {
        // OperationsPerInvoke is fixed by the attribute: run the 200-article case ten times so both report per article.
        int placed = 0;
        for (int round = 0; round < 2000 / Count; round++)
        {
            var index = new InMemoryStoryIndex();
            foreach (AnalyzedArticle article in _articles)
            {
                index.Add(article, null);
            }

            placed += index.Stories().Count;
        }

        return placed;
    }

    /// <summary>A sentence naming the story's own invented people and place, so stories are told apart by names as in real news.</summary>
    private static string StoryLead(int story)
    {
        string Name(int k)
        {
            string a = Syllables[(story + k) % Syllables.Length];
            string b = Syllables[(story / Syllables.Length + (3 * k)) % Syllables.Length];
            string c = Syllables[(story * 5 + k) % Syllables.Length];
            return char.ToUpperInvariant(a[0]) + a[1..] + b + c;
        }

        return $"{Name(1)} {Name(2)} met {Name(3)} {Name(4)} in {Name(5)} on Tuesday, officials in {Name(5)} said.";
    }
}
