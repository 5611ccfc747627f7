namespace Corroborate.Extraction;

/// <summary>
/// Short lead lines that are shaped like a title but are not one: a section label ("News | Courts", "Northline |
/// Local Politics") and a name-shaped credit (a person, desk or place: "Jo Eld", "Staff Correspondent, Northline",
/// "Ana de la Cruz").
/// </summary>
internal static class TitleShapes
{
    private static readonly string[] LabelSeparators = [" | ", " \u203a ", " > ", " \u00bb ", " / "];

    /// <summary>Parts joined by a bar or breadcrumb separator, each of at most three words.</summary>
    public static bool IsSectionLabel(string text)
    {
        string[] parts = text.Trim().Split(LabelSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(static p => LineFeatures.Of(p).Words is >= 1 and <= 3);
    }

    /// <summary>
    /// A few capitalized words (lower-case particles of up to three letters allowed: "de", "van", "bin"), at most one
    /// comma, no digits and no sentence punctuation.
    /// </summary>
    public static bool IsNameLine(string text, ExtractionOptions options)
    {
        string t = text.Trim();
        if (t.Length == 0 || t.Length > options.OutletNameMaxChars || t.Count(static c => c == ',') > 1 || t.Any(char.IsDigit)
            || t.IndexOfAny(['.', '!', '?', ':', ';', '"', '\u201c', '|']) >= 0)
        {
            return false;
        }

        string[] words = t.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 1 && words.Length <= options.CreditMaxWords && char.IsUpper(words[0][0])
            && words.All(static w => char.IsUpper(w[0]) || (w.Length <= 3 && w.All(char.IsLower)));
    }
}
