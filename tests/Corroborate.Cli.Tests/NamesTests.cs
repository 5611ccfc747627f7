namespace Corroborate.Cli.Tests;

/// <summary>Help, usage and messages name the command as users type it: corroborate.</summary>
public class NamesTests
{
    [Fact]
    public void Help_names_corroborate_and_its_commands()
    {
        var outcome = CliRunner.Run("--help");
        Assert.Equal(0, outcome.ExitCode);
        string help = outcome.Stdout.ReplaceLineEndings("\n");
        Assert.Contains("Usage:\n  corroborate [command] [options]", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Corroborate.Cli", help, StringComparison.Ordinal);
        foreach (string command in new[] { "analyze", "bench", "ingest", "stories", "show", "search", "export" })
        {
            Assert.Contains($"  {command}", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_command_help_shows_its_usage_line()
    {
        foreach (var (command, usage) in new[] { ("ingest", "corroborate ingest <paths>... [options]"), ("search", "corroborate search <query>... [options]"), ("show", "corroborate show <id> [options]") })
        {
            var outcome = CliRunner.Run(command, "--help");
            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains(usage, outcome.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("additional arguments", outcome.Stdout, StringComparison.Ordinal);
        }
    }
}
