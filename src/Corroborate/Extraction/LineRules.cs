namespace Corroborate.Extraction;

/// <summary>
/// The line classifier's rules, tried in this order, first match wins. The order is the decision: unambiguous
/// widget and credit patterns come first and are tried only on short lines; list and note shapes next, on lines
/// of any length; the prose and headline shapes last, so a line that is both a copyright notice and a sentence
/// is the notice. A new rule is one line here plus its predicate, placed where it must win or lose.
/// </summary>
internal static class LineRules
{
    private const bool Furniture = true;
    private const bool AnyLength = false;

    public static IReadOnlyList<LineRule> InOrder { get; } =
    [
        new("blank", LineKind.Blank, AnyLength, l => l.Text.Length == 0),

        // Furniture: short lines that are only a widget, a credit, a timestamp or a prompt.
        new("time-ago", LineKind.TimeAgo, Furniture, l => Patterns.TimeAgo().IsMatch(l.Text) || Patterns.OutletTimeAgo().IsMatch(l.Text)),
        new("dateline", LineKind.Dateline, Furniture, l => DatelineParser.Parse(l.Text, l.Options) is not null),
        new("share-widget", LineKind.ShareWidget, Furniture, l => Patterns.ShareWidget().IsMatch(l.Text)),
        new("reader-tools", LineKind.ShareWidget, Furniture, l => l.Text.Any(char.IsLetter) && Patterns.ReaderTools().IsMatch(l.Text)),
        new("consent-banner", LineKind.Consent, AnyLength, l => Patterns.IsConsentBanner(l.Text) && l.Features.Words <= l.Options.ConsentMaxWords),
        new("comments-widget", LineKind.CommentsWidget, Furniture, l => Patterns.CommentsWidget().IsMatch(l.Text)),
        new("related-header", LineKind.RelatedHeader, Furniture, l => Patterns.RelatedHeader().IsMatch(l.Text)),
        new("copyright", LineKind.Copyright, Furniture, l => Patterns.CopyrightLine().IsMatch(l.Text) && l.Features.Words <= l.Options.CopyrightMaxWords),
        new("byline", LineKind.Byline, Furniture, l => Patterns.Byline().IsMatch(l.Text) && !l.IsProse),
        new("follow-prompt", LineKind.FollowPrompt, Furniture, l => Patterns.FollowPrompt().IsMatch(l.Text) && l.Features.SentenceMarks == 0),
        new("link-list", LineKind.LinkList, Furniture, IsLinkList),
        new("labelled-list", LineKind.LinkList, Furniture, l => Patterns.LabelledList().IsMatch(l.Text) && l.Features.Words <= l.Options.PromptMaxWords),
        new("teaser-tail", LineKind.InlinePromo, Furniture, l => StatedSource.TeaserTail().IsMatch(l.Text)),
        new("inline-promo", LineKind.InlinePromo, Furniture, l => Patterns.InlinePromo().IsMatch(l.Text) && !l.IsProse),
        new("advertisement", LineKind.Advertisement, Furniture, l => Patterns.AdvertisementLine().IsMatch(l.Text)),
        new("ad-slot", LineKind.Advertisement, Furniture, l => BoilerplateShapes.IsAdSlot(l.Text)),
        new("wire-credit", LineKind.WireCredit, Furniture, l => Patterns.WireCredit().IsMatch(l.Text)),
        new("tags", LineKind.Tags, Furniture, l => Patterns.TagsLine().IsMatch(l.Text) && !l.IsProse),
        new("agency-credit", LineKind.AgencyCredit, Furniture, l => Patterns.AgencyCredit().IsMatch(l.Text)),
        new("sign-in", LineKind.SignIn, Furniture, l => Patterns.SignInPrompt().IsMatch(l.Text)),
        new("reader-prompt", LineKind.SignIn, Furniture, l => BoilerplateShapes.IsPrompt(l.Text, l.Features, l.Options)),
        new("latest-from", LineKind.LatestFrom, Furniture, l => Patterns.LatestFrom().IsMatch(l.Text)),
        new("comment-remnant", LineKind.CommentRemnant, Furniture, IsCommentRemnantOnly),

        // Shapes of any length: list entries and notes, then the photo-counter caption.
        new("reference-entry", LineKind.Reference, AnyLength, l => Patterns.ReferenceEntry().IsMatch(l.Text)),
        new("provenance-note", LineKind.Provenance, AnyLength, l => Patterns.ProvenanceNote().IsMatch(l.Text)),
        new("caption-shape", LineKind.Caption, AnyLength, l => BoilerplateShapes.IsCaption(l.Original, l.Features, l.Options)),
        new("bullet", LineKind.Bullet, AnyLength, l => Patterns.Bullet().IsMatch(l.Text)),
        new("counter-caption", LineKind.CounterCaption, AnyLength, l => Patterns.PhotoCounter().IsMatch(l.Text) && l.Features.Words <= l.Options.CounterCaptionMaxWords),

        // What is left is prose, a headline, or other.
        new("prose", LineKind.Prose, AnyLength, l => l.IsProse),
        new("headline", LineKind.Headline, AnyLength, l => l.Features.IsHeadlineShaped(l.Options)),
    ];

    /// <summary>What a line is when no rule matches.</summary>
    public const LineKind Otherwise = LineKind.Other;

    /// <summary>
    /// A line of links to other stories: a "More from X:" / "Read more:" label, or several short headline segments
    /// joined by " | " (two or more of three words or more, or a menu of three or more short items).
    /// </summary>
    internal static bool IsLinkList(CandidateLine line)
    {
        string s = line.Text;
        ExtractionOptions o = line.Options;
        string rest = s;
        bool labelled = false;
        if (Patterns.LinkListLabel().IsMatch(s))
        {
            labelled = true;
            int colon = s.IndexOf(':', StringComparison.Ordinal);
            rest = s[(colon + 1)..];
        }

        string[] parts = rest.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return false;
        }

        int longParts = 0;
        foreach (string part in parts)
        {
            LineFeatures f = LineFeatures.Of(part);
            if (f.Words == 0 || f.Words > o.LinkMaxWords || f.SentenceMarks > 0 || (f.EndsSentence && !f.IsQuestionOrExclamation))
            {
                return false;
            }

            if (f.Words >= o.LinkHeadlineMinWords)
            {
                longParts++;
            }
        }

        return labelled || longParts == parts.Length || (parts.Length >= o.MenuMinItems && (longParts >= 2 || longParts == 0));
    }

    private static bool IsCommentRemnantOnly(CandidateLine line) =>
        Patterns.CommentRemnant().Replace(line.Text, string.Empty).Trim().Length == 0;
}
