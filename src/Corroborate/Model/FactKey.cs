namespace Corroborate.Model;

/// <summary>
/// What a fact, a conflict or a difference is about, as a typed value: one record type per shape of key, so no key is
/// ever taken apart from a string. <see cref="Text"/> is the key's stable form in the JSON contract
/// ("role:GB:prime minister", "quantity:people", "date:start"); <see cref="Words"/> is how a reader sees it.
/// Keys are equal when they are of one type with equal parts.
/// </summary>
public abstract record FactKey
{
    /// <summary>The fact kind of values under this key (a vote tally is a quantity; the year of a thing is a date).</summary>
    public abstract FactKind Kind { get; }

    /// <summary>The contract form of the key: the value of "key" in the JSON.</summary>
    public abstract string Text { get; }

    /// <summary>The key in words, for summaries: "prime minister (GB)", "start date", "year of wall".</summary>
    public virtual string Words => Text;

    public sealed override string ToString() => Text;

    /// <summary>Keys compared by their contract text: what groups statements, so two keys that print alike are one key.</summary>
    public static IEqualityComparer<FactKey> TextComparer { get; } = new ByText();

    private sealed class ByText : IEqualityComparer<FactKey>
    {
        public bool Equals(FactKey? x, FactKey? y) => string.Equals(x?.Text, y?.Text, StringComparison.Ordinal);

        public int GetHashCode(FactKey key) => StringComparer.Ordinal.GetHashCode(key.Text);
    }
}

/// <summary>A role in a jurisdiction (an ISO country code, a body id, a phrase as written, or none).</summary>
public sealed record RoleKey(string? Jurisdiction, string Title) : FactKey
{
    public override FactKind Kind => FactKind.Role;

    public override string Text => $"role:{Jurisdiction ?? "-"}:{Title}";

    public override string Words => Jurisdiction is null ? Title : $"{Title} ({Jurisdiction})";
}

/// <summary>A counted or measured thing, by the class of its counted noun ("people", "metres") or its stem.</summary>
public sealed record QuantityKey(string Counted) : FactKey
{
    public override FactKind Kind => FactKind.Quantity;

    public override string Text => "quantity:" + Counted;

    public override string Words => Counted;
}

/// <summary>The tally of a vote ("21-20"): a quantity, whatever words the outlets use.</summary>
public sealed record VoteKey : FactKey
{
    public override FactKind Kind => FactKind.Quantity;

    public override string Text => "vote";
}

/// <summary>How long the happening lasted.</summary>
public sealed record DurationKey : FactKey
{
    public override FactKind Kind => FactKind.Duration;

    public override string Text => "duration";
}

/// <summary>Which part of a happening a day is bound to: its start, its end, or the happening as a whole.</summary>
public enum HappeningPhase
{
    Start,
    End,
    Held,

    /// <summary>The day the happening is planned for ("will meet on Friday"): apart from the days it happened.</summary>
    Scheduled,
}

/// <summary>
/// The day a happening began, ended or took place; <paramref name="Happening"/> names what happened when the cue says
/// it ("death" for "was shot on", "award" for "was presented on"), so two happenings of one sentence ("riots on the
/// 13th over the killing on the 6th") are not one day in dispute. Null for general cues ("took place", "met").
/// </summary>
public sealed record HappeningDateKey(HappeningPhase Phase, string? Happening = null) : FactKey
{
    public override FactKind Kind => FactKind.Date;

    public override string Text => Happening is null ? "date:" + ContractNames.Of(Phase) : $"date:{ContractNames.Of(Phase)}:{Happening}";

    public override string Words => (Phase == HappeningPhase.Held ? "date" : ContractNames.Of(Phase) + " date") + (Happening is null ? "" : $" ({Happening})");
}

/// <summary>The year a thing was finished, built or opened, by the thing's stem.</summary>
public sealed record ThingYearKey(string Thing) : FactKey
{
    public override FactKind Kind => FactKind.Date;

    public override string Text => "year:" + Thing;

    public override string Words => "year of " + Thing;
}

/// <summary>A person the sources name, by name key.</summary>
public sealed record PersonKey(string Name) : FactKey
{
    public override FactKind Kind => FactKind.Person;

    public override string Text => "person:" + Name;
}

/// <summary>A statement aligned across sources by sentence similarity.</summary>
public sealed record StatementKey : FactKey
{
    public override FactKind Kind => FactKind.Statement;

    public override string Text => "statement";
}

/// <summary>An office of the curated office-holder record, by its readable name: what an office check differs on.</summary>
public sealed record OfficeKey(string Office) : FactKey
{
    public override FactKind Kind => FactKind.Role;

    public override string Text => "office:" + Office;
}

/// <summary>
/// Where the happening took place: "place" as a whole, or by what kind of place is named ("place:stadium" for a
/// venue's name, "place:court town" for the town a venue is in).
/// </summary>
public sealed record PlaceKey(string? Of = null) : FactKey
{
    public override FactKind Kind => FactKind.Place;

    public override string Text => Of is null ? "place" : "place:" + Of;

    public override string Words => Of ?? "place";
}
