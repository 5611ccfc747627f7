using System.Collections.Frozen;
using Corroborate.Lexicons;

namespace Corroborate.Mentions;

/// <summary>
/// The title lexicon: offices and positions a person can hold, as lower-case word sequences. Matched longest first
/// over tokens, a hyphen counting as a space ("Secretary-General" = "secretary general"), in any case.
/// </summary>
internal static class Titles
{
    // Lexicons/titles.tsv (rows the role finder reads as titles), title-departments.txt, title-modifiers.txt.
    private static readonly string[] Departments = [.. Lexicon.Entries("title-departments.txt")];

    private static readonly string[] Offices = [.. Lexicon.EntriesMarked("titles.tsv", 2)];

    private static readonly string[] ModifierWords = [.. Lexicon.Entries("title-modifiers.txt")];

    private static readonly FrozenDictionary<string, string[][]> ByFirstWord = Build();

    private static readonly Dictionary<string[], string> Canonical = ByFirstWord.Values
        .SelectMany(static titles => titles)
        .ToDictionary<string[], string[], string>(static words => words, static words => string.Join(' ', words), ReferenceEqualityComparer.Instance);

    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(ModifierWords, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Words = ByFirstWord.Values
        .SelectMany(static titles => titles.SelectMany(static t => t))
        .Where(static w => w is not ("of" or "the" or "in"))
        .Concat(ModifierWords)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DepartmentSet = FrozenSet.ToFrozenSet(Departments, StringComparer.Ordinal);

    /// <summary>A department that makes titles ("health" in "health secretary").</summary>
    public static bool IsDepartment(string lower) => DepartmentSet.Contains(lower);

    /// <summary>Words that modify a title without changing it ("lead negotiator", "deputy head").</summary>
    public static bool IsModifier(string lower) => Modifiers.Contains(lower);

    /// <summary>Any word of any title: a capitalized run starting with these is a title, not yet a name.</summary>
    public static bool IsTitleWord(string lower) => Words.Contains(lower);

    /// <summary>The longest title starting at word k, as its canonical lower-case form; <paramref name="end"/> is the word after it.</summary>
    public static bool TryMatch(SentenceTokens s, int k, out string title, out int end)
    {
        title = "";
        end = k;
        if (!ByFirstWord.TryGetValue(s.Lower(k), out string[][]? candidates))
        {
            return false;
        }

        foreach (string[] words in candidates)
        {
            if (Matches(s, k, words))
            {
                title = Canonical[words];
                end = k + words.Length;
                return true;
            }
        }

        return false;
    }

    private static bool Matches(SentenceTokens s, int k, string[] words)
    {
        if (k + words.Length > s.Count)
        {
            return false;
        }

        for (int i = 1; i < words.Length; i++)
        {
            if (!(s.Adjacent(k + i) || s.Hyphenated(k + i)) || !s.Is(k + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, string[][]> Build()
    {
        var all = new List<string>(Offices);
        foreach (string department in Departments)
        {
            all.Add(department + " minister");
            all.Add(department + " secretary");
            all.Add(department + " cabinet secretary");
            all.Add(department + " chief");
            all.Add("minister of " + department);
            all.Add("secretary of " + department);
        }

        return all.Distinct(StringComparer.Ordinal)
            .Select(static t => t.Split(' '))
            .GroupBy(static w => w[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                static g => g.Key,
                static g => g.OrderByDescending(static w => w.Length).ToArray(),
                StringComparer.Ordinal);
    }
}
