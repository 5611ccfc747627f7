namespace Corroborate.Text.Dates;

/// <summary>How a date was written: in full in the text, or relative to the article's own date.</summary>
internal enum DateMentionKind
{
    Absolute,
    Relative,
}

/// <summary>A date found in a text, resolved to a calendar day, with its span [Start, End) in the text.</summary>
internal readonly record struct DateMention(DateOnly Date, DateMentionKind Kind, int Start, int End);
