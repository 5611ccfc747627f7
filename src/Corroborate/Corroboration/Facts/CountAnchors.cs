using System.Collections.Frozen;
using Corroborate.Lexicons;
using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// What a count is said of, read from the words right around it. Its anchors are the nearest content word before its
/// phrase and the nearest after it, within its clause ("Turnout was 73.8%" → turnout; "killed 14 people" → a death;
/// "heard 14 witnesses" → hear): two counts of one key anchored on one word are about one thing, however different
/// the rest of their sentences. Its names are the capitalised words near it ("PiS took 35.38%"): counts near different
/// names are different owners' counts.
/// </summary>
internal sealed class CountAnchors
{
    // Lexicons/count-happenings.tsv: word or stem → what happened to what is counted.
    private static readonly FrozenDictionary<string, string> Happenings =
        Lexicon.Rows("count-happenings.tsv").ToFrozenDictionary(static r => r[0], static r => r[1], StringComparer.Ordinal);

    private static readonly string[] Coordinators = ["and", "or", "but", "while", "whereas"];

    private static readonly string[] RelativeWords = ["that", "which", "who", "whom", "whose", "where"];

    // Words that tie a count to the noun before them: "turnout was", "a toll of", "stood at", "rose to".
    private static readonly string[] Links =
        ["was", "is", "were", "are", "be", "been", "of", "at", "to", "reached", "hit", "stood", "stands", "rose", "fell", "climbed", "jumped", "totalled", "totaled", "put",
         "ordered", "forced", "told", "asked", "urged", "reported", "confirmed", "left"];

    private static readonly string[] Hedges = ["least", "estimated", "nearly", "almost", "roughly", "approximately", "some", "around", "about", "over", "under", "exceeded"];

    private CountAnchors(string[] anchors, string[] names, bool background)
    {
        Anchors = anchors;
        Names = names;
        Background = background;
    }

    /// <summary>
    /// True when the count is told of another time: a month or a year without a day ("In February, a gunman killed
    /// five", "in December 2003") or a span back ("weeks after", "last year's") stands before it in its sentence, or in its clause.
    /// Background counts (an earlier quake's toll) are not this happening's.
    /// </summary>
    public bool Background { get; }

    /// <summary>Sorted, distinct; a word naming a happening is "happening:" and its class ("killed", "died" → happening:death).</summary>
    public string[] Anchors { get; }

    /// <summary>Sorted, distinct capitalised words (not the sentence's first word) near the count.</summary>
    public string[] Names { get; }

    /// <summary>True when both counts have an anchor and share one.</summary>
    public bool SharesAnchor(CountAnchors other) => SentenceTerms.Shared(Anchors, other.Anchors) > 0;

    /// <summary>True when both counts are anchored on a happening ("killed", "injured") and on no happening in common.</summary>
    public bool DifferentHappenings(CountAnchors other)
    {
        string[] mine = Anchors.Where(static a => a.StartsWith("happening:", StringComparison.Ordinal)).ToArray();
        string[] theirs = other.Anchors.Where(static a => a.StartsWith("happening:", StringComparison.Ordinal)).ToArray();
        return mine.Length > 0 && theirs.Length > 0 && SentenceTerms.Shared(mine, theirs) == 0;
    }

    /// <summary>True when both counts stand near names and share none of them.</summary>
    public bool RivalNames(CountAnchors other) => Names.Length > 0 && other.Names.Length > 0 && SentenceTerms.Shared(Names, other.Names) == 0;

    /// <summary>The anchors (at most <paramref name="reach"/> words away) and names (within <paramref name="window"/> words) of a span.</summary>
    public static CountAnchors Of(ArticleReport article, int sentence, int start, int end, int reach, int window)
    {
        if (!SentenceSpan.TryOf(article, sentence, start, end, out SentenceSpan span))
        {
            return new CountAnchors([], [], false);
        }

        (string text, int from, List<WordToken> tokens, int first, int last) = (span.Text, span.From, span.Tokens, span.First, span.Last);
        var anchors = new SortedSet<string>(StringComparer.Ordinal);
        if (Nearest(span, first, -1, reach, measure: false) is { } before)
        {
            anchors.Add(before);
        }

        string lastWord = span.Word(last);
        // The noun after a measure qualifies it only when the measure is attributive, a determiner before it: "a R212
        // million tender", not "€40m goes to schools".
        bool attributive = first > 0 && span.Word(first - 1) is "a" or "an" or "the" or "its" or "their";
        bool measure = attributive && (lastWord.Any(char.IsAsciiDigit) || NumberParser.Multiplier(lastWord) > 0 || Units.TryMeasure(lastWord, out _));
        if (Nearest(span, last, +1, reach, measure) is { } after)
        {
            anchors.Add(after);
        }

        // A name owns a count only from within its clause: "in the commune of Limache, had killed 11 people" says
        // nothing of whose count it is, and a place named beside a count across a comma is not a rival owner.
        var names = new SortedSet<string>(StringComparer.Ordinal);
        int lowest = first, highest = last;
        while (lowest - 1 >= Math.Max(1, first - window) && !ClauseMarkBetween(span, lowest - 1, lowest))
        {
            lowest--;
        }

        while (highest + 1 <= Math.Min(tokens.Count - 1, last + window) && !ClauseMarkBetween(span, highest, highest + 1))
        {
            highest++;
        }

        for (int k = lowest; k <= highest; k++)
        {
            int at = tokens[k].Start + from;
            string word = span.Word(k);
            if ((k < first || k > last) && char.IsUpper(text[at]) && !Stopwords.Contains(word) && !NameWords.IsCalendar(word))
            {
                names.Add(word);
            }
        }

        return new CountAnchors([.. anchors], [.. names], OtherTime(span, article.Article.Published?.Year));
    }

