using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// How each line of an article body is decided, in this order, first match wins. What follows the article's end
/// (an appended reference list, boilerplate shared by many documents, a numbered most-read list) is removed before
/// any shape can keep it; then prose and captions; then short lines are kept only where the body surrounds them;
/// anything left is removed as what its own kind says.
/// </summary>
internal static class BodyLineRules
{
    public static IReadOnlyList<BodyLineRule> InOrder { get; } =
    [
        new("blank", (b, i) => b.KindOf(i) == LineKind.Blank, LineVerdict.Skip),
        new("appended-summary", (b, i) => i >= b.TailFrom && b.KindOf(i) == LineKind.Bullet,
            LineVerdict.Remove(RemovedKind.Summary, "bullet summary appended after the article end")),
        new("appended-references", (b, i) => i >= b.TailFrom,
            LineVerdict.Remove(RemovedKind.References, "reference list appended after the article end")),
        new("repeated", (b, i) => b.Page.IsRepeatedShort(i),
            LineVerdict.Remove(RemovedKind.Repeated, "the same line appears in many documents")),
        new("trailing-numbered-list", (b, i) => i > b.KeepUntil && i > b.LastProse && b.IsTrailingNumberedItem(i),
            LineVerdict.Remove(RemovedKind.RelatedLinks, "numbered list of headlines after the article end")),
        new("related-box", (b, i) => b.KindOf(i) is LineKind.Bullet or LineKind.Headline or LineKind.Other or LineKind.LinkList && b.IsInRelatedBox(i),
            LineVerdict.Remove(RemovedKind.RelatedLinks, "a link under a related-stories header inside the article")),
        new("prose", (b, i) => b.KindOf(i) == LineKind.Prose, LineVerdict.Keep),
        new("counter-caption", (b, i) => b.KindOf(i) == LineKind.CounterCaption && b.Page.IsCaption(i),
            LineVerdict.Remove(RemovedKind.Caption, "photo counter followed by a caption sentence (an agency credit follows or the counter repeats)")),
        new("counter-sentence", (b, i) => b.KindOf(i) == LineKind.CounterCaption, LineVerdict.Keep),
        new("subheading-between-prose", (b, i) => b.KindOf(i) is LineKind.Headline or LineKind.Other && b.IsBetweenProse(i) && b.Page.LooksLikeBodyLine(i),
            LineVerdict.Keep),

        // Inside the body (between its first and last prose lines) short lines are list items, steps or subheads.
        new("short-line-inside-body", (b, i) => b.KindOf(i) is LineKind.Headline or LineKind.Other or LineKind.Bullet && i <= b.KeepUntil,
            LineVerdict.Keep),
        new("cut-off-ending", (b, i) => b.KindOf(i) == LineKind.Other && b.IsCutOffEnding(i), LineVerdict.Keep),
        new("bullet-between-prose", (b, i) => b.KindOf(i) == LineKind.Bullet && b.IsBetweenProse(i), LineVerdict.Keep),
    ];

    /// <summary>What becomes of a line no rule matches.</summary>
    public static LineVerdict Otherwise => LineVerdict.ByKind;
}
