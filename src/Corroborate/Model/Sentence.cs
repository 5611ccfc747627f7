namespace Corroborate.Model;

/// <summary>A sentence as a span [Start, End) of its article's clean text.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
