using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Corroborate.Model;
using Corroborate.Text;
using Corroborate.Text.Dates;

namespace Corroborate.Corroboration;

/// <summary>
/// Dates bound to what happened on them: a day next to a verb of starting ("opened on 12 May"), ending ("concluded on
/// Wednesday") or happening ("met on Monday"); and years bound to a thing ("the flood wall, finished in 2017").
/// A date with no such verb nearby says nothing comparable and is left out.
/// </summary>
internal static partial class HappeningDates
{
    private const int Window = 10;

    private static readonly FrozenDictionary<string, string> VerbClass = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["open"] = "start", ["began"] = "start", ["begin"] = "start", ["begun"] = "start", ["start"] = "start",
        ["launch"] = "start", ["conven"] = "start", ["commenc"] = "start", ["kick"] = "start",
        ["end"] = "end", ["close"] = "end", ["conclud"] = "end", ["finish"] = "end", ["adjourn"] = "end", ["wrap"] = "end",
        ["held"] = "held", ["met"] = "held", ["meet"] = "held", ["took"] = "held", ["happen"] = "held", ["occur"] = "held",
        ["struck"] = "held", ["hit"] = "held", ["burst"] = "held", ["erupt"] = "held", ["collaps"] = "held",
        ["sign"] = "held", ["adopt"] = "held", ["vote"] = "held", ["walk"] = "held",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<noun>[A-Za-z]{3,20}),? (?:was |were |had been |which was )?(?<verb>finished|completed|built|opened|founded|established|constructed|inaugurated|installed|introduced|erected|launched|created) in (?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ThingYear();

    /// <summary>(class, day, phrase start, phrase end) for each day-precise date bound to a verb, offsets into the clean text.</summary>
    public static IEnumerable<(string Class, DateOnly Date, int Start, int End)> Days(string text, Sentence sentence, DateOnly? reference, bool relativeAllowed)
    {
        string sentenceText = sentence.Of(text).ToString();
        List<DateMention> dates = DateExpressions.Find(sentenceText, reference);
        if (dates.Count == 0)
        {
            yield break;
        }

        List<WordToken> tokens = WordTokenizer.Tokenize(sentenceText);
        foreach (DateMention date in dates)
        {
            if (date.Kind == DateMentionKind.Relative && !relativeAllowed)
            {
                continue;
            }

            if (reference is DateOnly r && Math.Abs(date.Date.DayNumber - r.DayNumber) > 30)
            {
                continue;
            }

            if (VerbNear(sentenceText, tokens, date.Start) is { } verbClass)
            {
                yield return (verbClass, date.Date, sentence.Start + date.Start, sentence.Start + date.End);
            }
        }
    }

    /// <summary>(thing stem, year, phrase start, phrase end) for "X finished/built/opened in YEAR".</summary>
    public static IEnumerable<(string Thing, int Year, int Start, int End)> Years(string text, Sentence sentence)
    {
        string sentenceText = sentence.Of(text).ToString();
        foreach (Match m in ThingYear().Matches(sentenceText))
        {
            string noun = WordNormalizer.Normalize(m.Groups["noun"].ValueSpan);
            if (Stopwords.Contains(noun))
            {
                continue;
            }

            yield return (Stemmer.Stem(noun), int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
                sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
        }
    }

    private static string? VerbNear(string sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = tokens.FindIndex(t => t.Start >= dateStart);
        if (at < 0)
        {
            at = tokens.Count;
        }

        for (int k = Math.Max(0, at - Window); k < Math.Min(tokens.Count, at + Window); k++)
        {
            string word = WordNormalizer.Normalize(sentenceText.AsSpan(tokens[k].Start, tokens[k].Length));
            if (VerbClass.TryGetValue(word, out string? direct) || VerbClass.TryGetValue(Stemmer.Stem(word), out direct))
            {
                return direct;
            }
        }

        return null;
    }
}
