namespace Corroborate.Model;

/// <summary>A year bound to a thing: "the flood wall, finished in 2017".</summary>
/// <param name="Thing">The thing's stem ("wall").</param>
/// <param name="Start">Start of the phrase in the clean text.</param>
public sealed record ThingYearMention(string Thing, int Year, int Sentence, int Start, int End);
