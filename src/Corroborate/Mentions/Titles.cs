using System.Collections.Frozen;

namespace Corroborate.Mentions;

/// <summary>
/// The title lexicon: offices and positions a person can hold, as lower-case word sequences. Matched longest first
/// over tokens, a hyphen counting as a space ("Secretary-General" = "secretary general"), in any case.
/// </summary>
internal static class Titles
{
    private static readonly string[] Departments =
    [
        "foreign", "defence", "defense", "finance", "interior", "economy", "economic", "trade", "health", "treasury",
        "justice", "energy", "environment", "education", "labour", "labor", "transport", "agriculture", "culture",
        "home", "commerce", "industry", "development", "digital", "security", "immigration", "climate", "europe",
        "european", "foreign affairs", "culture", "war", "navy", "army", "business", "housing", "communications",
    ];

    private static readonly string[] Offices =
    [
        "president", "vice president", "president elect", "prime minister", "deputy prime minister", "first minister",
        "chancellor", "vice chancellor", "king", "queen", "prince", "crown prince", "princess", "emir", "sultan", "pope",
        "premier", "minister", "secretary of state", "minister of state", "attorney general", "solicitor general",
        "governor", "mayor", "senator", "congressman", "congresswoman", "lawmaker", "mp", "ambassador", "envoy",
        "spokesperson", "spokesman", "spokeswoman", "chief executive", "chief executive officer", "ceo", "cfo", "coo",
        "chair", "chairman", "chairwoman", "chairperson", "director", "director general", "managing director", "head", "chief",
        "head of state", "head of government", "leader", "supreme leader", "negotiator", "commander", "commander in chief",
        "general", "admiral", "colonel", "lieutenant general", "major general", "brigadier general", "chief of staff",
        "secretary general", "general secretary", "secretary", "commissioner", "high representative", "high commissioner",
        "foreign policy chief", "judge", "chief justice", "prosecutor", "chief prosecutor", "police chief", "army chief",
        "military chief", "ombudsman", "speaker", "founder", "co founder", "owner", "coach", "manager", "adviser",
        "advisor", "national security adviser", "national security advisor", "aide", "official", "diplomat",
        "foreign policy adviser", "chief negotiator", "chief economist", "economist", "analyst", "professor",
    ];

    private static readonly string[] ModifierWords =
        ["lead", "chief", "top", "senior", "deputy", "acting", "interim", "special", "assistant", "principal", "vice", "outgoing", "incoming"];

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
