namespace Corroborate.Extraction;

/// <summary>
/// Labels each line from its own text: widget and credit patterns first (they are unambiguous),
/// then the prose/headline shape from <see cref="LineFeatures"/>. Context-dependent calls (is this
/// counter line a caption? is this headline a teaser?) are left to <see cref="PageSegmenter"/>.
/// </summary>
internal static class LineClassifier
{
    public static LineKind Classify(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        if (t.IsEmpty)
        {
            return LineKind.Blank;
        }

        if (t.Length <= 200)
        {
            string s = t.ToString();
            if (Patterns.TimeAgo().IsMatch(s))
            {
                return LineKind.TimeAgo;
            }

            if (DatelineParser.Parse(t) is not null)
            {
                return LineKind.Dateline;
            }

            if (Patterns.ShareWidget().IsMatch(s))
            {
                return LineKind.ShareWidget;
            }

            if (Patterns.CommentsWidget().IsMatch(s))
            {
                return LineKind.CommentsWidget;
            }

            if (Patterns.RelatedHeader().IsMatch(s))
            {
                return LineKind.RelatedHeader;
            }

            if (Patterns.InlinePromo().IsMatch(s) && !LineFeatures.Of(t).IsProse)
            {
                return LineKind.InlinePromo;
            }

            if (Patterns.AdvertisementLine().IsMatch(s))
            {
                return LineKind.Advertisement;
            }

            if (Patterns.WireCredit().IsMatch(s))
            {
                return LineKind.WireCredit;
            }

            if (Patterns.TagsLine().IsMatch(s) && !LineFeatures.Of(t).IsProse)
            {
                return LineKind.Tags;
            }

            if (Patterns.AgencyCredit().IsMatch(s))
            {
                return LineKind.AgencyCredit;
            }

            if (Patterns.SignInPrompt().IsMatch(s))
            {
                return LineKind.SignIn;
            }

            if (Patterns.LatestFrom().IsMatch(s))
            {
                return LineKind.LatestFrom;
            }

            if (IsCommentRemnantOnly(s))
            {
                return LineKind.CommentRemnant;
            }
        }

        string line = t.ToString();
        if (Patterns.ReferenceEntry().IsMatch(line))
        {
            return LineKind.Reference;
        }

        if (Patterns.ProvenanceNote().IsMatch(line))
        {
            return LineKind.Provenance;
        }

        if (Patterns.Bullet().IsMatch(line))
        {
            return LineKind.Bullet;
        }

        LineFeatures f = LineFeatures.Of(t);
        if (Patterns.PhotoCounter().IsMatch(line) && f.Words <= 60)
        {
            return LineKind.CounterCaption;
        }

        if (f.IsProse)
        {
            return LineKind.Prose;
        }

        return f.IsHeadlineShaped ? LineKind.Headline : LineKind.Other;
    }

    private static bool IsCommentRemnantOnly(string s) =>
        Patterns.CommentRemnant().Replace(s, string.Empty).Trim().Length == 0;
}
