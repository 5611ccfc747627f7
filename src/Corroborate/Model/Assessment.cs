using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>One reason that moved an article's reliability, with how much it moved it (negative lowers).</summary>
/// <param name="Code">A stable kebab-case code: "office-mismatch", "contradicts-majority", "unverifiable-references", "generic-filler", "no-outlet", "no-date".</param>
public sealed record AssessmentReason(string Code, string Text, double Effect);

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
