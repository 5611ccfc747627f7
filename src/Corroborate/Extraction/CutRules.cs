using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// What the paragraph cleaner cuts, in this order. Every rule is tried on every paragraph; overlapping cuts are
/// merged afterwards, the earlier-starting cut (and, at one start, the earlier rule) naming the merged block, so
/// the order matters only for which kind and reason a merged block reports.
/// </summary>
internal static class CutRules
{
    private static readonly (int, int)[] None = [];

    public static IReadOnlyList<CutRule> InOrder { get; } =
    [
        new("inline-caption", RemovedKind.Caption, "photo counter, caption sentence and agency credit pasted into the paragraph",
            p => All(Patterns.InlineCaption(), p.Text)),
        new("inline-advertisement", RemovedKind.Advertisement, "'Advertisement' slot between two sentences",
            p => All(Patterns.InlineAdvertisement(), p.Text)),
        new("mid-sentence-advertisement", RemovedKind.Advertisement, "'Advertisement' slot pasted inside a sentence",
            p => All(BoilerplateShapes.MidSentenceAdvertisement(), p.Text)),
        new("trailing-desk-initials", RemovedKind.Credit, "wire desk initials after the last sentence",
            p => ToEnd(BoilerplateShapes.TrailingDeskInitials(), p.Text)),
        new("trailing-photo-credit", RemovedKind.Credit, "photo credit closing the paragraph",
            p => ToEnd(Patterns.TrailingPhotoCredit(), p.Text)),
        new("trailing-provenance", RemovedKind.Footer, "note on where or how the article was published, closing the paragraph",
            p => ToEnd(Patterns.TrailingProvenance(), p.Text)),
        new("comment-remnant", RemovedKind.HtmlRemnant, "HTML comment markers left in the text",
            p => All(Patterns.CommentRemnant(), p.Text)),
        new("source-note", RemovedKind.SourceNote, "'Read the original article on …' note; its outlet is kept as Outlet",
            p => p.SourceNote.Success ? [(p.SourceNote.Index, p.SourceNote.Index + p.SourceNote.Length)] : None),
        new("prompt-after-source-note", RemovedKind.SignIn, "prompt after the source note", PromptAfterSourceNote),
    ];

    /// <summary>Whatever follows a source note is a prompt ("Sign up for …") unless it reads as prose.</summary>
    private static IEnumerable<(int Start, int End)> PromptAfterSourceNote(ParagraphText p)
    {
        if (!p.SourceNote.Success)
        {
            return None;
        }

        int end = p.SourceNote.Index + p.SourceNote.Length;
        string rest = p.Text[end..].Trim();
        return rest.Length > 0 && (Patterns.SignInPrompt().IsMatch(rest) || !LineFeatures.Of(rest).IsProse(p.Options))
            ? [(end, p.Text.Length)]
            : None;
    }

    private static List<(int Start, int End)> All(Regex pattern, string text)
    {
        var spans = new List<(int, int)>();
        foreach (ValueMatch m in pattern.EnumerateMatches(text))
        {
            spans.Add((m.Index, m.Index + m.Length));
        }

        return spans;
    }

    private static IEnumerable<(int Start, int End)> ToEnd(Regex pattern, string text)
    {
        Match m = pattern.Match(text);
        return m.Success ? [(m.Index, text.Length)] : None;
    }
}
