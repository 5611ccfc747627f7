namespace Corroborate.Extraction;

/// <summary>
/// Labels each line from its own text by the ordered <see cref="LineRules"/>: widget and credit patterns first
/// (they are unambiguous), then the prose/headline shape from <see cref="LineFeatures"/>. Calls that need a
/// neighbour are made by <see cref="ApplyContext"/>; those that need the page (is this counter line a caption?
/// is this headline a teaser?) are left to <see cref="PageSegmenter"/> and <see cref="SegmentReader"/>.
/// </summary>
internal sealed class LineClassifier
{
    private readonly ExtractionOptions _options;

    public LineClassifier(ExtractionOptions options) => _options = options;

    /// <summary>What <paramref name="text"/> is: the kind of the first of <see cref="LineRules.InOrder"/> that matches it.</summary>
    public LineKind Classify(string text)
    {
        var line = new CandidateLine(text, _options);
        bool furnitureLength = line.IsFurnitureLength;
        foreach (LineRule rule in LineRules.InOrder)
        {
            if (!furnitureLength && rule.FurnitureOnly)
            {
                continue;
            }

            ExtractionWork.Add(line.Text.Length);
            if (rule.Matches(line))
            {
                return rule.Kind;
            }
        }

        return LineRules.Otherwise;
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
            if (kinds[i] is LineKind.Headline or LineKind.Other or LineKind.Prose or LineKind.Caption && Patterns.LabelledPhotoCredit().IsMatch(lines[i].Text.Trim()))
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

            if (kinds[i] == LineKind.Prose && !proseSeen && IsHeadlineAboveDateline(lines, kinds, i))
            {
                kinds[i] = LineKind.Headline;
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

    /// <summary>
    /// A first sentence-shaped line right above a date line or byline is the headline ("Mayor quits after vote!" then
    /// "Posted by … | 02.06.2025"): a date line follows a headline, never an opening paragraph.
    /// </summary>
    private bool IsHeadlineAboveDateline(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds, int i)
    {
        LineFeatures f = LineFeatures.Of(lines[i].Text);
        if (f.SentenceMarks > 0 || f.Words > _options.HeadlineMaxWords)
        {
            return false;
        }

        int next = i + 1;
        while (next < kinds.Count && kinds[next] == LineKind.Blank)
        {
            next++;
        }

        return next < kinds.Count && kinds[next] is LineKind.Dateline or LineKind.Byline;
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
}
