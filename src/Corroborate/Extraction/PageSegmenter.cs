using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>One stretch of lines [From, To) that holds one article; header lines (outlet, time-ago) are listed apart.</summary>
internal sealed record Segment(int From, int To, int HeadlineLine, string? HeaderOutlet, IReadOnlyList<int> HeaderLines);

/// <summary>A stretch of lines that is no article: a link list, a related-stories header, a comments block.</summary>
internal sealed record PageBlock(int From, int To, RemovedKind Kind, string Reason);

/// <summary>
/// Splits a page into its main article and the teasers appended after it. A teaser starts at a header of an
/// outlet line and an "N minutes ago" line (optionally "- Outlet" again) followed by a headline, or at a headline
/// written above such a header with the body right below it; it becomes an article only when a real body follows
/// (enough prose words, not a cut-off one-line blurb ending in "…").
/// The main article ends at the first teaser header, related-stories header or comments widget.
/// </summary>
internal sealed class PageSegmenter
{
    private readonly ExtractionOptions _options;

    public PageSegmenter(ExtractionOptions options) => _options = options;

    public (List<Segment> Articles, List<PageBlock> Junk) Split(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds)
    {
        var prose = new PageProse(lines, kinds, _options);
        var headers = new List<(int Start, int Time)>();
        var headlineFirst = new HashSet<int>(); // headline lines written above their header: "Headline / Outlet · 12 minutes ago / body"
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.TimeAgo)
            {
                int prev = PrevNonBlank(kinds, i);
                bool outletBefore = prev >= 0 && IsOutletName(lines[prev].Text) && (headers.Count == 0 || prev > headers[^1].Time)
                    && !(kinds[prev] == LineKind.Headline && IsHeadlineFirst(kinds, prose, prev, i));
                int start = outletBefore ? prev : i;

                // "Headline / Outlet · 12 minutes ago / body": the headline stands above its header, the body below.
                int above = PrevNonBlank(kinds, start);
                if (above >= 0 && (headers.Count == 0 || above > headers[^1].Time) && kinds[above] == LineKind.Headline && IsHeadlineFirst(kinds, prose, above, i))
                {
                    headlineFirst.Add(above);
                    start = above;
                }

                headers.Add((start, i));
            }
        }

        int mainEnd = lines.Count;
        for (int i = 0; i < lines.Count; i++)
        {
            // A related-stories box inside the article (prose continues after it) is a widget, not the article end.
            if (kinds[i] is LineKind.RelatedHeader or LineKind.CommentsWidget && prose.IsBefore(i) && !ProseContinues(lines, kinds, prose, i + 1, headers))
            {
                mainEnd = i;
                break;
            }
        }

        // A time-ago header inside the first lines dates the main article itself; only later ones start teasers.
        headers.RemoveAll(h => !prose.IsBefore(h.Start));
        if (headers.Count > 0)
        {
            mainEnd = Math.Min(mainEnd, headers[0].Start);
        }

        var articles = new List<Segment> { new(0, mainEnd, -1, null, []) };
        var junk = new List<PageBlock>();
        int junkFrom = mainEnd;
        int junkTo = headers.Count > 0 ? headers[0].Start : lines.Count;
        if (junkTo > junkFrom)
        {
            junk.Add(new PageBlock(junkFrom, junkTo, RemovedKind.RelatedLinks, "after the article end: related-stories header, comments or links without a body"));
        }

        for (int h = 0; h < headers.Count; h++)
        {
            int start = headers[h].Start;
            int end = h + 1 < headers.Count ? headers[h + 1].Start : lines.Count;
            var headerLines = new List<int>();
            for (int i = start; i <= headers[h].Time; i++)
            {
                headerLines.Add(i);
            }

            // Keyed by the headline's line, not the header's place in the list: headers are removed above.
            if (headlineFirst.Contains(start))
            {
                int headline = start;
                headerLines.Remove(headline);
                int outletLine = PrevNonBlank(kinds, headers[h].Time);
                string? named = outletLine > headline && IsOutletName(lines[outletLine].Text) ? lines[outletLine].Text.Trim() : OutletInTimeLine(lines[headers[h].Time].Text);
                articles.Add(new Segment(headers[h].Time + 1, end, headline, named, headerLines));
                continue;
            }

            string? outlet = start < headers[h].Time ? lines[start].Text.Trim() : OutletInTimeLine(lines[headers[h].Time].Text);
            int next = NextNonBlank(kinds, headers[h].Time + 1, end);
            if (next >= 0 && kinds[next] == LineKind.Bullet && IsOutletName(lines[next].Text.TrimStart('-', '\u2022', '*', '\u2013', ' ')))
            {
                outlet ??= lines[next].Text.TrimStart('-', '\u2022', '*', '\u2013', ' ').Trim();
                headerLines.Add(next);
                next = NextNonBlank(kinds, next + 1, end);
            }

            if (next < 0 || prose.BodyWords(next + 1, end) < _options.TeaserMinBodyWords)
            {
                junk.Add(new PageBlock(start, end, RemovedKind.RelatedLinks, "teaser header and headline without a full body (a link blurb)"));
                continue;
            }

            articles.Add(new Segment(next + 1, end, next, outlet, headerLines));
        }

        return (articles, junk);
    }

    /// <summary>
    /// True when the line after a header (at <paramref name="time"/>) opens a prose body of teaser length, and the
    /// headline line stands right above the header: the teaser is written headline first.
    /// </summary>
    private bool IsHeadlineFirst(IReadOnlyList<LineKind> kinds, PageProse prose, int headline, int time)
    {
        int body = NextNonBlank(kinds, time + 1, kinds.Count);
        return headline < time && body >= 0 && kinds[body] == LineKind.Prose && prose.BodyWords(body, NextBreak(kinds, body)) >= _options.TeaserMinBodyWords;
    }

    /// <summary>The first line at or after <paramref name="from"/> that is neither prose nor blank (the end of a body run).</summary>
    private static int NextBreak(IReadOnlyList<LineKind> kinds, int from)
    {
        int i = from;
        while (i < kinds.Count && kinds[i] is LineKind.Prose or LineKind.Blank)
        {
            i++;
        }

        return i;
    }

    /// <summary>The outlet of a one-line teaser header ("Northline Gazette · 40 min ago"), or null.</summary>
    private string? OutletInTimeLine(string text)
    {
        System.Text.RegularExpressions.Match m = Patterns.OutletTimeAgo().Match(text.Trim());
        return m.Success && IsOutletName(m.Groups["outlet"].Value) ? m.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>Whether real article prose (several full sentences, not "…" blurbs) follows before the next teaser header.</summary>
    private bool ProseContinues(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds, PageProse prose, int from, List<(int Start, int Time)> headers)
    {
        int to = NextHeaderStart(headers, from, lines.Count);
        int proseLines = 0;
        int i = from;
        for (; i < to && kinds[i] is not (LineKind.RelatedHeader or LineKind.CommentsWidget); i++)
        {
            if (kinds[i] == LineKind.Prose && !LineFeatures.Of(lines[i].Text).EndsWithEllipsis)
            {
                proseLines++;
            }
        }

        ExtractionWork.Add(i - from);

        return proseLines >= _options.ContinuedProseMinLines && prose.BodyWords(from, to) >= _options.ContinuedProseMinWords;
    }

    /// <summary>The start of the first header at or after <paramref name="from"/> (headers are in line order), else <paramref name="otherwise"/>.</summary>
    private static int NextHeaderStart(List<(int Start, int Time)> headers, int from, int otherwise)
    {
        int low = 0, high = headers.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (headers[mid].Start >= from)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low < headers.Count ? headers[low].Start : otherwise;
    }

    /// <summary>An outlet name: one to five words, no sentence punctuation, starting with a capital or digit.</summary>
    internal bool IsOutletName(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        if (t.IsEmpty || t.Length > _options.OutletNameMaxChars || !(char.IsUpper(t[0]) || char.IsDigit(t[0])))
        {
            return false;
        }

        if (t.IndexOfAny(".!?:;,\"") >= 0 && !t.EndsWith(".com", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int words = LineFeatures.Of(t).Words;
        return words >= 1 && words <= _options.OutletNameMaxWords;
    }

    private static int PrevNonBlank(IReadOnlyList<LineKind> kinds, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (kinds[j] != LineKind.Blank)
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextNonBlank(IReadOnlyList<LineKind> kinds, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (kinds[j] != LineKind.Blank)
            {
                return j;
            }
        }

        return -1;
    }
}
