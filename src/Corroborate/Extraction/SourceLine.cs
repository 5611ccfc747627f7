namespace Corroborate.Extraction;

/// <summary>
/// One line (a paragraph) of readable text with, for each character, its position in the document.
/// Plain text lines are slices of the document (positions are implicit); HTML lines are assembled from
/// text nodes, so they carry an explicit position per character. Both kinds then go through the same
/// classifier, segmenter and cleaner, which is why this type exists.
/// </summary>
internal sealed class SourceLine
{
    private readonly int _start;
    private readonly int[]? _sources;

    public SourceLine(string text, int start, int[]? sources = null)
    {
        Text = text;
        _start = start;
        _sources = sources;
    }

    public string Text { get; }

    /// <summary>An HTML hint: the block is a heading element (h1–h6).</summary>
    public bool IsHeading { get; init; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public int Start => SourceOf(0);

    public int End => Text.Length == 0 ? _start : SourceOf(Text.Length - 1) + 1;

    public int SourceOf(int index)
    {
        if (_sources is null || _sources.Length == 0)
        {
            return _start + index;
        }

        return _sources[Math.Clamp(index, 0, _sources.Length - 1)];
    }

    /// <summary>The document span [start, end) of the line characters [from, to).</summary>
    public (int Start, int End) Span(int from, int to) =>
        to <= from ? (SourceOf(from), SourceOf(from)) : (SourceOf(from), Math.Max(SourceOf(from), SourceOf(to - 1) + 1));

    /// <summary>Whether characters [from, to) are one unbroken stretch of the document (so they can be copied as one run).</summary>
    public int ContiguousRunEnd(int from, int to)
    {
        if (_sources is null)
        {
            return to;
        }

        int i = from + 1;
        while (i < to && _sources[i] == _sources[i - 1] + 1)
        {
            i++;
        }

        return i;
    }
}
