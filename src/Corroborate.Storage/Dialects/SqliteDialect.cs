using System.Data.Common;
using System.Globalization;
using Corroborate.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage.Dialects;

/// <summary>
/// SQLite: WAL journal (readers never block the writer), a generous busy timeout, and BEGIN IMMEDIATE for
/// writes so a second writer waits at the start of its batch instead of failing mid-way on a lock upgrade.
/// </summary>
/// <param name="maxPages">Caps the file at this many pages (<see cref="StoreOptions.SqliteMaxPages"/>); null: no cap.</param>
internal sealed class SqliteDialect(string path, long? maxPages = null) : StoreDialect
{
    public override IReadOnlyList<string> Migrations { get; } = [SqliteSchema.Version1, SqliteSchema.Version2, SqliteSchema.Version3];

    public override DbConnection Open(bool create)
    {
        // Identity and integrity are checked before the first pragma that writes (WAL rewrites the header).
        SqliteConnection connection = SqliteOpening.Open(path, create);
        try
        {
            SqlCommands.Execute(connection, null, "PRAGMA busy_timeout = 120000");
            if (create)
            {
                SqlCommands.Execute(connection, null, "PRAGMA journal_mode = WAL");

                // FULL: a batch reported committed survives a power cut too, not only a killed process.
                SqlCommands.Execute(connection, null, "PRAGMA synchronous = FULL");

                // The index tables are read and written at random keys (LSH buckets, article ids): with SQLite's
                // default 2 MB page cache nearly every lookup went back to the file. 64 MB, bounded, whatever the store size.
                SqlCommands.Execute(connection, null, "PRAGMA cache_size = -65536");
            }

            if (maxPages is long pages)
            {
                SqlCommands.Execute(connection, null, "PRAGMA max_page_count = " + pages.ToString(CultureInfo.InvariantCulture));
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void IndexForSearch(Statements statements, long seq, string? title, string text) =>
        statements.Execute("INSERT INTO articles_fts(rowid, title, text) VALUES (@seq, @title, @text)",
            ("@seq", seq), ("@title", title ?? ""), ("@text", text));

    public override string SearchSql =>
        """
        SELECT a.id, a.title, a.outlet, a.story_id, snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts)
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH @query
        ORDER BY bm25(articles_fts), a.seq
        LIMIT @limit
        """;

    /// <summary>Every word as a quoted phrase, all required: FTS5 operators in user input are searched for, not obeyed.</summary>
    public override string SearchQuery(string words) =>
        string.Join(' ', Tokens(words).Select(static t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static IEnumerable<string> Tokens(string words) =>
        words.Split((char[])[' ', '\t', '\n', '\r', '"', '(', ')', ':', '*', '^', '+', '-'], StringSplitOptions.RemoveEmptyEntries);

    public override string HasSchemaVersionSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";

    // A SQLite file is one application's: any table in it means it is someone else's database.
    public override string ForeignTablesSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table'";

    public override long SizeInBytes(DbConnection connection)
    {
        SqlCommands.Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
        return new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    }

    public override StoreException? Describe(Exception exception) => exception switch
    {
        SqliteException e => (e.SqliteErrorCode & 0xFF) switch
        {
            SqliteErrorCodes.NotADatabase or SqliteErrorCodes.Corrupt => StoreException.Damaged(path, e.Message, e),
            SqliteErrorCodes.Full => new StoreException($"{path}: the disk (or the store's size limit) is full; the current batch was rolled back, everything committed before it is kept", e),
            SqliteErrorCodes.ReadOnly => new StoreException($"{path} is read-only; nothing was written", e),
            SqliteErrorCodes.CantOpen => new StoreException($"cannot open or create the store {path} (check the folder exists and is writable)", e),
            SqliteErrorCodes.Busy or SqliteErrorCodes.Locked => new StoreException($"{path} stayed locked by another process for too long; try again", e),
            SqliteErrorCodes.IoError => new StoreException($"{path}: input/output error ({e.Message}); the current batch was rolled back", e),
            _ => new StoreException($"{path}: {e.Message}", e),
        },
        _ => null,
    };
}

/// <summary>The primary SQLite result codes the store tells apart (extended codes carry these in their low byte).</summary>
internal static class SqliteErrorCodes
{
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CantOpen = 14;
    public const int NotADatabase = 26;
}
