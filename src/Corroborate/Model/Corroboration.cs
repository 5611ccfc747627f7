using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>What the corroboration stage found in one story, in a stable order (event, then key; assessments by article).</summary>
public sealed record StoryCorroboration(
    ImmutableArray<SourceGroup> Sources,
    ImmutableArray<Fact> Facts,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<OfficeCheck> OfficeChecks,
    ImmutableArray<Assessment> Assessments)
{
    public static StoryCorroboration Empty { get; } = new([], [], [], [], []);

    /// <summary>Numbers that changed between reports of different days, oldest first (see <see cref="Update"/>).</summary>
    public ImmutableArray<Update> Updates { get; init; } = [];
}
