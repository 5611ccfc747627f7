using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>Placeholder index that finds no copies; shingles, MinHash and LSH follow.</summary>
public sealed class InMemoryCopyIndex : ICopyIndex
{
    public CopyLink? Add(AnalyzedArticle article) => null;

    public CopyLink? LinkOf(string articleId) => null;
}
