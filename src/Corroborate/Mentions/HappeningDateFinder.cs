using System.Collections.Frozen;
using Corroborate.Model;
using Corroborate.Text;
using Corroborate.Lexicons;

namespace Corroborate.Mentions;

/// <summary>
/// Days bound to what happened on them: a date expression (from <see cref="DateFinder"/>, which must run first) next to
/// a verb of starting ("opened on 12 May"), ending ("concluded on Wednesday") or happening ("met on Monday"). A date
/// with no such verb nearby says nothing comparable and is left out. The day is resolved later, against the
/// article's or its event's date.
/// </summary>
public sealed class HappeningDateFinder : MentionFinder
{
    internal override IEnumerable<Type> Needs => [typeof(DateFinder)];

    private const int Window = 10;

    // Lexicons/happening-verbs.tsv: word or stem → phase.
    private static readonly FrozenDictionary<string, HappeningPhase> VerbClass =
        Lexicon.Rows("happening-verbs.tsv").ToFrozenDictionary(static r => r[0], static r => Phase(r[1]), StringComparer.Ordinal);

    private static HappeningPhase Phase(string name) =>
        ContractNames.TryParse(name, out HappeningPhase phase) ? phase : throw new InvalidOperationException($"happening-verbs.tsv: unknown phase '{name}'");

    internal override void FindInArticle(MentionScan scan)
    {
        string text = scan.Text;
        var tokens = new List<WordToken>();
        int tokenized = -1;
        foreach (DateExpression date in scan.Dates)
        {
            int index = SentenceLookup.IndexAt(scan.Sentences, date.Start);
            if (index < 0)
            {
                continue;
            }

            Sentence sentence = scan.Sentences[index];
            if (tokenized != index)
            {
                tokens.Clear();
                WordTokenizer.Tokenize(sentence.Of(text), tokens);
                tokenized = index;
            }

            ReadOnlySpan<char> words = text.AsSpan(sentence.Start, sentence.Length);
            if (VerbNear(words, tokens, date.Start - sentence.Start) is { } phase)
            {
                // "will meet on Friday": planned, not happened; a bare weekday is then the coming one, not the last.
                DateExpression when = date;
                if (FutureBefore(words, tokens, date.Start - sentence.Start))
                {
                    phase = HappeningPhase.Scheduled;
                    if (when.Form == DateForm.Weekday && when.Modifier == WeekdayModifier.Latest)
                    {
                        when = when with { Modifier = WeekdayModifier.Next };
                    }
                }

                scan.HappeningDates.Add(new HappeningDateMention(phase, when, index));
            }
        }
    }

    // Lexicons/future-markers.txt: words that put the happening ahead of the writer.
    private static readonly FrozenSet<string> FutureMarkers = Lexicon.Entries("future-markers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a future marker stands within the window before the date, in its sentence.</summary>
    private static bool FutureBefore(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = 0;
        while (at < tokens.Count && tokens[at].Start < dateStart)
        {
            at++;
        }

        for (int k = Math.Max(0, at - Window); k < at; k++)
        {
            if (FutureMarkers.Contains(WordNormalizer.Normalize(sentenceText.Slice(tokens[k].Start, tokens[k].Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phase of the cue nearest the date within the window, a cue before the date winning a tie: in "was shot on a
    /// dirt road on 14 May, close to his farm" the day is the shooting's, not a closing's.
    /// </summary>
    private static HappeningPhase? VerbNear(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = 0;
        while (at < tokens.Count && tokens[at].Start < dateStart)
        {
            at++;
        }

        HappeningPhase? nearest = null;
        int best = int.MaxValue;
        for (int k = Math.Max(0, at - Window); k < Math.Min(tokens.Count, at + Window); k++)
        {
            // Tokens from "at" on are the date's own words and what follows; a cue just before the date is nearest.
            int distance = k < at ? at - k : k - at + 1;
            if (distance >= best)
            {
                continue;
            }

            string word = WordNormalizer.Normalize(sentenceText.Slice(tokens[k].Start, tokens[k].Length));
            if (VerbClass.TryGetValue(word, out HappeningPhase direct) || VerbClass.TryGetValue(Stemmer.Stem(word), out direct))
            {
                nearest = direct;
                best = distance;
            }
        }

        return nearest;
    }
}
