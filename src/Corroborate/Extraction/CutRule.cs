using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// One named kind of text pasted into a paragraph that <see cref="ParagraphCleaner"/> cuts out: every span
/// [Start, End) that <see cref="Find"/> yields becomes a removed block of <see cref="Kind"/> with <see cref="Reason"/>.
/// </summary>
internal sealed record CutRule(string Name, RemovedKind Kind, string Reason, Func<ParagraphText, IEnumerable<(int Start, int End)>> Find);
