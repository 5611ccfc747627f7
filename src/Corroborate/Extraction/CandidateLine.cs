namespace Corroborate.Extraction;

/// <summary>
/// One trimmed line as the <see cref="LineRules"/> see it: its text, the options they judge by, and its
/// <see cref="LineFeatures"/>, measured once on first use however many rules ask.
/// </summary>
internal sealed class CandidateLine
{
    private LineFeatures? _features;

    public CandidateLine(string text, ExtractionOptions options)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        Text = trimmed.Length == text.Length ? text : trimmed.ToString();
        Options = options;
    }

    /// <summary>The line without surrounding whitespace.</summary>
    public string Text { get; }

    public ExtractionOptions Options { get; }

    /// <summary>Short enough to be page furniture (<see cref="ExtractionOptions.FurnitureMaxChars"/>).</summary>
    public bool IsFurnitureLength => Text.Length <= Options.FurnitureMaxChars;

    public LineFeatures Features => _features ??= LineFeatures.Of(Text);

    public bool IsProse => Features.IsProse(Options);
}
