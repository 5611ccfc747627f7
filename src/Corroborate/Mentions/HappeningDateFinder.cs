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

    // A clause's verb may stand further before its date ("was shot five times on a dirt road in São Domingos do
    // Araguaia on 14 August"): without a cue in the window, the search goes this far back within the clause.
    private const int ClauseWindow = 18;

    // Lexicons/happening-verbs.tsv: word or stem → phase, and what happened when the cue names it.
    private static readonly FrozenDictionary<string, Cue> VerbClass =
        Lexicon.Rows("happening-verbs.tsv").ToFrozenDictionary(static r => r[0], static r => new Cue(Phase(r[1]), r[2] == "-" ? null : r[2]), StringComparer.Ordinal);

    private readonly record struct Cue(HappeningPhase Phase, string? Happening);

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
            if (InDateline(text, sentence, date))
            {
                continue;
            }

            if (tokenized != index)
            {
                tokens.Clear();
                WordTokenizer.Tokenize(sentence.Of(text), tokens);
                tokenized = index;
            }

            ReadOnlySpan<char> words = text.AsSpan(sentence.Start, sentence.Length);
            if (BoundaryBefore(words, tokens, date.Start - sentence.Start))
            {
                continue;
            }

            if (VerbNear(words, tokens, date.Start - sentence.Start) is { } cue)
            {
                HappeningPhase phase = cue.Phase;
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

                scan.HappeningDates.Add(new HappeningDateMention(phase, when, index, cue.Happening));
            }
        }
    }

    /// <summary>
    /// "WARSAW, Oct 17 (Agency) -": the day the report was filed, at the head of its first sentence, not a day of what
    /// the sentence tells.
    /// </summary>
    private static bool InDateline(string text, Sentence sentence, DateExpression date)
    {
        if (date.Start - sentence.Start > DatelineReach)
        {
            return false;
        }

        int at = date.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at < text.Length && text[at] == '(')
        {
            int close = text.IndexOf(')', at, Math.Min(DatelineReach, text.Length - at));
            if (close < 0)
            {
                return false;
            }

            at = close + 1;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
        }

        return at < text.Length && text[at] is '-' or '–' or '—' or ':';
    }

    private const int DatelineReach = 40;

    // "confirmed dead by Monday morning", "open until Friday", "since Sunday": the day bounds a span (a count as of
    // then, a deadline), it is not the day something happened.
    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(["by", "until", "till", "through", "since", "before", "after"], StringComparer.Ordinal);

    private static bool BoundaryBefore(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = 0;
        while (at < tokens.Count && tokens[at].Start < dateStart)
        {
            at++;
        }

        // The word right before the date, or before its "on"/"the" ("by the 14th").
        for (int k = at - 1; k >= Math.Max(0, at - 2); k--)
        {
            string word = WordNormalizer.Normalize(sentenceText.Slice(tokens[k].Start, tokens[k].Length));
            if (Boundaries.Contains(word))
            {
                return true;
            }

            if (word is not ("on" or "the"))
            {
                return false;
            }
        }

        return false;
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
    private static Cue? VerbNear(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int dateStart)
    {
        int at = 0;
        while (at < tokens.Count && tokens[at].Start < dateStart)
        {
            at++;
        }

        Cue? nearest = null;
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
            if ((VerbClass.TryGetValue(word, out Cue direct) || VerbClass.TryGetValue(Stemmer.Stem(word), out direct)) && !InCompound(sentenceText, tokens, k))
            {
                nearest = direct;
                best = distance;
            }
        }

        return nearest ?? ClauseCueBefore(sentenceText, tokens, at);
    }

    // Lexicons/cue-compounds.txt: heads that make a cue noun part of a compound naming no happening ("death toll").
    private static readonly FrozenSet<string> CompoundHeads = Lexicon.Entries("cue-compounds.txt").ToFrozenSet(StringComparer.Ordinal);

    private static bool InCompound(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int k) =>
        k + 1 < tokens.Count && CompoundHeads.Contains(WordNormalizer.Normalize(sentenceText.Slice(tokens[k + 1].Start, tokens[k + 1].Length)));

    /// <summary>The nearest cue before the window, going back no further than the clause the date is in.</summary>
    private static Cue? ClauseCueBefore(ReadOnlySpan<char> sentenceText, List<WordToken> tokens, int at)
    {
        for (int k = Math.Min(at, tokens.Count) - 1; k >= Math.Max(0, at - ClauseWindow); k--)
        {
            int gapEnd = k + 1 < tokens.Count ? tokens[k + 1].Start : sentenceText.Length;
            if (sentenceText[tokens[k].End..gapEnd].IndexOfAny(",;:()—–") >= 0)
            {
                return null;
            }

            if (k >= at - Window)
            {
                continue;
            }

            string word = WordNormalizer.Normalize(sentenceText.Slice(tokens[k].Start, tokens[k].Length));
            if ((VerbClass.TryGetValue(word, out Cue cue) || VerbClass.TryGetValue(Stemmer.Stem(word), out cue)) && !InCompound(sentenceText, tokens, k))
            {
                return cue;
            }
        }

        return null;
    }
}
