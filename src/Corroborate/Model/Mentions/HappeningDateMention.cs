namespace Corroborate.Model;

/// <summary>
/// A day bound to what happened on it: a date expression next to a verb of starting ("opened on 12 May"), ending
/// ("concluded on Wednesday") or happening ("met on Monday"). The day itself is resolved at corroboration, against the
/// article's (or its event's) date.
/// </summary>
/// <param name="Happening">What happened, when the cue names it ("death", "award"); null for general cues.</param>
public sealed record HappeningDateMention(HappeningPhase Phase, DateExpression When, int Sentence, string? Happening = null);
