using System.Buffers;
using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Splits clean article text into sentences with offsets. A line break always ends a sentence; inside a
/// line, '.', '!' or '?' (with any closing quotes or brackets) ends one when whitespace and a sentence
/// opener follow, unless the word before the point is an abbreviation, an initial or a dotted acronym.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\n");
    private static readonly SearchValues<char> Closers = SearchValues.Create("\"'\u201d\u2019)]\u00bb");

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "maj", "pres", "rev", "hon", "fr", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "vs", "etc", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
        "vol", "dept", "univ", "ave", "blvd", "mt", "ft", "rd",
    ], StringComparer.OrdinalIgnoreCase);

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int start = SkipSpace(text, 0);
        int i = start;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(Terminators);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] == '\n')
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i + 1);
                i = start;
                continue;
            }

            int end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' || Closers.Contains(text[end])))
            {
                end++;
            }

            if (end < text.Length && text[end] is ' ' or '\t' && IsBoundary(text, i, end))
            {
                Add(sentences, text, start, end);
                start = SkipSpace(text, end);
                i = start;
            }
            else
            {
                i = end;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int point, int afterClosers)
    {
        int next = SkipSpace(text, afterClosers);
        if (next >= text.Length)
        {
            return true;
        }

        char opener = text[next];
        bool opens = char.IsUpper(opener) || char.IsDigit(opener) || opener is '"' or '\'' or '\u201c' or '\u2018' or '(' or '[' or '-' or '\u2014';
        if (!opens)
        {
            return false;
        }

        if (text[point] != '.')
        {
            return true;
        }

        // The word before the point: an abbreviation, an initial ("J.") or a dotted acronym ("U.S.") is no sentence end.
        int wordEnd = point;
        int wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end));
        }
    }
}
