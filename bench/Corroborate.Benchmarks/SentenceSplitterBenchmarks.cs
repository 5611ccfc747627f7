using BenchmarkDotNet.Attributes;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Benchmarks;

[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = SyntheticText.Article(600, seed: 7);

    [Benchmark]
    public int Split()
    {
        List<Sentence> sentences = SentenceSplitter.Split(_text);
        return sentences.Count;
    }
}
