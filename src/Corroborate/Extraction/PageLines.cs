namespace Corroborate.Extraction;

/// <summary>
/// A page's lines with their kinds, and the questions about a line's neighbours that deciding it needs: is it a
/// short line many documents share, does its photo counter repeat, is prose the next thing in a direction.
/// </summary>
internal sealed class PageLines
{
    private readonly LineFrequencies? _repeated;
    private Dictionary<string, int>? _counters;

    public PageLines(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds, LineFrequencies? repeated, ExtractionOptions options)
    {
        Lines = lines;
        Kinds = kinds;
        _repeated = repeated;
        Options = options;
    }

    public IReadOnlyList<SourceLine> Lines { get; }

    public IReadOnlyList<LineKind> Kinds { get; }

    public ExtractionOptions Options { get; }

    /// <summary>The page's masthead line (<see cref="Masthead"/>), or -1 when it has none.</summary>
    public int MastheadLine { get; init; } = -1;

    /// <summary>How the page writes ambiguous numeric dates (<see cref="PageDateOrder"/>); day-first unless it settles otherwise.</summary>
    public NumericDateOrder DateOrder { get; init; }

    public int Count => Kinds.Count;

    /// <summary>
    /// A short line that many documents of the batch share. Copies of one story share whole paragraphs, so only
    /// short, label-like lines count as repeated boilerplate.
    /// </summary>
    public bool IsRepeatedShort(int i) =>
        _repeated is not null && _repeated.IsRepeated(Lines[i].Text, Options) && LineFeatures.Of(Lines[i].Text).Words <= Options.RepeatedLineMaxWords;

    /// <summary>A photo-counter line whose caption it opens: an agency credit follows it, or its counter repeats on the page.</summary>
    public bool IsCaption(int i)
    {
        int next = i + 1;
        while (next < Count && Kinds[next] == LineKind.Blank)
        {
            next++;
        }

        if (next < Count && Kinds[next] == LineKind.AgencyCredit)
        {
            return true;
        }

        // A photo counter repeats ("4 …" on every caption of a 4-photo gallery); a quantity opening a sentence rarely does.
        int others = CounterLines(Counter(i)) - (Kinds[i] == LineKind.CounterCaption ? 1 : 0);
        return others >= Options.CaptionCounterMinRepeats;
    }

    /// <summary>A numbered, non-sentence line of a few words ("1. Headline", "2) Headline").</summary>
    public bool IsNumberedHeadline(int j) =>
        Kinds[j] is not (LineKind.Blank or LineKind.Prose) && Patterns.NumberedItem().IsMatch(Lines[j].Text.TrimStart())
        && LineFeatures.Of(Lines[j].Text).Words <= Options.NumberedItemMaxWords;

    /// <summary>A short line between paragraphs that reads as body: a heading, or a sentence-like line with function words.</summary>
    public bool LooksLikeBodyLine(int i)
    {
        if (Lines[i].IsHeading || Kinds[i] == LineKind.Headline)
        {
            return true;
        }

        LineFeatures f = LineFeatures.Of(Lines[i].Text);
        return f.Words >= Options.BodyLineMinWords && f.StopwordRatio >= Options.BodyLineMinStopwordRatio && !f.EndsWithColon;
    }

    /// <summary>Whether the nearest non-blank, non-caption line in a direction is prose (a bullet list counts as continuing).</summary>
    public bool HasProse(int from, int limit, int step)
    {
        int j = from;
        while (step > 0 ? j < limit : j >= limit)
        {
            if (Kinds[j] is not (LineKind.Blank or LineKind.Advertisement or LineKind.AgencyCredit or LineKind.CounterCaption or LineKind.Bullet))
            {
                break;
            }

            j += step;
        }

        ExtractionWork.Add(Math.Abs(j - from) + 1);
        return (step > 0 ? j < limit : j >= limit) && Kinds[j] == LineKind.Prose;
    }

    private string Counter(int i) => Patterns.PhotoCounter().Match(Lines[i].Text).Groups[1].Value;

    /// <summary>How many counter-caption lines of the page open with <paramref name="counter"/> (counted once per page).</summary>
    private int CounterLines(string counter)
    {
        if (_counters is null)
        {
            _counters = new Dictionary<string, int>(StringComparer.Ordinal);
            ExtractionWork.Add(Count);
            for (int j = 0; j < Count; j++)
            {
                if (Kinds[j] == LineKind.CounterCaption)
                {
                    string c = Counter(j);
                    _counters[c] = _counters.GetValueOrDefault(c) + 1;
                }
            }
        }

        return _counters.GetValueOrDefault(counter);
    }
}
