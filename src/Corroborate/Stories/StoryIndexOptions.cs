namespace Corroborate.Stories;

/// <summary>
/// Thresholds of story and event clustering. The defaults were chosen on a coarse grid on ECB+ (pairs of
/// look-alike stories per topic, through the command: B-cubed F1 0.867 at 0.17 / 1.5 / 0.4 with 20 lookup
/// terms and short-form name aliases, a plateau of 0.85–0.87 around it)
/// and on fictional bundles; none depends on a topic's words.
/// </summary>
public sealed record StoryIndexOptions
{
    /// <summary>
    /// Minimum cosine between an article and a story centroid to join it. Lower merges more; on ECB+ the
    /// useful range is about 0.15–0.30, since single-topic news shares many content terms.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.17;

    /// <summary>
    /// Multiplier of a name's weight against a plain term: names (people, places, organisations) are the
    /// strongest evidence that two articles report the same happening, and the only one that separates two
    /// look-alike stories ("actor enters rehab") about different people.
    /// </summary>
    public double NameBoost { get; init; } = 1.5;

    /// <summary>
    /// Factor applied to the score when the article's leading names are all absent from a story that has
    /// leading names of its own: same kind of news, other people.
    /// </summary>
    public double NameMismatchPenalty { get; init; } = 0.4;

    /// <summary>How many leading names of the article and the story are compared by <see cref="NameMismatchPenalty"/>.</summary>
    public int LeadingNames { get; init; } = 5;

    /// <summary>How many of the article's most informative features are looked up in the inverted index.</summary>
    public int LookupTerms { get; init; } = 20;

    /// <summary>Most recent stories kept per term or name in the inverted index: bounds the cost of a lookup.</summary>
    public int PostingCap { get; init; } = 48;

    /// <summary>Candidates (ranked by posting hits) scored by full cosine against their centroid.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>Features kept in a story centroid; the weakest are pruned so a large story costs no more than a small one.</summary>
    public int CentroidTerms { get; init; } = 150;

    /// <summary>
    /// When both the article and the story have dates, the article must fall within this many days of the
    /// story's date range: the same words a year later are usually another story.
    /// </summary>
    public int TimeWindowDays { get; init; } = 30;

    /// <summary>
    /// Two event dates this many days apart or more (default 5) are different happenings (talks two weeks apart);
    /// closer dates are one happening reported on successive days (a strike, an outbreak, a live blog's days).
    /// </summary>
    public int EventDateToleranceDays { get; init; } = 5;

    /// <summary>An undated article takes a full date as its event day only when it names it this many times (default 2).</summary>
    public int UndatedEventDateMinMentions { get; init; } = 2;

    /// <summary>
    /// A cue-less article whose best event similarity falls below this starts its own event; kept low because
    /// articles of one event differ in wording much more than events differ in topic.
    /// </summary>
    public double EventJoinThreshold { get; init; } = 0.05;

    /// <summary>
    /// Days before publication within which a date mentioned in the text can be the article's event date (default 1:
    /// "yesterday"). Earlier days a dated article mentions are background (the outbreak began on Friday, the first
    /// round was last week); the publication day says which happening it reports.
    /// </summary>
    public int EventDateLookbackDays { get; init; } = 1;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        Check(JoinThreshold is > 0 and <= 1, nameof(JoinThreshold));
        Check(NameBoost > 0, nameof(NameBoost));
        Check(NameMismatchPenalty is >= 0 and <= 1, nameof(NameMismatchPenalty));
        Check(LeadingNames >= 0, nameof(LeadingNames));
        Check(LookupTerms >= 1, nameof(LookupTerms));
        Check(PostingCap >= 1, nameof(PostingCap));
        Check(MaxCandidates >= 1, nameof(MaxCandidates));
        Check(CentroidTerms >= 1, nameof(CentroidTerms));
        Check(TimeWindowDays >= 0, nameof(TimeWindowDays));
        Check(EventDateToleranceDays >= 0, nameof(EventDateToleranceDays));
        Check(UndatedEventDateMinMentions >= 1, nameof(UndatedEventDateMinMentions));
        Check(EventJoinThreshold is >= 0 and <= 1, nameof(EventJoinThreshold));
        Check(EventDateLookbackDays >= 0, nameof(EventDateLookbackDays));

        static void Check(bool ok, string name)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, "Invalid story clustering option.");
            }
        }
    }
}
