namespace Corroborate.Cli.Tests;

/// <summary>
/// A file name is printed through one escaping rule on stderr and in the Markdown report: an ESC or a newline in a
/// name shows as \x1b or \n, so it can neither drive the terminal nor forge a second "corroborate:" line.
/// </summary>
public class ControlCharacterNameTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";

    private const string Hostile = "red\u001b[31m\ncorroborate: forged.txt";
    private const string Shown = @"red\x1b[31m\ncorroborate: forged.txt";

    [Fact]
    public void Control_characters_in_names_are_escaped_on_stderr_and_in_the_report()
    {
        using var folder = new TempFolder();
        folder.File("news/good.txt", Story);
        folder.File("news/" + Hostile, "");
        folder.File("news/" + Hostile + ".md", "notes");
        string news = Path.Combine(folder.Path, "news");

        var outcome = CliRunner.Run("analyze", news, "--verbose");

        Assert.Equal(0, outcome.ExitCode);
        foreach (string text in new[] { outcome.Stderr, outcome.Stdout })
        {
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain("\ncorroborate: forged", text, StringComparison.Ordinal);
        }

        Assert.Contains($"corroborate: {Path.Combine(news, Shown)}: file is empty", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains($"corroborate: skipped {Path.Combine(news, Shown)}.md: not a document type", outcome.Stderr, StringComparison.Ordinal);
        // In the Markdown report the printable name is itself escaped as Markdown text (its backslashes and brackets too).
        Assert.Contains(Corroborate.Reporting.MarkdownText.Escape(Path.Combine(news, Shown)), outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_with_control_characters_is_escaped()
    {
        var outcome = CliRunner.Run("analyze", "/no/such/" + Hostile);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"corroborate: /no/such/{Shown}: no such file or folder", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', outcome.Stderr);
    }
}
