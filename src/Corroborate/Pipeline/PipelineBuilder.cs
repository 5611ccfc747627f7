using Corroborate.Briefing;
using Corroborate.Copies;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Offices;
using Corroborate.Extraction;
using Corroborate.Mentions;
using Corroborate.Reading;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>
/// Configures the stages — one options record each — and the index implementations, then builds an immutable
/// <see cref="Pipeline"/>. Every options record is validated by <see cref="Build"/>, so a bad value fails at once with
/// the option's name, not later inside a run.
/// </summary>
public sealed class PipelineBuilder
{
    private ReaderOptions _readerOptions = ReaderOptions.Default;
    private ExtractionOptions _extractionOptions = ExtractionOptions.Default;
    private CopyOptions _copyOptions = new();
    private StoryIndexOptions _storyOptions = new();
    private CorroborationOptions _corroborationOptions = CorroborationOptions.Default;
    private BriefOptions _briefOptions = BriefOptions.Default;
    private Func<CopyOptions, ICopyIndex> _copyIndex = static options => new InMemoryCopyIndex(options);
    private Func<StoryIndexOptions, IStoryIndex> _storyIndex = static options => new InMemoryStoryIndex(options);
    private int _parallelism = Environment.ProcessorCount;
    private OfficeRegistry? _offices = OfficeRegistry.Default;

    /// <summary>The finders of the mentions stage, in the order they run; insert, replace or remove them by type.</summary>
    public OrderedList<MentionFinder> MentionFinders { get; } = MentionStage.DefaultFinders();

    public PipelineBuilder WithReaderOptions(ReaderOptions options)
    {
        _readerOptions = options;
        return this;
    }

    public PipelineBuilder WithExtractionOptions(ExtractionOptions options)
    {
        _extractionOptions = options;
        return this;
    }

    public PipelineBuilder WithCopyOptions(CopyOptions options)
    {
        _copyOptions = options;
        return this;
    }

    public PipelineBuilder WithStoryOptions(StoryIndexOptions options)
    {
        _storyOptions = options;
        return this;
    }

    public PipelineBuilder WithCorroborationOptions(CorroborationOptions options)
    {
        _corroborationOptions = options;
        return this;
    }

    public PipelineBuilder WithBriefOptions(BriefOptions options)
    {
        _briefOptions = options;
        return this;
    }

    /// <summary>Where copy detection keeps its state; in memory by default, a store or a cluster later.</summary>
    public PipelineBuilder UseCopyIndex(Func<CopyOptions, ICopyIndex> factory)
    {
        _copyIndex = factory;
        return this;
    }

    /// <inheritdoc cref="UseCopyIndex(Func{CopyOptions, ICopyIndex})"/>
    public PipelineBuilder UseCopyIndex(Func<ICopyIndex> factory) => UseCopyIndex(_ => factory());

    /// <summary>Where story clustering keeps its state; in memory by default.</summary>
    public PipelineBuilder UseStoryIndex(Func<StoryIndexOptions, IStoryIndex> factory)
    {
        _storyIndex = factory;
        return this;
    }

    /// <inheritdoc cref="UseStoryIndex(Func{StoryIndexOptions, IStoryIndex})"/>
    public PipelineBuilder UseStoryIndex(Func<IStoryIndex> factory) => UseStoryIndex(_ => factory());

    /// <summary>How many documents the stateless stages prepare at once; the indexes always have one writer.</summary>
    public PipelineBuilder WithParallelism(int degree)
    {
        _parallelism = Math.Max(1, degree);
        return this;
    }

    /// <summary>The office-holder record role mentions are checked against; null turns the check off.</summary>
    public PipelineBuilder UseOfficeRecord(OfficeRegistry? registry)
    {
        _offices = registry;
        return this;
    }

    /// <exception cref="ArgumentOutOfRangeException">An option is impossible; the exception names it.</exception>
    public Pipeline Build()
    {
        _readerOptions.Validate();
        _copyOptions.Validate();
        _storyOptions.Validate();
        var stages = new PipelineStages(
            new DocumentReader(_readerOptions),
            new ArticleExtractor(_extractionOptions),
            new MentionStage(MentionFinders),
            new Corroborator(_offices, _corroborationOptions),
            new BriefBuilder(_briefOptions));
        CopyOptions copyOptions = _copyOptions;
        StoryIndexOptions storyOptions = _storyOptions;
        Func<CopyOptions, ICopyIndex> copyIndex = _copyIndex;
        Func<StoryIndexOptions, IStoryIndex> storyIndex = _storyIndex;
        return new Pipeline(stages, copyOptions, storyOptions, () => copyIndex(copyOptions), () => storyIndex(storyOptions), _parallelism);
    }
}
