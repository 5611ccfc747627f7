using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Decides, line by line inside one article segment, what is body and what is furniture, using the line's
/// kind plus its neighbours: a photo-counter line is a caption when an agency credit follows it or its counter
/// repeats; a headline-shaped line is a subheading only between prose; after a reference list nothing is body.
/// Kept lines go to <see cref="ParagraphCleaner"/>; everything else becomes a removed block with its reason.
/// </summary>
internal sealed class SegmentReader
{
    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly IReadOnlyList<LineKind> _kinds;
    private readonly LineFrequencies? _repeated;
    private readonly ExtractionOptions _options;

    public SegmentReader(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds, LineFrequencies? repeated, ExtractionOptions options)
    {
        _lines = lines;
        _kinds = kinds;
        _repeated = repeated;
        _options = options;
    }

    /// <summary>Fills <paramref name="draft"/> with title/date/removals and returns the indexes of the lines to keep, in order.</summary>
    public List<int> Read(Segment segment, ArticleDraft draft)
    {
        var kept = new List<int>();
        foreach (int h in segment.HeaderLines)
        {
            draft.Remove(_lines[h], RemovedKind.TeaserHeader, "outlet and time-ago lines heading a teaser");
        }

        if (segment.HeadlineLine >= 0)
        {
            draft.Title = CleanTitle(_lines[segment.HeadlineLine].Text);
        }

        int firstProse = -1;
        for (int i = segment.From; i < segment.To; i++)
        {
            if (_kinds[i] is LineKind.Prose or LineKind.CounterCaption && !(IsRepeated(i) && IsShort(i)))
            {
                firstProse = i;
                break;
            }
        }

        if (firstProse < 0)
        {
            for (int i = segment.From; i < segment.To; i++)
            {
                RemoveByKind(i, draft);
            }

            return kept;
        }

        ReadLead(segment, firstProse, draft);
        int lastProse = firstProse;
        for (int i = firstProse; i < segment.To && _kinds[i] != LineKind.Reference; i++)
        {
            if (_kinds[i] == LineKind.Prose)
            {
                lastProse = i;
            }
        }

        int keepUntil = Math.Max(lastProse - 1, ListAfter(lastProse, segment.To));
        bool tail = false;
        for (int i = firstProse; i < segment.To; i++)
        {
            LineKind kind = _kinds[i];
            if (kind == LineKind.Blank)
            {
                continue;
            }

            if (kind == LineKind.Reference)
            {
                tail = true;
            }

            if (tail)
            {
                draft.Remove(_lines[i], kind == LineKind.Bullet ? RemovedKind.Summary : RemovedKind.References,
                    kind == LineKind.Bullet ? "bullet summary appended after the article end" : "reference list appended after the article end");
                continue;
            }

            if (IsRepeated(i) && IsShort(i))
            {
                draft.Remove(_lines[i], RemovedKind.Repeated, "the same line appears in many documents");
                continue;
            }

            if (i > keepUntil && i > lastProse && IsTrailingNumberedItem(i, lastProse, segment))
            {
                draft.Remove(_lines[i], RemovedKind.RelatedLinks, "numbered list of headlines after the article end");
                continue;
            }

            switch (kind)
            {
                case LineKind.Prose:
                    kept.Add(i);
                    break;
                case LineKind.CounterCaption when IsCaption(i):
                    draft.Remove(_lines[i], RemovedKind.Caption, "photo counter followed by a caption sentence (an agency credit follows or the counter repeats)");
                    break;
                case LineKind.CounterCaption:
                    kept.Add(i);
                    break;
                case LineKind.Headline or LineKind.Other when IsBetweenProse(i, segment) && LooksLikeBodyLine(i):
                    kept.Add(i);
                    break;

                // Inside the body (between its first and last prose lines) short lines are list items, steps or subheads.
                case LineKind.Headline or LineKind.Other or LineKind.Bullet when i <= keepUntil && !tail:
                    kept.Add(i);
                    break;
                case LineKind.Other when IsCutOffEnding(i, segment):
                    kept.Add(i);
                    break;
                case LineKind.Bullet when IsBetweenProse(i, segment) || IsInList(i, segment):
                    kept.Add(i);
                    break;
                default:
                    RemoveByKind(i, draft);
                    break;
            }
        }

        return kept;
    }

