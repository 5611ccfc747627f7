namespace Corroborate.Extraction;

/// <summary>
/// Finds where the characters of decoded HTML text stand in the markup. AngleSharp keeps source positions for
/// elements but not for text nodes, and entities ("&amp;amp;") and collapsed whitespace change lengths, so each
/// decoded character is looked up a short, tag-skipping distance ahead of a moving cursor. A character that is
/// not found (an entity's result) maps to the cursor, so positions stay monotone and inside the document.
/// </summary>
internal sealed class SourceAligner
{
    private readonly string _source;
    private readonly int _window;
    private readonly int _lastClose;
    private int _cursor;

    /// <param name="window">How many markup characters (tags skipped) past the cursor a character is looked for.</param>
    public SourceAligner(string source, int window)
    {
        _source = source;
        _window = window;
        _lastClose = source.LastIndexOf('>');
    }

    /// <summary>Moves the cursor forward to an element's start (never backward).</summary>
    public void AnchorAt(int position)
    {
        if (position > _cursor && position <= _source.Length)
        {
            _cursor = position;
        }

        SkipTag();
    }

    /// <summary>The markup position of the next decoded character <paramref name="c"/>.</summary>
    public int Locate(char c)
    {
        int seen = 0;
        int i = _cursor;
        int work = 0;
        try
        {
            while (i < _source.Length && seen < _window)
            {
                work++;
                char s = _source[i];
                if (s == '<')
                {
                    // Past the last '>' no tag can close: say so at once rather than search to the end on every call.
                    int close = i > _lastClose ? -1 : _source.IndexOf('>', i);
                    if (close < 0)
                    {
                        break;
                    }

                    work += close - i;
                    i = close + 1;
                    continue;
                }

                if (s == c)
                {
                    _cursor = i + 1;
                    return i;
                }

                i++;
                seen++;
            }

            return Math.Min(_cursor, _source.Length - 1);
        }
        finally
        {
            ExtractionWork.Add(work);
        }
    }

    /// <summary>
    /// The position just after <paramref name="position"/>, for a collapsed space that has no character of its own,
    /// kept inside the document: after a character the aligner could not find (mapped to the last position) the
    /// space would otherwise stand one past the end, and a span ending on it would leave the document.
    /// </summary>
    public int Following(int position) => Math.Min(position + 1, Math.Max(_source.Length - 1, 0));

    private void SkipTag()
    {
        if (_cursor < _source.Length && _source[_cursor] == '<')
        {
            int close = _source.IndexOf('>', _cursor);
            if (close >= 0)
            {
                _cursor = close + 1;
            }
        }
    }
}
