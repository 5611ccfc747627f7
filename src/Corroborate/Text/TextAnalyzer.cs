using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>The text stage: sentences, normalized words, stemmed terms and names of one article, in one pass per sentence.</summary>
internal static class TextAnalyzer
{
    public static AnalyzedArticle Analyze(Article article)
    {
        string text = article.Text;
        List<Sentence> sentences = SentenceSplitter.Split(text);
        var words = ImmutableArray.CreateBuilder<string>(text.Length / 6 + 1);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new List<WordToken>(64);
        var sentenceTerms = new string[sentences.Count][];
        var termsOfSentence = new List<string>(32);
        int sentenceIndex = 0;

        foreach (Sentence sentence in sentences)
        {
            tokens.Clear();
            WordTokenizer.Tokenize(sentence.Of(text), tokens);
            for (int k = 0; k < tokens.Count; k++)
            {
                tokens[k] = new WordToken(tokens[k].Start + sentence.Start, tokens[k].End + sentence.Start);
            }

            foreach (WordToken token in tokens)
            {
                string word = WordNormalizer.Normalize(text.AsSpan(token.Start, token.Length));
                words.Add(word);
                if (IsTermCandidate(word))
                {
                    string term = Stemmer.Stem(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);
                    terms[term] = terms.GetValueOrDefault(term) + 1;
                    termsOfSentence.Add(term);
                }
            }

            termsOfSentence.Sort(StringComparer.Ordinal);
            sentenceTerms[sentenceIndex++] = DistinctSorted(termsOfSentence);
            termsOfSentence.Clear();

            NameFinder.Find(text, sentence, tokens, names);
        }

        return new AnalyzedArticle(article, [.. sentences], words.ToImmutable(), Sorted(terms), Sorted(names))
        {
            SentenceTerms = ImmutableArray.Create(sentenceTerms),
        };
    }

    private static string[] DistinctSorted(List<string> sorted)
    {
        int distinct = 0;
        for (int k = 0; k < sorted.Count; k++)
        {
            if (k == 0 || !string.Equals(sorted[k], sorted[k - 1], StringComparison.Ordinal))
            {
                distinct++;
            }
        }

        var result = new string[distinct];
        int at = 0;
        for (int k = 0; k < sorted.Count; k++)
        {
            if (k == 0 || !string.Equals(sorted[k], sorted[k - 1], StringComparison.Ordinal))
            {
                result[at++] = sorted[k];
            }
        }

        return result;
    }

    internal static bool IsTermCandidate(string word) =>
        word.Length > 1 && !char.IsDigit(word[0]) && !Stopwords.Contains(word);

    private static ImmutableArray<TermCount> Sorted(Dictionary<string, int> counts)
    {
        var list = new TermCount[counts.Count];
        int i = 0;
        foreach (var (term, count) in counts)
        {
            list[i++] = new TermCount(term, count);
        }

        Array.Sort(list, static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return ImmutableArray.Create(list);
    }
}
