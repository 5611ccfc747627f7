using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Decides, line by line inside one article segment, what is body and what is furniture, using the line's
/// kind plus its neighbours: a photo-counter line is a caption when an agency credit follows it or its counter
/// repeats; a headline-shaped line is a subheading only between prose; after a reference list nothing is body.
/// Kept lines go to <see cref="ParagraphCleaner"/>; everything else becomes a removed block with its reason.
/// </summary>
/// <remarks>
/// Steps: the teaser header goes, the headline becomes the title, the lead (lines before the first prose line)
/// gives title, dateline and navigation, then each body line is decided by <see cref="BodyLineRules"/> and a line
/// that is not body is removed as its kind says (<see cref="LineRemovals"/>).
/// </remarks>
internal sealed class SegmentReader
{
    private readonly PageLines _page;

    public SegmentReader(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds, LineFrequencies? repeated, ExtractionOptions options, int mastheadLine = -1) =>
        _page = new PageLines(lines, kinds, repeated, options)
        {
            MastheadLine = mastheadLine,
            DateOrder = PageDateOrder.Of(lines.Select(static l => l.Text), options),
        };

    /// <summary>Fills <paramref name="draft"/> with title/date/removals and returns the indexes of the lines to keep, in order.</summary>
    public List<int> Read(Segment segment, ArticleDraft draft)
    {
        RemoveTeaserHeader(segment, draft);
        if (segment.HeadlineLine >= 0)
        {
            draft.Title = CleanTitle(_page.Lines[segment.HeadlineLine].Text);
        }

        int firstProse = FirstProse(segment);
        if (firstProse < 0)
        {
            RemoveByKind(segment.From, segment.To, draft);
            return [];
        }

        ReadLead(segment, firstProse, draft);
        return ReadBody(new SegmentBody(_page, segment, firstProse), draft);
    }

    /// <summary>A headline without decorations: leading emoji or symbols and surrounding space.</summary>
    internal static string CleanTitle(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        int i = 0;
        while (i < t.Length && !char.IsLetterOrDigit(t[i]) && t[i] is not ('"' or '\'' or '\u201c' or '\u2018' or '(' or '['))
        {
            i++;
        }

        return t[i..].Trim().ToString();
    }

    private void RemoveTeaserHeader(Segment segment, ArticleDraft draft)
    {
        foreach (int h in segment.HeaderLines)
        {
            draft.Remove(_page.Lines[h], RemovedKind.TeaserHeader, "outlet and time-ago lines heading a teaser");
        }
    }

