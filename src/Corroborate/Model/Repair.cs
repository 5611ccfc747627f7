namespace Corroborate.Model;

/// <summary>A repair of scraping damage at document offsets [Start, End): what was there and what the clean text has instead.</summary>
/// <param name="Kind">What was repaired (a missing space, a dangling link remnant, a truncation); written out by its <see cref="ContractNames"/> name.</param>
public sealed record Repair(int Start, int End, RepairKind Kind, string Original, string Replacement);
