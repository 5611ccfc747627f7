using Microsoft.Data.Sqlite;

namespace Corroborate.Cli.Tests;

/// <summary>
/// What the store must not do to a user's files and secrets: modify a foreign database, write into a folder that
/// allows no writing, take a path for a server, echo a password.
/// </summary>
public class StoreSafetyTests
{
    [Fact]
    public void A_foreign_sqlite_file_is_refused_and_not_a_byte_of_it_changes()
    {
        using var folder = new TempFolder();
        string foreign = Path.Combine(folder.Path, "recipes.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = foreign, Pooling = false }.ConnectionString))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE recipes (name TEXT, steps TEXT); INSERT INTO recipes VALUES ('bread', 'knead, wait, bake')";
            command.ExecuteNonQuery();
        }

        byte[] bytes = File.ReadAllBytes(foreign);
        folder.File("news/bridge.txt", StoreNews.Bridge);
        foreach (string[] args in new[] { new[] { "ingest", Path.Combine(folder.Path, "news"), "--store", foreign }, ["stories", "--store", foreign] })
        {
            var outcome = CliRunner.Run(args);
            Assert.Equal(4, outcome.ExitCode);
            Assert.Contains($"{foreign} already holds other tables but no Corroborate store", outcome.Stderr, StringComparison.Ordinal);
            CliRunner.AssertNoStackTrace(outcome);

            // Before the identity check moved ahead of the pragmas, ingest had already switched the file to WAL mode.
            Assert.Equal(bytes, File.ReadAllBytes(foreign));
        }

        Assert.Equal(["news", "recipes.db"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_store_in_a_folder_that_allows_no_writing_can_be_read_but_not_written()
    {
        using TempFolder folder = StoreNews.Folder();
        string storeFolder = Path.Combine(folder.Path, "kept");
        Directory.CreateDirectory(storeFolder);
        string store = Path.Combine(storeFolder, "news.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store).ExitCode);
        string bridgeStory = CliRunner.Run("stories", "--store", store).Stdout.Split('\n').Single(l => l.Contains("bridge", StringComparison.Ordinal)).Split('\t')[0];
        byte[] bytes = File.ReadAllBytes(store);
        string more = folder.File("more/tide.txt", "Friday, March 7, 2025\nTide gates at Marrowby close for the winter\n\nThe tide gates at Marrowby closed on Friday for the winter season. Harbour master Ivo Renn said they would open again in April once the storms had passed.\n");
        File.SetUnixFileMode(storeFolder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        try
        {
            var stories = CliRunner.Run("stories", "--store", store);
            Assert.True(stories.ExitCode == 0, stories.Stderr);
            Assert.Equal(3, stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            foreach (string[] read in new[] { new[] { "show", bridgeStory, "--store", store }, ["search", "bridge", "--store", store], ["export", "--format", "jsonl", "--store", store] })
            {
                var outcome = CliRunner.Run(read);
                Assert.True(outcome.ExitCode == 0, $"{read[0]}: {outcome.Stderr}");
            }

            // Even root, who could write there, is refused: the folder's permissions say no.
            var ingest = CliRunner.Run("ingest", more, "--store", store);
            Assert.Equal(4, ingest.ExitCode);
            Assert.Contains($"{store} is read-only (its folder {storeFolder} allows no writing); nothing was written", ingest.Stderr, StringComparison.Ordinal);
            CliRunner.AssertNoStackTrace(ingest);
            Assert.Equal(bytes, File.ReadAllBytes(store));
            Assert.Equal(["news.db"], Directory.GetFileSystemEntries(storeFolder).Select(Path.GetFileName));
        }
        finally
        {
            File.SetUnixFileMode(storeFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_sqlite_path_with_host_in_it_is_a_path()
    {
        using TempFolder folder = StoreNews.Folder();
        string store = Path.Combine(folder.Path, "host=archive;port=1", "news.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);

        var outcome = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.True(File.Exists(store));
    }

    [Theory]
    [InlineData("postgres://ada:Wr3nch-Tide-77@db.example:notaport/news")]
    [InlineData("postgresql://ada:Wr3nch-Tide-77@[db.example/news")]
    public void A_malformed_postgres_url_is_reported_without_its_password(string url)
    {
        var outcome = CliRunner.Run("stories", "--store", url);
        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("cannot understand the PostgreSQL URL", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("ada:***@", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Wr3nch", outcome.Stderr, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(outcome);
    }
}
