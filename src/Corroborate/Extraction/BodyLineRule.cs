namespace Corroborate.Extraction;

/// <summary>
/// One named decision about a line of an article body (from its first prose line on): when <see cref="Matches"/>
/// holds for line i, <see cref="Verdict"/> is what becomes of it. Tried in the order of
/// <see cref="BodyLineRules.InOrder"/>; the first that matches decides.
/// </summary>
internal sealed record BodyLineRule(string Name, Func<SegmentBody, int, bool> Matches, LineVerdict Verdict);
