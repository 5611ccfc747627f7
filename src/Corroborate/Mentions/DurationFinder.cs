using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// Finds how long things lasted: "less than an hour", "barely an hour", "well under two hours", "a three-day summit".
/// A qualifier becomes a range ("less than an hour" = [0, 60] minutes, "barely an hour" = [45, 60]). A duration is
/// marked <see cref="DurationMention.OfHappening"/> only when the sentence ties it to the happening itself (lasted,
/// took, ended … after it began, a three-day summit); delays, time-ago phrases and deadlines are not.
/// </summary>
public static partial class DurationFinder
{
    private static readonly FrozenDictionary<string, double> UnitMinutes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["minute"] = 1, ["hour"] = 60, ["day"] = 1440, ["week"] = 10080, ["month"] = 43200, ["year"] = 525600,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["forty-five"] = 45, ["fifty"] = 50, ["ninety"] = 90, ["half an"] = 0.5, ["half a"] = 0.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HappeningNouns = FrozenSet.ToFrozenSet(
    [
        "summit", "meeting", "talks", "strike", "walkout", "visit", "trip", "conference", "session", "festival", "tour",
        "hearing", "trial", "operation", "offensive", "siege", "shutdown", "stoppage", "protest", "march", "vigil", "event",
        "ceremony", "negotiations", "round", "game", "match", "race", "flight", "journey", "standoff", "blockade", "outage",
        "blackout", "action", "closure", "lockdown", "debate", "congress", "convention", "forum", "retreat", "sit-in", "occupation", "battle", "storm",
    ], StringComparer.Ordinal);

    private const string Qualifier = @"(?:(?<q>well under|just under|less than|fewer than|under|not even|barely|just over|more than|over|nearly|almost|close to|about|around|roughly|some|approximately|at least|up to|at most|only|just) )?";
    private const string CountPattern = @"(?<n>[0-9]+(?:\.[0-9]+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|ninety)";

    [GeneratedRegex(@"\b" + Qualifier + CountPattern + @" (?<u>minute|hour|day|week|month|year)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Spelled();

    [GeneratedRegex(@"\b(?<n>[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-eight)-(?<u>minute|hour|day|week|month|year) (?<noun>[a-z-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Adjectival();

    [GeneratedRegex(@"\b(?:last(?:ed|ing|s)?|took|take|ran|run|went on|spanned|dragged on|continued) (?:for |about |only |just |a mere |barely |well |nearly |less |more |under |over |than |almost |around |some )*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LastedBefore();

    [GeneratedRegex(@"^ after (?:they|it|the [a-z]+|talks|negotiations) (?:had )?(?:began|begun|started|opened|got under way)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AfterTheyBegan();

    [GeneratedRegex(@"^ (?:late|later|ago|earlier|before|behind|away|old|from now|of (?:delay|waiting))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NotHappeningAfter();

    [GeneratedRegex(@"\b(?:within|in|every|per|aged|sentenced to|jailed for|banned for|suspended for|detained for|deadline of|delayed by|delay of|late by|wait of|waited) $",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NotHappeningBefore();

    public static void Find(string text, Sentence sentence, int sentenceIndex, List<DurationMention> into)
    {
        string s = sentence.Of(text).ToString();
        foreach (Match m in Spelled().Matches(s))
        {
            double count = Count(m.Groups["n"].Value);
            if (count <= 0 || !UnitMinutes.TryGetValue(m.Groups["u"].Value.ToLowerInvariant(), out double unit))
            {
                continue;
            }

            string? qualifier = m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() : null;
            string before = s[Math.Max(0, m.Index - 60)..m.Index];
            string after = s[(m.Index + m.Length)..Math.Min(s.Length, m.Index + m.Length + 60)];
            bool ofHappening = !NotHappeningAfter().IsMatch(after) && !NotHappeningBefore().IsMatch(before)
                && (LastedBefore().IsMatch(before) || AfterTheyBegan().IsMatch(after));
            into.Add(new DurationMention(Range(qualifier, count * unit), m.Value, ofHappening, sentenceIndex, sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        }

        foreach (Match m in Adjectival().Matches(s))
        {
            double count = Count(m.Groups["n"].Value);
            if (count <= 0 || !UnitMinutes.TryGetValue(m.Groups["u"].Value.ToLowerInvariant(), out double unit))
            {
                continue;
            }

            bool ofHappening = HappeningNouns.Contains(m.Groups["noun"].Value.ToLowerInvariant());
            int end = m.Groups["noun"].Index;
            string phrase = s[m.Index..end].TrimEnd();
            into.Add(new DurationMention(ValueRange.Exactly(count * unit), phrase, ofHappening, sentenceIndex, sentence.Start + m.Index, sentence.Start + m.Index + phrase.Length));
        }
    }

    private static double Count(string word)
    {
        string lower = word.ToLowerInvariant();
        if (lower == "forty-eight")
        {
            return 48;
        }

        return NumberWords.TryGetValue(lower, out double value) ? value
            : double.TryParse(lower, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) ? value : 0;
    }

    /// <summary>What a qualified duration allows, in minutes.</summary>
    private static ValueRange Range(string? qualifier, double minutes) => qualifier switch
    {
        "less than" or "fewer than" or "under" or "well under" or "just under" or "not even" or "up to" or "at most" => new(0, minutes),
        "barely" or "only" or "just" => new(minutes * 0.75, minutes),
        "nearly" or "almost" or "close to" => new(minutes * 0.85, minutes),
        "about" or "around" or "roughly" or "some" or "approximately" => new(minutes * 0.85, minutes * 1.15),
        "just over" => new(minutes, minutes * 1.25),
        "more than" or "over" or "at least" => new(minutes, double.PositiveInfinity),
        _ => ValueRange.Exactly(minutes),
    };
}
