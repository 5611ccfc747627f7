using System.Data.Common;
using System.Net.Sockets;
using Corroborate.Storage.Sql;
using Npgsql;

namespace Corroborate.Storage.Dialects;

/// <summary>
/// PostgreSQL: each batch is one transaction that first takes a transaction-scoped advisory lock, so index
/// updates have a single writer across processes while readers are never blocked (MVCC).
/// </summary>
internal sealed class PostgresDialect(string connectionString, string display) : StoreDialect
{
    // "corrobor" in ASCII: the advisory lock key of the single-writer index update.
    private const long WriterLock = 0x636F_7272_6F62_6F72;

    public override IReadOnlyList<string> Migrations { get; } = [PostgresSchema.Version1, PostgresSchema.Version2, PostgresSchema.Version3];

    public override DbConnection Open(bool create)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        DbTransaction transaction = connection.BeginTransaction();
        SqlCommands.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", WriterLock));
        return transaction;
    }

    // The tsvector is a generated column: PostgreSQL keeps it in step with the row.
    public override void IndexForSearch(Statements statements, long seq, string? title, string text)
    {
    }

    public override string SearchSql =>
        """
        SELECT a.id, a.title, a.outlet, a.story_id,
               ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=" … "'),
               ts_rank(a.search, q)
        FROM articles a, websearch_to_tsquery('english', @query) q
        WHERE a.search @@ q
        ORDER BY ts_rank(a.search, q) DESC, a.seq
        LIMIT @limit
        """;

    // websearch_to_tsquery never raises a syntax error, whatever the user typed.
    public override string SearchQuery(string words) => words;

    public override string HasSchemaVersionSql =>
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'";

    // A database may be shared with other applications: only tables with our names are in the way.
    public override string ForeignTablesSql =>
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('documents', 'articles', 'stories', 'index_state')";

    // The store's tables at the latest schema version: a database may be shared, and other tables are not ours to count.
    private static readonly string[] StoreTables =
    [
        "schema_version", "documents", "articles", "stories", "copy_articles", "copy_buckets", "copy_sequences",
        "story_states", "story_placements", "story_terms", "index_progress",
    ];

    public override long SizeInBytes(DbConnection connection) =>
        Convert.ToInt64(SqlCommands.Scalar(connection, null,
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(@tables)",
            ("@tables", StoreTables)),
            System.Globalization.CultureInfo.InvariantCulture);

    public override StoreException? Describe(Exception exception) => exception switch
    {
        PostgresException e when e.SqlState == PostgresErrorCodes.DiskFull =>
            new StoreException($"{display}: the server's disk is full; the current batch was rolled back, everything committed before it is kept", e),
        PostgresException e when e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            new StoreException($"{display}: the server refused the login ({e.MessageText})", e),
        PostgresException e when e.SqlState == PostgresErrorCodes.InvalidCatalogName =>
            new StoreException($"{display}: no such database ({e.MessageText})", e),
        PostgresException e => new StoreException($"{display}: {e.MessageText} (SQLSTATE {e.SqlState})", e),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } e =>
            new StoreException($"cannot connect to {display}: {e.InnerException!.Message}", e),
        NpgsqlException e => new StoreException($"{display}: {e.Message}", e),
        SocketException e => new StoreException($"cannot connect to {display}: {e.Message}", e),
        _ => null,
    };
}
