using System.Collections.Frozen;
using Corroborate.Lexicons;

namespace Corroborate.Corroboration;

/// <summary>
/// Nouns news uses interchangeably for one counted thing ("1,200 residents" = "1,200 people", "300 ships" = "300
/// vessels"), keyed by stem, so quantities align across outlets that word them differently.
/// </summary>
internal static class CountedNouns
{
    // Lexicons/counted-nouns.tsv: stem → class.
    private static readonly FrozenDictionary<string, string> ClassOf =
        Lexicon.Rows("counted-nouns.tsv").ToFrozenDictionary(static r => r[0], static r => r[1], StringComparer.Ordinal);

    /// <summary>The class key of a counted-noun stem, or the stem itself when it has no class.</summary>
    public static string Key(string countedKey) => ClassOf.GetValueOrDefault(countedKey, countedKey);
}
