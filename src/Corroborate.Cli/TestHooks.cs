using System.Globalization;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>
/// The test hooks, read at the host's boundary and passed into the store as ordinary options: the engine and the
/// store read no test variable (the store reads only the documented CORROBORATE_STORE setting, in StoreLocation).
/// Tests that run the real command set these variables on the child process.
/// </summary>
internal static class TestHooks
{
    /// <summary>Holds each batch's transaction open this many milliseconds before it commits, so killed ingests die inside transactions.</summary>
    public const string BatchPauseVariable = "CORROBORATE_TEST_BATCH_PAUSE_MS";

    /// <summary>Caps a SQLite store at this many pages, so "disk full" can be produced without a small disk.</summary>
    public const string SqliteMaxPagesVariable = "CORROBORATE_SQLITE_MAX_PAGES";

    public static StoreOptions StoreOptions() =>
        Number(SqliteMaxPagesVariable) is long pages ? new StoreOptions { SqliteMaxPages = pages } : Storage.StoreOptions.Default;

    public static IngestOptions IngestOptions(int batchSize) => new()
    {
        BatchSize = batchSize,
        BeforeCommit = Number(BatchPauseVariable) is long pause and > 0 ? () => Thread.Sleep(TimeSpan.FromMilliseconds(pause)) : null,
    };

    private static long? Number(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : null;
}
