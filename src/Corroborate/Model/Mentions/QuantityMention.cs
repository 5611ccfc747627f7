namespace Corroborate.Model;

/// <summary>
/// A number bound to what it counts or measures: "1,000 prisoners of war each", "at least 339 Ukrainian children",
/// "6.4 metres", "420 million euros", "30 percent".
/// </summary>
/// <param name="Value">The number as stated (multipliers applied: "420 million" = 420e6).</param>
/// <param name="Range">What the statement allows: "about 1,000" = [900, 1100], "at least 339" = [339, +inf], exact = [v, v].</param>
/// <param name="Qualifier">"at least", "more than", "about", "up to", … lower-case, or null when exact.</param>
/// <param name="Counted">What is counted or the unit, lower-case as written ("prisoners of war", "ukrainian children", "metres").</param>
/// <param name="CountedKey">A stable key for aligning across articles: the stemmed head noun or unit ("prison", "child", "metr").</param>
/// <param name="Start">Start of the whole phrase (qualifier, number and counted noun) in the clean text.</param>
public sealed record QuantityMention(double Value, ValueRange Range, string? Qualifier, string Counted, string CountedKey, int Sentence, int Start, int End);
