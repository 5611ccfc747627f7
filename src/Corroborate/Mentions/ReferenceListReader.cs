using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// Reads the outlets a reference list appended to an article cites: "[1] Headline - The Outlet", "Headline (Outlet,
/// 2024)", or a bare link (its host). Extraction removes such lists from the text but keeps where they were.
/// </summary>
public static partial class ReferenceListReader
{
    [GeneratedRegex(@"https?://(?:www\.)?(?<host>[a-z0-9.-]+\.[a-z]{2,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s[-–—|]\s(?<outlet>[^-–—|]{2,60})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingOutlet();

    [GeneratedRegex(@"\((?<outlet>[A-Z][^(),]{1,60}),? (?:19|20)[0-9]{2}\)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ParenthesizedOutlet();

    public static List<string> Outlets(Article article, string documentText)
    {
        var outlets = new List<string>();
        foreach (RemovedBlock block in article.Removed)
        {
            if (block.Kind != "references" || block.End > documentText.Length || block.Start >= block.End)
            {
                continue;
            }

            foreach (string rawLine in documentText[block.Start..block.End].Split('\n'))
            {
                string line = rawLine.Trim();
                string? outlet = Link().Match(line) is { Success: true } link ? link.Groups["host"].Value.ToLowerInvariant()
                    : TrailingOutlet().Match(line) is { Success: true } trailing ? trailing.Groups["outlet"].Value.Trim()
                    : ParenthesizedOutlet().Match(line) is { Success: true } parenthesized ? parenthesized.Groups["outlet"].Value.Trim()
                    : null;
                if (outlet is { Length: > 1 } && !outlets.Contains(outlet, StringComparer.OrdinalIgnoreCase))
                {
                    outlets.Add(outlet);
                }
            }
        }

        return outlets;
    }
}
