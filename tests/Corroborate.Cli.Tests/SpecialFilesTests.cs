using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary>
/// Only regular files are read, each real file and folder once: a FIFO, a device and a link loop in a folder are
/// passed over with a line on stderr, and the documents beside them are still analyzed or stored.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SpecialFilesTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";
    private const string Other = "The ferry company in Lowmere cancelled its winter crossings on Friday after a storm damaged the pier. Its manager Rune Hallet said repairs would take a month.";

    private static void MakeFifo(string path)
    {
        var made = CliRunner.Process(null, null, "mkfifo", path);
        Assert.Equal(0, made.ExitCode);
    }

    private static string[] ReadPaths(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("documents").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("path").GetString()!))];
    }

    [Fact]
    public void A_fifo_in_a_folder_is_skipped_with_a_line_and_does_not_block_the_run()
    {
        using var folder = new TempFolder();
        folder.File("news/good.txt", Story);
        MakeFifo(Path.Combine(folder.Path, "news", "pipe.txt"));

        var outcome = CliRunner.Run("analyze", Path.Combine(folder.Path, "news"), "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["good.txt"], ReadPaths(outcome.Stdout));
        Assert.Contains($"corroborate: {Path.Combine(folder.Path, "news", "pipe.txt")}: not a regular file (a named pipe); only regular files are read", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_on_its_own_is_a_diagnostic_and_exit_1()
    {
        using var folder = new TempFolder();
        string pipe = Path.Combine(folder.Path, "pipe.txt");
        MakeFifo(pipe);

        var outcome = CliRunner.Run("analyze", pipe);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"corroborate: {pipe}: not a regular file (a named pipe)", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_txt_link_to_dev_zero_is_skipped_and_the_documents_beside_it_are_stored()
    {
        using var folder = new TempFolder();
        folder.File("news/a.txt", Story);
        folder.File("news/b.txt", Other);
        string zero = Path.Combine(folder.Path, "news", "x.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");

        var analyze = CliRunner.Run("analyze", Path.Combine(folder.Path, "news"), "--format", "json");
        var ingest = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", Path.Combine(folder.Path, "news.db"));

        Assert.Equal(0, analyze.ExitCode);
        Assert.Equal(["a.txt", "b.txt"], ReadPaths(analyze.Stdout));
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("ingested 2 documents", ingest.Stdout, StringComparison.Ordinal);
        foreach (var outcome in new[] { analyze, ingest })
        {
            Assert.Contains($"corroborate: {zero}: not a regular file (a character device)", outcome.Stderr, StringComparison.Ordinal);
            CliRunner.AssertNoStackTrace(outcome);
        }
    }

    [Fact]
    public void Dev_zero_named_on_its_own_is_a_diagnostic_not_an_internal_error()
    {
        var outcome = CliRunner.Run("analyze", "/dev/zero");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("corroborate: /dev/zero: not a regular file (a character device)", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_link_loop_between_folders_ends_and_a_file_reached_twice_is_read_once()
    {
        using var folder = new TempFolder();
        folder.File("news/a/one.txt", Story);
        folder.File("news/b/two.txt", Other);
        string news = Path.Combine(folder.Path, "news");
        Directory.CreateSymbolicLink(Path.Combine(news, "a", "to-b"), "../b");
        Directory.CreateSymbolicLink(Path.Combine(news, "b", "to-a"), "../a");
        File.CreateSymbolicLink(Path.Combine(news, "again.txt"), "a/one.txt");

        var outcome = CliRunner.Run("analyze", news, "--format", "json", "--verbose");

        Assert.Equal(0, outcome.ExitCode);
        // Depth first in ordinal order: b is first reached as a/to-b, and a/one.txt comes before again.txt.
        using var json = JsonDocument.Parse(outcome.Stdout);
        string[] read = [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => Path.GetRelativePath(news, d.GetProperty("path").GetString()!))];
        Assert.Equal([Path.Combine("a", "one.txt"), Path.Combine("a", "to-b", "two.txt")], read);
        Assert.Contains($"corroborate: skipped {Path.Combine(news, "again.txt")}: the same file as {Path.Combine(news, "a", "one.txt")} (reached again through a link), read once", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains($"corroborate: skipped {Path.Combine(news, "b")}: the same folder as {Path.Combine(news, "a", "to-b")}", outcome.Stderr, StringComparison.Ordinal);

        // Without --verbose a repeat is not a problem worth a line.
        var quiet = CliRunner.Run("analyze", news, "--format", "json");
        Assert.DoesNotContain("reached again", quiet.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_subfolder_gets_a_line()
    {
        using var folder = new TempFolder();
        folder.File("news/good.txt", Story);
        folder.File("news/locked/hidden-away.txt", Other);
        string locked = Path.Combine(folder.Path, "news", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            // As root a mode of 000 does not stop reading (the test may run as root): then the folder is read, and
            // the diagnostic itself is proved by InputFilesTests.An_unreadable_subfolder_is_a_problem_not_silence.
            bool blocked = !CanList(locked);

            var outcome = CliRunner.Run("analyze", Path.Combine(folder.Path, "news"), "--format", "json");

            Assert.Equal(0, outcome.ExitCode);
            if (blocked)
            {
                Assert.Equal(["good.txt"], ReadPaths(outcome.Stdout));
                Assert.Contains($"corroborate: {locked}: cannot read the folder (permission denied); its files are not read", outcome.Stderr, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(["good.txt", "hidden-away.txt"], ReadPaths(outcome.Stdout));
                Assert.DoesNotContain("cannot read the folder", outcome.Stderr, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void Files_past_the_read_budget_are_skipped_and_named()
    {
        using var folder = new TempFolder();
        string padding = string.Concat(Enumerable.Repeat("Residents of the valley wrote letters about the bridge. ", 12_000));
        folder.File("news/a.txt", Story + "\n\n" + padding);
        folder.File("news/b.txt", Other + "\n\n" + padding);
        folder.File("news/c.txt", Story);
        string news = Path.Combine(folder.Path, "news");

        var outcome = CliRunner.Run("analyze", news, "--format", "json", "--max-total-mb", "1");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["a.txt"], ReadPaths(outcome.Stdout));
        Assert.Contains("corroborate: the run's read budget of 1 MB (--max-total-mb) is reached; 2 file(s) are skipped:", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains($"corroborate: skipped {Path.Combine(news, "b.txt")}: past the read budget", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains($"corroborate: skipped {Path.Combine(news, "c.txt")}: past the read budget", outcome.Stderr, StringComparison.Ordinal);

        var usage = CliRunner.Run("ingest", news, "--max-total-mb", "0");
        Assert.Equal(2, usage.ExitCode);
    }
}
