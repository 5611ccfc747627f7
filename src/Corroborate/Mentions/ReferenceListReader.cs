using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// The outlets a reference list cites: the blocks extraction removed as "references" hold lines such as
/// "[1] Some headline - The Outlet", "Headline (Outlet, 2024)" or a bare URL (cited by its host without "www.").
/// </summary>
internal static partial class ReferenceListReader
{
    private const int MaxOutletWords = 6;

    public static ImmutableArray<string> Outlets(Article article, string documentText)
    {
        var outlets = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (RemovedBlock block in article.Removed)
        {
            if (block.Kind != RemovedKind.References || block.Start < 0 || block.End > documentText.Length || block.End <= block.Start)
            {
                continue;
            }

            foreach (Range line in documentText.AsSpan(block.Start, block.End - block.Start).Split('\n'))
            {
                string? outlet = OutletOf(documentText.AsSpan(block.Start, block.End - block.Start)[line].Trim());
                if (outlet is not null && seen.Add(outlet))
                {
                    outlets.Add(outlet);
                }
            }
        }

        return [.. outlets];
    }

    /// <summary>The outlet one reference line cites, or null.</summary>
    public static string? OutletOf(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return null;
        }

        Match url = UrlHost().Match(line.ToString());
        if (url.Success)
        {
            return url.Groups["host"].Value.ToLowerInvariant();
        }

        string text = line.ToString();
        Match parenthesized = OutletInParentheses().Match(text);
        if (parenthesized.Success)
        {
            return Plausible(parenthesized.Groups["outlet"].Value);
        }

        int cut = Math.Max(Math.Max(text.LastIndexOf(" - ", StringComparison.Ordinal), text.LastIndexOf(" \u2013 ", StringComparison.Ordinal)),
            Math.Max(text.LastIndexOf(" \u2014 ", StringComparison.Ordinal), text.LastIndexOf(" | ", StringComparison.Ordinal)));
        if (cut <= 0)
        {
            return null;
        }

        // "Headline – Outlet", or "Outlet – Headline": a quoted side is the headline, and so is a side that carries a
        // year ("Situation Report, May 2023") when the other does not; otherwise the outlet comes last.
        string left = StripNumbering(text[..cut]), right = text[(cut + 3)..];
        bool leftQuoted = Quoted(left), rightQuoted = Quoted(right);
        bool outletFirst = leftQuoted != rightQuoted ? rightQuoted : HasYear(right) && !HasYear(left);
        return Plausible(outletFirst ? left : right);
    }

    private static string StripNumbering(string text) => NumberingPrefix().Replace(text, "");

    private static bool Quoted(string side)
    {
        string t = side.Trim();
        return t.Length > 1 && t[0] is '"' or '\u201C' or '\'' or '\u2018' && t[^1] is '"' or '\u201D' or '\'' or '\u2019';
    }

    private static bool HasYear(string side) => Year().IsMatch(side);

    private static string? Plausible(string outlet)
    {
        outlet = outlet.Trim().TrimEnd('.', ',', ';');
        int words = outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return outlet.Length > 1 && words <= MaxOutletWords && char.IsUpper(outlet[0]) ? outlet : null;
    }

    [GeneratedRegex(@"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s*", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex NumberingPrefix();

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"https?://(?:www\.)?(?<host>[A-Za-z0-9.-]{1,253})", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex UrlHost();

    [GeneratedRegex(@"\((?<outlet>[^(),]{2,60}),\s*(?:19|20)[0-9]{2}\)\s*\.?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OutletInParentheses();
}
