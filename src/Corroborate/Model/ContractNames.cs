using System.Collections.Frozen;

namespace Corroborate.Model;

/// <summary>
/// The names under which kinds appear in reports and the JSON contract: the one place that spells them. Writers
/// print <see cref="Of(RemovedKind)"/>; readers of stored or exported text map back with the <c>TryParse</c> methods.
/// A name, once published, never changes: clients filter on it.
/// </summary>
public static class ContractNames
{
    private static readonly (RemovedKind Kind, string Name)[] RemovedNames =
    [
        (RemovedKind.Caption, "caption"),
        (RemovedKind.Credit, "credit"),
        (RemovedKind.ShareWidget, "share-widget"),
        (RemovedKind.Comments, "comments"),
        (RemovedKind.RelatedLinks, "related-links"),
        (RemovedKind.Advertisement, "advertisement"),
        (RemovedKind.Promo, "promo"),
        (RemovedKind.SignIn, "sign-in"),
        (RemovedKind.Tags, "tags"),
        (RemovedKind.Footer, "footer"),
        (RemovedKind.Byline, "byline"),
        (RemovedKind.HtmlRemnant, "html-remnant"),
        (RemovedKind.Timestamp, "timestamp"),
        (RemovedKind.References, "references"),
        (RemovedKind.Summary, "summary"),
        (RemovedKind.Repeated, "repeated"),
        (RemovedKind.TeaserHeader, "teaser-header"),
        (RemovedKind.Title, "title"),
        (RemovedKind.Dateline, "dateline"),
        (RemovedKind.Navigation, "navigation"),
        (RemovedKind.SourceNote, "source-note"),
        (RemovedKind.Boilerplate, "boilerplate"),
    ];

    private static readonly (RepairKind Kind, string Name)[] RepairNames =
    [
        (RepairKind.MissingSpace, "missing-space"),
        (RepairKind.DanglingLink, "dangling-link"),
        (RepairKind.Truncation, "truncation"),
    ];

    private static readonly FrozenDictionary<RemovedKind, string> RemovedToName = RemovedNames.ToFrozenDictionary(p => p.Kind, p => p.Name);
    private static readonly FrozenDictionary<string, RemovedKind> NameToRemoved = RemovedNames.ToFrozenDictionary(p => p.Name, p => p.Kind, StringComparer.Ordinal);
    private static readonly FrozenDictionary<RepairKind, string> RepairToName = RepairNames.ToFrozenDictionary(p => p.Kind, p => p.Name);
    private static readonly FrozenDictionary<string, RepairKind> NameToRepair = RepairNames.ToFrozenDictionary(p => p.Name, p => p.Kind, StringComparer.Ordinal);

    /// <summary>The contract name of a removed-block kind ("share-widget").</summary>
    public static string Of(RemovedKind kind) =>
        RemovedToName.TryGetValue(kind, out string? name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "A removed-block kind without a contract name.");

    /// <summary>The contract name of a repair kind ("missing-space").</summary>
    public static string Of(RepairKind kind) =>
        RepairToName.TryGetValue(kind, out string? name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "A repair kind without a contract name.");

    /// <summary>The removed-block kind a contract name stands for (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out RemovedKind kind) => NameToRemoved.TryGetValue(name, out kind);

    /// <summary>The repair kind a contract name stands for (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out RepairKind kind) => NameToRepair.TryGetValue(name, out kind);
}