    /// <summary>The lines before the first prose line: dateline, title, and navigation or widgets.</summary>
    private void ReadLead(Segment segment, int firstProse, ArticleDraft draft)
    {
        int titleLine = -1;
        if (draft.Title is null)
        {
            for (int i = firstProse - 1; i >= segment.From; i--)
            {
                if (_kinds[i] is LineKind.Blank or LineKind.Dateline or LineKind.Byline)
                {
                    continue;
                }

                if (_kinds[i] == LineKind.Headline || _lines[i].IsHeading)
                {
                    titleLine = i;
                }

                break;
            }
        }

        for (int i = segment.From; i < firstProse; i++)
        {
            if (i == titleLine)
            {
                draft.Title = CleanTitle(_lines[i].Text);
                draft.Remove(_lines[i], RemovedKind.Title, "headline-shaped line before the first paragraph, kept as Title");
            }
            else if (_kinds[i] == LineKind.Dateline && draft.Published is null)
            {
                draft.Published = DatelineParser.Parse(_lines[i].Text, _options);
                draft.Remove(_lines[i], RemovedKind.Dateline, "a line that is only a date, kept as Published");
            }
            else if (_kinds[i] is LineKind.Headline or LineKind.Other && segment.HeadlineLine < 0)
            {
                draft.Remove(_lines[i], RemovedKind.Navigation, "short non-sentence line before the article starts");
            }
            else
            {
                RemoveByKind(i, draft);
            }
        }
    }

    private void RemoveByKind(int i, ArticleDraft draft)
    {
        SourceLine line = _lines[i];
        switch (_kinds[i])
        {
            case LineKind.Blank:
                return;
            case LineKind.ShareWidget:
                draft.Remove(line, RemovedKind.ShareWidget, "only share/follow widget words");
                return;
            case LineKind.Caption:
                draft.Remove(line, RemovedKind.Caption, "one short sentence right above a photo credit");
                return;
            case LineKind.CommentsWidget:
                draft.Remove(line, RemovedKind.Comments, "comment widget text");
                return;
            case LineKind.RelatedHeader:
                draft.Remove(line, RemovedKind.RelatedLinks, "related-stories header");
                return;
            case LineKind.Advertisement:
                draft.Remove(line, RemovedKind.Advertisement, "advertisement slot");
                return;
            case LineKind.InlinePromo:
                draft.Remove(line, RemovedKind.Promo, "'Read more: …'-style pointer to another story");
                return;
            case LineKind.SignIn:
                draft.Remove(line, RemovedKind.SignIn, "sign-in, subscription or newsletter prompt");
                return;
            case LineKind.WireCredit:
                draft.CreditOutlet ??= WireName(line.Text);
                draft.Remove(line, RemovedKind.Credit, "wire or reporting credit line");
                return;
            case LineKind.Tags:
                draft.Remove(line, RemovedKind.Tags, "hashtags/tags line");
                return;
            case LineKind.AgencyCredit:
                draft.Remove(line, RemovedKind.Credit, "a line that is only a photo or agency credit");
                return;
            case LineKind.LatestFrom:
                Match m = Patterns.LatestFrom().Match(line.Text.Trim());
                draft.StatedOutlet ??= m.Success ? m.Groups[1].Value.Trim().TrimEnd(',') : null;
                draft.Remove(line, RemovedKind.Footer, "'For the latest from …' footer; its outlet is kept as Outlet");
                return;
            case LineKind.Provenance:
                Match host = Patterns.NotEditedBy().Match(line.Text);
                draft.StatedOutlet ??= host.Success ? host.Groups[1].Value.Trim() : null;
                draft.Remove(line, RemovedKind.Footer, "note on where or how the article was published (an outlet it names as publisher is kept as Outlet)");
                return;
            case LineKind.Byline:
                draft.Remove(line, RemovedKind.Byline, "'By …' author line");
                return;
            case LineKind.Copyright:
                Match holder = Patterns.CopyrightHolder().Match(line.Text.Trim());
                draft.CopyrightOutlet ??= holder.Success ? holder.Groups[1].Value.Trim() : null;
                draft.Remove(line, RemovedKind.Footer, "copyright or 'All rights reserved' footer (its holder is the outlet when nothing else names one)");
                return;
            case LineKind.FollowPrompt:
                draft.Remove(line, RemovedKind.ShareWidget, "prompt to follow the outlet on social media");
                return;
            case LineKind.LinkList:
                draft.Remove(line, RemovedKind.RelatedLinks, "a line of links to other stories ('More from …:' label or headlines joined by ' | ')");
                return;
            case LineKind.CommentRemnant:
                draft.Remove(line, RemovedKind.HtmlRemnant, "HTML comment markers left in the text");
                return;
            case LineKind.TimeAgo or LineKind.Dateline:
                draft.Remove(line, RemovedKind.Timestamp, "a time or date line inside the article");
                return;
            case LineKind.Reference:
                draft.Remove(line, RemovedKind.References, "reference list entry");
                return;
            case LineKind.Bullet:
                draft.Remove(line, RemovedKind.Summary, "bullet line outside the article body");
                return;
            case LineKind.CounterCaption:
                draft.Remove(line, RemovedKind.Caption, "photo counter followed by a caption sentence");
                return;
            case LineKind.Headline:
                draft.Remove(line, RemovedKind.Promo, "headline-shaped line not followed by article prose");
                return;
            default:
                draft.Remove(line, RemovedKind.Boilerplate, "short line that is neither a sentence nor a subheading between paragraphs");
                return;
        }
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

    private static string? WireName(string text)
    {
        string[] words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 6 && words[0].Equals("with", StringComparison.OrdinalIgnoreCase) && words[^1].StartsWith("wire", StringComparison.OrdinalIgnoreCase)
            ? string.Join(' ', words[1..^1])
            : null;
    }

    // Copies of one story share whole paragraphs, so only short, label-like lines count as repeated boilerplate.
    private bool IsShort(int i) => LineFeatures.Of(_lines[i].Text).Words <= _options.RepeatedLineMaxWords;

    private bool IsRepeated(int i) => _repeated is not null && _repeated.IsRepeated(_lines[i].Text, _options);

    private bool IsCaption(int i)
    {
        int next = i + 1;
        while (next < _kinds.Count && _kinds[next] == LineKind.Blank)
        {
            next++;
        }

        if (next < _kinds.Count && _kinds[next] == LineKind.AgencyCredit)
        {
            return true;
        }

        // A photo counter repeats ("4 …" on every caption of a 4-photo gallery); a quantity opening a sentence rarely does.
        string counter = Patterns.PhotoCounter().Match(_lines[i].Text).Groups[1].Value;
        int same = 0;
        for (int j = 0; j < _kinds.Count; j++)
        {
            if (j != i && _kinds[j] == LineKind.CounterCaption && Patterns.PhotoCounter().Match(_lines[j].Text).Groups[1].Value == counter)
            {
                same++;
            }
        }

        return same >= _options.CaptionCounterMinRepeats;
    }

    /// <summary>
    /// A list introduced by a colon right after the last paragraph ("Tour dates:" then one line per date) is
    /// article content; returns the index of its last item, or -1 when there is no such list.
    /// </summary>
    private int ListAfter(int lastProse, int to)
    {
        int i = lastProse + 1;
        while (i < to && _kinds[i] == LineKind.Blank)
        {
            i++;
        }

        bool introduced = _lines[lastProse].Text.TrimEnd().EndsWith(':');
        if (!introduced && i < to && _kinds[i] is LineKind.Other or LineKind.Headline && _lines[i].Text.TrimEnd().EndsWith(':'))
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
            if (_kinds[i] == LineKind.Blank)
            {
                continue;
            }

            if (_kinds[i] is not (LineKind.Headline or LineKind.Other or LineKind.Bullet or LineKind.Dateline))
            {
                break;
            }

            items++;
            last = i;
        }

        return items >= _options.ListMinItems ? last : -1;
    }

