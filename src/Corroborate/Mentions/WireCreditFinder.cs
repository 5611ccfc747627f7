using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Lexicons;

namespace Corroborate.Mentions;

/// <summary>
/// Finds the news agency an article's text comes from: a dateline credit ("OSLO, May 2 (Reuters) —", "(AP) —"), or
/// an agency the article leans on ("Reuters reported", "according to AFP") more than once or in its opening. Two
/// outlets running one agency's story are one source, not two.
/// </summary>
public sealed partial class WireCreditFinder : MentionFinder
{
    internal override void FindInArticle(MentionScan scan) => scan.Wire = Of(scan.Article.Article);

    // Lexicons/news-agencies.tsv: name → agency key.
    private static readonly FrozenDictionary<string, string> Agencies =
        Lexicon.Rows("news-agencies.tsv").ToFrozenDictionary(static r => r[0], static r => r[1], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\((?<credit>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\) ?[—–-]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DatelineCredit();

    [GeneratedRegex(@"\b(?:(?<a>Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|Xinhua|TASS|Kyodo|Yonhap|Interfax|Anadolu(?: Agency)?|dpa|ANSA|EFE|PA Media)\b,? (?:reported|reports|said|says|quoted|cited|news agency)|according to (?:the )?(?<b>Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|Xinhua|TASS|Kyodo|Yonhap|Interfax|Anadolu|dpa|ANSA|EFE|PA Media)\b|(?:reported|told|seen) by (?:the )?(?<c>Reuters|AP|AFP|Associated Press|Bloomberg|Xinhua|TASS)\b)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Attribution();

    /// <summary>The agency the article's text comes from ("reuters", "coastline wire"), or null when it shows none.</summary>
    internal static WireCredit? Of(Article article)
    {
        string text = article.Text;
        Match credit = DatelineCredit().Match(text, 0, Math.Min(text.Length, 240));
        if (credit.Success)
        {
            return new WireCredit(Key(credit.Groups["credit"].Value), WireEvidence.DatelineCredit);
        }

        if (article.Outlet is { } outlet && Agencies.TryGetValue(outlet, out string? agency))
        {
            return new WireCredit(agency, WireEvidence.AgencyOutlet);
        }

        // The wire extraction read from a byline or date line ("By Jo Eld, Southern Wire Service"), which the text no longer holds.
        if (article.Wire is { } wire)
        {
            return new WireCredit(Key(wire), WireEvidence.CreditedWire);
        }

        string? opening = null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int openingEnd = Math.Min(text.Length, 400);
        foreach (Match m in Attribution().Matches(text))
        {
            string name = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["c"].Value;
            string key = Key(name);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (m.Index < openingEnd)
            {
                opening ??= key;
            }
        }

        if (opening is not null)
        {
            return new WireCredit(opening, WireEvidence.OpeningAttribution);
        }

        // An agency cited twice or more carries the article; one passing mention does not.
        string? repeated = counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
        return repeated is null ? null : new WireCredit(repeated, WireEvidence.RepeatedAttribution);
    }

    private static string Key(string name)
    {
        string lower = name.Trim().ToLowerInvariant();
        return Agencies.TryGetValue(lower, out string? agency) ? agency : lower;
    }
}
