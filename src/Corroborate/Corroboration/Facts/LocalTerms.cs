using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// The content terms next to a stated value: what a number belongs to ("turnout of 74.38%", "PiS took 35.38%", "rushed
/// for 106 yards by Okafor") is said in the few words around it, not by the rest of a long sentence.
/// </summary>
internal static class LocalTerms
{
    /// <summary>The sorted, distinct stemmed terms within <paramref name="window"/> words either side of the span, in its sentence.</summary>
    public static string[] Around(ArticleReport article, int sentence, int start, int end, int window)
    {
        string text = article.Article.Text;
        Sentence bounds = article.Analyzed.Sentences[sentence];
        int from = Math.Clamp(bounds.Start, 0, text.Length);
        int to = Math.Clamp(bounds.End, from, text.Length);
        List<WordToken> tokens = WordTokenizer.Tokenize(text.AsSpan(from, to - from));
        int first = tokens.FindIndex(t => t.End + from > start);
        if (first < 0)
        {
            return [];
        }

        int last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start + from < end)
        {
            last++;
        }

        var terms = new SortedSet<string>(StringComparer.Ordinal);
        for (int k = Math.Max(0, first - window); k <= Math.Min(tokens.Count - 1, last + window); k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            string word = WordNormalizer.Normalize(text.AsSpan(tokens[k].Start + from, tokens[k].Length));
            if (TextAnalyzer.IsTermCandidate(word))
            {
                terms.Add(Stemmer.Stem(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word));
            }
        }

        return [.. terms];
    }
}
