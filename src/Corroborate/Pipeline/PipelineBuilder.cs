using Corroborate.Copies;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Offices;
using Corroborate.Extraction;
using Corroborate.Mentions;
using Corroborate.Reading;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>Configures the stages and the index implementations, then builds an immutable <see cref="Pipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private ReaderOptions _readerOptions = new();
    private Func<ICopyIndex> _copyIndex = static () => new InMemoryCopyIndex();
    private Func<IStoryIndex> _storyIndex = static () => new InMemoryStoryIndex();
    private int _parallelism = Environment.ProcessorCount;
    private OfficeRegistry? _offices = OfficeRegistry.Default;

    public PipelineBuilder WithReaderOptions(ReaderOptions options)
    {
        _readerOptions = options;
        return this;
    }

    /// <summary>Where copy detection keeps its state; in memory by default, a store or a cluster later.</summary>
    public PipelineBuilder UseCopyIndex(Func<ICopyIndex> factory)
    {
        _copyIndex = factory;
        return this;
    }

    /// <summary>Where story clustering keeps its state; in memory by default.</summary>
    public PipelineBuilder UseStoryIndex(Func<IStoryIndex> factory)
    {
        _storyIndex = factory;
        return this;
    }

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

    /// <summary>The finders of the mentions stage, in the order they run; insert, replace or remove them by type.</summary>
    public OrderedList<MentionFinder> MentionFinders { get; } = MentionStage.DefaultFinders();

    public Pipeline Build() =>
        new(new DocumentReader(_readerOptions), new ArticleExtractor(), new MentionStage(MentionFinders), _copyIndex, _storyIndex, new Corroborator(_offices), _parallelism);
}
