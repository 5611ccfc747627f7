namespace Corroborate.Model;

/// <summary>
/// One value of one key, as an article states it: what the finder of a simple fact kind emits (a vote tally, the year
/// a thing was built). Corroboration turns each into a statement as it is — aligned across sources, clustered by
/// value, checked for conflicts — so a new fact kind needs only its finder and its key.
/// </summary>
/// <param name="Value">The comparable value ("21-20", "2017").</param>
/// <param name="Range">The values the statement allows, for numbers and dates; null when values compare as text.</param>
/// <param name="Start">Start of the phrase that states it, in the article's clean text.</param>
public sealed record KeyedMention(FactKey Key, string Value, ValueRange? Range, int Sentence, int Start, int End);
