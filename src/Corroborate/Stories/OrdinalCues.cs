using System.Collections.Frozen;

namespace Corroborate.Stories;

/// <summary>An ordinal said of a happening: "second round" (2, "round"), "the second of its kind" (2, no noun).</summary>
internal readonly record struct OrdinalCue(int Ordinal, string? Noun, int WordIndex)
{
    public string Label => Noun is null ? OrdinalCues.WordOf(Ordinal) : OrdinalCues.WordOf(Ordinal) + " " + Noun;
}

/// <summary>
/// Finds ordinal cues near generic event nouns in an article's normalized words: "second round of talks",
/// "first direct talks", "first such discussions", "third day", "final match", "the second of its kind".
/// "last"/"next"/"previous" are left out on purpose: "the last meeting" points at another event, not this one.
/// </summary>
internal static class OrdinalCues
{
    /// <summary>The ordinal of "final": last of a series whose length is unknown, kept apart from any number.</summary>
    public const int Final = 99;

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8,
        ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10, ["final"] = Final,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Generic nouns of scheduled happenings, singular and plural, mapped to the label's noun.</summary>
    private static readonly FrozenDictionary<string, string> EventNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["round"] = "round", ["rounds"] = "round", ["talks"] = "talks", ["meeting"] = "meeting", ["meetings"] = "meeting",
        ["summit"] = "summit", ["session"] = "session", ["sessions"] = "session", ["match"] = "match", ["game"] = "game",
        ["day"] = "day", ["vote"] = "vote", ["ballot"] = "ballot", ["hearing"] = "hearing", ["hearings"] = "hearing",
        ["discussions"] = "discussions", ["negotiations"] = "negotiations", ["debate"] = "debate", ["leg"] = "leg",
        ["stage"] = "stage", ["phase"] = "phase", ["conference"] = "conference", ["election"] = "election",
        ["race"] = "race", ["trial"] = "trial", ["visit"] = "visit", ["contacts"] = "contacts", ["meet"] = "meet",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that may stand between the ordinal and its noun ("first direct talks", "second full day").</summary>
    private const int MaxGap = 2;

    public static string WordOf(int ordinal) => ordinal switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        6 => "sixth",
        7 => "seventh",
        8 => "eighth",
        9 => "ninth",
        10 => "tenth",
        Final => "final",
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
    };

    public static List<OrdinalCue> Find(IReadOnlyList<string> words)
    {
        var cues = new List<OrdinalCue>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!Ordinals.TryGetValue(words[i], out int ordinal))
            {
                continue;
            }

            // "the second of its kind": the ordinal names the happening itself.
            if (i + 3 < words.Count && words[i + 1] == "of" && words[i + 2] is "its" or "their" && words[i + 3] == "kind")
            {
                cues.Add(new OrdinalCue(ordinal, null, i));
                continue;
            }

            for (int k = 1; k <= MaxGap + 1 && i + k < words.Count; k++)
            {
                string w = words[i + k];
                if (EventNouns.TryGetValue(w, out string? noun))
                {
                    cues.Add(new OrdinalCue(ordinal, noun, i));
                    break;
                }

                // Only an adjective-like word may intervene: a function word or a number ends the phrase
                // ("first time since" never reaches a later "talks"), except "such" ("first such talks").
                if (w != "such" && (Text.Stopwords.Contains(w) || char.IsDigit(w[0]) || Ordinals.ContainsKey(w)))
                {
                    break;
                }
            }
        }

        return cues;
    }

    /// <summary>
    /// The article's own ordinal: the one said most often (ties: the earliest), with the label of its most
    /// frequent noun. Null when the article gives none.
    /// </summary>
    public static OrdinalCue? Primary(IReadOnlyList<OrdinalCue> cues)
    {
        if (cues.Count == 0)
        {
            return null;
        }

        int best = cues.GroupBy(static c => c.Ordinal)
            .OrderByDescending(static g => g.Count()).ThenBy(static g => g.Min(static c => c.WordIndex))
            .First().Key;
        var same = cues.Where(c => c.Ordinal == best).ToList();
        string? noun = same.Where(static c => c.Noun is not null)
            .GroupBy(static c => c.Noun!)
            .OrderByDescending(static g => g.Count()).ThenBy(static g => g.Min(static c => c.WordIndex))
            .Select(static g => g.Key).FirstOrDefault();
        return new OrdinalCue(best, noun, same[0].WordIndex);
    }
}
