namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Counts the independent sources behind one side of a conflict, leaving out articles already flagged unreliable (but
/// never the article whose own side is being counted): what "the majority" means when a majority is held against an article.
/// It also tells whether publication dates tie an article to the sources on another side: then the two report one
/// happening, not two look-alike incidents that clustering merged.
/// </summary>
internal sealed class StorySides(Func<string, string> sourceOf, IReadOnlySet<string> flagged, Func<string, DateOnly?> publishedOf)
{
    public IReadOnlySet<string> Flagged => flagged;

    /// <param name="self">The article whose side this is, counted even when flagged; null for another side.</param>
    public int Count(Model.Conflict conflict, int side, string? self) => conflict.Claims
        .Where(c => c.Side == side && (c.Article == self || !flagged.Contains(c.Article)))
        .Select(c => sourceOf(c.Article))
        .Distinct(StringComparer.Ordinal)
        .Count();

    /// <summary>
    /// True when <paramref name="self"/> has a publication date and an unflagged article on <paramref name="side"/> was
    /// published within <paramref name="toleranceDays"/> of it.
    /// </summary>
    public bool DatedAlike(Model.Conflict conflict, int side, string self, int toleranceDays)
    {
        if (publishedOf(self) is not DateOnly own)
        {
            return false;
        }

        return conflict.Claims.Any(c => c.Side == side && c.Article != self && !flagged.Contains(c.Article)
            && publishedOf(c.Article) is DateOnly other && Math.Abs(other.DayNumber - own.DayNumber) <= toleranceDays);
    }
}
