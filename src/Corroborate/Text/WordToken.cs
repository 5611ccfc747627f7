namespace Corroborate.Text;

/// <summary>A word as a span [Start, End) of the text it came from.</summary>
internal readonly record struct WordToken(int Start, int End)
{
    public int Length => End - Start;
}
