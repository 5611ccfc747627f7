using System.Data.Common;
using System.Globalization;
using Corroborate.Storage.Dialects;

namespace Corroborate.Storage.Sql;

/// <summary>
/// Versioned schema: <c>schema_version</c> holds the version a store is at. Writers bring an older store up to
/// date, one script per version inside the write lock and one transaction; a store from a newer Corroborate is
/// refused, never guessed at.
/// </summary>
internal static class Migrator
{
    public static int Latest(StoreDialect dialect) => dialect.Migrations.Count;

    /// <summary>Brings the store to the latest version (creating it when empty).</summary>
    public static void Migrate(DbConnection connection, StoreDialect dialect, string display)
    {
        using DbTransaction transaction = dialect.BeginWrite(connection);
        if (Count(connection, transaction, dialect.HasSchemaVersionSql) == 0 && Count(connection, transaction, dialect.ForeignTablesSql) > 0)
        {
            throw new StoreException($"{display} already holds other tables but no Corroborate store; use a new file or database");
        }

        SqlCommands.Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int current = Current(connection, transaction);
        Refuse(current, Latest(dialect), display);
        for (int version = current; version < dialect.Migrations.Count; version++)
        {
            SqlCommands.Execute(connection, transaction, dialect.Migrations[version]);
        }

        if (current != Latest(dialect))
        {
            SqlCommands.Execute(connection, transaction, "DELETE FROM schema_version");
            SqlCommands.Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (@v)", ("@v", (long)Latest(dialect)));
        }

        transaction.Commit();
    }

    /// <summary>For readers: the store must be exactly at the latest version (readers never write).</summary>
    public static void Check(DbConnection connection, StoreDialect dialect, string display)
    {
        bool exists = Count(connection, null, dialect.HasSchemaVersionSql) > 0;
        int current = exists ? Current(connection, null) : 0;
        Refuse(current, Latest(dialect), display);
        if (current < Latest(dialect))
        {
            throw new StoreException(current == 0
                ? $"{display} holds no Corroborate store yet; create it with 'corroborate ingest PATH...'"
                : $"{display} has schema version {current}; run 'corroborate ingest' once to migrate it to version {Latest(dialect)}");
        }
    }

    private static long Count(DbConnection connection, DbTransaction? transaction, string sql) =>
        Convert.ToInt64(SqlCommands.Scalar(connection, transaction, sql), CultureInfo.InvariantCulture);

    private static int Current(DbConnection connection, DbTransaction? transaction) =>
        SqlCommands.Scalar(connection, transaction, "SELECT max(version) FROM schema_version") is { } value
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : 0;

    private static void Refuse(int current, int latest, string display)
    {
        if (current > latest)
        {
            throw new StoreException($"{display} has schema version {current}, newer than this corroborate understands ({latest}); use a newer corroborate");
        }
    }
}
