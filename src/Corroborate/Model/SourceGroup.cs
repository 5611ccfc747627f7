using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// One independent source inside a story: articles that are copies of one another or carry the same wire origin
/// count once. Named by its lead article (the most complete copy).
/// </summary>
/// <param name="Origin">Why the articles are one source: null for a lone article, "copies", or the wire ("wire:reuters").</param>
public sealed record SourceGroup(string Id, string Story, string Lead, string? Outlet, string? Origin, ImmutableArray<string> Articles);
