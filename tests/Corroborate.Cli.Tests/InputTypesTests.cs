using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary>
/// Which files are read: a folder gives its .txt/.text/.htm/.html/.xhtml files and says how many others it skipped;
/// a file named on its own is always read (refused with a diagnostic when binary), and said when of another type.
/// </summary>
public class InputTypesTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";

    private static readonly byte[] Gzip = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0, 0xC2, 0x41, 0x24, 0x35, 0x03, 0, 0, 0];

    private static TempFolder Mixed()
    {
        var folder = new TempFolder();
        folder.File("news/a.txt", Story);
        folder.File("news/deep/b.HTML", "<html><body><article><h1>Bridge</h1><p>" + Story + "</p></article></body></html>");
        folder.File("news/gold.json", "{\"articles\": []}");
        folder.File("news/deep/notes.md", "# Notes\n\n" + Story);
        folder.File("news/page.html.gz", Gzip);
        folder.File("news/.hidden.txt", Story);
        return folder;
    }

    [Fact]
    public void A_folder_reads_document_types_and_counts_what_it_skipped()
    {
        using TempFolder folder = Mixed();
        string news = Path.Combine(folder.Path, "news");

        var outcome = CliRunner.Run("analyze", news, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        string[] read = [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("path").GetString()!))];
        Assert.Equal(["a.txt", "b.HTML"], read);
        Assert.Contains($"corroborate: skipped 3 files of other types in {news} (.gz, .json, .md); folders take .txt, .text, .htm, .html, .xhtml; --verbose lists them", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("gold.json", outcome.Stderr, StringComparison.Ordinal);
        // What was skipped is not a problem with the documents: the report does not list it.
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Verbose_lists_each_skipped_file()
    {
        using TempFolder folder = Mixed();
        string news = Path.Combine(folder.Path, "news");

        var analyze = CliRunner.Run("analyze", news, "--verbose", "--format", "json");
        var ingest = CliRunner.Run("ingest", news, "--verbose", "--store", Path.Combine(folder.Path, "news.db"));

        foreach (var outcome in new[] { analyze, ingest })
        {
            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains($"corroborate: skipped {Path.Combine(news, "gold.json")}: not a document type", outcome.Stderr, StringComparison.Ordinal);
            Assert.Contains($"corroborate: skipped {Path.Combine(news, "deep", "notes.md")}: not a document type", outcome.Stderr, StringComparison.Ordinal);
            Assert.Contains($"corroborate: skipped {Path.Combine(news, "page.html.gz")}: not a document type", outcome.Stderr, StringComparison.Ordinal);
            Assert.Contains($"skipped 3 files of other types in {news} (.gz, .json, .md)", outcome.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains("ingested 2 documents", ingest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_file_of_another_type_is_read_and_said_so()
    {
        using TempFolder folder = Mixed();
        string notes = Path.Combine(folder.Path, "news", "deep", "notes.md");

        var outcome = CliRunner.Run("analyze", notes, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"corroborate: {notes}: not a document type (.txt, .text, .htm, .html, .xhtml); read as text or HTML by its content", outcome.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Contains("Marrowby", json.RootElement.GetProperty("articles")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_binary_file_is_refused_with_a_diagnostic_not_read_as_text()
    {
        using TempFolder folder = Mixed();
        string gz = Path.Combine(folder.Path, "news", "page.html.gz");

        var outcome = CliRunner.Run("analyze", gz, "--format", "json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"corroborate: {gz}: file looks binary, not text or HTML", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("none of the documents could be analyzed", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_folder_with_no_document_types_says_what_it_skipped_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.File("data/one.json", "{}");
        folder.File("data/two", "plain words");
        string data = Path.Combine(folder.Path, "data");

        var outcome = CliRunner.Run("analyze", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"skipped 2 files of other types in {data} (no extension, .json)", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("no documents to analyze", outcome.Stderr, StringComparison.Ordinal);
    }
}
