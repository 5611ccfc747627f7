namespace Corroborate.Model;

/// <summary>A person's name as written ("Volodymyr Zelenskyy", "Zelensky"), with its span in the clean text.</summary>
/// <param name="Name">The name as written, possessive "'s" dropped, whitespace single.</param>
public sealed record PersonMention(string Name, int Sentence, int Start, int End);
