using System.Collections.Immutable;
using Corroborate.Briefing;
using Corroborate.Extraction;
using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Reading;
using Corroborate.Copies;
using Corroborate.Corroboration;
using Corroborate.Stories;
using Corroborate.Text;

namespace Corroborate.Pipeline;

/// <summary>
/// The engine: Read → Extract → Analyze (stateless, parallel per document) → Copies → Stories (stateful,
/// one writer, in input order). A batch is the same code as a stream: <see cref="Start"/> a run and feed it.
/// </summary>
public sealed class Pipeline
{
    private readonly DocumentReader _reader;
    private readonly ArticleExtractor _extractor;
    private readonly MentionStage _mentions;
    private readonly BriefBuilder _brief;
    private readonly Func<ICopyIndex> _copyIndex;
    private readonly Func<IStoryIndex> _storyIndex;

    internal Pipeline(PipelineStages stages, CopyOptions copyOptions, StoryIndexOptions storyOptions, Func<ICopyIndex> copyIndex, Func<IStoryIndex> storyIndex, int parallelism)
    {
        _reader = stages.Reader;
        _extractor = stages.Extractor;
        _mentions = stages.Mentions;
        _brief = stages.Brief;
        Corroborator = stages.Corroborator;
        CopyOptions = copyOptions;
        StoryOptions = storyOptions;
        _copyIndex = copyIndex;
        _storyIndex = storyIndex;
        Parallelism = parallelism;
    }

    public int Parallelism { get; }

    /// <summary>The options copy detection runs with: an index kept elsewhere (a store) is built with these.</summary>
    public CopyOptions CopyOptions { get; }

    /// <summary>The options story clustering runs with: an index kept elsewhere (a store) is built with these.</summary>
    public StoryIndexOptions StoryOptions { get; }

    /// <summary>The corroboration stage, run over the stories when a run's result is asked for.</summary>
    public Corroborator Corroborator { get; }

    public static Pipeline CreateDefault() => new PipelineBuilder().Build();

    /// <summary>A fresh run with empty indexes.</summary>
    /// <param name="keepArticles">
    /// False for a caller that keeps what it needs itself (the store): the run then holds nothing per document or
    /// article, and leaves documents already added to the caller; its <see cref="PipelineRun.Result"/> has no articles.
    /// </param>
    public PipelineRun Start(bool keepArticles = true) => new(this, _copyIndex(), _storyIndex(), keepArticles);

    /// <summary>A run over indexes the caller keeps (a store's), built with <see cref="CopyOptions"/> and <see cref="StoryOptions"/>.</summary>
    public PipelineRun Start(ICopyIndex copies, IStoryIndex stories, bool keepArticles) => new(this, copies, stories, keepArticles);

