namespace Corroborate.Model;

/// <summary>
/// A source sentence cited in its original place: the article, its outlet, the sentence as the source wrote it,
/// and its span [Start, End) in the original document (UTF-16 offsets into the decoded document text).
/// </summary>
public sealed record Citation(string Article, string? Outlet, string Sentence, int Start, int End);
