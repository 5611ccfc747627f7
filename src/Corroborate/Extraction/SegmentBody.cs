namespace Corroborate.Extraction;

/// <summary>
/// One article segment from its first prose line on, with the landmarks its lines are judged against: the first
/// and last prose lines, how far the body's short lines are kept, and where an appended reference list starts.
/// </summary>
internal sealed class SegmentBody
{
    private readonly int _lastProseAnywhere;
    private int? _numberedAfterEnd;

    public SegmentBody(PageLines page, Segment segment, int firstProse)
    {
        Page = page;
        Segment = segment;
        FirstProse = firstProse;
        ExtractionWork.Add(segment.To - firstProse);
        TailFrom = segment.To;
        for (int i = firstProse; i < segment.To; i++)
        {
            if (page.Kinds[i] == LineKind.Reference || OpensReferenceList(page, i, segment.To))
            {
                TailFrom = i;
                break;
            }
        }

        LastProse = LastProseBefore(firstProse, TailFrom);
        _lastProseAnywhere = LastProseBefore(LastProse, segment.To);
        KeepUntil = Math.Max(LastProse - 1, ListAfter(LastProse, segment.To));
    }

    public PageLines Page { get; }

    public Segment Segment { get; }

    public int FirstProse { get; }

    /// <summary>The last prose line before the reference list (if any): the article's end.</summary>
    public int LastProse { get; }

    /// <summary>Up to this line, short lines are body: list items, steps and subheads between paragraphs, or a list the last paragraph introduces.</summary>
    public int KeepUntil { get; }

    /// <summary>The first line of a reference list appended after the article ("[1] … - Outlet"); from there on nothing is body.</summary>
    public int TailFrom { get; }

    public LineKind KindOf(int i) => Page.Kinds[i];

    public bool IsBetweenProse(int i) => Page.HasProse(i - 1, Segment.From, -1) && Page.HasProse(i + 1, Segment.To, 1);

    /// <summary>
    /// A numbered, non-sentence line after the last paragraph that belongs to a run of such lines
    /// ("1. Headline", "2. Headline"): a most-read or recommended list, not article content.
    /// </summary>
    public bool IsTrailingNumberedItem(int i)
    {
        if (!Page.IsNumberedHeadline(i))
        {
            return false;
        }

        if (_numberedAfterEnd is null)
        {
            int items = 0;
            ExtractionWork.Add(Segment.To - LastProse);
            for (int j = LastProse + 1; j < Segment.To; j++)
            {
                if (Page.IsNumberedHeadline(j))
                {
                    items++;
                }
            }

            _numberedAfterEnd = items;
        }

        return _numberedAfterEnd >= Page.Options.NumberedListMinItems;
    }

    /// <summary>
    /// A short line under a related-stories header ("READ ALSO:" then "→ Headline" lines): the run of short lines
    /// right after such a header, up to a blank line or prose, is a box of links even inside the article.
    /// </summary>
    public bool IsInRelatedBox(int i)
    {
        for (int j = i - 1; j >= Segment.From && i - j <= Page.Options.RelatedBoxMaxLines; j--)
        {
            LineKind kind = Page.Kinds[j];
            if (kind == LineKind.RelatedHeader)
            {
                return true;
            }

            if (kind is not (LineKind.Bullet or LineKind.Headline or LineKind.Other or LineKind.LinkList))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The last line of prose cut off mid-word ("This is what the villagers ar..."): body, to be marked truncated.</summary>
    public bool IsCutOffEnding(int i)
    {
        LineFeatures f = LineFeatures.Of(Page.Lines[i].Text);
        ExtractionOptions o = Page.Options;
        return f.EndsWithEllipsis && f.Words >= o.CutOffEndingMinWords && f.StopwordRatio >= o.CutOffEndingMinStopwordRatio
            && Page.HasProse(i - 1, Segment.From, -1) && i > _lastProseAnywhere;
    }

    /// <summary>
    /// A reference heading ("References", "Sources:") followed by at least two list items ("1. Title – Outlet",
    /// "• Outlet"): the start of a list of cited works, whatever the entries look like.
    /// </summary>
    private static bool OpensReferenceList(PageLines page, int i, int to)
    {
        if (page.Kinds[i] is LineKind.Blank or LineKind.Prose || !Patterns.ReferenceHeading().IsMatch(page.Lines[i].Text.Trim()))
        {
            return false;
        }

        int items = 0;
        for (int j = i + 1; j < to && items < 2; j++)
        {
            if (page.Kinds[j] == LineKind.Blank)
            {
                continue;
            }

            string text = page.Lines[j].Text.TrimStart();
            if (!(page.Kinds[j] is LineKind.Bullet or LineKind.Reference || Patterns.NumberedItem().IsMatch(text)))
            {
                return false;
            }

            items++;
        }

        return items >= 2;
    }

    private int LastProseBefore(int from, int to)
    {
        int last = from;
        for (int i = from; i < to; i++)
        {
            if (Page.Kinds[i] == LineKind.Prose)
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>
    /// A list introduced by a colon right after the last paragraph ("Tour dates:" then one line per date) is
    /// article content; returns the index of its last item, or -1 when there is no such list.
    /// </summary>
    private int ListAfter(int lastProse, int to)
    {
        IReadOnlyList<SourceLine> lines = Page.Lines;
        IReadOnlyList<LineKind> kinds = Page.Kinds;
        int i = lastProse + 1;
        while (i < to && kinds[i] == LineKind.Blank)
        {
            i++;
        }

        bool introduced = lines[lastProse].Text.TrimEnd().EndsWith(':');
        if (!introduced && i < to && kinds[i] is LineKind.Other or LineKind.Headline && lines[i].Text.TrimEnd().EndsWith(':'))
        {
            introduced = true;
            i++;
        }

        if (!introduced)
        {
            return -1;
        }

        int items = 0, last = -1;
        for (; i < to; i++)
        {
            if (kinds[i] == LineKind.Blank)
            {
                continue;
            }

            if (kinds[i] is not (LineKind.Headline or LineKind.Other or LineKind.Bullet or LineKind.Dateline))
            {
                break;
            }

            items++;
            last = i;
        }

        return items >= Page.Options.ListMinItems ? last : -1;
    }
}
