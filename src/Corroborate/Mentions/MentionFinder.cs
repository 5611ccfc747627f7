using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// The mentions stage: people, roles, quantities, durations, quotes and referenced outlets of one article. Each
/// sentence is tokenized once and shared by the finders; offsets are into the article's clean text.
/// </summary>
public static class MentionFinder
{
    public static ArticleMentions Find(AnalyzedArticle article, string documentText)
    {
        string text = article.Article.Text;
        var tokens = new SentenceTokens();
        var people = new PersonFinder();
        var roles = new List<RoleFinder.Candidate>();
        var quantities = new List<QuantityMention>();
        var durations = new List<DurationMention>();
        for (int index = 0; index < article.Sentences.Length; index++)
        {
            Sentence sentence = article.Sentences[index];
            tokens.Load(text, sentence, index);
            people.Find(tokens);
            RoleFinder.Find(tokens, roles);
            QuantityFinder.Find(tokens, quantities);
            DurationFinder.Find(text, sentence, index, durations);
        }

        List<PersonMention> found = people.Result();
        var confirmed = roles
            .Where(r => !r.HolderNeedsCheck || found.Any(p => p.Name.Contains(' ', StringComparison.Ordinal) && PersonNames.SameAs(p.Name, r.Role.Holder)))
            .Select(r => r.Role)
            .ToList();

        // A duration is not also a quantity of the same words ("a three-day summit").
        quantities.RemoveAll(q => durations.Any(d => d.Start < q.End && q.Start < d.End));
        return new ArticleMentions(
            [.. found],
            [.. confirmed],
            [.. quantities],
            [.. durations],
            [.. QuoteFinder.Find(article, found)],
            [.. ReferenceListReader.Outlets(article.Article, documentText)]);
    }
}