    /// <summary>The first prose (or photo-counter) line that is not short boilerplate many documents share; -1 when none.</summary>
    private int FirstProse(Segment segment)
    {
        for (int i = segment.From; i < segment.To; i++)
        {
            if (_page.Kinds[i] is LineKind.Prose or LineKind.CounterCaption && !_page.IsRepeatedShort(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The lines before the first prose line: masthead, dateline, title, credits, and navigation or widgets.</summary>
    private void ReadLead(Segment segment, int firstProse, ArticleDraft draft)
    {
        int titleLine = draft.Title is null ? TitleLine(segment, firstProse) : -1;
        for (int i = segment.From; i < firstProse; i++)
        {
            SourceLine line = _page.Lines[i];
            LineKind kind = _page.Kinds[i];
            if (i == titleLine)
            {
                draft.Title = CleanTitle(line.Text);
                draft.Remove(line, RemovedKind.Title, "headline-shaped line before the first paragraph, kept as Title");
                continue;
            }

            NoteCredits(line.Text, kind, draft);
            if (kind == LineKind.Dateline && draft.Published is null)
            {
                draft.Published = DatelineParser.Parse(line.Text, _page.Options, _page.DateOrder);
                draft.Remove(line, RemovedKind.Dateline, "a line that is only a date, kept as Published");
            }
            else if (i == _page.MastheadLine)
            {
                draft.Remove(line, RemovedKind.Navigation, "the page's masthead (its name is kept as Outlet when nothing else names one)");
            }
            else if (kind is LineKind.Headline or LineKind.Other && segment.HeadlineLine < 0)
            {
                draft.Remove(line, RemovedKind.Navigation, "short non-sentence line before the article starts");
            }
            else
            {
                LineRemovals.Remove(line, kind, draft);
            }
        }
    }

    /// <summary>A lead line that credits a wire ("By Jo Eld, Southern Wire Service", "Southern Wire Service · 2 June 2025") or states a source ("Source: Outlet | 02.06.2025").</summary>
    private void NoteCredits(string text, LineKind kind, ArticleDraft draft)
    {
        if (kind is LineKind.Byline or LineKind.WireCredit or LineKind.AgencyCredit or LineKind.Headline or LineKind.Other)
        {
            draft.CreditedWire ??= WireNames.In(text, _page.Options);
        }
        else if (kind == LineKind.Dateline)
        {
            foreach (string part in DatelineParts.Split(text))
            {
                draft.CreditedWire ??= WireNames.In(part, _page.Options);
                draft.StatedOutlet ??= StatedSource.In(part);
            }
        }
    }

    /// <summary>
    /// The headline (or heading) nearest above the first prose line, past datelines, bylines, widgets, section labels
    /// ("News | Courts"), counter notes ("48.2K views  3 min") and name-shaped credit lines ("Jo Eld", "Staff Correspondent, Northline"); on an HTML page a
    /// heading above a headline-shaped standfirst wins. -1 when none; the masthead is never the title.
    /// </summary>
    private int TitleLine(Segment segment, int firstProse)
    {
        int nameShaped = -1, wireShaped = -1, found = -1;
        for (int i = firstProse - 1; i >= segment.From; i--)
        {
            if (i == _page.MastheadLine)
            {
                break;
            }

            LineKind kind = _page.Kinds[i];
            if (kind is LineKind.Blank or LineKind.Dateline or LineKind.Byline or LineKind.TimeAgo or LineKind.ShareWidget or LineKind.AgencyCredit
                or LineKind.Caption or LineKind.WireCredit or LineKind.SignIn or LineKind.Advertisement or LineKind.FollowPrompt or LineKind.Consent)
            {
                continue;
            }

            string text = _page.Lines[i].Text;
            if (kind is not (LineKind.Headline or LineKind.Other) && !_page.Lines[i].IsHeading)
            {
                break;
            }

            if (TitleShapes.IsSectionLabel(text) || DatelineParts.IsNoteLine(text))
            {
                continue;
            }

            // A wire name stands under the headline as its credit; a wire-shaped line with no headline above it is
            // the headline itself ("Valdonia Opens New Space Agency").
            if (WireNames.IsWire(text, _page.Options))
            {
                wireShaped = wireShaped < 0 ? i : wireShaped;
                continue;
            }

            if (TitleShapes.IsNameLine(text, _page.Options))
            {
                nameShaped = nameShaped < 0 ? i : nameShaped;
                continue;
            }

            if (kind == LineKind.Headline || _page.Lines[i].IsHeading)
            {
                found = i;
            }

            break;
        }

        if (found >= 0 && !_page.Lines[found].IsHeading)
        {
            for (int i = found - 1; i >= segment.From && i != _page.MastheadLine; i--)
            {
                if (_page.Lines[i].IsHeading && _page.Kinds[i] is LineKind.Headline or LineKind.Other && !TitleShapes.IsSectionLabel(_page.Lines[i].Text))
                {
                    return i;
                }
            }
        }

        return found >= 0 ? found : nameShaped >= 0 ? nameShaped : wireShaped;
    }

    /// <summary>Each line from the first prose line on, decided by the first matching <see cref="BodyLineRules"/> rule.</summary>
    private List<int> ReadBody(SegmentBody body, ArticleDraft draft)
    {
        var kept = new List<int>();
        for (int i = body.FirstProse; i < body.Segment.To; i++)
        {
            LineVerdict verdict = Decide(body, i);
            switch (verdict.Kind)
            {
                case LineVerdictKind.Keep:
                    kept.Add(i);
                    break;
                case LineVerdictKind.Remove:
                    draft.Remove(_page.Lines[i], verdict.Removed, verdict.Reason);
                    break;
                case LineVerdictKind.RemoveByKind:
                    LineRemovals.Remove(_page.Lines[i], _page.Kinds[i], draft);
                    break;
            }
        }

        return kept;
    }

    private static LineVerdict Decide(SegmentBody body, int i)
    {
        foreach (BodyLineRule rule in BodyLineRules.InOrder)
        {
            ExtractionWork.Add(1);
            if (rule.Matches(body, i))
            {
                return rule.Verdict;
            }
        }

        return BodyLineRules.Otherwise;
    }

    private void RemoveByKind(int from, int to, ArticleDraft draft)
    {
        for (int i = from; i < to; i++)
        {
            LineRemovals.Remove(_page.Lines[i], _page.Kinds[i], draft);
        }
    }
}
