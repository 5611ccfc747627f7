namespace Corroborate.Model;

/// <summary>A span of the document that extraction kept out of an article's text, and why.</summary>
/// <param name="Kind">What the block is (a caption, a credit, a share widget, a reference list, …); written out by its <see cref="ContractNames"/> name.</param>
/// <param name="Reason">The features that decided it, in words a user can check.</param>
public sealed record RemovedBlock(int Start, int End, RemovedKind Kind, string Reason);