    /// <summary>
    /// A numbered, non-sentence line after the last paragraph that belongs to a run of at least two such lines
    /// ("1. Headline", "2. Headline"): a most-read or recommended list, not article content.
    /// </summary>
    private bool IsTrailingNumberedItem(int i, int lastProse, Segment segment)
    {
        if (!IsNumberedHeadline(i))
        {
            return false;
        }

        int items = 0;
        for (int j = lastProse + 1; j < segment.To; j++)
        {
            if (IsNumberedHeadline(j))
            {
                items++;
            }
        }

        return items >= _options.NumberedListMinItems;
    }

    private bool IsNumberedHeadline(int j) =>
        _kinds[j] is not (LineKind.Blank or LineKind.Prose) && Patterns.NumberedItem().IsMatch(_lines[j].Text.TrimStart())
        && LineFeatures.Of(_lines[j].Text).Words <= _options.NumberedItemMaxWords;

    /// <summary>The last line of prose cut off mid-word ("This is what the villagers ar..."): body, to be marked truncated.</summary>
    private bool IsCutOffEnding(int i, Segment segment)
    {
        LineFeatures f = LineFeatures.Of(_lines[i].Text);
        if (!f.EndsWithEllipsis || f.Words < _options.CutOffEndingMinWords || f.StopwordRatio < _options.CutOffEndingMinStopwordRatio || !HasProse(i - 1, segment.From, -1))
        {
            return false;
        }

        for (int j = i + 1; j < segment.To; j++)
        {
            if (_kinds[j] == LineKind.Prose)
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikeBodyLine(int i)
    {
        if (_lines[i].IsHeading || _kinds[i] == LineKind.Headline)
        {
            return true;
        }

        LineFeatures f = LineFeatures.Of(_lines[i].Text);
        return f.Words >= _options.BodyLineMinWords && f.StopwordRatio >= _options.BodyLineMinStopwordRatio && !f.EndsWithColon;
    }

    private bool IsBetweenProse(int i, Segment segment) => HasProse(i - 1, segment.From, -1) && HasProse(i + 1, segment.To, 1);

    private bool IsInList(int i, Segment segment) => HasProse(i + 1, segment.To, 1) && HasProse(i - 1, segment.From, -1);

    /// <summary>Whether the nearest non-blank, non-caption line in a direction is prose (a bullet list counts as continuing).</summary>
    private bool HasProse(int from, int limit, int step)
    {
        for (int j = from; step > 0 ? j < limit : j >= limit; j += step)
        {
            switch (_kinds[j])
            {
                case LineKind.Blank or LineKind.Advertisement or LineKind.AgencyCredit or LineKind.CounterCaption or LineKind.Bullet:
                    continue;
                case LineKind.Prose:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }
}
