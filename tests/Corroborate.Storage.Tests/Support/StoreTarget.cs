using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Storage.Tests.Support;

/// <summary>A fresh, empty store of one kind for one test class instance; removed afterwards.</summary>
public abstract class StoreTarget : IDisposable
{
    /// <summary>What --store gets on the command line.</summary>
    public abstract string Argument { get; }

    public StoreLocation Location => StoreLocation.Parse(Argument);

    public Store OpenWriter() => Store.Open(Location, write: true);

    public Store OpenReader() => Store.Open(Location, write: false);

    public abstract void Dispose();
}

public sealed class SqliteTarget : StoreTarget
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corroborate-store-" + Guid.NewGuid().ToString("N"));

    public SqliteTarget() => Directory.CreateDirectory(_folder);

    public override string Argument => Path.Combine(_folder, "store.db");

    public override void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>
/// A new database on the server named by CORROBORATE_TEST_PG (test.sh starts one). Without it the test fails
/// with a clear message: a PostgreSQL test that silently skips would hide a broken store.
/// </summary>
public sealed class PostgresTarget : StoreTarget
{
    public const string Variable = "CORROBORATE_TEST_PG";

    private readonly string _admin;
    private readonly string _database = "corroborate_t_" + Guid.NewGuid().ToString("N");

    public PostgresTarget()
    {
        _admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run ./test.sh (it starts PostgreSQL), or set it to a server's connection string");
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        command.ExecuteNonQuery();
    }

    public override string Argument => new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString;

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
