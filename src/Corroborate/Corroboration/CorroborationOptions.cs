using Corroborate.Corroboration.Reliability;

namespace Corroborate.Corroboration;

/// <summary>
/// Thresholds of the corroboration stage. Each default is explained next to it; none depends on a topic's words.
/// Set through <see cref="Pipeline.PipelineBuilder.WithCorroborationOptions"/>; checked when the pipeline is built.
/// </summary>
public sealed record CorroborationOptions
{
    public static CorroborationOptions Default { get; } = new();

    /// <summary>
    /// A relative day ("on Monday", "yesterday") more than this many days (default 30) from the article's reference
    /// date is a misread, not this happening's date; days written out are kept at any distance.
    /// </summary>
    public int MaxDaysFromReference { get; init; } = 30;

    /// <summary>Calendar units are not exact ("a year" vs "twelve months", a month of 28–31 days): durations allow this share either way (default 0.05).</summary>
    public double DurationLowFactor { get; init; } = 0.95;

    /// <inheritdoc cref="DurationLowFactor"/>
    public double DurationHighFactor { get; init; } = 1.05;

    /// <summary>Sentences with fewer content terms (default 4) are not aligned: too short to say the same thing.</summary>
    public int AlignMinTerms { get; init; } = 4;

    /// <summary>Aligned sentences share at least this many content terms (default 3)…</summary>
    public int AlignMinSharedTerms { get; init; } = 3;

    /// <summary>…at this cosine or above (default 0.5): the same statement in other words, not just the same topic.</summary>
    public double AlignMinCosine { get; init; } = 0.5;

    /// <summary>Terms in more sentences than this (default 64) do not find alignment candidates: too common to tell anything.</summary>
    public int AlignMaxPosting { get; init; } = 64;

    /// <summary>
    /// Two sentences stating counts that disagree must be about the same thing: shared terms at this cosine (default
    /// 0.35). Counts need more than other values: news states many counts of many things.
    /// </summary>
    public double CountConflictMinContext { get; init; } = 0.35;

    /// <summary>The same for durations and dates (default 0.2): a key like "start date" is narrow already.</summary>
    public double ConflictMinContext { get; init; } = 0.2;

    /// <summary>
    /// The same for dates of one named happening ("date (death)", default 0.12): the cue already says what happened, so
    /// long sentences that tell it differently need less likeness.
    /// </summary>
    public double NamedHappeningMinContext { get; init; } = 0.12;

    /// <summary>
    /// Two towns found by their preposition alone ("near Tollby") need this many shared terms around them (default 3)…
    /// </summary>
    public int TownConflictMinLocal { get; init; } = 3;

    /// <summary>…or sentences this alike (default 0.5): near-copies of one sentence with the town changed.</summary>
    public double TownConflictSureContext { get; init; } = 0.5;

    /// <summary>Shared content terms two count sentences need besides the counted noun (default 3).</summary>
    public int CountConflictMinShared { get; init; } = 3;

    /// <summary>
    /// A count sentence with at most this many content terms besides the counted noun (default 4) is short: two counts
    /// need only half its terms in common rather than <see cref="CountConflictMinShared"/> ("The report makes 27
    /// recommendations" / "The report sets out 31 recommendations").
    /// </summary>
    public int ShortCountSentenceTerms { get; init; } = 4;

    /// <summary>Shared content terms two duration sentences need (default 1).</summary>
    public int DurationConflictMinShared { get; init; } = 1;

    /// <summary>Shared content terms two date sentences need (default 2).</summary>
    public int DateConflictMinShared { get; init; } = 2;

    /// <summary>Two places for one happening need sentences sharing this many content terms (default 2).</summary>
    public int PlaceConflictMinShared { get; init; } = 2;

    /// <summary>
    /// Two values of one key that each have at least this many independent sources (default 3) are taken to be two
    /// things, not a disagreement: real news merges near-identical incidents into one event more often than three
    /// outlets on each side get one number wrong.
    /// </summary>
    public int TwoThingsFromSources { get; init; } = 3;

    /// <summary>
    /// An open range ("at least 34", "more than 15,000") confirms a value only within this ratio of its bound (default
    /// 2): "at least 11 dead" agrees with "16 dead", but "at least 34 dead" is not the "16,000" another count of the key
    /// gives, and must not hide among them from a source that says "11".
    /// </summary>
    public double OpenRangeJoinMaxRatio { get; init; } = 2;

    /// <summary>
    /// Two holders of one office each named by this many independent sources (default 3) held it in turn (an event
    /// that spans a change of government), not sources disagreeing on who holds it.
    /// </summary>
    public int RoleInTurnMinSources { get; init; } = 3;

