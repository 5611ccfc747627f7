using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// Quotations in double quotes (straight or curly) and in single curly quotes holding three or more words, with
/// their speaker: a person next to a speech verb ("X said", "said X", "according to X", "X told reporters"), or a
/// "he/she said" resolved to the last person named in the sentence or the two before it.
/// </summary>
public sealed class QuoteFinder : MentionFinder
{
    internal override IEnumerable<Type> Needs => [typeof(PeopleFinder)];

    internal override void FindInArticle(MentionScan scan) =>
        scan.Quotes = scan.Text.AsSpan().ContainsAny('"', '\u201C', '\u2018') ? Find(scan.Text, scan.Sentences, scan.People) : [];

    private const int MaxQuoteChars = 2000;

    // How far from its quote a speaker is looked for inside a sentence: "said X" and "X told reporters" stand next to
    // the quote, and loading a whole sentence of thousands of quotes for each of them was quadratic.
    private const int SpeakerWindowChars = 400;

    /// <summary>The part of <paramref name="sentence"/> within <see cref="SpeakerWindowChars"/> of the quote, starting at a word.</summary>
    private static Sentence Around(string text, Sentence sentence, int quoteStart, int quoteEnd)
    {
        int from = Math.Max(sentence.Start, quoteStart - 1 - SpeakerWindowChars);
        if (from > sentence.Start)
        {
            int space = text.AsSpan(from, quoteStart - 1 - from).IndexOfAny(' ', '\n', '\t');
            from = space < 0 ? quoteStart - 1 : from + space + 1;
        }

        int to = Math.Min(sentence.End, quoteEnd + 1 + SpeakerWindowChars);
        if (to < sentence.End)
        {
            int space = text.AsSpan(quoteEnd + 1, to - quoteEnd - 1).LastIndexOfAny(' ', '\n', '\t');
            to = space < 0 ? quoteEnd + 1 : quoteEnd + 1 + space;
        }

        return new Sentence(Math.Max(sentence.Start, Math.Min(from, quoteStart)), Math.Max(to, Math.Min(sentence.End, quoteEnd)));
    }

    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "added", "stated", "according", "warned", "noted", "wrote", "insisted", "argued", "asked",
        "declared", "announced", "explained", "tweeted", "posted", "claimed", "stressed", "urged", "replied", "responded",
    ], StringComparer.Ordinal);

    /// <summary>People looked at while finding speakers on this thread, so tests can check the work grows with the quotes, not quotes × people.</summary>
    [ThreadStatic]
    private static long t_candidates;

    internal static long SpeakerCandidates => t_candidates;

    internal static List<QuoteMention> Find(string text, IReadOnlyList<Sentence> sentences, List<PersonMention> list)
    {
        var people = new PeopleByStart(list);
        var quotes = new List<QuoteMention>();
        var tokens = new SentenceTokens();
        foreach ((int start, int end) in Spans(text))
        {
            int sentence = SentenceAt(sentences, start);
            int closing = SentenceAt(sentences, Math.Min(end, text.Length - 1));
            string? speaker = null;
            for (int si = closing; si >= sentence && si >= 0 && speaker is null; si--)
            {
                Sentence window = Around(text, sentences[si], start, end);
                tokens.Load(text, window, si);
                speaker = Speaker(tokens, start, end, people, sentences);
            }

            quotes.Add(new QuoteMention(speaker, Math.Max(0, sentence), start, end));
        }

        return quotes;
    }

    /// <summary>Quoted spans (inside the marks), paired within a paragraph.</summary>
    private static IEnumerable<(int Start, int End)> Spans(string text)
    {
        int open = -1;
        char expected = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && open >= 0 && (i + 1 < text.Length && text[i + 1] == '\n'))
            {
                open = -1;
            }

            if (open < 0)
            {
                if (c is '"' or '\u201C' or '\u2018' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    open = i;
                    expected = c switch { '\u201C' => '\u201D', '\u2018' => '\u2019', _ => '"' };
                }

                continue;
            }

            if (c == expected && (expected != '\u2019' || i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
            {
                int start = open + 1;
                open = -1;
                if (i - start is > 0 and <= MaxQuoteChars && (expected != '\u2019' || WordCount(text.AsSpan(start, i - start)) >= 3))
                {
                    yield return (start, i);
                }
            }
            else if (i - open > MaxQuoteChars)
            {
                open = -1;
            }
        }
    }

    private static string? Speaker(SentenceTokens s, int quoteStart, int quoteEnd, PeopleByStart people, IReadOnlyList<Sentence> sentences)
    {
        for (int m = 0; m < s.Count; m++)
        {
            if (s.Start(m) >= quoteStart && s.Start(m) < quoteEnd || !SpeechVerbs.Contains(s.Lower(m)))
            {
                continue;
            }

            if (m > 0 && s.Lower(m - 1) is "he" or "she")
            {
                return LastPersonBefore(people, s.Start(m - 1), sentences, s.Index);
            }

            // The name just before the verb ends after the word before it, so it starts in the loaded window.
            int previousEnd = m > 0 ? s.End(m - 1) : s.Start(m);
            PersonMention? before = people.LastStartingIn(s.Sentence.Start, s.Start(m), previousEnd,
                p => p.End <= s.Start(m) && (p.End < quoteStart || p.Start >= quoteEnd));
            if (before is not null && s.Lower(m) != "according")
            {
                return before.Name;
            }

            int limit = Math.Min(s.Count - 1, m + 6);
            PersonMention? after = people.FirstStartingIn(s.End(m) + 1, s.End(limit), p => p.Start >= quoteEnd || p.End <= quoteStart);
            if (after is not null)
            {
                return after.Name;
            }
        }

        return null;
    }

    private static string? LastPersonBefore(PeopleByStart people, int offset, IReadOnlyList<Sentence> sentences, int sentence)
    {
        int from = sentences[Math.Max(0, sentence - 2)].Start;
        return people.LastStartingIn(from, offset, int.MinValue, static _ => true)?.Name;
    }

    /// <summary>
    /// The article's people ordered by where they start, so a speaker is looked for among the names near the speech
    /// verb: scanning every person of the article for every quote made a paragraph of thousands of quotes by thousands
    /// of people quadratic.
    /// </summary>
    private sealed class PeopleByStart(List<PersonMention> people)
    {
        private readonly PersonMention[] _people = [.. people.OrderBy(p => p.Start)];

        /// <summary>
        /// The last person (by start) starting in [<paramref name="from"/>, <paramref name="before"/>) and ending at or
        /// after <paramref name="minEnd"/> that matches. Names do not overlap, so their ends are in order too and the
        /// search stops at the first that ends too early.
        /// </summary>
        public PersonMention? LastStartingIn(int from, int before, int minEnd, Func<PersonMention, bool> match)
        {
            for (int i = FirstStartingAtOrAfter(before) - 1; i >= 0 && _people[i].Start >= from && _people[i].End >= minEnd; i--)
            {
                t_candidates++;
                if (match(_people[i]))
                {
                    return _people[i];
                }
            }

            return null;
        }

        /// <summary>The first person (by start) starting in [<paramref name="from"/>, <paramref name="through"/>] that matches.</summary>
        public PersonMention? FirstStartingIn(int from, int through, Func<PersonMention, bool> match)
        {
            for (int i = FirstStartingAtOrAfter(from); i < _people.Length && _people[i].Start <= through; i++)
            {
                t_candidates++;
                if (match(_people[i]))
                {
                    return _people[i];
                }
            }

            return null;
        }

        private int FirstStartingAtOrAfter(int offset)
        {
            int lo = 0;
            int hi = _people.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (_people[mid].Start < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    private static int SentenceAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0;
        int hi = sentences.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static int WordCount(ReadOnlySpan<char> span)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in span)
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
