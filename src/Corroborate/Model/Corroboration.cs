using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>What the corroboration stage found across all stories, in a stable order (story, event, key).</summary>
public sealed record CorroborationResult(
    ImmutableArray<SourceGroup> Sources,
    ImmutableArray<Fact> Facts,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<OfficeCheck> OfficeChecks,
    ImmutableArray<Assessment> Assessments)
{
    public static CorroborationResult Empty { get; } = new([], [], [], [], []);
}
