using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>
/// The working state of the mentions stage for one article: what it reads (the article, its clean text, the document)
/// and what the finders have found so far. Finders later in the list read what earlier ones found (quotes read the
/// people, roles are confirmed against them).
/// </summary>
internal sealed class MentionScan
{
    public MentionScan(AnalyzedArticle article, string documentText)
    {
        Article = article;
        DocumentText = documentText;
    }

    public AnalyzedArticle Article { get; }

    /// <summary>The article's clean text: every offset of a mention is into it.</summary>
    public string Text => Article.Article.Text;

    public ImmutableArray<Sentence> Sentences => Article.Sentences;

    /// <summary>The decoded document the article comes from (a reference list may sit below the article's end).</summary>
    public string DocumentText { get; }

    public PersonFinder PeopleSoFar { get; } = new();

    public List<PersonMention> People { get; set; } = [];

    public List<RoleFinder.Candidate> RoleCandidates { get; } = [];

    /// <summary>Towns found by their preposition, kept once the people are known (<see cref="LocalityFinder"/>).</summary>
    public List<KeyedMention> LocalityCandidates { get; } = [];

    public ImmutableArray<RoleMention> Roles { get; set; } = [];

    public List<QuantityMention> Quantities { get; } = [];

    public List<DurationMention> Durations { get; } = [];

    public List<QuoteMention> Quotes { get; set; } = [];

    public ImmutableArray<string> ReferencedOutlets { get; set; } = [];

    public List<DateExpression> Dates { get; set; } = [];

    public List<HappeningDateMention> HappeningDates { get; } = [];

    public List<KeyedMention> Keyed { get; } = [];

    public WireCredit? Wire { get; set; }

    public List<string> FillerPhrases { get; set; } = [];

    public ArticleMentions Result() =>
        new([.. People], Roles, [.. Quantities], [.. Durations], [.. Quotes], ReferencedOutlets)
        {
            Dates = [.. Dates],
            HappeningDates = [.. HappeningDates],
            Keyed = [.. Keyed],
            Wire = Wire,
            FillerPhrases = [.. FillerPhrases],
        };
}