    /// <summary>Whether a comma, colon, bracket, quote or dash stands between tokens <paramref name="k"/> and <paramref name="k"/> + 1.</summary>
    private static bool ClauseMarkBetween(SentenceSpan span, int k, int next)
    {
        (string text, int from, List<WordToken> tokens) = (span.Text, span.From, span.Tokens);
        return text.AsSpan(from + tokens[k].End, tokens[next].Start - tokens[k].End).IndexOfAny(",;:()[]—–\"“”") >= 0;
    }

    private static bool OtherTime(SentenceSpan span, int? ownYear)
    {
        (string text, int from, List<WordToken> tokens, int first, int last) = (span.Text, span.From, span.Tokens, span.First, span.Last);
        string Word(int k) => span.Word(k);
        ReadOnlySpan<char> Raw(int k) => span.Raw(k);
        bool IsDay(int k) => k >= 0 && k < tokens.Count && Word(k) is { Length: <= 4 } w && w.TrimEnd("stndrh".ToCharArray()) is { Length: >= 1 and <= 2 } d && d.All(char.IsAsciiDigit);

        // Before the count anywhere in its sentence; after it only up to the end of its clause, and not into a relative
        // clause, which tells of the noun it follows ("presented 17 witnesses in a trial that began in August 2024").
        int end = last;
        while (end + 1 < tokens.Count && text.AsSpan(from + tokens[end].End, tokens[end + 1].Start - tokens[end].End).IndexOfAny(",;:()—–") < 0
            && !RelativeWords.Contains(Word(end + 1)))
        {
            end++;
        }

        for (int k = 0; k <= end; k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            string word = Word(k);
            // A month is capitalised ("may" and "march" are verbs); a year is four bare digits ("2,000" is a count), and
            // the article's own year is no other time.
            bool bareMonth = char.IsUpper(Raw(k)[0]) && NameWords.IsMonth(word) && !IsDay(k - 1) && !IsDay(k + 1);
            bool bareYear = Raw(k).Length == 4 && int.TryParse(Raw(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                && year is >= 1900 and <= 2099 && year != ownYear && !(k > 0 && NameWords.IsMonth(Word(k - 1)) && IsDay(k - 2))
                && !(k > 1 && NameWords.IsMonth(Word(k - 2)) && IsDay(k - 1));
            bool spanBack = k > 0 && ((word is "after" or "before" or "ago" or "earlier" && Units.TryTime(Word(k - 1), out _))
                || (Word(k - 1) is "last" or "previous" && Units.TryTime(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word, out _)));
            if (bareMonth || bareYear || spanBack)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The anchor from token <paramref name="edge"/> in direction <paramref name="step"/>, not across a clause mark: the
    /// first content word that names a happening ("killed 14 people", "14 people have died"); before the count, a word
    /// the count is linked to by a copula or a preposition ("Turnout was 73.8%", "a turnout of 74.38%", "the toll rose
    /// to 41"); after a <paramref name="measure"/> (a sum, a unit, a reading), the noun right after it ("a R212 million
    /// tender"). Any other word next to a count ("scored nine goals", "404 yards rushing") says too little of which
    /// count it is.
    /// </summary>
    private static string? Nearest(SentenceSpan span, int edge, int step, int reach, bool measure)
    {
        (string text, int from, List<WordToken> tokens) = (span.Text, span.From, span.Tokens);
        bool linked = false;
        // Only content words count toward the reach: "over 5,000 homes have been completely destroyed" is anchored on
        // its verb however many auxiliaries and adverbs stand between. The walk still ends at a clause mark, and after
        // three times the reach in any words.
        for (int k = edge + step, seen = 0, walked = 0; k >= 0 && k < tokens.Count && seen < reach && walked < 3 * reach; k += step, walked++)
        {
            // The gap between this word and the one nearer the count: a comma, colon, bracket, quote or dash ends the clause.
            int gapStart = step < 0 ? tokens[k].End : tokens[k - 1].End;
            int gapEnd = step < 0 ? tokens[k + 1].Start : tokens[k].Start;
            if (text.AsSpan(from + gapStart, gapEnd - gapStart).IndexOfAny(",;:()[]—–\"“”") >= 0)
            {
                return null;
            }

            string word = span.Word(k);
            if (Coordinators.Contains(word))
            {
                return null;
            }

            // A noun right after the count is what it measures ("a magnitude 6.8 earthquake", "a R212 million tender").
            if (measure && step > 0 && walked == 0 && TextAnalyzer.IsTermCandidate(word) && char.IsLower(text[from + tokens[k].Start])
                && !NameWords.IsCalendar(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !Links.Contains(word))
            {
                string noun = Stemmer.Stem(word);
                return Happenings.TryGetValue(word, out string? named) || Happenings.TryGetValue(noun, out named) ? "happening:" + named : noun;
            }

            if (Links.Contains(word))
            {
                linked = true;
                continue;
            }

            // Function words, hedges and adverbs stand between a count and what it is said of ("at least", "nearly").
            if (!TextAnalyzer.IsTermCandidate(word) || word.EndsWith("ly", StringComparison.Ordinal) || Hedges.Contains(word))
            {
                continue;
            }

            seen++;

            string stem = Stemmer.Stem(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);
            if (Happenings.TryGetValue(word, out string? happening) || Happenings.TryGetValue(stem, out happening))
            {
                return "happening:" + happening;
            }

            return step < 0 && linked ? stem : null;
        }

        return null;
    }
}
