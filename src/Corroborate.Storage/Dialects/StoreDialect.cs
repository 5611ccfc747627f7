using System.Data.Common;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage.Dialects;

/// <summary>What differs between SQLite and PostgreSQL; everything else in the store is the same SQL.</summary>
internal abstract class StoreDialect
{
    /// <summary>The schema, one script per version: script i takes a store from version i to i + 1.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Opens a connection; <paramref name="create"/> allows a new, empty store to be made.</summary>
    public abstract DbConnection Open(bool create);

    /// <summary>
    /// Starts the one kind of write transaction the store uses, holding the single-writer lock until commit, so
    /// two ingests take turns batch by batch instead of interleaving index updates.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Indexes an article's title and text for search, after its row was inserted with <paramref name="seq"/>.</summary>
    public abstract void IndexForSearch(Statements statements, long seq, string? title, string text);

    /// <summary>Article search: rows of (id, title, outlet, story, snippet, score), best first, at most @limit.</summary>
    public abstract string SearchSql { get; }

    /// <summary>The user's words turned into the query language of the backend, safely (no syntax errors from user input).</summary>
    public abstract string SearchQuery(string words);

    /// <summary>A count query: 1 when the store has a <c>schema_version</c> table, else 0.</summary>
    public abstract string HasSchemaVersionSql { get; }

    /// <summary>A count query: tables that are in the way of a new store (for SQLite any table, for PostgreSQL ones with our names).</summary>
    public abstract string ForeignTablesSql { get; }

    /// <summary>Bytes the store takes on disk.</summary>
    public abstract long SizeInBytes(DbConnection connection);

    /// <summary>The exception as one clear line, or null when it is not a database problem.</summary>
    public abstract StoreException? Describe(Exception exception);
}
