using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>One kept paragraph as the <see cref="CutRules"/> see it, with the matches more than one rule needs found once.</summary>
internal sealed class ParagraphText
{
    private Match? _sourceNote;

    public ParagraphText(string text, ExtractionOptions options)
    {
        Text = text;
        Options = options;
    }

    public string Text { get; }

    public ExtractionOptions Options { get; }

    /// <summary>"Read the original article on X" in the paragraph (unsuccessful when there is none).</summary>
    public Match SourceNote => _sourceNote ??= Patterns.ReadOriginal().Match(Text);
}
