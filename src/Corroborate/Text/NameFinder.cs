using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Finds names as runs of capitalized words ("Ada Quist", "Marrowby"). A capitalized function
/// word ("The", "But") breaks a run; a lone capitalized word that opens a sentence is not taken as a name,
/// since capitalization there says nothing.
/// </summary>
internal static class NameFinder
{
    public static void Find(string text, Sentence sentence, List<WordToken> words, Dictionary<string, int> counts)
    {
        int runStart = -1;
        int runLength = 0;
        for (int k = 0; k <= words.Count; k++)
        {
            bool capital = k < words.Count && IsNameWord(text, words[k]);
            if (capital)
            {
                if (runStart < 0)
                {
                    runStart = k;
                    runLength = 0;
                }

                runLength++;
                continue;
            }

            if (runStart >= 0)
            {
                bool opensSentence = words[runStart].Start == sentence.Start || IsQuoteOpened(text, sentence.Start, words[runStart].Start);
                if (!(opensSentence && runLength == 1))
                {
                    string name = Join(text, words, runStart, runLength);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }

                runStart = -1;
            }
        }
    }

    private static bool IsQuoteOpened(string text, int sentenceStart, int wordStart) =>
        wordStart - sentenceStart <= 2 && text.AsSpan(sentenceStart, wordStart - sentenceStart).Trim().Length == wordStart - sentenceStart;

    private static bool IsNameWord(string text, WordToken word)
    {
        ReadOnlySpan<char> span = text.AsSpan(word.Start, word.Length);
        if (!char.IsUpper(span[0]))
        {
            return false;
        }

        // Shouted words ("BREAKING", "REUTERS") are not names unless short like acronyms ("NATO", "US").
        if (span.Length > 5 && !span.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        return !Stopwords.Contains(WordNormalizer.Normalize(span));
    }

    private static string Join(string text, List<WordToken> words, int start, int length)
    {
        var parts = new string[length];
        for (int k = 0; k < length; k++)
        {
            string w = WordNormalizer.Normalize(text.AsSpan(words[start + k].Start, words[start + k].Length));
            parts[k] = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        }

        return string.Join(' ', parts);
    }
}
