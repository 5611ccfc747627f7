using System.Collections.Immutable;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Stories;

namespace Corroborate.Pipeline;

/// <summary>
/// One incremental run: documents are added one at a time and update the copy and story indexes.
/// Adding the same bytes twice changes nothing (document ids are content hashes).
/// </summary>
public sealed class PipelineRun
{
    private readonly Pipeline _pipeline;
    private readonly ICopyIndex _copies;
    private readonly IStoryIndex _stories;
    private readonly bool _keepArticles;
    private readonly HashSet<string> _seenDocuments = new(StringComparer.Ordinal);
    private readonly List<DocumentReport> _documents = [];
    private readonly List<AnalyzedArticle> _articles = [];

    internal PipelineRun(Pipeline pipeline, ICopyIndex copies, IStoryIndex stories, bool keepArticles)
    {
        _pipeline = pipeline;
        _copies = copies;
        _stories = stories;
        _keepArticles = keepArticles;
    }

    public int DocumentCount { get; private set; }

    public int ArticleCount { get; private set; }

    public ICopyIndex Copies => _copies;

    public IStoryIndex Stories => _stories;

    /// <summary>Prepares and adds one decoded document.</summary>
    public IReadOnlyList<StoryAssignment> Add(RawDocument document) => Add(_pipeline.Prepare(document));

    /// <summary>Adds a prepared document: its articles go through copy detection and story clustering in order.</summary>
    public IReadOnlyList<StoryAssignment> Add(PreparedDocument prepared)
    {
        RawDocument document = prepared.Document;
        DocumentCount++;
        if (!_keepArticles)
        {
            // The caller keeps what it needs (a store does, and skips documents it already holds): memory stays flat.
            return AddArticles(prepared);
        }

        if (!prepared.Failed && !_seenDocuments.Add(document.Id))
        {
            _documents.Add(new DocumentReport(document.Id, document.Path, document.Format, [.. prepared.Diagnostics, new Diagnostic(DiagnosticSeverity.Info, "duplicate-document", "same bytes as a document already added; skipped")]));
            return [];
        }

        _documents.Add(new DocumentReport(document.Id, document.Path, document.Format, prepared.Diagnostics));
        return AddArticles(prepared);
    }

    private List<StoryAssignment> AddArticles(PreparedDocument prepared)
    {
        var assignments = new List<StoryAssignment>(prepared.Articles.Length);
        foreach (AnalyzedArticle article in prepared.Articles)
        {
            CopyLink? copy = _copies.Add(article);
            assignments.Add(_stories.Add(article, copy));
            ArticleCount++;
            if (_keepArticles)
            {
                _articles.Add(article);
            }
        }

        return assignments;
    }

    /// <summary>The picture as it stands now. Copy canonicals and events are resolved at this moment, since later articles can change them.</summary>
    public AnalysisResult Result(IEnumerable<Diagnostic>? runDiagnostics = null)
    {
        IReadOnlyList<Story> stories = _stories.Stories();
        var placement = new Dictionary<string, (string Story, string Event)>(StringComparer.Ordinal);
        foreach (Story story in stories)
        {
            foreach (StoryEvent storyEvent in story.Events)
            {
                foreach (string articleId in storyEvent.Articles)
                {
                    placement[articleId] = (story.Id, storyEvent.Id);
                }
            }
        }

        var articles = ImmutableArray.CreateBuilder<ArticleReport>(_articles.Count);
        foreach (AnalyzedArticle article in _articles)
        {
            var (storyId, eventId) = placement.GetValueOrDefault(article.Id, ("", ""));
            articles.Add(new ArticleReport(article, _copies.LinkOf(article.Id), storyId, eventId));
        }

        ImmutableArray<ArticleReport> reports = articles.MoveToImmutable();
        return new AnalysisResult([.. _documents], reports, _pipeline.Picture(stories, reports), [.. runDiagnostics ?? []]);
    }
}
