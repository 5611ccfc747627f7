namespace Corroborate.Cli.Tests;

/// <summary>Bad stores and bad arguments: one clear line, a non-zero exit, no stack trace, nothing stored lost.</summary>
public class StoreBadInputTests
{
    [Fact]
    public void Reading_a_store_that_does_not_exist_says_how_to_create_one()
    {
        using var folder = new TempFolder();
        string store = Path.Combine(folder.Path, "none.db");
        var outcome = CliRunner.Run("stories", "--store", store);
        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains($"no store at {store}", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void A_corrupt_store_file_is_refused_and_not_overwritten()
    {
        using TempFolder folder = StoreNews.Folder();
        byte[] garbage = [.. Enumerable.Range(0, 4096).Select(static i => (byte)(i * 31 % 256))];
        string store = folder.File("broken.db", garbage);

        foreach (string[] args in new[] { new[] { "ingest", Path.Combine(folder.Path, "news"), "--store", store }, ["search", "bridge", "--store", store], ["export", "--store", store] })
        {
            var outcome = CliRunner.Run(args);
            Assert.Equal(4, outcome.ExitCode);
            Assert.Contains("is not a Corroborate store", outcome.Stderr, StringComparison.Ordinal);
            CliRunner.AssertNoStackTrace(outcome);
        }

        Assert.Equal(garbage, File.ReadAllBytes(store));
    }

    [Fact]
    public void An_unreachable_postgresql_gets_one_clear_line()
    {
        using TempFolder folder = StoreNews.Folder();
        var outcome = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", "Host=127.0.0.1;Port=1;Database=news;Username=nobody");
        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("cannot connect to PostgreSQL 127.0.0.1:1/news", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void A_store_path_that_cannot_be_created_gets_one_clear_line()
    {
        using TempFolder folder = StoreNews.Folder();
        var outcome = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", "/proc/corroborate/news.db");
        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("cannot open or create the store /proc/corroborate/news.db", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Unknown_ids_bad_dates_and_empty_input_are_clear_errors()
    {
        using TempFolder folder = StoreNews.Folder();
        string store = Path.Combine(folder.Path, "news.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store).ExitCode);

        var unknown = CliRunner.Run("show", "S0000000000000000", "--store", store);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no story or article 'S0000000000000000'", unknown.Stderr, StringComparison.Ordinal);

        var date = CliRunner.Run("stories", "--since", "yesterday", "--store", store);
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--since: 'yesterday' is not a date", date.Stderr, StringComparison.Ordinal);

        var missing = CliRunner.Run("ingest", "/no/such/news", "--store", store);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file or folder", missing.Stderr, StringComparison.Ordinal);

        var empty = folder.File("empty/e.txt", "");
        var unusable = CliRunner.Run("ingest", empty, "--store", store);
        Assert.Equal(1, unusable.ExitCode);
        Assert.Contains("none of the documents could be ingested", unusable.Stderr, StringComparison.Ordinal);

        foreach (var outcome in new[] { unknown, date, missing, unusable })
        {
            CliRunner.AssertNoStackTrace(outcome);
        }

        // None of that touched what was stored.
        Assert.Equal(3, CliRunner.Run("stories", "--store", store).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
