using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Corroborate.Briefing;
using Corroborate.Corroboration;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Benchmarks;

/// <summary>
/// The back half for one story of ten analyzed articles (one event told by ten outlets, with a near copy and a
/// conflicting number): <see cref="Corroborator.Corroborate"/>, <see cref="BriefBuilder.Build"/>, and both.
/// </summary>
[MemoryDiagnoser]
public class CorroborationBenchmarks
{
    private readonly Corroborator _corroborator = Corroborator.Default;
    private readonly BriefBuilder _brief = BriefBuilder.Default;
    private Story _story = null!;
    private ImmutableArray<ArticleReport> _articles;
    private IReadOnlySet<string> _outlets = null!;
    private StoryCorroboration _corroboration = null!;

    [GlobalSetup]
    public void Setup()
    {
        Pipeline.Pipeline pipeline = new PipelineBuilder().WithParallelism(1).Build();
        PipelineRun run = pipeline.Start();
        foreach (var (name, text) in NewsPages.FerryStory())
        {
            run.Add(DocumentReader.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text)));
        }

        AnalysisResult result = run.Result();
        StoryPicture picture = result.Stories.MaxBy(static s => s.Articles.Length)!;
        if (picture.Articles.Length < 8 || picture.Facts.IsEmpty)
        {
            throw new InvalidOperationException($"the benchmark story has {picture.Articles.Length} articles and {picture.Facts.Length} facts; expected about ten articles with facts");
        }

        _story = picture.Story;
        _articles = picture.Articles;
        _outlets = Corroborator.OutletsOf(result.Articles);
        _corroboration = _corroborator.Corroborate(_story, _articles, _outlets);
    }

    [Benchmark]
    public int Corroborate() => _corroborator.Corroborate(_story, _articles, _outlets).Facts.Length;

    [Benchmark]
    public int Brief() => _brief.Build(_story, _articles, _corroboration).Overall.Agreed.Length;

    [Benchmark]
    public int CorroborateAndBrief()
    {
        StoryCorroboration corroboration = _corroborator.Corroborate(_story, _articles, _outlets);
        return _brief.Build(_story, _articles, corroboration).Overall.Agreed.Length;
    }
}
