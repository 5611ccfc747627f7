using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>PostgreSQL problems a user meets: no server there, no such database, a full disk.</summary>
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
    public void A_full_server_disk_rolls_back_the_batch_and_keeps_everything_committed_before()
    {
        using var corpus = new Corpus(60, seed: 5);
        using var target = new PostgresTarget();
        Ingest.Files(target, corpus.Files.Take(20), batchSize: 10);

        // The server raises the disk-full error itself (SQLSTATE 53100, as when it cannot extend a file) once the
        // store holds 35 documents: the run commits a batch, then fails half-way through the next one.
        using (Store store = target.OpenWriter())
        {
            SqlCommands.Execute(store.Connection, null,
                """
                CREATE FUNCTION fill_disk() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (SELECT count(*) FROM documents) >= 35 THEN
                        RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER full_disk BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION fill_disk();
                """);
        }

        var outcome = CorroborateProcess.Run("ingest", corpus.Folder, "--store", target.Argument, "--batch-size", "10");

        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("the server's disk is full; the current batch was rolled back", outcome.Stderr, StringComparison.Ordinal);
        CorroborateProcess.AssertNoStackTrace(outcome);
        StoreContents kept = StoreContents.Of(target);
        Assert.InRange(kept.Documents.Count, 21, 35);
        using (var reference = new PostgresTarget())
        {
            Ingest.Files(reference, corpus.Files.Take(kept.Documents.Count), batchSize: 10);
            kept.AssertSameAs(StoreContents.Of(reference));
        }

        // With room again, the same command completes the store.
        using (Store store = target.OpenWriter())
        {
            SqlCommands.Execute(store.Connection, null, "DROP TRIGGER full_disk ON documents");
        }

        Assert.Equal(0, CorroborateProcess.Run("ingest", corpus.Folder, "--store", target.Argument).ExitCode);
        Assert.Equal(corpus.Files.Count, StoreContents.Of(target).Documents.Count);
    }

    [Fact]
    public void In_a_shared_database_the_store_size_counts_only_the_store_s_tables()
    {
        using var corpus = new Corpus(10, seed: 9);
        using var target = new PostgresTarget();
        Ingest.Files(target, corpus.Files, batchSize: 5);
        long before;
        using (Store store = target.OpenReader())
        {
            before = store.SizeInBytes();
        }

        using (Store store = target.OpenWriter())
        {
            SqlCommands.Execute(store.Connection, null, "CREATE TABLE someone_elses (payload text); INSERT INTO someone_elses SELECT repeat('x', 1000) FROM generate_series(1, 2000)");
        }

        using (Store store = target.OpenReader())
        {
            Assert.True(before > 0);
            Assert.Equal(before, store.SizeInBytes());
        }
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

    [Theory]
    [InlineData("Host=db.example;Database=news", 64)]
    [InlineData("postgres://db.example/news", 64)]
    [InlineData("Host=db.example;Database=news;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;Database=news;MaxAutoPrepare=8", 8)]
    public void Statements_are_prepared_on_the_server_unless_the_connection_string_says_otherwise(string store, int expected)
    {
        var parsed = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.Parse(store).ConnectionString);
        Assert.Equal(expected, parsed.MaxAutoPrepare);
    }
}
