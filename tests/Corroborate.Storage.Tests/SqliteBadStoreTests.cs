using System.Globalization;
using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>A damaged file, a place that cannot be written, a full disk: one clear message, and nothing stored is lost.</summary>
public sealed class SqliteBadStoreTests : IDisposable
{
    private readonly SqliteTarget _target = new();
    private readonly Corpus _corpus = new(60, seed: 3);

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        byte[] garbage = [.. Enumerable.Range(0, 8192).Select(static i => (byte)((i * 7919) % 251))];
        File.WriteAllBytes(_target.Argument, garbage);

        var writing = Assert.Throws<StoreException>(() => _target.OpenWriter());
        var reading = Assert.Throws<StoreException>(() => _target.OpenReader());

        Assert.Contains("is not a Corroborate store", writing.Message, StringComparison.Ordinal);
        Assert.Contains("is not a Corroborate store", reading.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(_target.Argument));
    }

    [Fact]
    public void A_place_where_no_file_can_be_created_gets_a_clear_message()
    {
        // /proc refuses new files even to root, unlike a chmod-ed folder.
        var error = Assert.Throws<StoreException>(() => Store.Open(StoreLocation.Parse("/proc/corroborate-test.db"), write: true));
        Assert.Contains("cannot open or create the store /proc/corroborate-test.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_write_protected_store_refuses_ingest_even_to_root_and_can_still_be_read()
    {
        Ingest.Files(_target, _corpus.Files.Take(20), batchSize: 10);
        StoreContents before = StoreContents.Of(_target);
        byte[] bytes = File.ReadAllBytes(_target.Argument);
        File.SetUnixFileMode(_target.Argument, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var error = Assert.Throws<StoreException>(() => Ingest.Files(_target, _corpus.Files.Skip(20), batchSize: 10));
            Assert.Contains("is read-only", error.Message, StringComparison.Ordinal);
            Assert.Equal(bytes, File.ReadAllBytes(_target.Argument));
            StoreContents.Of(_target).AssertSameAs(before);
        }
        finally
        {
            File.SetUnixFileMode(_target.Argument, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void A_full_disk_rolls_back_the_batch_and_keeps_everything_committed_before()
    {
        Ingest.Files(_target, _corpus.Files.Take(20), batchSize: 10);
        StoreContents before = StoreContents.Of(_target);
        long pages;
        using (Store store = _target.OpenReader())
        {
            SqlCommands.Execute(store.Connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
            pages = Convert.ToInt64(SqlCommands.Scalar(store.Connection, null, "PRAGMA page_count"), CultureInfo.InvariantCulture);
        }

        // The size cap stands in for a full disk: SQLite reports SQLITE_FULL either way.
        var limit = new Dictionary<string, string> { ["CORROBORATE_SQLITE_MAX_PAGES"] = (pages + 2).ToString(CultureInfo.InvariantCulture) };
        var outcome = CorroborateProcess.Run(limit, "ingest", _corpus.Folder, "--store", _target.Argument, "--batch-size", "10");

        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("is full", outcome.Stderr, StringComparison.Ordinal);
        CorroborateProcess.AssertNoStackTrace(outcome);
        StoreContents.Of(_target).AssertSameAs(before);

        // With room again, the same command completes the store.
        Assert.Equal(0, CorroborateProcess.Run("ingest", _corpus.Folder, "--store", _target.Argument).ExitCode);
        Assert.Equal(_corpus.Files.Count, StoreContents.Of(_target).Documents.Count);
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
    }
}
