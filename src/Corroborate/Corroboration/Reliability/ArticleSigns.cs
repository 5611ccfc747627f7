namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// What an article's own text shows, worked out once per story before the assessment rounds (which only recount
/// majorities): days whose weekdays fit another calendar, and sensational words used far more than its story's other
/// reports use them (empty when not).
/// </summary>
internal sealed record ArticleSigns(IReadOnlyList<string> CalendarSlips, IReadOnlyList<string> HypeWords)
{
    public static ArticleSigns None { get; } = new([], []);
}
