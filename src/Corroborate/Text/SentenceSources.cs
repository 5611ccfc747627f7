using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>Maps each sentence of an article to its span in the document and checks that the document says it verbatim.</summary>
internal static class SentenceSources
{
    public static ImmutableArray<SourceSpan> Of(AnalyzedArticle analyzed, string documentText)
    {
        Article article = analyzed.Article;
        var spans = ImmutableArray.CreateBuilder<SourceSpan>(analyzed.Sentences.Length);
        foreach (Sentence sentence in analyzed.Sentences)
        {
            var (start, end) = article.Map.ToSource(sentence.Start, sentence.End);
            bool verbatim = end <= documentText.Length && SameIgnoringWhitespace(sentence.Of(article.Text), documentText.AsSpan(start, end - start));
            spans.Add(new SourceSpan(start, end, verbatim));
        }

        return spans.MoveToImmutable();
    }

    private static bool SameIgnoringWhitespace(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
