using Corroborate.Briefing;
using Corroborate.Copies;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Reliability;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Stories;
using Corroborate.Tests.TestSupport;

namespace Corroborate.Tests.Pipeline;

/// <summary>Every stage's options go through the builder, are checked when it builds, and change what the run does.</summary>
public sealed class PipelineOptionsTests
{
    private static AnalysisResult AnalyzeSamples(PipelineBuilder builder) =>
        builder.WithParallelism(1).Build().Analyze([SharedFolder.Samples]);

    [Fact]
    public void An_impossible_option_fails_the_build_naming_it()
    {
        Assert.Equal("AlignMinCosine", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithCorroborationOptions(new CorroborationOptions { AlignMinCosine = 1.5 }).Build()).ParamName);
        Assert.Equal("Context", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithCorroborationOptions(new CorroborationOptions { Reliability = new ReliabilityOptions { Context = -0.2 } }).Build()).ParamName);
        Assert.Equal("SentencesPerStory", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithBriefOptions(new BriefOptions { SentencesPerStory = -1 }).Build()).ParamName);
        Assert.Equal("JoinThreshold", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithStoryOptions(new StoryIndexOptions { JoinThreshold = 0 }).Build()).ParamName);
        Assert.Equal("Bands", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithCopyOptions(new CopyOptions { Bands = 1000 }).Build()).ParamName);
        Assert.IsAssignableFrom<ArgumentException>(Record.Exception(() =>
            new PipelineBuilder().WithExtractionOptions(new Corroborate.Extraction.ExtractionOptions { HeadlineMinWords = -1 }).Build()));
        Assert.Equal("MaxFileBytes", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PipelineBuilder().WithReaderOptions(new ReaderOptions { MaxFileBytes = 0 }).Build()).ParamName);
    }

    [Fact]
    public void Brief_options_bound_every_brief()
    {
        AnalysisResult result = AnalyzeSamples(new PipelineBuilder().WithBriefOptions(new BriefOptions { SentencesPerStory = 1, SentencesPerEvent = 1, CoverageFacts = 2 }));

        Assert.Contains(AnalyzeSamples(new PipelineBuilder()).Stories, p => p.Brief.Overall.Agreed.Length > 1);
        Assert.All(result.Stories, p => Assert.True(p.Brief.Overall.Agreed.Length + p.Brief.Overall.SingleSource.Length <= 2));
        Assert.All(result.Stories, p => Assert.True(p.Brief.Coverage.Facts.Length <= 2));
    }

    [Fact]
    public void Reliability_weights_move_the_scores()
    {
        var harsh = new ReliabilityOptions { Context = 50, MajorityOnlyFloor = -50 };
        AnalysisResult result = AnalyzeSamples(new PipelineBuilder().WithCorroborationOptions(new CorroborationOptions { Reliability = harsh }));

        var undated = result.Articles.Where(a => a.Article.Published is null).Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(undated);
        Assert.All(result.Assessments.Where(a => undated.Contains(a.Article)), a => Assert.Equal(0, a.Reliability));
        Assert.Contains(AnalyzeSamples(new PipelineBuilder()).Assessments, a => undated.Contains(a.Article) && a.Reliability > 0);
    }

    [Fact]
    public void Copy_options_reach_copy_detection()
    {
        int Copies(AnalysisResult result) => result.Articles.Count(a => a.Copy is not null);

        int usual = Copies(AnalyzeSamples(new PipelineBuilder()));
        int strict = Copies(AnalyzeSamples(new PipelineBuilder().WithCopyOptions(new CopyOptions { NearMinJaccard = 1, TruncatedMinContainment = 1 })));

        Assert.True(usual > strict, $"{usual} copies with the defaults, {strict} when only exact copies count");
    }
}
