namespace Corroborate.Cli.Tests;

/// <summary>--out FILE that cannot be written: exit 3 and a line naming the user's path (never the temp file), before any work.</summary>
public class OutputFileTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";

    [Fact]
    public void A_missing_folder_is_named_and_no_temp_file_is_shown()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Story);
        string report = Path.Combine(folder.Path, "no-such-dir", "report.json");

        var outcome = CliRunner.Run("analyze", folder.Path, "--out", report);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal($"corroborate: cannot write {report}: folder {Path.Combine(folder.Path, "no-such-dir")} does not exist\n", outcome.Stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(".tmp-", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void A_relative_path_in_a_missing_folder_is_named_as_given()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Story);
        var outcome = CliRunner.RunIn(folder.Path, null, "analyze", "a.txt", "--out", "out/report.md");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("cannot write out/report.md: folder out does not exist", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_not_a_report_file()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Story);
        var outcome = CliRunner.Run("analyze", folder.Path, "--out", folder.Path);
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains($"cannot write {folder.Path}: it is a folder", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Show_and_export_say_the_same()
    {
        using TempFolder folder = StoreNews.Folder();
        string store = Path.Combine(folder.Path, "news.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store).ExitCode);
        string report = Path.Combine(folder.Path, "missing", "out.jsonl");

        var export = CliRunner.Run("export", "--store", store, "--out", report);
        var show = CliRunner.Run("show", "S0", "--store", store, "--out", report);

        foreach (var outcome in new[] { export, show })
        {
            Assert.Equal(3, outcome.ExitCode);
            Assert.Contains($"cannot write {report}: folder {Path.Combine(folder.Path, "missing")} does not exist", outcome.Stderr, StringComparison.Ordinal);
        }
    }
}
