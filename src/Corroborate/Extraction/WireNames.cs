using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// Recognises the name of a wire service or news agency by its shape: a few capitalized words one of which is a
/// wire word ("Southern Wire Service", "Agencia de Prensa del Sur", "Lakeside Newswire"; Lexicons/wire-words.txt), or
/// a known agency (Lexicons/news-agencies.tsv). Such a name in a byline or credit is the wire an article carries,
/// kept apart from the outlet that publishes it.
/// </summary>
internal static partial class WireNames
{
    private static readonly string[] Words = [.. Lexicon.Entries("wire-words.txt").Where(static w => !w.StartsWith('-')).Select(static w => w.ToLowerInvariant())];

    private static readonly string[] Suffixes = [.. Lexicon.Entries("wire-words.txt").Where(static w => w.StartsWith('-')).Select(static w => w[1..].ToLowerInvariant())];

    private static readonly HashSet<string> Agencies = [.. Lexicon.Rows("news-agencies.tsv").Select(static r => r[0])];

    // Lexicons/headline-case-words.txt: pronouns that never stand in a name, and joining words that a name keeps lower-case.
    private static readonly HashSet<string> Pronouns = new(Lexicon.Entries("headline-case-words.txt").Where(static w => !w.StartsWith('~')), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> JoiningWords = new(Lexicon.Entries("headline-case-words.txt").Where(static w => w.StartsWith('~')).Select(static w => w[1..]), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:(?:posted|written|reported|compiled)\s+)?by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ByPrefix();

    /// <summary>The wire a credit line or byline names ("By Jo Eld, Southern Wire Service" → "Southern Wire Service"), or null.</summary>
    public static string? In(string credit, ExtractionOptions options)
    {
        string text = ByPrefix().Replace(credit.Trim(), string.Empty);
        foreach (string part in text.Split([',', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (IsWire(part, options))
            {
                return part.TrimEnd('.');
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is name-shaped and names a wire.</summary>
    public static bool IsWire(string name, ExtractionOptions options)
    {
        string n = name.Trim().TrimEnd('.');
        if (n.Length == 0 || n.Length > options.OutletNameMaxChars || !char.IsUpper(n[0]))
        {
            return false;
        }

        if (Agencies.Contains(n.ToLowerInvariant()))
        {
            return true;
        }

        string[] words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > options.OutletNameMaxWords || words.Count(static w => char.IsUpper(w[0])) * 2 <= words.Length)
        {
            return false;
        }

        if (IsHeadlineCased(words))
        {
            return false;
        }

        // The wire word opens or closes the name ("Agencia de Prensa del Sur", "Southern Wire Service"); one inside it
        // ("Office of the Press Secretary") names something else.
        string lower = n.ToLowerInvariant();
        return Words.Any(w => lower.StartsWith(w + " ", StringComparison.Ordinal) || lower.EndsWith(" " + w, StringComparison.Ordinal) || lower == w)
            || Suffixes.Any(s => words[^1].EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A Title Case headline rather than a name: it holds a pronoun ("… Opens Its Doors"; an all-caps "IT" is no
    /// pronoun) or a joining word written
    /// with a capital inside it ("Freedom Of The Press"), where a name keeps "of the" lower-case.
    /// </summary>
    private static bool IsHeadlineCased(string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            string w = words[k];
            if ((Pronouns.Contains(w) && w.Any(char.IsLower)) || (k > 0 && JoiningWords.Contains(w) && char.IsUpper(w[0]) && w[1..].All(char.IsLower)))
            {
                return true;
            }
        }

        return false;
    }
}
