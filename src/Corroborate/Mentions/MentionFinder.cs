using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// The mentions stage: runs the finders over an article's clean text sentence by sentence (each sentence tokenized
/// once), then the steps that need the whole article: single-word people checked against the full names,
/// quotes with their speakers, and the outlets of a trailing reference list.
/// </summary>
public static class MentionFinder
{
    [ThreadStatic]
    private static SentenceTokens? _tokens;

    public static ArticleMentions Find(AnalyzedArticle article, string documentText)
    {
        string text = article.Article.Text;
        SentenceTokens tokens = _tokens ??= new SentenceTokens();
        var people = new PersonFinder();
        var roles = new List<RoleFinder.Candidate>();
        var quantities = new List<QuantityMention>();
        var durations = new List<DurationMention>();
        ImmutableArray<Sentence> sentences = article.Sentences;
        int wordOffset = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            tokens.Load(text, sentences[i], i, article.Words, wordOffset);
            wordOffset += tokens.Count;
            people.Find(tokens);
            RoleFinder.Find(tokens, roles);
            QuantityFinder.Find(tokens, quantities);
            DurationFinder.Find(tokens, durations);
        }

        List<PersonMention> found = people.Result();
        var known = new HashSet<int>(found.Select(static p => p.Start));
        ImmutableArray<RoleMention> confirmed = [.. roles.Where(r => !r.HolderNeedsCheck || known.Contains(r.HolderStart)).Select(static r => r.Role)];
        List<QuoteMention> quotes = text.AsSpan().ContainsAny('"', '\u201C', '\u2018') ? QuoteFinder.Find(text, sentences, found) : [];
        return new ArticleMentions(
            [.. found],
            confirmed,
            [.. quantities],
            [.. durations],
            [.. quotes],
            ReferenceListReader.Outlets(article.Article, documentText));
    }
}
