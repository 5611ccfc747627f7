using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// The masthead: the page's first line when it names the publication ("NORTHLINE GAZETTE", "Northline Gazette —
/// news since 1901", "Northline Gazette | News | 02.06.2025", "Radio Northline 97.4 — News") and a headline follows
/// it before the article's first paragraph. Its name part (before a tagline or section separator, without a trailing
/// frequency or edition number) is the publishing outlet when nothing on the page states another.
/// </summary>
/// <remarks>
/// A page whose first line is its headline has no masthead: the line is a masthead only when another headline-shaped
/// line stands between it and the first paragraph, and only when its name is a few capitalized words (or a domain),
/// so neither a headline nor a menu ("Home | News | Sport") is taken for one.
/// </remarks>
internal static partial class Masthead
{
    [GeneratedRegex(@"\s+[\u2014\u2013|\u00b7\u2022-]\s+|\s*\|\s*|:\s+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Separator();

    // "97.4", "FM 97.4" keeps "FM": a trailing number is a frequency or an edition, not part of the name.
    [GeneratedRegex(@"(?:\s+[\d.,]+)+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,12}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    /// <summary>The masthead line and the name it gives, or (-1, null) when the page has none.</summary>
    /// <remarks>A tagline under the masthead that reads like a short sentence ("Your city. Your news.") is relabelled as furniture.</remarks>
    public static (int Line, string? Name) Find(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds, ExtractionOptions options)
    {
        int first = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Blank)
            {
                first = i;
                break;
            }
        }

        if (first < 0 || kinds[first] is LineKind.Prose or LineKind.Bullet or LineKind.TimeAgo || !HeadlineFollows(lines, kinds, first, options))
        {
            return (-1, null);
        }

        string? name = NameOf(lines[first].Text, options);
        return name is null ? (-1, null) : (first, name);
    }

    /// <summary>The name part of a masthead line, or null when the line is not name-shaped.</summary>
    internal static string? NameOf(string line, ExtractionOptions options)
    {
        string text = line.Trim();
        if (text.IndexOfAny(['\u203a', '\u00bb', '>', '[', ']']) >= 0)
        {
            return null;
        }

        string[] parts = Separator().Split(text);
        string name = TrailingNumber().Replace(parts[0].Trim(), string.Empty).Trim();
        if (name.Length == 0 || name.Length > options.OutletNameMaxChars)
        {
            return null;
        }

        if (Domain().IsMatch(name))
        {
            return name;
        }

        // A menu's first item ("Home", "News") is one word among several short parts: not a name.
        if (parts.Length >= options.MenuMinItems && !name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        LineFeatures f = LineFeatures.Of(name);
        bool capitalized = char.IsUpper(name[0]) || char.IsDigit(name[0]);
        return capitalized && f.Words >= 1 && f.Words <= options.OutletNameMaxWords && f.CapitalizedWords * 2 > f.Words
            && name.IndexOfAny(['.', '!', '?', ',', ';', '"']) < 0 ? name : null;
    }

    /// <summary>Whether a headline-shaped line stands between the first line and the first paragraph.</summary>
    private static bool HeadlineFollows(IReadOnlyList<SourceLine> lines, IList<LineKind> kinds, int first, ExtractionOptions options)
    {
        var taglines = new List<int>();
        for (int i = first + 1; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Prose)
            {
                if (LineFeatures.Of(lines[i].Text).Words > options.TaglineMaxWords)
                {
                    return false;
                }

                taglines.Add(i);
                continue;
            }

            if ((kinds[i] == LineKind.Headline || lines[i].IsHeading) && LineFeatures.Of(lines[i].Text).Words >= options.MastheadTitleMinWords)
            {
                foreach (int t in taglines)
                {
                    kinds[t] = LineKind.Other;
                }

                return true;
            }
        }

        return false;
    }
}