    /// <summary>
    /// The back half for each story: corroboration, then the brief, as one <see cref="StoryPicture"/>. Stories are
    /// independent (their one shared input is the set of outlets the corpus holds), so they are pictured in parallel;
    /// the pictures keep story order.
    /// </summary>
    /// <param name="articles">Every article placed in the stories, in article order.</param>
    public ImmutableArray<StoryPicture> Picture(IReadOnlyList<Story> stories, IReadOnlyList<ArticleReport> articles)
    {
        ILookup<string, ArticleReport> byStory = articles.ToLookup(a => a.StoryId, StringComparer.Ordinal);
        IReadOnlySet<string> outlets = Corroborator.OutletsOf(articles);
        return [.. stories
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Parallelism)
            .Select(story => Picture(story, [.. byStory[story.Id]], outlets))];
    }

    /// <summary>One story's picture. <paramref name="articles"/> are the story's own, in article order.</summary>
    public StoryPicture Picture(Story story, ImmutableArray<ArticleReport> articles, IReadOnlySet<string> knownOutlets)
    {
        StoryCorroboration corroboration = Corroborator.Corroborate(story, articles, knownOutlets);
        return new StoryPicture(story, articles, corroboration, _brief.Build(story, articles, corroboration));
    }

    /// <summary>Reads one file; never throws for bad input.</summary>
    public RawDocument Read(string path) => _reader.Read(path);

    /// <summary>The reading stage, for sources that decode documents themselves (<see cref="IDocumentSource.Read"/>).</summary>
    public DocumentReader Reader => _reader;

    /// <summary>The stateless stages for one document: extract its articles and analyze their text.</summary>
    public PreparedDocument Prepare(RawDocument document) => Prepare(document, null);

    /// <summary>The stateless stages, with line counts of the whole batch as boilerplate evidence.</summary>
    public PreparedDocument Prepare(RawDocument document, LineFrequencies? repeatedLines)
    {
        if (document.Text.Length == 0)
        {
            return new PreparedDocument(document, [], [.. document.Diagnostics]);
        }

        ExtractionResult extracted = KnownMetadataOverlay.Apply(_extractor.Extract(document, repeatedLines), document.Known);
        var articles = ImmutableArray.CreateBuilder<AnalyzedArticle>(extracted.Articles.Length);
        foreach (Article article in extracted.Articles)
        {
            AnalyzedArticle analyzed = TextAnalyzer.Analyze(article);
            articles.Add(analyzed with
            {
                SentenceSources = SentenceSources.Of(analyzed, document.Text),
                Mentions = _mentions.Find(analyzed, document.Text),
            });
        }

        return new PreparedDocument(document, articles.MoveToImmutable(), [.. document.Diagnostics, .. extracted.Diagnostics]);
    }

    /// <summary>Reads and prepares a source's documents in parallel, yielding them in input order so the indexes see a deterministic stream.</summary>
    public IEnumerable<PreparedDocument> ReadAndPrepare(IDocumentSource source) => Prepare(source.Read(_reader));

    /// <summary>Reads and prepares files in parallel, in input order (each file read once).</summary>
    public IEnumerable<PreparedDocument> ReadAndPrepare(IEnumerable<string> files) => ReadAndPrepare(FileSource.OfFiles([.. files]));

    /// <summary>
    /// A pre-pass over a batch: how many documents share each line. Counted before any extraction, so every
    /// document sees the same counts whatever the order or parallelism.
    /// </summary>
    public LineFrequencies CountLines(IReadOnlyList<RawDocument> documents)
    {
        var counts = new LineFrequencies();
        documents.AsParallel().WithDegreeOfParallelism(Parallelism).ForAll(document => counts.AddDocument(document.Text));
        return counts;
    }

    /// <summary>Prepares already-decoded documents in parallel, in input order.</summary>
    public IEnumerable<PreparedDocument> Prepare(IEnumerable<RawDocument> documents) =>
        OrderedParallel.Select(documents, Prepare, Parallelism);

    /// <summary>Analyzes files and folders as one batch.</summary>
    public AnalysisResult Analyze(IEnumerable<string> paths) => Analyze(new FileSource(paths));

    /// <summary>Analyzes a batch of files (already expanded), with problems found while expanding them.</summary>
    public AnalysisResult Analyze(IReadOnlyList<string> files, IEnumerable<Diagnostic> problems, IProgress<int>? progress) =>
        Analyze(FileSource.OfFiles(files), progress, problems);

    /// <summary>
    /// Analyzes a source as one batch: every document is read and decoded once, the line-count pre-pass runs over the
    /// decoded texts, then the documents stream through the stages in source order. The batch is held in memory
    /// between the two passes; <c>ingest</c> streams without the pre-pass.
    /// </summary>
    public AnalysisResult Analyze(IDocumentSource source, IProgress<int>? progress = null, IEnumerable<Diagnostic>? problems = null)
    {
        RawDocument?[] documents = [.. source.Read(_reader)];
        LineFrequencies repeatedLines = CountLines(documents!);
        PipelineRun run = Start();
        int done = 0;
        foreach (PreparedDocument document in OrderedParallel.Select(Release(documents), d => Prepare(d, repeatedLines), Parallelism))
        {
            run.Add(document);
            progress?.Report(++done);
        }

        return run.Result([.. problems ?? [], .. source.Problems]);
    }

    /// <summary>Yields the documents in order, letting go of each once handed out, so the batch's memory is freed as it is prepared.</summary>
    private static IEnumerable<RawDocument> Release(RawDocument?[] documents)
    {
        for (int i = 0; i < documents.Length; i++)
        {
            RawDocument document = documents[i]!;
            documents[i] = null;
            yield return document;
        }
    }
}
