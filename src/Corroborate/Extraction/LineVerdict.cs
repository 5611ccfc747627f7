using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>What becomes of one line of an article segment.</summary>
internal readonly record struct LineVerdict(LineVerdictKind Kind, RemovedKind Removed = default, string Reason = "")
{
    /// <summary>Nothing: a blank line.</summary>
    public static LineVerdict Skip => new(LineVerdictKind.Skip);

    /// <summary>The line is article text.</summary>
    public static LineVerdict Keep => new(LineVerdictKind.Keep);

    /// <summary>The line is removed as what its own kind says (<see cref="LineRemovals"/>).</summary>
    public static LineVerdict ByKind => new(LineVerdictKind.RemoveByKind);

    /// <summary>The line is removed as <paramref name="kind"/>, for <paramref name="reason"/>.</summary>
    public static LineVerdict Remove(RemovedKind kind, string reason) => new(LineVerdictKind.Remove, kind, reason);
}

internal enum LineVerdictKind
{
    Skip,
    Keep,
    Remove,
    RemoveByKind,
}
