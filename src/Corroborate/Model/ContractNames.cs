using System.Collections.Frozen;

namespace Corroborate.Model;

/// <summary>
/// The names under which kinds appear in reports and the JSON contract: the one place that spells them, for every enum
/// the contract carries. Writers print <c>Of(value)</c>; readers of stored or exported text map back with
/// <c>TryParse</c>. A name, once published, never changes: clients filter on it. A new enum value without a name fails
/// the contract-name tests, so a third input format cannot silently be labelled "text".
/// </summary>
public static class ContractNames
{
    private static readonly NameTable<RemovedKind> Removed = new(
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
        (RemovedKind.Boilerplate, "boilerplate"));

    private static readonly NameTable<RepairKind> Repairs = new(
        (RepairKind.MissingSpace, "missing-space"),
        (RepairKind.DanglingLink, "dangling-link"),
        (RepairKind.Truncation, "truncation"));

    private static readonly NameTable<DocumentFormat> Formats = new(
        (DocumentFormat.PlainText, "text"),
        (DocumentFormat.Html, "html"));

    private static readonly NameTable<CopyKind> Copies = new(
        (CopyKind.Exact, "exact"),
        (CopyKind.Near, "near"),
        (CopyKind.Truncated, "truncated"));

    private static readonly NameTable<FactKind> Facts = new(
        (FactKind.Role, "role"),
        (FactKind.Quantity, "quantity"),
        (FactKind.Duration, "duration"),
        (FactKind.Date, "date"),
        (FactKind.Person, "person"),
        (FactKind.Place, "place"),
        (FactKind.Statement, "statement"));

    private static readonly NameTable<ConflictKind> Conflicts = new(
        (ConflictKind.Role, "role"),
        (ConflictKind.Number, "number"),
        (ConflictKind.Date, "date"),
        (ConflictKind.Place, "place"));

    private static readonly NameTable<OfficeVerdict> Verdicts = new(
        (OfficeVerdict.Matches, "matches"),
        (OfficeVerdict.Mismatch, "mismatch"));

    private static readonly NameTable<DiagnosticSeverity> Severities = new(
        (DiagnosticSeverity.Info, "info"),
        (DiagnosticSeverity.Warning, "warning"),
        (DiagnosticSeverity.Error, "error"));

    private static readonly NameTable<CoverageCell> Cells = new(
        (CoverageCell.Confirmed, "confirmed"),
        (CoverageCell.NotMentioned, "not-mentioned"),
        (CoverageCell.Contradicted, "contradicted"));

    private static readonly NameTable<HappeningPhase> Phases = new(
        (HappeningPhase.Start, "start"),
        (HappeningPhase.End, "end"),
        (HappeningPhase.Held, "held"),
        (HappeningPhase.Scheduled, "scheduled"));

    private static readonly NameTable<EvidenceStrength> Strengths = new(
        (EvidenceStrength.Strong, "strong"),
        (EvidenceStrength.Weak, "weak"),
        (EvidenceStrength.Context, "context"));

    /// <summary>The contract name of a removed-block kind ("share-widget").</summary>
    public static string Of(RemovedKind kind) => Removed.Of(kind);

    /// <summary>The contract name of a repair kind ("missing-space").</summary>
    public static string Of(RepairKind kind) => Repairs.Of(kind);

    /// <summary>The contract name of a document format ("text", "html").</summary>
    public static string Of(DocumentFormat format) => Formats.Of(format);

    /// <summary>The contract name of a copy kind ("exact", "near", "truncated").</summary>
    public static string Of(CopyKind kind) => Copies.Of(kind);

    /// <summary>The contract name of a fact kind ("role", "quantity", …).</summary>
    public static string Of(FactKind kind) => Facts.Of(kind);

    /// <summary>The contract name of a conflict kind ("role", "number", "date", "place").</summary>
    public static string Of(ConflictKind kind) => Conflicts.Of(kind);

    /// <summary>The contract name of an office-check verdict ("matches", "mismatch").</summary>
    public static string Of(OfficeVerdict verdict) => Verdicts.Of(verdict);

    /// <summary>The contract name of a diagnostic severity ("info", "warning", "error").</summary>
    public static string Of(DiagnosticSeverity severity) => Severities.Of(severity);

    /// <summary>The contract name of a coverage cell ("confirmed", "not-mentioned", "contradicted").</summary>
    public static string Of(CoverageCell cell) => Cells.Of(cell);

    /// <summary>The contract name of a happening's phase, as in the key "date:start".</summary>
    public static string Of(HappeningPhase phase) => Phases.Of(phase);

    /// <summary>The contract name of a reliability finding's strength ("strong", "weak", "context").</summary>
    public static string Of(EvidenceStrength strength) => Strengths.Of(strength);

    /// <summary>The removed-block kind a contract name stands for (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out RemovedKind kind) => Removed.TryParse(name, out kind);

    /// <summary>The repair kind a contract name stands for (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out RepairKind kind) => Repairs.TryParse(name, out kind);

    /// <summary>The document format a contract name stands for (the store keeps its own column form, the enum member name).</summary>
    public static bool TryParse(string name, out DocumentFormat format) => Formats.TryParse(name, out format);

    /// <summary>The happening phase a name stands for ("start", "end", "held").</summary>
    public static bool TryParse(string name, out HappeningPhase phase) => Phases.TryParse(name, out phase);

    /// <summary>The copy kind a contract name stands for.</summary>
    public static bool TryParse(string name, out CopyKind kind) => Copies.TryParse(name, out kind);

    /// <summary>One enum's names, both ways.</summary>
    private sealed class NameTable<T>
        where T : struct, Enum
    {
        private readonly FrozenDictionary<T, string> _names;
        private readonly FrozenDictionary<string, T> _values;

        public NameTable(params (T Value, string Name)[] pairs)
        {
            _names = pairs.ToFrozenDictionary(p => p.Value, p => p.Name);
            _values = pairs.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        }

        public string Of(T value) =>
            _names.TryGetValue(value, out string? name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"A {typeof(T).Name} without a contract name.");

        public bool TryParse(string name, out T value) => _values.TryGetValue(name, out value);
    }
}
