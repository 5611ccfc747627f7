namespace Corroborate.Model;

/// <summary>A repair of scraping damage at document offsets [Start, End): what was there and what the clean text has instead.</summary>
/// <param name="Kind"><c>missing-space</c>, <c>dangling-link</c>, <c>truncation</c>, …</param>
public sealed record Repair(int Start, int End, string Kind, string Original, string Replacement);
