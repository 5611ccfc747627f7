using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// What a line that is not article text is removed as, by its kind. The table is read first match wins; a kind
/// listed by no entry is <see cref="Otherwise"/>, and a blank line is never a removed block.
/// </summary>
internal static class LineRemovals
{
    public static IReadOnlyList<LineRemoval> InOrder { get; } =
    [
        new("share-widget", [LineKind.ShareWidget], RemovedKind.ShareWidget, "only share/follow widget words"),
        new("photo-caption", [LineKind.Caption], RemovedKind.Caption, "one short sentence right above a photo credit"),
        new("comments-widget", [LineKind.CommentsWidget], RemovedKind.Comments, "comment widget text"),
        new("related-header", [LineKind.RelatedHeader], RemovedKind.RelatedLinks, "related-stories header"),
        new("advertisement", [LineKind.Advertisement], RemovedKind.Advertisement, "advertisement slot"),
        new("inline-promo", [LineKind.InlinePromo], RemovedKind.Promo, "'Read more: …'-style pointer to another story, or a teaser tail pointing to where the story is published (its outlet is kept)", NoteTeaserTail),
        new("consent", [LineKind.Consent], RemovedKind.Boilerplate, "cookie or consent banner"),
        new("sign-in", [LineKind.SignIn], RemovedKind.SignIn, "sign-in, subscription or newsletter prompt"),
        new("wire-credit", [LineKind.WireCredit], RemovedKind.Credit, "wire or reporting credit line", NoteWireName),
        new("tags", [LineKind.Tags], RemovedKind.Tags, "hashtags/tags line"),
        new("agency-credit", [LineKind.AgencyCredit], RemovedKind.Credit, "a line that is only a photo or agency credit"),
        new("latest-from", [LineKind.LatestFrom], RemovedKind.Footer, "'For the latest from …' footer; its outlet is kept as Outlet", NoteLatestFrom),
        new("provenance", [LineKind.Provenance], RemovedKind.Footer,
            "note on where or how the article was published (an outlet it names as publisher is kept as Outlet)", NoteNotEditedBy),
        new("byline", [LineKind.Byline], RemovedKind.Byline, "'By …' author line"),
        new("copyright", [LineKind.Copyright], RemovedKind.Footer,
            "copyright or 'All rights reserved' footer (its holder is the outlet when nothing else names one)", NoteCopyrightHolder),
        new("follow-prompt", [LineKind.FollowPrompt], RemovedKind.ShareWidget, "prompt to follow the outlet on social media"),
        new("link-list", [LineKind.LinkList], RemovedKind.RelatedLinks, "a line of links to other stories ('More from …:' label or headlines joined by ' | ')"),
        new("comment-remnant", [LineKind.CommentRemnant], RemovedKind.HtmlRemnant, "HTML comment markers left in the text"),
        new("timestamp", [LineKind.TimeAgo, LineKind.Dateline], RemovedKind.Timestamp, "a time or date line inside the article"),
        new("reference", [LineKind.Reference], RemovedKind.References, "reference list entry"),
        new("bullet", [LineKind.Bullet], RemovedKind.Summary, "bullet line outside the article body"),
        new("counter-caption", [LineKind.CounterCaption], RemovedKind.Caption, "photo counter followed by a caption sentence"),
        new("headline", [LineKind.Headline], RemovedKind.Promo, "headline-shaped line not followed by article prose"),
    ];

    /// <summary>How a line of a kind that no entry lists is removed.</summary>
    public static LineRemoval Otherwise { get; } =
        new("boilerplate", [], RemovedKind.Boilerplate, "short line that is neither a sentence nor a subheading between paragraphs");

    private static readonly FrozenDictionary<LineKind, LineRemoval> ByKind = BuildLookup();

    /// <summary>Removes <paramref name="line"/> as what <paramref name="kind"/> says (nothing for a blank line).</summary>
    public static void Remove(SourceLine line, LineKind kind, ArticleDraft draft)
    {
        if (kind == LineKind.Blank)
        {
            return;
        }

        LineRemoval removal = ByKind.GetValueOrDefault(kind, Otherwise);
        removal.Note?.Invoke(line, draft);
        draft.Remove(line, removal.Removed, removal.Reason);
    }

    // First match wins: a kind listed twice keeps its first entry.
    private static FrozenDictionary<LineKind, LineRemoval> BuildLookup()
    {
        var lookup = new Dictionary<LineKind, LineRemoval>();
        foreach (LineRemoval removal in InOrder)
        {
            foreach (LineKind kind in removal.Lines)
            {
                lookup.TryAdd(kind, removal);
            }
        }

        return lookup.ToFrozenDictionary();
    }

    /// <summary>"With Post wires" names a short outlet ("Post").</summary>
    private static void NoteWireName(SourceLine line, ArticleDraft draft)
    {
        string[] words = line.Text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool withWires = words.Length is >= 3 and <= 6 && words[0].Equals("with", StringComparison.OrdinalIgnoreCase)
            && words[^1].StartsWith("wire", StringComparison.OrdinalIgnoreCase);
        draft.CreditOutlet ??= withWires ? string.Join(' ', words[1..^1]) : null;
    }

    private static void NoteTeaserTail(SourceLine line, ArticleDraft draft) => draft.StatedOutlet ??= StatedSource.InTeaserTail(line.Text);

    private static void NoteLatestFrom(SourceLine line, ArticleDraft draft)
    {
        Match m = Patterns.LatestFrom().Match(line.Text.Trim());
        draft.StatedOutlet ??= m.Success ? m.Groups[1].Value.Trim().TrimEnd(',') : null;
    }

    private static void NoteNotEditedBy(SourceLine line, ArticleDraft draft)
    {
        Match host = Patterns.NotEditedBy().Match(line.Text);
        draft.StatedOutlet ??= host.Success ? host.Groups[1].Value.Trim() : null;
    }

    private static void NoteCopyrightHolder(SourceLine line, ArticleDraft draft)
    {
        Match holder = Patterns.CopyrightHolder().Match(line.Text.Trim());
        draft.CopyrightOutlet ??= holder.Success ? holder.Groups[1].Value.Trim() : null;
    }
}
