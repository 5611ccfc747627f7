using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>How much one finding about an article weighs: see <see cref="Corroboration.Reliability.ReliabilityOptions"/>.</summary>
public enum EvidenceStrength
{
    /// <summary>A checkable claim contradicted by the record or by more independent sources; a misattributed quote; fabricated references.</summary>
    Strong,

    /// <summary>A sign that needs company: a tie, an unmatched quote, an appended summary, stock phrasing.</summary>
    Weak,

    /// <summary>Missing provenance (no outlet, no date), which scraping loses from sound reports too.</summary>
    Context,
}

/// <summary>One finding that moved an article's reliability.</summary>
/// <param name="Code">A stable kebab-case code: "office-mismatch", "contradicts-majority", "disputed",
/// "misattributed-quote", "unmatched-quote", "unverifiable-references", "appended-summary", "generic-filler", "no-outlet", "no-date".</param>
/// <param name="Text">The finding in words, a phrase that follows the article ("names X as …").</param>
/// <param name="Effect">What it moved the log-odds of the article being reliable by (negative lowers).</param>
/// <param name="Evidence">The article's sentence the finding is about, when there is one.</param>
public sealed record AssessmentReason(string Code, string Text, double Effect, EvidenceStrength Strength = EvidenceStrength.Weak, Citation? Evidence = null);

/// <summary>What an article states differently from the corroborated picture of its event.</summary>
/// <param name="Key">The fact key the article differs on.</param>
/// <param name="States">What the article says.</param>
/// <param name="Corroborated">What the other (independent) sources, or the office record, say.</param>
public sealed record Difference(FactKey Key, string States, string Corroborated, Citation Source);

/// <summary>How far an article can be trusted: a score in [0, 1] (below 0.5 = unreliable), the reasons, and what it states differently.</summary>
public sealed record Assessment(string Article, double Reliability, ImmutableArray<AssessmentReason> Reasons, ImmutableArray<Difference> Differences)
{
    public const double UnreliableBelow = 0.5;

    public bool Unreliable => Reliability < UnreliableBelow;
}
