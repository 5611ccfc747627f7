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
        Original = trimmed.Length == text.Length ? text : trimmed.ToString();
        Text = BoilerplateShapes.WithoutLeadingSymbols(Original);
        Options = options;
    }

    /// <summary>The line without surrounding whitespace and without leading symbols or emoji ("💬 12 Comments" → "12 Comments"): a widget's shape shows through its icon.</summary>
    public string Text { get; }

    /// <summary>The line without surrounding whitespace, icons kept (a camera symbol announces a caption).</summary>
    public string Original { get; }

    public ExtractionOptions Options { get; }

    /// <summary>Short enough to be page furniture (<see cref="ExtractionOptions.FurnitureMaxChars"/>).</summary>
    public bool IsFurnitureLength => Text.Length <= Options.FurnitureMaxChars;

    public LineFeatures Features => _features ??= LineFeatures.Of(Text);

    public bool IsProse => Features.IsProse(Options);
}
