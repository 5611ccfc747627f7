using System.Text.RegularExpressions;

namespace Corroborate.Extraction;

/// <summary>
/// An outlet the page states as the article's source: a label ("Source: Outlet", "Via Outlet") or a teaser tail
/// pointing to where the story is published ("Continue reading on Outlet ›", "Read the full story at Outlet",
/// "Read more on Outlet"). The verbs and objects of these prompts are generic; the name is whatever capitalized
/// words (or domain) follow.
/// </summary>
internal static partial class StatedSource
{
    private const string Name = @"(?<name>(?:the )?(?:[\p{Lu}0-9][\p{L}0-9&'.-]*\s?)+|[a-z0-9-]+\.[a-z]{2,12})";

    [GeneratedRegex(@"^(?:source|via|originally published (?:by|in|on|at)|first published (?:by|in|on|at)|courtesy of)\s*:?\s*" + Name + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Label();

    /// <summary>"Continue reading on X", "Read the full story at X", "Read more on X", "Full story: X" (X captured), with a trailing arrow.</summary>
    [GeneratedRegex(@"^(?:continue reading|keep reading|read (?:the )?(?:full |whole |complete |rest of the |entire )?(?:story|article|report|more|piece)|full (?:story|article|report))\s*(?:on|at|in|from|:)\s+" + Name + @"\s*[\u203a\u00bb>\u2192.\u2026]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    public static partial Regex TeaserTail();

    /// <summary>The outlet a labelled part names ("Source: Outlet"), or null.</summary>
    public static string? In(string part)
    {
        Match m = Label().Match(part.Trim());
        return m.Success && IsName(m.Groups["name"].Value) ? m.Groups["name"].Value.Trim() : null;
    }

    /// <summary>The outlet a teaser tail points to ("Continue reading on Outlet ›"), or null.</summary>
    public static string? InTeaserTail(string line)
    {
        Match m = TeaserTail().Match(line.Trim());
        return m.Success && IsName(m.Groups["name"].Value) ? m.Groups["name"].Value.Trim().TrimEnd('.') : null;
    }

    private static bool IsName(string name)
    {
        string n = name.Trim();
        if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            n = n[4..];
        }

        return n.Length > 0 && (char.IsUpper(n[0]) || char.IsDigit(n[0]) || (n.Contains('.', StringComparison.Ordinal) && !n.Contains(' ', StringComparison.Ordinal)));
    }
}
