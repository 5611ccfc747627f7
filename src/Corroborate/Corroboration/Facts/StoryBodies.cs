using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Corroboration;

/// <summary>
/// What a story's own text says about the bodies and titles its roles name: acronyms it defines ("the All Verdania
/// Chess Federation (AVCF)" makes "AVCF president" and "All Verdania Chess Federation president" one body), and titles
/// it shows to have several holders at once ("two governors", "fellow commissioners", "board members").
/// </summary>
internal sealed partial class StoryBodies
{
    // "two governors", "fellow commissioners", "both chairmen": a count word from the lexicon (or digits), at most one
    // lower-case word, then a plural.
    private static readonly Regex PluralAfterCount = new(
        @"\b(?<count>" + string.Join('|', Lexicon.Entries("several-holders-words.txt").Select(Regex.Escape)) + @"|\d+)\s+(?:(?<before>\p{Ll}+)\s+)?(?<plural>\p{Ll}+(?:s|men))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private readonly Dictionary<string, string?> _acronyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pluralWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _spelled = new(StringComparer.Ordinal);

    public StoryBodies(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            foreach (Match m in Definition().Matches(text))
            {
                string acronym = m.Groups["acronym"].Value;
                if (Expansion(m.Groups["name"].Value, acronym) is { } expansion)
                {
                    string key = acronym.ToLowerInvariant();
                    // Two different expansions of one acronym in one story: trust neither.
                    _acronyms[key] = _acronyms.TryGetValue(key, out string? seen) && seen != expansion ? null : expansion;
                }
            }

            // Undefined acronyms: the initials of every capitalized run the story writes out in full.
            foreach (Match m in CapitalizedRun().Matches(text))
            {
                // A leading article is the sentence's, not the name's ("The All Verdania Chess Federation").
                string[] words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .SkipWhile(w => w is "The" or "A" or "An").ToArray();
                if (words.Count(w => char.IsUpper(w[0])) >= 3)
                {
                    string initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
                    string expansion = string.Join(' ', words).ToLowerInvariant();
                    _spelled[initials] = _spelled.TryGetValue(initials, out string? seen) && seen != expansion ? null : expansion;
                }
            }

            foreach (Match m in PluralAfterCount.Matches(text))
            {
                string plural = m.Groups["plural"].Value.ToLowerInvariant();
                string before = m.Groups["before"].Success ? m.Groups["before"].Value.ToLowerInvariant() + " " : "";
                _pluralWords.Add(before + plural);
            }

            foreach (Match m in BoardMembers().Matches(text))
            {
                _pluralWords.Add("board " + m.Groups["plural"].Value.ToLowerInvariant());
                _pluralWords.Add(m.Groups["plural"].Value.ToLowerInvariant());
            }
        }
    }

    /// <summary>The body a lower-case organization phrase names: an acronym the story defines becomes its expansion.</summary>
    public string Canonical(string phrase)
    {
        if (_acronyms.TryGetValue(phrase, out string? defined))
        {
            return defined ?? phrase;
        }

        // Not defined in brackets: one body the story writes out in full with exactly those initials.
        if (phrase.Length is >= 3 and <= 8 && phrase.All(char.IsAsciiLetterLower)
            && _spelled.TryGetValue(phrase.ToUpperInvariant(), out string? spelled) && spelled is not null)
        {
            return spelled;
        }

        // A name read without its first word ("india football federation" where the story writes "All India
        // Football Federation"): the one longer name the story writes that ends with it.
        string[] longer = _spelled.Values.Concat(_acronyms.Values).OfType<string>()
            .Where(name => name.EndsWith(" " + phrase, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        return phrase.Contains(' ', StringComparison.Ordinal) && longer.Length == 1 ? longer[0] : phrase;
    }

    /// <summary>
    /// True when the story shows several holders of the title at once: "two governors" for "governor", "two finance
    /// ministers" (not just "other ministers") for "finance minister", "board members" for "board member".
    /// </summary>
    public bool HasSeveralHolders(string title)
    {
        int space = title.LastIndexOf(' ');
        string head = title[(space + 1)..];
        string before = space < 0 ? "" : title[..space][(title[..space].LastIndexOf(' ') + 1)..] + " ";
        string[] plurals = head.EndsWith("man", StringComparison.Ordinal) ? [head[..^3] + "men"] : [head + "s", head + "es"];
        return plurals.Any(plural => _pluralWords.Contains(before + plural)
            || (before.Length == 0 && _pluralWords.Any(p => p.EndsWith(" " + plural, StringComparison.Ordinal))));
    }

    /// <summary>"All Verdania Chess Federation" for "AVCF": the capitalized words' initials spell the acronym, small words skipped.</summary>
    private static string? Expansion(string name, string acronym)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Take the shortest tail of the capitalized run whose initials spell the acronym.
        for (int start = words.Length - 1; start >= 0; start--)
        {
            if (!char.IsUpper(words[start][0]))
            {
                continue;
            }

            string initials = string.Concat(words[start..].Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (string.Equals(initials, acronym, StringComparison.Ordinal))
            {
                return string.Join(' ', words[start..]).ToLowerInvariant();
            }

            if (initials.Length > acronym.Length)
            {
                break;
            }
        }

        return null;
    }

    // A run of capitalized words (small joining words allowed) and an all-capitals acronym in brackets after it.
    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}'-]*\s+(?:(?:of|for|and|the|de|du|des|la|le)\s+)*){1,8})\((?<acronym>\p{Lu}{2,8})\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Definition();

    // A run of three or more capitalized words, small joining words allowed ("All India Football Federation").
    [GeneratedRegex(@"\p{Lu}[\p{L}'-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'-]*){2,7}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CapitalizedRun();

    // "board members": the members of a board are many by definition.
    [GeneratedRegex(@"\bboard\s+(?<plural>members)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BoardMembers();
}
