using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// Labels each line from its own text: widget and credit patterns first (they are unambiguous),
/// then the prose/headline shape from <see cref="LineFeatures"/>. Context-dependent calls (is this
/// counter line a caption? is this headline a teaser?) are left to <see cref="PageSegmenter"/>.
/// </summary>
internal sealed class LineClassifier
{
    private readonly ExtractionOptions _options;

    public LineClassifier(ExtractionOptions options) => _options = options;

    public LineKind Classify(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        if (t.IsEmpty)
        {
            return LineKind.Blank;
        }

        if (t.Length <= _options.FurnitureMaxChars)
        {
            string s = t.ToString();
            if (Patterns.TimeAgo().IsMatch(s))
            {
                return LineKind.TimeAgo;
            }

            if (DatelineParser.Parse(t, _options) is not null)
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

            if (Patterns.CopyrightLine().IsMatch(s) && LineFeatures.Of(t).Words <= _options.CopyrightMaxWords)
            {
                return LineKind.Copyright;
            }

            if (Patterns.Byline().IsMatch(s) && !LineFeatures.Of(t).IsProse(_options))
            {
                return LineKind.Byline;
            }

            if (Patterns.FollowPrompt().IsMatch(s) && LineFeatures.Of(t).SentenceMarks == 0)
            {
                return LineKind.FollowPrompt;
            }

            if (IsLinkList(s))
            {
                return LineKind.LinkList;
            }

            if (Patterns.InlinePromo().IsMatch(s) && !LineFeatures.Of(t).IsProse(_options))
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

            if (Patterns.TagsLine().IsMatch(s) && !LineFeatures.Of(t).IsProse(_options))
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
        if (Patterns.PhotoCounter().IsMatch(line) && f.Words <= _options.CounterCaptionMaxWords)
        {
            return LineKind.CounterCaption;
        }

        if (f.IsProse(_options))
        {
            return LineKind.Prose;
        }

        return f.IsHeadlineShaped(_options) ? LineKind.Headline : LineKind.Other;
    }

    /// <summary>
    /// Applies the calls that need a neighbour: a short all-caps line right after a photo-counter line is the photo's
    /// credit ("3 Crowds gather …" then "EASTSIDE PICTURES"), which in turn makes the counter line a caption.
    /// </summary>
    /// <remarks>
    /// Also: a short all-caps line with credit vocabulary ("PHOTO", "AGENCY", "POOL", …) is a credit unless it is a
    /// page heading; and a "Headline | Outlet"-shaped line before any prose is the page title, not a link list.
    /// </remarks>
    public void ApplyContext(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds)
    {
        bool proseSeen = false;
        for (int i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] is LineKind.Headline or LineKind.Other or LineKind.Prose && Patterns.LabelledPhotoCredit().IsMatch(lines[i].Text.Trim()))
            {
                // "Photo: X / Agency": the credit, and the one short sentence right above it is the photo's caption.
                kinds[i] = LineKind.AgencyCredit;
                int above = i - 1;
                while (above >= 0 && kinds[above] == LineKind.Blank)
                {
                    above--;
                }

                if (above >= 0 && kinds[above] == LineKind.Prose && IsCaptionShaped(lines[above].Text))
                {
                    kinds[above] = LineKind.Caption;
                }

                continue;
            }

            proseSeen |= kinds[i] == LineKind.Prose;
            if (kinds[i] == LineKind.LinkList && !proseSeen && !Patterns.LinkListLabel().IsMatch(lines[i].Text.Trim())
                && lines[i].Text.Split(" | ", StringSplitOptions.RemoveEmptyEntries).Length < _options.MenuMinItems)
            {
                LineFeatures f = LineFeatures.Of(lines[i].Text);
                kinds[i] = f.IsHeadlineShaped(_options) ? LineKind.Headline : LineKind.Other;
                continue;
            }

            if (kinds[i] is not (LineKind.Headline or LineKind.Other) || !IsShortAllCaps(lines[i].Text))
            {
                continue;
            }

            if (!lines[i].IsHeading && Patterns.CreditVocabulary().IsMatch(lines[i].Text))
            {
                kinds[i] = LineKind.AgencyCredit;
                continue;
            }

            int prev = i - 1;
            while (prev >= 0 && kinds[prev] == LineKind.Blank)
            {
                prev--;
            }

            if (prev >= 0 && kinds[prev] == LineKind.CounterCaption)
            {
                kinds[i] = LineKind.AgencyCredit;
            }
        }
    }

    /// <summary>One sentence of at most 35 words: what a caption is, and what a body paragraph rarely is.</summary>
    private bool IsCaptionShaped(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        int words = t.Count(' ') + 1;
        int ends = 0;
        for (int k = 0; k < t.Length - 1; k++)
        {
            if (t[k] is '.' or '!' or '?' && t[k + 1] == ' ')
            {
                ends++;
            }
        }

        return words <= _options.CaptionMaxWords && ends == 0;
    }

    /// <summary>A credit-shaped line: one to five words, every letter upper case, no sentence punctuation.</summary>
    internal bool IsShortAllCaps(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        if (t.IsEmpty || t.Length > _options.CreditMaxChars || t.IndexOfAny(".!?;:,\"\u201c\u201d") >= 0)
        {
            return false;
        }

        int letters = 0;
        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        if (letters < _options.CreditMinLetters)
        {
            return false;
        }

        int words = LineFeatures.Of(t).Words;
        return words >= 1 && words <= _options.CreditMaxWords;
    }

    /// <summary>
    /// A line of links to other stories: a "More from X:" / "Read more:" label, or several short headline segments
    /// joined by " | " (two or more of three words or more, or a menu of three or more short items).
    /// </summary>
    internal bool IsLinkList(string s)
    {
        string rest = s;
        bool labelled = false;
        Match label = Patterns.LinkListLabel().Match(s);
        if (label.Success)
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

        int longParts = 0, shortParts = 0;
        foreach (string part in parts)
        {
            LineFeatures f = LineFeatures.Of(part);
            if (f.Words == 0 || f.Words > _options.LinkMaxWords || f.SentenceMarks > 0 || (f.EndsSentence && !f.IsQuestionOrExclamation))
            {
                return false;
            }

            if (f.Words >= _options.LinkHeadlineMinWords)
            {
                longParts++;
            }
            else
            {
                shortParts++;
            }
        }

        return labelled || longParts == parts.Length || (parts.Length >= _options.MenuMinItems && (longParts >= 2 || longParts == 0));
    }

    private static bool IsCommentRemnantOnly(string s) =>
        Patterns.CommentRemnant().Replace(s, string.Empty).Trim().Length == 0;
}
