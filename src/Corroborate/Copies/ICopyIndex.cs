using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>
/// The state of copy detection, behind an interface so it can live in memory, in a store or in a cluster.
/// Articles arrive one at a time; canonicals are resolved when asked, since a more complete copy may arrive later.
/// </summary>
public interface ICopyIndex
{
    /// <summary>
    /// Adds an article; returns its link when it copies an article already indexed, else null. An article
    /// that is more complete than the group it joins becomes the canonical and gets null: the links of the
    /// earlier members change, ask <see cref="LinkOf"/> for them.
    /// </summary>
    CopyLink? Add(AnalyzedArticle article);

    /// <summary>The current link of an article (its canonical resolved now), or null when it is a canonical or alone.</summary>
    CopyLink? LinkOf(string articleId);

    /// <summary>The ids of the article's copy group in arrival order (just the article when it has no copies; empty when unknown).</summary>
    IReadOnlyList<string> GroupOf(string articleId);
}
