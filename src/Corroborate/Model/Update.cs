namespace Corroborate.Model;

/// <summary>One value of an update as one article states it, on the day the article speaks for.</summary>
/// <param name="Text">The phrase as written ("six people", "R4.2 million").</param>
/// <param name="Value">The value compared ("6", "4200000").</param>
/// <param name="Event">The event of the article that states it.</param>
/// <param name="Date">The day the article speaks for (its publication date, else its event's date).</param>
/// <param name="Source">The sentence, cited in place.</param>
public sealed record UpdateValue(string Article, string? Outlet, string Text, string Value, string Event, DateOnly Date, Citation Source);

/// <summary>
/// A number of one story that changed between two reports of different days (a toll that rose, a count revised):
/// not a disagreement between sources but the story moving on, so it is reported apart from conflicts.
/// </summary>
/// <param name="Summary">A readable line: "people: six people (Outlet A, 2026-03-02) → 14 people (Outlet B, 2026-03-04)".</param>
public sealed record Update(string Id, string Story, FactKey Key, string Summary, UpdateValue Old, UpdateValue New);
