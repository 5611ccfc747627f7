using System.Data.Common;
using Corroborate.Model;
using Corroborate.Storage.Dialects;
using Corroborate.Storage.Indexes;
using Corroborate.Storage.Json;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage;

/// <summary>
/// A Corroborate store: documents, articles, stories and the persisted indexes, in SQLite or PostgreSQL.
/// Every database problem leaves as a <see cref="StoreException"/> with one clear line; nothing committed is
/// ever rewritten except the index state and the copy/story fields that later articles legitimately change.
/// </summary>
public sealed partial class Store : IDisposable
{
    private readonly StoreDialect _dialect;
    private readonly DbConnection _connection;

    private Store(StoreLocation location, StoreDialect dialect, DbConnection connection)
    {
        Location = location;
        _dialect = dialect;
        _connection = connection;
    }

    public StoreLocation Location { get; }

    /// <summary>Opens a store; a writer creates or migrates it, a reader requires it to exist at the current version.</summary>
    /// <exception cref="StoreException">Unreachable, damaged, read-only, newer schema, …</exception>
    public static Store Open(StoreLocation location, bool write, StoreOptions? options = null)
    {
        options ??= StoreOptions.Default;
        StoreDialect dialect = location.Kind == StoreKind.Sqlite
            ? new SqliteDialect(location.ConnectionString, options.SqliteMaxPages)
            : new PostgresDialect(location.ConnectionString, location.Display);
        DbConnection? connection = null;
        try
        {
            connection = dialect.Open(create: write);
            if (write)
            {
                Migrator.Migrate(connection, dialect, location.Display);
            }
            else
            {
                Migrator.Check(connection, dialect, location.Display);
            }

            return new Store(location, dialect, connection);
        }
        catch (Exception e)
        {
            connection?.Dispose();
            throw Translate(location.Display, dialect, e);
        }
    }

    /// <summary>Starts adding documents; one session per store object. <see cref="DocumentIngest"/> runs the whole loop.</summary>
    public IngestSession BeginIngest(Pipeline.Pipeline pipeline, IngestOptions? options = null) =>
        new(this, pipeline, options ?? IngestOptions.Default, StoreStoryStates.CachedFeatures);

    /// <summary>As <see cref="BeginIngest(Pipeline.Pipeline, IngestOptions)"/> with a story cache of this many centroid features (tests: tiny, to evict every batch).</summary>
    internal IngestSession BeginIngest(Pipeline.Pipeline pipeline, IngestOptions options, int cachedStoryFeatures) => new(this, pipeline, options, cachedStoryFeatures);

    public StoreCounts Counts() => Guard(() => new StoreCounts(
        Count("SELECT count(*) FROM documents"), Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM stories")));

    /// <summary>Ids of every stored document: lets an ingest skip known bytes before extracting them.</summary>
    public HashSet<string> DocumentIds() => Guard(() =>
        SqlCommands.Query(_connection, null, "SELECT id FROM documents", static r => r.GetString(0)).ToHashSet(StringComparer.Ordinal));

    /// <summary>Stories in creation order; with <paramref name="since"/>, those with an event or an article dated on or after it.</summary>
    public IReadOnlyList<StoredStory> Stories(DateOnly? since) => Guard(() => since is DateOnly day
        ? SqlCommands.Query(_connection, null,
            """
            SELECT s.id, s.snapshot, s.last_date FROM stories s
            WHERE s.last_date >= @since OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.published >= @since)
            ORDER BY s.seq
            """, ReadStory, ("@since", StoredJson.Date(day)))
        : SqlCommands.Query(_connection, null, "SELECT id, snapshot, last_date FROM stories ORDER BY seq", ReadStory));

    public StoredStory? Story(string id) => Guard(() =>
        SqlCommands.Query(_connection, null, "SELECT id, snapshot, last_date FROM stories WHERE id = @id", ReadStory, ("@id", id)).FirstOrDefault());

    public StoredArticle? Article(string id) => Guard(() =>
        SqlCommands.Query(_connection, null, ArticleColumns + " WHERE id = @id", ReadArticle, ("@id", id)).FirstOrDefault());

    /// <summary>The articles of a story in ingest order.</summary>
    public IReadOnlyList<StoredArticle> ArticlesOf(string storyId) => Guard(() =>
        SqlCommands.Query(_connection, null, ArticleColumns + " WHERE story_id = @story ORDER BY seq", ReadArticle, ("@story", storyId)));

    /// <summary>Documents as read at ingest time (path, decoded text, reading diagnostics), in ingest order.</summary>
    public IReadOnlyList<RawDocument> Documents(IEnumerable<string> ids) => Guard(() =>
    {
        var rows = new List<(long Seq, RawDocument Document)>();
        foreach (string[] chunk in ids.Distinct(StringComparer.Ordinal).Chunk(200))
        {
            var parameters = chunk.Select((id, i) => ("@d" + i, (object?)id)).ToArray();
            string sql = $"SELECT seq, id, path, format, text, diagnostics FROM documents WHERE id IN ({string.Join(", ", parameters.Select(static p => p.Item1))})";
            rows.AddRange(SqlCommands.Query(_connection, null, sql, ReadDocument, parameters));
        }

        return (IReadOnlyList<RawDocument>)[.. rows.OrderBy(static r => r.Seq).Select(static r => r.Document)];
    });

    /// <summary>Stored documents that yielded no article (e.g. pages with only boilerplate), in ingest order.</summary>
    public IReadOnlyList<RawDocument> DocumentsWithoutArticles() => Guard(() =>
        (IReadOnlyList<RawDocument>)[.. SqlCommands.Query(_connection, null,
            "SELECT seq, id, path, format, text, diagnostics FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id) ORDER BY seq",
            ReadDocument).Select(static r => r.Document)]);

    /// <summary>Full-text search over titles and texts, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string words, int limit) => Guard(() =>
    {
        string query = _dialect.SearchQuery(words);
        if (query.Trim().Length == 0)
        {
            return (IReadOnlyList<SearchHit>)[];
        }

        return SqlCommands.Query(_connection, null, _dialect.SearchSql,
            static r => new SearchHit(r.GetString(0), StoredText.ReadNullable(r.NullableString(1)), StoredText.ReadNullable(r.NullableString(2)), r.GetString(3), StoredText.Excerpt(r.NullableString(4) ?? ""), r.GetDouble(5)),
            ("@query", query), ("@limit", (long)limit));
    });

    /// <summary>Bytes on disk (SQLite: file and journal; PostgreSQL: the store's tables and indexes).</summary>
    public long SizeInBytes() => Guard(() => _dialect.SizeInBytes(_connection));

    public void Dispose() => _connection.Dispose();

    internal StoreDialect Dialect => _dialect;

    internal DbConnection Connection => _connection;

    /// <summary>Runs a database operation; any database problem leaves as one clear <see cref="StoreException"/>.</summary>
    internal T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e)
        {
            throw Translate(Location.Display, _dialect, e);
        }
    }

    private static Exception Translate(string display, StoreDialect dialect, Exception e) => e switch
    {
        StoreException => e,
        DamagedRowException => StoreException.Damaged(display, e.Message, e),
        _ => dialect.Describe(e) ?? e,
    };

    private long Count(string sql) => Convert.ToInt64(SqlCommands.Scalar(_connection, null, sql), System.Globalization.CultureInfo.InvariantCulture);
}
