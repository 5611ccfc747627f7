namespace Corroborate.Model;

/// <summary>A span of the document that extraction kept out of an article's text, and why.</summary>
/// <param name="Kind">What the block is: <c>caption</c>, <c>credit</c>, <c>share-widget</c>, <c>references</c>, …</param>
/// <param name="Reason">The features that decided it, in words a user can check.</param>
public sealed record RemovedBlock(int Start, int End, string Kind, string Reason);
