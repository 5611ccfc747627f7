namespace Corroborate.Cli.Tests;

/// <summary>
/// Standard output that cannot be written — a full disk (/dev/full), a pipe whose reader is gone — is one line on
/// stderr and exit 3, whichever command writes it; what an ingest committed before stays stored.
/// </summary>
public class OutputFailureTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "Corroborate.Cli.dll");

    /// <summary>Runs corroborate through bash with its stdout redirected as <paramref name="redirect"/> says.</summary>
    private static CliRunner.Outcome RunWithStdout(string redirect, params string[] args) =>
        CliRunner.Process(null, null, "bash", ["-c", $"{redirect}; exec dotnet \"$0\" \"$@\" >&5", Cli, .. args]);

    private const string ToDevFull = "exec 5>/dev/full";

    /// <summary>
    /// A pipe with no reader left, made without any race: the FIFO is opened read-write (so the write end opens
    /// without waiting), then opened for writing, then the only read end is closed before corroborate starts.
    /// </summary>
    private static string ToClosedPipe(string fifo) => $"exec 4<>'{fifo}'; exec 5>'{fifo}'; exec 4<&-";

    private static TempFolder News()
    {
        var folder = new TempFolder();
        folder.File("news/a.txt", Story);
        return folder;
    }

    [Fact]
    public void A_report_to_a_full_disk_is_one_line_and_exit_3()
    {
        using TempFolder folder = News();

        var outcome = RunWithStdout(ToDevFull, "analyze", Path.Combine(folder.Path, "news"));

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("corroborate: cannot write the report: no space left on device\n", outcome.Stderr);
    }

    [Fact]
    public void A_report_to_a_closed_pipe_is_one_line_and_exit_3()
    {
        using TempFolder folder = News();
        string fifo = Path.Combine(folder.Path, "out.fifo");
        Assert.Equal(0, CliRunner.Process(null, null, "mkfifo", fifo).ExitCode);

        var outcome = RunWithStdout(ToClosedPipe(fifo), "analyze", Path.Combine(folder.Path, "news"), "--format", "json");

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("corroborate: cannot write the report: the reader closed the pipe (broken pipe)\n", outcome.Stderr);
    }

    [Fact]
    public void An_ingest_whose_summary_cannot_be_written_keeps_what_it_stored()
    {
        using TempFolder folder = News();
        string store = Path.Combine(folder.Path, "news.db");

        var ingest = RunWithStdout(ToDevFull, "ingest", Path.Combine(folder.Path, "news"), "--store", store);
        var stories = CliRunner.Run("stories", "--store", store);
        var export = RunWithStdout(ToDevFull, "export", "--store", store);
        var list = RunWithStdout(ToDevFull, "stories", "--store", store);

        Assert.Equal(3, ingest.ExitCode);
        Assert.Equal("corroborate: cannot write the report: no space left on device\n", ingest.Stderr);
        Assert.Equal(0, stories.ExitCode);
        Assert.Contains("Marrowby", stories.Stdout, StringComparison.Ordinal);
        foreach (var outcome in new[] { export, list })
        {
            Assert.Equal(3, outcome.ExitCode);
            Assert.Equal("corroborate: cannot write the report: no space left on device\n", outcome.Stderr);
        }
    }

    [Fact]
    public void Output_to_a_file_shared_with_a_later_writer_is_not_overwritten()
    {
        // Standard output writes at the shared file offset: two runs into one redirected file keep both reports.
        using TempFolder folder = News();
        string both = Path.Combine(folder.Path, "both.md");

        var outcome = CliRunner.Process(null, null, "bash", "-c", "{ dotnet \"$0\" analyze \"$1\"; dotnet \"$0\" analyze \"$1\"; } > \"$2\"", Cli, Path.Combine(folder.Path, "news"), both);

        Assert.Equal(0, outcome.ExitCode);
        string text = File.ReadAllText(both);
        Assert.Equal(2, text.Split("# Corroborate report").Length - 1);
    }
}
