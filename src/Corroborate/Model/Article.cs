using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// One article found in a document: its clean text and everything extraction decided about it.
/// <see cref="Start"/>/<see cref="End"/> bound the article in the document; <see cref="Map"/> maps any
/// position of <see cref="Text"/> back to the document, so a sentence can be cited in its original place.
/// </summary>
/// <param name="Index">The article's position among its document's articles (0 = the main article).</param>
public sealed record Article(
    string Id,
    string DocumentId,
    string DocumentPath,
    int Index,
    int Start,
    int End,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string Text,
    bool Truncated,
    ImmutableArray<RemovedBlock> Removed,
    ImmutableArray<Repair> Repairs,
    OffsetMap Map)
{
    /// <summary>The author when one is known (so far only from a source's metadata); not yet in the JSON contract.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// The wire service or agency the article carries ("(Nordic Wire) —", "By Jo Eld, Southern Wire Service"), kept apart
    /// from <see cref="Outlet"/>, the outlet that publishes it; null when the page credits none.
    /// </summary>
    public string? Wire { get; init; }
}
