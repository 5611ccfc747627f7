using Corroborate.Model;

namespace Corroborate.Storage.Reading;

/// <summary>
/// Stored stories and articles as the same <see cref="AnalysisResult"/> that <c>analyze</c> gives, for <c>show</c>,
/// <c>export</c> and any host (the CLI, tests, the web app). Built from stored placements: the stateless stages
/// re-derive the articles from the stored document text; copies and stories are what ingest decided.
/// </summary>
public sealed class StoreReports(Store store, Pipeline.Pipeline pipeline)
{
    /// <summary>A story with all its articles, or one article with its story; null when the store has neither.</summary>
    public AnalysisResult? Show(string storyOrArticleId)
    {
        if (store.Story(storyOrArticleId) is StoredStory story)
        {
            return OfStory(story);
        }

        if (store.Article(storyOrArticleId) is StoredArticle article && store.Story(article.StoryId) is StoredStory home)
        {
            return StoredResultBuilder.Build(pipeline, [home.Story], [article], store.Documents([article.DocumentId]));
        }

        return null;
    }

    /// <summary>One result per stored story, in story order, then one for documents that gave no article (their diagnostics).</summary>
    public IEnumerable<AnalysisResult> Export()
    {
        foreach (StoredStory story in store.Stories(null))
        {
            yield return OfStory(story);
        }

        IReadOnlyList<RawDocument> empty = store.DocumentsWithoutArticles();
        if (empty.Count > 0)
        {
            yield return StoredResultBuilder.Build(pipeline, [], [], empty, allDocuments: true);
        }
    }

    private AnalysisResult OfStory(StoredStory story)
    {
        IReadOnlyList<StoredArticle> articles = store.ArticlesOf(story.Id);
        return StoredResultBuilder.Build(pipeline, [story.Story], articles, store.Documents(articles.Select(static a => a.DocumentId)));
    }
}
