using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>
/// Writes a coverage matrix as a Markdown table: one row per independent source, one numbered column per fact, with
/// the facts spelled out in a numbered legend under the table so the table stays narrow.
/// </summary>
internal static class MarkdownCoverageWriter
{
    public static void Write(TextWriter output, CoverageMatrix coverage, IReadOnlyDictionary<string, Fact> facts)
    {
        if (coverage.Facts.IsEmpty || coverage.Sources.IsEmpty)
        {
            return;
        }

        output.WriteLine("### Coverage");
        output.WriteLine();
        output.WriteLine("| Source | " + string.Join(" | ", coverage.Facts.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + " |");
        output.WriteLine("|---|" + string.Concat(coverage.Facts.Select(_ => ":-:|")));
        for (int row = 0; row < coverage.Sources.Length; row++)
        {
            CoverageSource source = coverage.Sources[row];
            string copies = source.Articles.Length > 1 ? $", {source.Articles.Length} articles" : "";
            // Outlet escapes a pipe, which would otherwise end the table cell early.
            string name = $"{MarkdownBriefWriter.Outlet(source.Outlet)} (`{source.Article}`{copies})";
            output.WriteLine($"| {name} | " + string.Join(" | ", coverage.Cells[row].Select(Symbol)) + " |");
        }

        output.WriteLine();
        output.WriteLine("✓ confirmed, · not mentioned, ✗ contradicted");
        output.WriteLine();
        for (int i = 0; i < coverage.Facts.Length; i++)
        {
            string id = coverage.Facts[i];
            string text = facts.GetValueOrDefault(id) is { } fact ? $"{MarkdownReportWriter.Escape(fact.Text)} ({fact.IndependentSources} independent) " : "";
            output.WriteLine($"{i + 1}. {text}`{id}`");
        }

        output.WriteLine();
    }

    private static string Symbol(CoverageCell cell) => cell switch
    {
        CoverageCell.Confirmed => "✓",
        CoverageCell.Contradicted => "✗",
        _ => "·",
    };
}
