namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// How reliability is scored: an article starts at 1 and each listed reason moves it by its effect (negative lowers).
/// The weights are set so one weak signal never sinks a genuine report below <see cref="Model.Assessment.UnreliableBelow"/>,
/// while an office-holder mismatch plus another signal does.
/// </summary>
public sealed record ReliabilityOptions
{
    public static ReliabilityOptions Default { get; } = new();

    /// <summary>Each office-holder mismatch (default -0.3)…</summary>
    public double OfficeMismatch { get; init; } = -0.3;

    /// <summary>…up to this in all (default -0.6).</summary>
    public double OfficeMismatchCap { get; init; } = -0.6;

    /// <summary>Each conflict where more independent sources say otherwise (default -0.15)…</summary>
    public double AgainstMajority { get; init; } = -0.15;

    /// <summary>…up to this in all (default -0.3).</summary>
    public double AgainstMajorityCap { get; init; } = -0.3;

    /// <summary>A conflict with as many sources on each side (default -0.05): a mark, not a verdict.</summary>
    public double Disputed { get; init; } = -0.05;

    /// <summary>A reference list citing outlets with no report in the corpus (default -0.25).</summary>
    public double UnverifiableReferences { get; init; } = -0.25;

    /// <summary>A reference list counts when it cites at least this many outlets (default 2)…</summary>
    public int MinReferences { get; init; } = 2;

    /// <summary>…and at least this share of them (default 0.5) have no report in the corpus.</summary>
    public double UnknownReferencesShare { get; init; } = 0.5;

    /// <summary>Stock phrases of machine-written text: from this many (default 2)…</summary>
    public int FillerSomeFrom { get; init; } = 2;

    /// <inheritdoc cref="FillerSomeFrom"/>
    public double FillerSome { get; init; } = -0.1;

    /// <summary>…and from this many (default 4).</summary>
    public int FillerManyFrom { get; init; } = 4;

    /// <inheritdoc cref="FillerManyFrom"/>
    public double FillerMany { get; init; } = -0.2;

    /// <summary>No outlet could be identified (default -0.05).</summary>
    public double NoOutlet { get; init; } = -0.05;

    /// <summary>No publication date (default -0.05).</summary>
    public double NoDate { get; init; } = -0.05;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        foreach (var (value, name) in new[]
        {
            (OfficeMismatch, nameof(OfficeMismatch)), (OfficeMismatchCap, nameof(OfficeMismatchCap)), (AgainstMajority, nameof(AgainstMajority)),
            (AgainstMajorityCap, nameof(AgainstMajorityCap)), (Disputed, nameof(Disputed)), (UnverifiableReferences, nameof(UnverifiableReferences)),
            (FillerSome, nameof(FillerSome)), (FillerMany, nameof(FillerMany)), (NoOutlet, nameof(NoOutlet)), (NoDate, nameof(NoDate)),
        })
        {
            if (!double.IsFinite(value) || value is > 0 or < -1)
            {
                throw new ArgumentOutOfRangeException(name, "A reliability effect lowers the score: it lies in [-1, 0].");
            }
        }

        Check(MinReferences >= 1, nameof(MinReferences));
        Check(UnknownReferencesShare is > 0 and <= 1, nameof(UnknownReferencesShare));
        Check(FillerSomeFrom >= 1, nameof(FillerSomeFrom));
        Check(FillerManyFrom >= FillerSomeFrom, nameof(FillerManyFrom));

        static void Check(bool ok, string name)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, "Invalid reliability threshold.");
            }
        }
    }
}
