using System.Collections.Frozen;
using System.Collections.Immutable;
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

    private static readonly FrozenDictionary<string, HappeningPhase> VerbClass = new Dictionary<string, HappeningPhase>(StringComparer.Ordinal)
    {
        ["open"] = HappeningPhase.Start, ["began"] = HappeningPhase.Start, ["begin"] = HappeningPhase.Start, ["begun"] = HappeningPhase.Start, ["start"] = HappeningPhase.Start,
        ["launch"] = HappeningPhase.Start, ["conven"] = HappeningPhase.Start, ["commenc"] = HappeningPhase.Start, ["kick"] = HappeningPhase.Start,
        ["end"] = HappeningPhase.End, ["close"] = HappeningPhase.End, ["conclud"] = HappeningPhase.End, ["finish"] = HappeningPhase.End, ["adjourn"] = HappeningPhase.End, ["wrap"] = HappeningPhase.End,
        ["held"] = HappeningPhase.Held, ["met"] = HappeningPhase.Held, ["meet"] = HappeningPhase.Held, ["took"] = HappeningPhase.Held, ["happen"] = HappeningPhase.Held, ["occur"] = HappeningPhase.Held,
        ["struck"] = HappeningPhase.Held, ["hit"] = HappeningPhase.Held, ["burst"] = HappeningPhase.Held, ["erupt"] = HappeningPhase.Held, ["collaps"] = HappeningPhase.Held,
        ["sign"] = HappeningPhase.Held, ["adopt"] = HappeningPhase.Held, ["vote"] = HappeningPhase.Held, ["walk"] = HappeningPhase.Held,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<noun>[A-Za-z]{3,20}),? (?:was |were |had been |which was )?(?<verb>finished|completed|built|opened|founded|established|constructed|inaugurated|installed|introduced|erected|launched|created) in (?<year>(?:19|20)[0-9]{2})\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ThingYear();

    /// <summary>
    /// (sentence, class, day, phrase start, phrase end) for each day-precise date bound to a verb, offsets into the clean
    /// text. Dates are found in one pass over the whole text, then placed in their sentences.
    /// </summary>
    public static IEnumerable<(int Sentence, HappeningPhase Phase, DateOnly Date, int Start, int End)> Days(string text, ImmutableArray<Sentence> sentences, DateOnly? reference, bool relativeAllowed)
    {
        List<DateMention> dates = DateExpressions.Find(text, reference);
        var tokens = new List<WordToken>();
        int tokenized = -1;
        foreach (DateMention date in dates)
        {
            if ((date.Kind == DateMentionKind.Relative && !relativeAllowed) ||
                (reference is DateOnly r && Math.Abs(date.Date.DayNumber - r.DayNumber) > 30))
            {
                continue;
            }

            int index = SentenceLookup.IndexAt(sentences, date.Start);
            if (index < 0)
            {
                continue;
            }

            Sentence sentence = sentences[index];
            if (tokenized != index)
            {
                tokens.Clear();
                WordTokenizer.Tokenize(sentence.Of(text), tokens);
                tokenized = index;
            }

            if (VerbNear(text.AsSpan(sentence.Start, sentence.Length), tokens, date.Start - sentence.Start) is { } verbClass)
            {
                yield return (index, verbClass, date.Date, date.Start, date.End);
            }
        }
    }

    /// <summary>(sentence, thing stem, year, phrase start, phrase end) for "X finished/built/opened in YEAR".</summary>
    public static IEnumerable<(int Sentence, string Thing, int Year, int Start, int End)> Years(string text, ImmutableArray<Sentence> sentences)
    {
        foreach (Match m in ThingYear().Matches(text))
        {
            string noun = WordNormalizer.Normalize(m.Groups["noun"].ValueSpan);
            int index = SentenceLookup.IndexAt(sentences, m.Index);
            if (Stopwords.Contains(noun) || index < 0)
            {
                continue;
            }

            yield return (index, Stemmer.Stem(noun), int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), m.Index, m.Index + m.Length);
        }
    }

    private static HappeningPhase? VerbNear(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = 0;
        while (at < tokens.Count && tokens[at].Start < dateStart)
        {
            at++;
        }

        for (int k = Math.Max(0, at - Window); k < Math.Min(tokens.Count, at + Window); k++)
        {
            string word = WordNormalizer.Normalize(sentenceText.Slice(tokens[k].Start, tokens[k].Length));
            if (VerbClass.TryGetValue(word, out HappeningPhase direct) || VerbClass.TryGetValue(Stemmer.Stem(word), out direct))
            {
                return direct;
            }
        }

        return null;
    }
}