    /// <summary>
    /// Two counts that are each their source's only value for a key disagree without alike sentences only when the
    /// larger is at most this many times the smaller (default 3): a rewrite misstates a count by a factor of two, but a
    /// count ten times another in one event is another thing counted (a team's games and a player's).
    /// </summary>
    public double SoleCountMaxRatio { get; init; } = 3;

    /// <summary>…and neither source gives more than this many distinct values for the key (default 2).</summary>
    public int SoleCountMaxValues { get; init; } = 2;

    /// <summary>…and the smaller is at least this (default 3): "two banks" and "three banks" are too often two groups.</summary>
    public double SoleCountMinValue { get; init; } = 3;

    /// <summary>How many words either side of a count are its local context (default 5).</summary>
    public int LocalWindow { get; init; } = 5;

    /// <summary>
    /// How many words from a count its anchor may stand, function words and hedges aside (default 3): two counts of one
    /// key anchored on one word ("Turnout was 73.8%", "turnout of 74.38%") are about one thing.
    /// </summary>
    public int CountAnchorReach { get; init; } = 3;

    /// <summary>Two counts are about one thing when their local contexts share at least this many terms (default 1).</summary>
    public int LocalMinShared { get; init; } = 1;

    /// <summary>…and need no sentence likeness (<see cref="CountConflictMinContext"/>) from this many (default 2).</summary>
    public int LocalSureShared { get; init; } = 2;

    /// <summary>
    /// Counts of different days are one thing that changed (an update) when this many content terms around them are
    /// shared, the counted noun aside (default 2).
    /// </summary>
    public int UpdateMinLocalShared { get; init; } = 2;

    /// <summary>A story's country (what a government title with no country named belongs to) is named at least this often (default 3)…</summary>
    public int StoryCountryMinMentions { get; init; } = 3;

    /// <summary>…and makes up at least this share of the story's country mentions (default 0.75); else roles stay open.</summary>
    public double StoryCountryMinShare { get; init; } = 0.75;

    /// <summary>How the reliability of an article is scored.</summary>
    public ReliabilityOptions Reliability { get; init; } = ReliabilityOptions.Default;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        Check(MaxDaysFromReference >= 0, nameof(MaxDaysFromReference));
        Check(DurationLowFactor is > 0 and <= 1, nameof(DurationLowFactor));
        Check(DurationHighFactor >= 1 && double.IsFinite(DurationHighFactor), nameof(DurationHighFactor));
        Check(AlignMinTerms >= 1, nameof(AlignMinTerms));
        Check(AlignMinSharedTerms >= 1, nameof(AlignMinSharedTerms));
        Check(AlignMinCosine is > 0 and <= 1, nameof(AlignMinCosine));
        Check(AlignMaxPosting >= 1, nameof(AlignMaxPosting));
        Check(CountConflictMinContext is >= 0 and <= 1, nameof(CountConflictMinContext));
        Check(ConflictMinContext is >= 0 and <= 1, nameof(ConflictMinContext));
        Check(NamedHappeningMinContext is >= 0 and <= 1, nameof(NamedHappeningMinContext));
        Check(TownConflictMinLocal >= 0, nameof(TownConflictMinLocal));
        Check(TownConflictSureContext is >= 0 and <= 1, nameof(TownConflictSureContext));
        Check(CountConflictMinShared >= 0, nameof(CountConflictMinShared));
        Check(OpenRangeJoinMaxRatio >= 1, nameof(OpenRangeJoinMaxRatio));
        Check(ShortCountSentenceTerms >= 0, nameof(ShortCountSentenceTerms));
        Check(DurationConflictMinShared >= 0, nameof(DurationConflictMinShared));
        Check(DateConflictMinShared >= 0, nameof(DateConflictMinShared));
        Check(PlaceConflictMinShared >= 0, nameof(PlaceConflictMinShared));
        Check(TwoThingsFromSources >= 2, nameof(TwoThingsFromSources));
        Check(SoleCountMaxRatio >= 1, nameof(SoleCountMaxRatio));
        Check(SoleCountMaxValues >= 1, nameof(SoleCountMaxValues));
        Check(SoleCountMinValue >= 0, nameof(SoleCountMinValue));
        Check(LocalWindow >= 1, nameof(LocalWindow));
        Check(CountAnchorReach >= 1, nameof(CountAnchorReach));
        Check(RoleInTurnMinSources >= 2, nameof(RoleInTurnMinSources));
        Check(LocalMinShared >= 0, nameof(LocalMinShared));
        Check(LocalSureShared >= LocalMinShared, nameof(LocalSureShared));
        Check(UpdateMinLocalShared >= 1, nameof(UpdateMinLocalShared));
        Check(StoryCountryMinMentions >= 1, nameof(StoryCountryMinMentions));
        Check(StoryCountryMinShare is > 0.5 and <= 1, nameof(StoryCountryMinShare));
        Reliability.Validate();
    }

    private static void Check(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, "Invalid corroboration option.");
        }
    }
}
