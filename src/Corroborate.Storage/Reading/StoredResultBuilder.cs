using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Storage.Reading;

/// <summary>
/// Rebuilds the engine's <see cref="AnalysisResult"/> for stored stories, so <c>show</c> and <c>export</c> print
/// the same JSON contract as <c>analyze</c>. The stateless stages are re-run on the stored document text (they
/// are deterministic and ingest runs them without the batch line-count pre-pass), and the stateful ones are
/// answered from the store through the engine's own index interfaces; whatever the engine computes from the
/// articles of a story when it builds a result (facts, conflicts, briefs) comes along unchanged.
/// </summary>
public static class StoredResultBuilder
{
    /// <param name="allDocuments">Keep every given document in the result, not only those holding one of <paramref name="articles"/>.</param>
    /// <param name="pipeline">The pipeline whose stages re-derive the articles (its indexes are not used: the store answers for them).</param>
    public static AnalysisResult Build(Pipeline.Pipeline pipeline, IReadOnlyList<Story> stories, IReadOnlyList<StoredArticle> articles, IReadOnlyList<RawDocument> documents, bool allDocuments = false)
    {
        var links = articles.ToDictionary(static a => a.Id, static a => a.Copy, StringComparer.Ordinal);
        var placement = articles.ToDictionary(static a => a.Id, static a => new StoryAssignment(a.Id, a.StoryId, a.EventId), StringComparer.Ordinal);
        var copies = new StoredCopyView(links);
        var storyView = new StoredStoryView(stories, placement);
        PipelineRun run = pipeline.Start(copies, storyView, keepArticles: true);
        foreach (PreparedDocument prepared in pipeline.Prepare(documents))
        {
            run.Add(prepared);
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        AnalysisResult full = run.Result(problems);
        ImmutableArray<ArticleReport> kept = [.. full.Articles.Where(a => links.ContainsKey(a.Article.Id) && found.Add(a.Article.Id))];
        var textLengths = documents.GroupBy(static d => d.Id, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First().Text.Length, StringComparer.Ordinal);
        foreach (StoredArticle missing in articles.Where(a => !found.Contains(a.Id)))
        {
            problems.Add(NotRederived(missing, textLengths.TryGetValue(missing.DocumentId, out int length) ? length : null));
        }

        var documentIds = kept.Select(static a => a.Article.DocumentId).ToHashSet(StringComparer.Ordinal);
        var storyIds = stories.Select(static s => s.Id).ToHashSet(StringComparer.Ordinal);
        return full with
        {
            Documents = [.. full.Documents.Where(d => allDocuments || documentIds.Contains(d.Id))],
            Articles = kept,
            Diagnostics = [.. full.Diagnostics, .. problems],

            // Documents can hold articles of other stories (teasers); their pictures are not part of what was asked.
            // Within a story, office checks and assessments are those of the asked articles only (show ARTICLE).
            Stories = [.. full.Stories.Where(p => storyIds.Contains(p.Id)).Select(p => p with
            {
                Corroboration = p.Corroboration with
                {
                    OfficeChecks = [.. p.OfficeChecks.Where(x => found.Contains(x.Article))],
                    Assessments = [.. p.Assessments.Where(x => found.Contains(x.Article))],
                },
            })],
        };
    }

    /// <summary>
    /// Why a stored article is not in the result, as far as the store can tell: its document's stored text ends
    /// before the article did (an earlier corroborate cut texts at a NUL character), the document is gone, or the
    /// stages now split the same text differently.
    /// </summary>
    private static Diagnostic NotRederived(StoredArticle article, int? textLength) => new(DiagnosticSeverity.Warning, "not-rederived", textLength switch
    {
        null => $"article {article.Id} could not be derived again: its document {article.DocumentId} is missing from the store",
        int length when length < article.End =>
            $"article {article.Id} could not be derived again: the stored text of document {article.DocumentId} ends at character {length}, before the article's end ({article.End}); it was cut when stored (earlier versions cut a text at a NUL character); ingest the file again into a new store",
        _ => $"article {article.Id} could not be derived again from the stored text of document {article.DocumentId}: the stages now find different articles in it (it was stored by another version of the engine)",
    });
}
