namespace Corroborate.Model;

/// <summary>
/// Maps positions in a derived text (an article's clean text) back to positions in the document text.
/// Stored as runs, one per copied stretch, so its size grows with the number of cuts and repairs,
/// not with the length of the text.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _derivedStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lengths;

    internal OffsetMap(int[] derivedStarts, int[] sourceStarts, int[] lengths, int derivedLength)
    {
        _derivedStarts = derivedStarts;
        _sourceStarts = sourceStarts;
        _lengths = lengths;
        DerivedLength = derivedLength;
    }

    public int DerivedLength { get; }

    public int RunCount => _lengths.Length;

    /// <summary>The identity map of a text that was taken as it is from <paramref name="sourceStart"/>.</summary>
    public static OffsetMap Identity(int sourceStart, int length) =>
        new([0], [sourceStart], [length], length);

    /// <summary>The document offset of the derived character at <paramref name="derivedIndex"/>; an inserted character maps to where it was inserted.</summary>
    public int ToSource(int derivedIndex)
    {
        if (_lengths.Length == 0)
        {
            return 0;
        }

        int run = FindRun(derivedIndex);
        int within = Math.Clamp(derivedIndex - _derivedStarts[run], 0, _lengths[run]);
        return _sourceStarts[run] + within;
    }

    /// <summary>The document span [start, end) covering the derived span [start, end).</summary>
    public (int Start, int End) ToSource(int derivedStart, int derivedEnd)
    {
        if (derivedEnd <= derivedStart)
        {
            int at = ToSource(derivedStart);
            return (at, at);
        }

        int start = ToSource(derivedStart);
        int last = ToSource(derivedEnd - 1);
        return (start, Math.Max(start, last + 1));
    }

    private int FindRun(int derivedIndex)
    {
        int lo = 0;
        int hi = _derivedStarts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_derivedStarts[mid] <= derivedIndex)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
