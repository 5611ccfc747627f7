namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// How reliability is scored. Each finding about an article is evidence of one of three strengths, and each strength
/// moves the article's log-odds of being reliable by a fixed weight from a prior that trusts it:
/// <list type="bullet">
/// <item><b>strong</b>: one checkable fact the record or more independent sources contradict, a quote another source
/// gives to someone else, a reference list of outlets that never reported;</item>
/// <item><b>weak</b>: a tie (as many independent sources on each side), a quote no other source has from a speaker on
/// whose words two other sources agree, an appended bullet summary, stock machine-written phrasing;</item>
/// <item><b>context</b>: no outlet, no date (scrapers lose both from sound reports).</item>
/// </list>
/// The defaults are set so that two strong findings, or one strong and two weak, put an article below
/// <see cref="Model.Assessment.UnreliableBelow"/>, and no single finding of any strength does, with no sum landing on
/// the line itself: one strong alone leaves 0.67, one strong and one weak 0.52, two strong 0.31. Disagreements with
/// other sources alone never flag (<see cref="MajorityOnlyFloor"/>).
/// </summary>
public sealed record ReliabilityOptions
{
    public static ReliabilityOptions Default { get; } = new();

    /// <summary>The log-odds of an article with no findings being reliable (default 2.2, a score of 0.90).</summary>
    public double PriorLogOdds { get; init; } = 2.2;

    /// <summary>What each strong finding takes from the log-odds (default 1.5).</summary>
    public double Strong { get; init; } = 1.5;

    /// <summary>What each weak finding takes (default 0.6).</summary>
    public double Weak { get; init; } = 0.6;

    /// <summary>What each missing piece of provenance takes (default 0.3).</summary>
    public double Context { get; init; } = 0.3;

    /// <summary>
    /// The lowest log-odds an article reaches when its only findings are disagreements with other sources and missing
    /// provenance (default 0.1, a score of 0.525: above the line). Set it below zero to let majorities alone flag.
    /// </summary>
    public double MajorityOnlyFloor { get; init; } = 0.1;

    /// <summary>
    /// Majority contradictions lift <see cref="MajorityOnlyFloor"/> when at least this many (default 2) come from sources
    /// published within <see cref="SameHappeningDays"/> of the article: dates then say it reports the same happening.
    /// </summary>
    public int DatedContradictionsToFlag { get; init; } = 2;

    /// <summary>
    /// Publication dates this many days apart or fewer (default 4) tie two reports to one happening: the span within
    /// which the story index keeps dated articles in one event (<c>StoryIndexOptions.EventDateToleranceDays</c> 5).
    /// </summary>
    public int SameHappeningDays { get; init; } = 4;

    /// <summary>
    /// Days written with a weekday the calendar does not give them at the article's date are strong evidence of a text
    /// written for another date from this many (default 2); fewer are a weak sign (a typo).
    /// </summary>
    public int CalendarSlipsToStrong { get; init; } = 2;

    /// <summary>
    /// Sensational wording (Lexicons/hype-words.txt) is weak evidence when an article uses at least this many different
    /// such words (default 3)…
    /// </summary>
    public int HypeFrom { get; init; } = 3;

    /// <summary>…at least this many times as often (default 3) as the median of the story's other reports…</summary>
    public double HypeOverStory { get; init; } = 3;

    /// <summary>…counting that median as no less than this share of words (default 0.002, one word in 500).</summary>
    public double HypeRateFloor { get; init; } = 0.002;

    /// <summary>A reference list counts when it cites at least this many outlets (default 2)…</summary>
    public int MinReferences { get; init; } = 2;

    /// <summary>…and at least this share of them (default 0.5) have no report in the corpus.</summary>
    public double UnknownReferencesShare { get; init; } = 0.5;

    /// <summary>Stock phrases of machine-written text count as weak evidence from this many (default 2).</summary>
    public int FillerFrom { get; init; } = 2;

    /// <summary>A quotation is compared with others when it has at least this many content words (default 4).</summary>
    public int QuoteMinWords { get; init; } = 4;

    /// <summary>Two quotations are the same words when this share of the shorter one's content words is in the other (default 0.6).</summary>
    public double QuoteSameShare { get; init; } = 0.6;

    /// <summary>At most this many assessment rounds (default 4): each round counts majorities without the articles the last one flagged.</summary>
    public int MaxRounds { get; init; } = 4;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        foreach (var (value, name) in new[]
        {
            (PriorLogOdds, nameof(PriorLogOdds)), (Strong, nameof(Strong)), (Weak, nameof(Weak)), (Context, nameof(Context)),
        })
        {
            if (!double.IsFinite(value) || value is < 0 or > 50)
            {
                throw new ArgumentOutOfRangeException(name, "A reliability weight is a log-odds amount in [0, 50].");
            }
        }

        Check(CalendarSlipsToStrong >= 1, nameof(CalendarSlipsToStrong));
        Check(HypeFrom >= 1, nameof(HypeFrom));
        Check(HypeOverStory >= 1, nameof(HypeOverStory));
        Check(HypeRateFloor is > 0 and < 1, nameof(HypeRateFloor));
        Check(MinReferences >= 1, nameof(MinReferences));
        Check(UnknownReferencesShare is > 0 and <= 1, nameof(UnknownReferencesShare));
        Check(FillerFrom >= 1, nameof(FillerFrom));
        Check(MaxRounds >= 1, nameof(MaxRounds));
        Check(double.IsFinite(MajorityOnlyFloor), nameof(MajorityOnlyFloor));
        Check(DatedContradictionsToFlag >= 1, nameof(DatedContradictionsToFlag));
        Check(SameHappeningDays >= 0, nameof(SameHappeningDays));
        Check(QuoteMinWords >= 1, nameof(QuoteMinWords));
        Check(QuoteSameShare is > 0 and <= 1, nameof(QuoteSameShare));

        static void Check(bool ok, string name)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, "Invalid reliability threshold.");
            }
        }
    }

    /// <summary>The log-odds weight of one finding of <paramref name="strength"/>.</summary>
    public double WeightOf(Model.EvidenceStrength strength) => strength switch
    {
        Model.EvidenceStrength.Strong => Strong,
        Model.EvidenceStrength.Weak => Weak,
        _ => Context,
    };
}
