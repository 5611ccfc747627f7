using BenchmarkDotNet.Attributes;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Benchmarks;

/// <summary>
/// One page through extraction alone (<see cref="ArticleExtractor"/>) and through the stateless stages
/// (<see cref="Pipeline.Pipeline.Prepare(RawDocument)"/>: extraction, sentence and term analysis, sentence spans, mentions):
/// a full HTML article page (~8 KB of markup) and the same story as a scraped text page with two teasers.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private Pipeline.Pipeline _pipeline = null!;
    private RawDocument _html = null!;
    private RawDocument _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new PipelineBuilder().WithParallelism(1).Build();
        _html = DocumentReader.FromBytes("page.html", System.Text.Encoding.UTF8.GetBytes(NewsPages.HtmlPage()));
        _text = DocumentReader.FromBytes("page.txt", System.Text.Encoding.UTF8.GetBytes(NewsPages.TextPage()));
        if (_extractor.Extract(_html).Articles.IsEmpty || _extractor.Extract(_text).Articles.Length < 2)
        {
            throw new InvalidOperationException("the benchmark pages no longer extract as intended");
        }
    }

    [Benchmark]
    public int ExtractHtml() => _extractor.Extract(_html).Articles.Length;

    [Benchmark]
    public int ExtractText() => _extractor.Extract(_text).Articles.Length;

    [Benchmark]
    public int PrepareHtml() => _pipeline.Prepare(_html).Articles.Length;

    [Benchmark]
    public int PrepareText() => _pipeline.Prepare(_text).Articles.Length;
}
