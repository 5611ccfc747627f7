using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// How a line that is not body is removed, by its own kind: as <see cref="Removed"/> with <see cref="Reason"/>,
/// after <see cref="Note"/> (when set) has kept what the line says about the article (an outlet it names).
/// </summary>
/// <param name="Lines">The line kinds this removal is for.</param>
internal sealed record LineRemoval(string Name, LineKind[] Lines, RemovedKind Removed, string Reason, Action<SourceLine, ArticleDraft>? Note = null);
