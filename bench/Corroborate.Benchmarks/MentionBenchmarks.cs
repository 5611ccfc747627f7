using BenchmarkDotNet.Attributes;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Benchmarks;

/// <summary>The mentions stage on a ~600-word news-like article dense in names, titles, numbers and quotes.</summary>
[MemoryDiagnoser]
public class MentionBenchmarks
{
    private const string Paragraph =
        "Talks in Aldvik between Norwegian Prime Minister Ada Quist and former US President Tom Marrow lasted less than an hour " +
        "on Monday, officials said. Ivo Petrov, the head of the Bulgarian delegation, told reporters that at least 339 residents " +
        "had left the port and that about 1,200 more were waiting. “We will not sign a 12-point declaration under pressure,” " +
        "Petrov said. The bank lent 420 million euros in 2024, and prices rose 30 percent since May 12. Quist later said the " +
        "session started nearly two hours late, and that a three-day summit would follow in six months. Peru's lead negotiator, " +
        "Luis Campo, said more than 479 drones were counted. ";

    private AnalyzedArticle _article = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(Enumerable.Repeat(Paragraph, 6));
        _article = CopyBenchmarks.Analyze("mentions", _text);
    }

    [Benchmark]
    public ArticleMentions Find() => MentionStage.Default.Find(_article, _text);
}
