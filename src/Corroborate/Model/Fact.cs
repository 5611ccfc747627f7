using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>What a fact is about.</summary>
public enum FactKind
{
    /// <summary>Role → holder ("UK prime minister" → "Keir Starmer").</summary>
    Role,

    /// <summary>Counted thing → quantity range ("prisoners of war" → 1,000).</summary>
    Quantity,

    /// <summary>Happening → how long it lasted.</summary>
    Duration,

    /// <summary>Happening → the day it happened.</summary>
    Date,

    /// <summary>A person the sources name (with a role when one is given).</summary>
    Person,

    /// <summary>Happening → where it happened.</summary>
    Place,

    /// <summary>A statement several sources make in similar sentences, aligned by sentence similarity.</summary>
    Statement,
}

/// <summary>
/// One key and one value stated by one or more articles of one event, with the sentences that state it.
/// <see cref="IndependentSources"/> counts sources after collapsing copies and shared wire origins;
/// <see cref="ReliableSources"/> counts those of them with an article not flagged unreliable: only these confirm.
/// </summary>
/// <param name="Key">What the fact is about; its text form is stable, e.g. "role:GB:prime minister", "quantity:prison", "duration", "date:start", "statement".</param>
/// <param name="Text">A readable statement of the fact, e.g. "UK prime minister: Keir Starmer"; for statements, the leading source sentence.</param>
/// <param name="Value">The value in a readable, comparable form ("Keir Starmer", "1000", "0–60 min", "2025-05-12").</param>
public sealed record Fact(
    string Id,
    string Story,
    string Event,
    FactKey Key,
    string Text,
    string Value,
    int IndependentSources,
    int ReliableSources,
    ImmutableArray<Citation> Sources)
{
    public FactKind Kind => Key.Kind;
}
