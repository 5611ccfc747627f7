using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>The stemmed content terms of each sentence of an article: what sentence alignment and context checks compare.</summary>
internal static class SentenceTerms
{
    public static string[][] Of(AnalyzedArticle analyzed)
    {
        if (analyzed.SentenceTerms.Length == analyzed.Sentences.Length)
        {
            return [.. analyzed.SentenceTerms];
        }

        string text = analyzed.Article.Text;
        var result = new string[analyzed.Sentences.Length][];
        var tokens = new List<WordToken>(48);
        var terms = new List<string>(32);
        for (int s = 0; s < analyzed.Sentences.Length; s++)
        {
            Sentence sentence = analyzed.Sentences[s];
            tokens.Clear();
            terms.Clear();
            WordTokenizer.Tokenize(sentence.Of(text), tokens);
            foreach (WordToken token in tokens)
            {
                string word = WordNormalizer.Normalize(text.AsSpan(sentence.Start + token.Start, token.Length));
                if (word.Length > 1 && !char.IsDigit(word[0]) && !Stopwords.Contains(word))
                {
                    terms.Add(Stemmer.Stem(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word));
                }
            }

            terms.Sort(StringComparer.Ordinal);
            result[s] = [.. terms.Distinct()];
        }

        return result;
    }

    /// <summary>How many terms two sorted, distinct term lists share.</summary>
    public static int Shared(string[] a, string[] b, string? except = null)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                if (!string.Equals(a[i], except, StringComparison.Ordinal))
                {
                    shared++;
                }

                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
