namespace Corroborate.Model;

/// <summary>
/// How long something lasted: "less than an hour", "barely an hour", "well under two hours", "for three days".
/// </summary>
/// <param name="Minutes">The range in minutes the phrase allows ("less than an hour" = [0, 60], "barely an hour" = [45, 60]).</param>
/// <param name="OfHappening">True when the phrase says how long the happening itself lasted ("the talks lasted …",
/// "concluded barely an hour after they began"); false for delays, ages and time-ago phrases ("two hours late", "an hour ago").</param>
/// <param name="Start">Start of the duration phrase in the clean text.</param>
public sealed record DurationMention(ValueRange Minutes, string Phrase, bool OfHappening, int Sentence, int Start, int End);
