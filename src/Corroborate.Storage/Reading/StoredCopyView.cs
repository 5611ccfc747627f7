using Corroborate.Copies;
using Corroborate.Model;

namespace Corroborate.Storage.Reading;

/// <summary>The copy links as stored, behind the engine's interface: adding an article looks its link up, computes nothing.</summary>
internal sealed class StoredCopyView(IReadOnlyDictionary<string, CopyLink?> links) : ICopyIndex
{
    public CopyLink? Add(AnalyzedArticle article) => LinkOf(article.Id);

    public CopyLink? LinkOf(string articleId) => links.GetValueOrDefault(articleId);

    public IReadOnlyList<string> GroupOf(string articleId)
    {
        if (!links.ContainsKey(articleId))
        {
            return [];
        }

        string canonical = LinkOf(articleId)?.CanonicalId ?? articleId;
        return [.. links.Where(p => p.Key == canonical || p.Value?.CanonicalId == canonical).Select(static p => p.Key)];
    }
}
