using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// What one article says, as typed mentions bound to the sentences that say it: people and their roles,
/// quantities with what they count, durations, quotes with their speakers, dates, years and vote tallies, the wire
/// agency it comes from and its stock phrases. The mentions stage reads the text once; later stages read only these. Offsets are into the article's clean text;
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

    /// <summary>Every day-precise date expression, in text order, unresolved (resolved against the article's or its event's date when used).</summary>
    public ImmutableArray<DateExpression> Dates { get; init; } = [];

    /// <summary>Days bound to a verb of starting, ending or happening, in text order.</summary>
    public ImmutableArray<HappeningDateMention> HappeningDates { get; init; } = [];

    /// <summary>Values of simple fact kinds (vote tallies, years of things), in finder order, then text order.</summary>
    public ImmutableArray<KeyedMention> Keyed { get; init; } = [];

    /// <summary>The news agency the text comes from, or null.</summary>
    public WireCredit? Wire { get; init; }

    /// <summary>Stock phrases of machine-written text, distinct, in order of first appearance.</summary>
    public ImmutableArray<string> FillerPhrases { get; init; } = [];
}
