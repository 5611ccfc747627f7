using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// What one article says, as typed mentions bound to the sentences that say it: people and their roles,
/// quantities with what they count, durations, quotes with their speakers. Offsets are into the article's clean text;
/// <c>Sentence</c> is the index into <see cref="AnalyzedArticle.Sentences"/>.
/// </summary>
public sealed record ArticleMentions(
    ImmutableArray<PersonMention> People,
    ImmutableArray<RoleMention> Roles,
    ImmutableArray<QuantityMention> Quantities,
    ImmutableArray<DurationMention> Durations,
    ImmutableArray<QuoteMention> Quotes,
    ImmutableArray<string> ReferencedOutlets)
{
    public static ArticleMentions Empty { get; } = new([], [], [], [], [], []);
}
