namespace Corroborate.Extraction;

/// <summary>
/// Where a page's prose is, measured once so that the segmenter's questions ("is there prose before this line?",
/// "how many body words between these lines?") cost the same on a page of ten lines and of ten thousand.
/// </summary>
internal sealed class PageProse
{
    private readonly int _firstProse;
    private readonly int[] _bodyWordsBefore;

    public PageProse(IReadOnlyList<SourceLine> lines, IReadOnlyList<LineKind> kinds, ExtractionOptions options)
    {
        _firstProse = -1;
        _bodyWordsBefore = new int[kinds.Count + 1];
        ExtractionWork.Add(kinds.Count);
        for (int i = 0; i < kinds.Count; i++)
        {
            int words = 0;
            if (kinds[i] == LineKind.Prose)
            {
                if (_firstProse < 0)
                {
                    _firstProse = i;
                }

                // A line cut off with an ellipsis is a blurb, no body, unless it is a long paragraph cut at its end.
                LineFeatures f = LineFeatures.Of(lines[i].Text);
                if (!f.EndsWithEllipsis || f.Words >= options.CutOffParagraphMinWords)
                {
                    words = f.Words;
                }
            }

            _bodyWordsBefore[i + 1] = _bodyWordsBefore[i] + words;
        }
    }

    /// <summary>Whether a prose line comes before line <paramref name="index"/>.</summary>
    public bool IsBefore(int index) => _firstProse >= 0 && _firstProse < index;

    /// <summary>Prose words of lines [from, to) that are not cut off with an ellipsis: a blurb "…" is no body.</summary>
    public int BodyWords(int from, int to) => to <= from ? 0 : _bodyWordsBefore[to] - _bodyWordsBefore[from];
}
