using System.Text;
using System.Text.Json;

namespace Corroborate.Cli.Tests;

public class AnalyzeBadInputTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds. Residents had campaigned for a decade.";

    [Fact]
    public void A_missing_path_gets_one_clear_line_and_a_nonzero_exit()
    {
        var outcome = CliRunner.Run("analyze", "/no/such/place/news");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no such file or folder", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Bad_documents_get_diagnostics_while_the_good_ones_are_still_analyzed()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", Story);
        folder.File("empty.txt", "");
        folder.File("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        folder.File("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners in Tr\u00e8ves protested on Monday against the new parking fees. The mayor said the fees would stay."));
        using (var big = new FileStream(Path.Combine(folder.Path, "huge.txt"), FileMode.Create))
        {
            big.SetLength(200L * 1024 * 1024);
        }

        var outcome = CliRunner.Run("analyze", folder.Path, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        CliRunner.AssertNoStackTrace(outcome);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var codes = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("path").GetString()!), d => d.GetProperty("diagnostics").EnumerateArray().Select(x => x.GetProperty("code").GetString()).ToArray());
        Assert.Contains("empty-file", codes["empty.txt"]);
        Assert.Contains("binary-file", codes["binary.txt"]);
        Assert.Contains("too-large", codes["huge.txt"]);
        Assert.Contains("encoding-fallback", codes["latin1.txt"]);
        var texts = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Contains(texts, t => t.Contains("Marrowby", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Caf\u00e9 owners", StringComparison.Ordinal));
        Assert.Contains("huge.txt", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_unusable_documents_give_a_nonzero_exit()
    {
        using var folder = new TempFolder();
        folder.File("empty.txt", "");
        var outcome = CliRunner.Run("analyze", folder.Path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("none of the documents could be analyzed", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void An_unwritable_output_file_is_a_clear_error()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", Story);
        var outcome = CliRunner.Run("analyze", folder.Path, "--out", "/proc/no-such-dir/report.md");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("cannot write", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_folder_of_thousands_of_files_is_analyzed_in_full()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 2000; i++)
        {
            folder.File($"batch/{i / 100:D2}/doc{i:D4}.txt", $"Report number {i} from the valley. " + Story);
        }

        string report = Path.Combine(folder.Path, "out.json");
        var outcome = CliRunner.Run("analyze", folder.Path, "--format", "json", "--out", report);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(2000, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(2000, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var outcome = CliRunner.Run("analyze", ".", "--format", "pdf");
        Assert.NotEqual(0, outcome.ExitCode);
        CliRunner.AssertNoStackTrace(outcome);
    }
}
