using System.Text;

namespace Corroborate.Model;

/// <summary>Builds a derived text and its <see cref="OffsetMap"/> together, so the two can never disagree.</summary>
internal sealed class OffsetMapBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _derivedStarts = [];
    private readonly List<int> _sourceStarts = [];
    private readonly List<int> _lengths = [];

    public int Length => _text.Length;

    public char? LastChar => _text.Length == 0 ? null : _text[^1];

    /// <summary>Appends <paramref name="text"/>, which stands at <paramref name="sourceStart"/> in the document.</summary>
    public void AppendCopied(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.IsEmpty)
        {
            return;
        }

        int last = _lengths.Count - 1;
        if (last >= 0 && _derivedStarts[last] + _lengths[last] == _text.Length && _sourceStarts[last] + _lengths[last] == sourceStart)
        {
            _lengths[last] += text.Length;
        }
        else
        {
            _derivedStarts.Add(_text.Length);
            _sourceStarts.Add(sourceStart);
            _lengths.Add(text.Length);
        }

        _text.Append(text);
    }

    /// <summary>Appends text that the document does not have (a repaired space, a paragraph break), anchored at <paramref name="sourceAt"/>.</summary>
    public void AppendInserted(ReadOnlySpan<char> text, int sourceAt)
    {
        if (text.IsEmpty)
        {
            return;
        }

        _derivedStarts.Add(_text.Length);
        _sourceStarts.Add(sourceAt);
        _lengths.Add(0);
        _text.Append(text);
    }

    /// <summary>Drops trailing characters of the derived text (e.g. whitespace before a cut).</summary>
    public void TrimEnd()
    {
        int newLength = _text.Length;
        while (newLength > 0 && char.IsWhiteSpace(_text[newLength - 1]))
        {
            newLength--;
        }

        Truncate(newLength);
    }

    public void Truncate(int newLength)
    {
        if (newLength >= _text.Length)
        {
            return;
        }

        _text.Length = newLength;
        while (_derivedStarts.Count > 0 && _derivedStarts[^1] >= newLength)
        {
            int i = _derivedStarts.Count - 1;
            _derivedStarts.RemoveAt(i);
            _sourceStarts.RemoveAt(i);
            _lengths.RemoveAt(i);
        }

        if (_lengths.Count > 0)
        {
            int i = _lengths.Count - 1;
            _lengths[i] = Math.Min(_lengths[i], newLength - _derivedStarts[i]);
        }
    }

    public override string ToString() => _text.ToString();

    public (string Text, OffsetMap Map) Build()
    {
        string text = _text.ToString();
        return (text, new OffsetMap([.. _derivedStarts], [.. _sourceStarts], [.. _lengths], text.Length));
    }
}
