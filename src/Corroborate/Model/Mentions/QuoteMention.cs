namespace Corroborate.Model;

/// <summary>A quotation with its speaker when one is named or can be resolved from the previous sentence ("he said").</summary>
/// <param name="Start">Start of the quoted words (inside the quote marks) in the clean text.</param>
public sealed record QuoteMention(string? Speaker, int Sentence, int Start, int End);
