using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>PostgreSQL problems a user meets: no server there, no such database. (A full server disk surfaces as SQLSTATE 53100, mapped to the same "full" message; it cannot be produced without root on the server.)</summary>
public sealed class PostgresBadStoreTests
{
    [Fact]
    public void An_unreachable_server_gets_one_clear_line()
    {
        var error = Assert.Throws<StoreException>(() => Store.Open(StoreLocation.Parse("Host=127.0.0.1;Port=1;Database=nothing;Username=nobody"), write: true));
        Assert.StartsWith("cannot connect to PostgreSQL 127.0.0.1:1/nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_database_is_named()
    {
        string admin = Environment.GetEnvironmentVariable(PostgresTarget.Variable)
            ?? throw new InvalidOperationException($"{PostgresTarget.Variable} is not set: run ./test.sh (it starts PostgreSQL)");
        string missing = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = "corroborate_no_such_db" }.ConnectionString;
        var error = Assert.Throws<StoreException>(() => Store.Open(StoreLocation.Parse(missing), write: true));
        Assert.Contains("no such database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_url_is_understood()
    {
        StoreLocation location = StoreLocation.Parse("postgres://ada:s%40cret@db.example:6543/news");
        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("PostgreSQL db.example:6543/news", location.Display);
        var parsed = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("ada", "s@cret"), (parsed.Username, parsed.Password));
    }
}
