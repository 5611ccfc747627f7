using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// A stated phrase among the words of its sentence: the sentence's tokens (offsets relative to <see cref="From"/>)
/// and the first and last token the phrase covers. What the words around a value are read from.
/// </summary>
internal readonly record struct SentenceSpan(string Text, int From, List<WordToken> Tokens, int First, int Last)
{
    /// <summary>The span of [<paramref name="start"/>, <paramref name="end"/>) in the sentence, or false when no token of it is there.</summary>
    public static bool TryOf(ArticleReport article, int sentence, int start, int end, out SentenceSpan span)
    {
        string text = article.Article.Text;
        Sentence bounds = article.Analyzed.Sentences[sentence];
        int from = Math.Clamp(bounds.Start, 0, text.Length);
        int to = Math.Clamp(bounds.End, from, text.Length);
        List<WordToken> tokens = WordTokenizer.Tokenize(text.AsSpan(from, to - from));
        int first = tokens.FindIndex(t => t.End + from > start);
        if (first < 0)
        {
            span = default;
            return false;
        }

        int last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start + from < end)
        {
            last++;
        }

        span = new SentenceSpan(text, from, tokens, first, last);
        return true;
    }

    /// <summary>Token <paramref name="k"/> as written.</summary>
    public ReadOnlySpan<char> Raw(int k) => Text.AsSpan(Tokens[k].Start + From, Tokens[k].Length);

    /// <summary>Token <paramref name="k"/> normalized (lower case, quotes folded).</summary>
    public string Word(int k) => WordNormalizer.Normalize(Raw(k));
}
