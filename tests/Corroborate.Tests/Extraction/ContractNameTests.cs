using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

/// <summary>The kind names are a published contract: every kind has one, no two share one, and none changes.</summary>
public class ContractNameTests
{
    [Fact]
    public void Every_removed_kind_has_its_published_name_and_reads_back()
    {
        string[] published =
        [
            "caption", "credit", "share-widget", "comments", "related-links", "advertisement", "promo", "sign-in", "tags",
            "footer", "byline", "html-remnant", "timestamp", "references", "summary", "repeated", "teaser-header", "title",
            "dateline", "navigation", "source-note", "boilerplate",
        ];
        RemovedKind[] kinds = Enum.GetValues<RemovedKind>();
        Assert.Equal(published.Order(StringComparer.Ordinal), kinds.Select(ContractNames.Of).Order(StringComparer.Ordinal));
        foreach (RemovedKind kind in kinds)
        {
            Assert.True(ContractNames.TryParse(ContractNames.Of(kind), out RemovedKind back));
            Assert.Equal(kind, back);
        }
    }

    [Fact]
    public void Every_repair_kind_has_its_published_name_and_reads_back()
    {
        Assert.Equal(["missing-space", "dangling-link", "truncation"], Enum.GetValues<RepairKind>().Select(ContractNames.Of));
        foreach (RepairKind kind in Enum.GetValues<RepairKind>())
        {
            Assert.True(ContractNames.TryParse(ContractNames.Of(kind), out RepairKind back));
            Assert.Equal(kind, back);
        }
    }

    [Fact]
    public void Unknown_names_and_values_are_refused()
    {
        Assert.False(ContractNames.TryParse("Share-Widget", out RemovedKind _));
        Assert.False(ContractNames.TryParse("missing space", out RepairKind _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((RemovedKind)999));
    }
}

/// <summary>Every enum the JSON contract carries has one published name per value, and the names are distinct.</summary>
public class EveryContractEnumTests
{
    private static void AllNamed<T>(Func<T, string> name, params string[] published)
        where T : struct, Enum
    {
        Assert.Equal(published, Enum.GetValues<T>().Select(name));
        Assert.Equal(published.Length, published.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_value_has_its_published_name()
    {
        AllNamed<DocumentFormat>(ContractNames.Of, "text", "html");
        AllNamed<CopyKind>(ContractNames.Of, "exact", "near", "truncated");
        AllNamed<FactKind>(ContractNames.Of, "role", "quantity", "duration", "date", "person", "place", "statement");
        AllNamed<ConflictKind>(ContractNames.Of, "role", "number", "date", "place");
        AllNamed<OfficeVerdict>(ContractNames.Of, "matches", "mismatch");
        AllNamed<DiagnosticSeverity>(ContractNames.Of, "info", "warning", "error");
        AllNamed<CoverageCell>(ContractNames.Of, "confirmed", "not-mentioned", "contradicted");
        AllNamed<HappeningPhase>(ContractNames.Of, "start", "end", "held", "scheduled");
        AllNamed<EvidenceStrength>(ContractNames.Of, "strong", "weak", "context");
    }

    [Fact]
    public void A_value_without_a_name_is_refused_not_labelled()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractNames.Of((DocumentFormat)7));
        Assert.True(ContractNames.TryParse("html", out DocumentFormat html));
        Assert.Equal(DocumentFormat.Html, html);
    }
}
