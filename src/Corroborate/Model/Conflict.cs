using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>What kind of value sources disagree on.</summary>
public enum ConflictKind
{
    Role,
    Number,
    Date,
    Place,
}

/// <summary>One side of a conflict: what one article states, the phrase and the sentence it is stated in.</summary>
/// <param name="Text">The phrase as written ("UK Prime Minister Boris Johnson", "6.4 metres").</param>
/// <param name="Value">The value compared ("Boris Johnson", "6.4", "2025-05-14").</param>
/// <param name="Source">The sentence, cited in place.</param>
/// <param name="IndependentSources">How many independent sources state this side's value.</param>
/// <param name="Side">Which side of the conflict the claim is on (0, 1, …): claims of one side state compatible values
/// ("30 seconds", "around 30 seconds") that may read differently.</param>
public sealed record Claim(string Article, string? Outlet, string Text, string Value, Citation Source, int IndependentSources, int Side);

/// <summary>One key with incompatible values across the articles of one event.</summary>
/// <param name="Summary">A readable line naming the key and each side, e.g. "UK prime minister: Keir Starmer (SBS News) vs Boris Johnson (…)".</param>
/// <param name="Record">What the curated office-holder record says for role conflicts, when it covers the date; else null.</param>
public sealed record Conflict(
    string Id,
    string Story,
    string Event,
    ConflictKind Kind,
    FactKey Key,
    string Summary,
    ImmutableArray<Claim> Claims,
    string? Record);
