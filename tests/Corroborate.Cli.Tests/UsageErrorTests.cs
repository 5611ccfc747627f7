namespace Corroborate.Cli.Tests;

/// <summary>Bad command lines: exit 2, one clear line (with a suggestion when one is close), nothing run, nothing on stdout.</summary>
public class UsageErrorTests
{
    private const string Story = "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge. Council leader Ada Quist said the work would start in spring and cost about 4 million pounds.";

    private static void AssertUsageError(CliRunner.Outcome outcome, string expected)
    {
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_mistyped_short_option_is_not_read_as_a_path()
    {
        using var folder = new TempFolder();
        string news = folder.File("news/a.txt", Story);
        var outcome = CliRunner.RunIn(folder.Path, null, "analyze", "news", "-o", "out.json");
        AssertUsageError(outcome, "corroborate: unknown option '-o' for corroborate analyze; did you mean --out?");
        Assert.Contains("see 'corroborate analyze --help'", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "out.json")));
        Assert.True(File.Exists(news));
    }

    [Fact]
    public void A_misspelled_long_option_gets_a_suggestion()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Story);
        AssertUsageError(CliRunner.Run("analyze", folder.Path, "--fromat", "json"), "unknown option '--fromat' for corroborate analyze; did you mean --format?");
        AssertUsageError(CliRunner.Run("search", "bridge", "--limt", "3"), "unknown option '--limt' for corroborate search; did you mean --limit?");
        AssertUsageError(CliRunner.Run("stories", "--sinse", "2025-01-01"), "unknown option '--sinse' for corroborate stories; did you mean --since?");
        AssertUsageError(CliRunner.Run("export", "--stroe", "x.db"), "did you mean --store?");
    }

    [Fact]
    public void An_option_with_no_close_match_says_how_to_pass_a_path_that_starts_with_a_dash()
    {
        var outcome = CliRunner.Run("analyze", "-x");
        AssertUsageError(outcome, "unknown option '-x' for corroborate analyze (a file or folder whose name starts with '-' can be written ./-x, or after --)");
    }

    [Fact]
    public void A_path_that_starts_with_a_dash_is_read_after_double_dash_or_as_dot_slash()
    {
        using var folder = new TempFolder();
        folder.File("-x.txt", Story);

        var afterDashes = CliRunner.RunIn(folder.Path, null, "analyze", "--format", "json", "--", "-x.txt");
        Assert.Equal(0, afterDashes.ExitCode);
        Assert.Contains("Marrowby", afterDashes.Stdout, StringComparison.Ordinal);

        var dotSlash = CliRunner.RunIn(folder.Path, null, "analyze", "./-x.txt", "--format", "json");
        Assert.Equal(0, dotSlash.ExitCode);
        Assert.Contains("Marrowby", dotSlash.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_not_a_path()
    {
        AssertUsageError(CliRunner.Run("analyze", "-"), "'-' (standard input) is not supported by corroborate analyze");
    }

    [Fact]
    public void An_unknown_command_lists_the_commands_or_suggests_the_close_one()
    {
        var unknown = CliRunner.Run("frobnicate");
        AssertUsageError(unknown, "corroborate: unknown command 'frobnicate'; the commands are analyze, bench, ingest, stories, show, search, export");
        Assert.Contains("see 'corroborate --help'", unknown.Stderr, StringComparison.Ordinal);

        var close = CliRunner.Run("analyse", "samples");
        AssertUsageError(close, "unknown command 'analyse'; did you mean analyze?");
        Assert.DoesNotContain("'samples'", close.Stderr, StringComparison.Ordinal);

        AssertUsageError(CliRunner.Run("--frobnicate"), "unknown option '--frobnicate' for corroborate");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        AssertUsageError(CliRunner.Run(), "no command given; the commands are analyze, bench, ingest, stories, show, search, export");
    }

    [Fact]
    public void Extra_arguments_to_a_command_that_takes_none_are_errors()
    {
        AssertUsageError(CliRunner.Run("stories", "bridge"), "unexpected argument 'bridge' for corroborate stories");
        AssertUsageError(CliRunner.Run("show", "S1", "S2"), "unexpected argument 'S2' for corroborate show");
    }

    [Fact]
    public void Missing_and_bad_values_are_usage_errors()
    {
        AssertUsageError(CliRunner.Run("analyze"), "Required argument 'paths' missing for command: 'analyze'");
        AssertUsageError(CliRunner.Run("analyze", ".", "--format", "pdf"), "--format: Argument 'pdf' not recognized. Must be one of: 'markdown' 'json'");
        AssertUsageError(CliRunner.Run("analyze", ".", "--format"), "Required argument missing for option: '--format'");
        AssertUsageError(CliRunner.Run("analyze", ""), "a path is empty");
        AssertUsageError(CliRunner.Run("analyze", ".", "--out", ""), "--out: the value is empty");
        AssertUsageError(CliRunner.Run("search", "bridge", "--limit", "abc"), "--limit: 'abc' is not a whole number");
        AssertUsageError(CliRunner.Run("search", "bridge", "--limit", "0"), "--limit must be at least 1");
        AssertUsageError(CliRunner.Run("search", "bridge", "--store", ""), "--store: the value is empty");
        AssertUsageError(CliRunner.Run("ingest", ".", "--batch-size", "0"), "--batch-size must be at least 1");
        AssertUsageError(CliRunner.Run("show", " "), "the story or article id is empty");
        AssertUsageError(CliRunner.Run("stories", "--since", "yesterday"), "--since: 'yesterday' is not a date (YYYY-MM-DD)");
        AssertUsageError(CliRunner.Run("bench", "--articles", "lots"), "--articles: 'lots' is not a positive whole number");
        AssertUsageError(CliRunner.Run("bench", "--store", "postgres"), "--store postgres needs --pg");
    }

    [Fact]
    public void An_empty_or_wordless_search_is_a_usage_error()
    {
        AssertUsageError(CliRunner.Run("search", ""), "search: the query has no words to look for");
        AssertUsageError(CliRunner.Run("search", "  "), "search: the query has no words to look for");
        AssertUsageError(CliRunner.Run("search", "!?"), "search: the query has no words to look for");
        AssertUsageError(CliRunner.Run("search"), "Required argument 'query' missing for command: 'search'");
    }

    [Fact]
    public void Unquoted_words_are_one_query()
    {
        using TempFolder folder = StoreNews.Folder();
        string store = Path.Combine(folder.Path, "news.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store).ExitCode);

        var quoted = CliRunner.Run("search", "bakeries rival", "--store", store);
        var unquoted = CliRunner.Run("search", "bakeries", "rival", "--store", store);

        Assert.Equal(0, unquoted.ExitCode);
        Assert.Contains("Greywater Bakeries buys its rival Sunloaf", unquoted.Stdout, StringComparison.Ordinal);
        Assert.Equal(quoted.Stdout, unquoted.Stdout);
    }

    [Fact]
    public void Help_wins_over_mistakes_and_goes_to_stdout()
    {
        var outcome = CliRunner.Run("analyze", "-o", "--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:\n  corroborate analyze <paths>... [options]", outcome.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("", outcome.Stderr);
    }

    [Theory]
    [InlineData("o", "--out")]
    [InlineData("fromat", "--format")]
    [InlineData("frmat", "--format")]
    [InlineData("show-remove", "--show-removed")]
    public void Suggestions_take_prefixes_and_small_typos(string typed, string expected)
    {
        string[] options = ["--format", "--out", "--show-removed", "--verbose", "--help", "-h", "-?"];
        Assert.Equal(expected, UsageErrors.Suggest(typed, options, static o => o.TrimStart('-')).First());
    }

    [Fact]
    public void Suggestions_leave_out_names_too_far_off_and_one_letter_aliases()
    {
        string[] options = ["--format", "--out", "--help", "-h", "-?"];
        Assert.Empty(UsageErrors.Suggest("x", options, static o => o.TrimStart('-')));
        Assert.Empty(UsageErrors.Suggest("bogus", options, static o => o.TrimStart('-')));
        Assert.Equal(1, UsageErrors.Distance("fromat", "format"));
        Assert.Equal(3, UsageErrors.Distance("", "out"));
    }
}
