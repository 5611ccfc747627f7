namespace Corroborate.Model;

/// <summary>How a role mention compares with the curated record of office holders.</summary>
public enum OfficeVerdict
{
    /// <summary>The named person held the office on the date (or, for "former", had held it and no longer did).</summary>
    Matches,

    /// <summary>The record names someone else for that date (or the "former" holder was in office then).</summary>
    Mismatch,
}

/// <summary>A role mention checked against the office holder on the article's (or its event's) date.</summary>
/// <param name="Office">The office's readable name ("Prime Minister of the United Kingdom").</param>
/// <param name="Claimed">The person the article names.</param>
/// <param name="Expected">Who the record says held the office on <see cref="Date"/>.</param>
public sealed record OfficeCheck(
    string Article,
    string Event,
    string Office,
    string Claimed,
    bool Former,
    DateOnly Date,
    string Expected,
    OfficeVerdict Verdict,
    Citation Source)
{
    /// <summary>Which way a mismatch disagrees with the record (a stale holder, "former" said of the holder, …).</summary>
    public OfficeFinding Finding { get; init; }

    /// <summary>For a stale holder, the last day of the named person's term before <see cref="Date"/>.</summary>
    public DateOnly? TermEnded { get; init; }
}
