namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Counts the independent sources behind one side of a conflict, leaving out articles already flagged unreliable (but
/// never the article whose own side is being counted): what "the majority" means when a majority is held against an article.
/// </summary>
internal sealed class StorySides(Func<string, string> sourceOf, IReadOnlySet<string> flagged)
{
    public IReadOnlySet<string> Flagged => flagged;

    /// <param name="self">The article whose side this is, counted even when flagged; null for another side.</param>
    public int Count(Model.Conflict conflict, int side, string? self) => conflict.Claims
        .Where(c => c.Side == side && (c.Article == self || !flagged.Contains(c.Article)))
        .Select(c => sourceOf(c.Article))
        .Distinct(StringComparer.Ordinal)
        .Count();
}
