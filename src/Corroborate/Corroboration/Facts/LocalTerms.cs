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
        if (!SentenceSpan.TryOf(article, sentence, start, end, out SentenceSpan span))
        {
            return [];
        }

        (List<WordToken> tokens, int first, int last) = (span.Tokens, span.First, span.Last);
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        for (int k = Math.Max(0, first - window); k <= Math.Min(tokens.Count - 1, last + window); k++)
        {
            if (k >= first && k <= last)
            {
                continue;
            }

            string word = span.Word(k);
            if (TextAnalyzer.IsTermCandidate(word))
            {
                terms.Add(Stemmer.Stem(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word));
            }
        }

        return [.. terms];
    }
}
