using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>Versioned schema: a new store is at the latest version, a newer store is refused, an empty one is not read.</summary>
public abstract class SchemaVersionTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();

    [Fact]
    public void A_new_store_records_the_latest_schema_version()
    {
        using Store store = _target.OpenWriter();
        Assert.Equal(3L, Convert.ToInt64(SqlCommands.Scalar(store.Connection, null, "SELECT version FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_version_1_store_is_refused_by_readers_then_migrated_by_ingest_with_its_documents_indexed_again()
    {
        AssertMigratedByIngest(store =>
        {
            // Version 1 kept the indexes as a serialized checkpoint instead of tables.
            foreach (string table in new[] { "copy_articles", "copy_buckets", "copy_sequences", "story_states", "story_placements", "story_terms", "index_progress" })
            {
                SqlCommands.Execute(store.Connection, null, $"DROP TABLE {table}");
            }

            SqlCommands.Execute(store.Connection, null, $"CREATE TABLE index_state (name TEXT NOT NULL, part INTEGER NOT NULL, version INTEGER NOT NULL, data {Blob} NOT NULL, PRIMARY KEY (name, part))");
            SqlCommands.Execute(store.Connection, null, "UPDATE schema_version SET version = 1");
        });
    }

    [Fact]
    public void A_version_2_store_is_refused_by_readers_then_migrated_by_ingest_with_its_indexes_rebuilt()
    {
        AssertMigratedByIngest(store =>
        {
            // Version 2 kept a story's state in one blob; its other index tables are left full, as a real one's are.
            SqlCommands.Execute(store.Connection, null, "DROP TABLE story_states");
            SqlCommands.Execute(store.Connection, null, $"CREATE TABLE story_states (number BIGINT PRIMARY KEY, id TEXT NOT NULL, data {Blob} NOT NULL)");
            SqlCommands.Execute(store.Connection, null, "UPDATE schema_version SET version = 2");
        });
    }

    [Fact]
    public void A_store_from_a_newer_corroborate_is_refused_with_a_clear_message_and_left_as_it_is()
    {
        using (Store store = _target.OpenWriter())
        {
            SqlCommands.Execute(store.Connection, null, "UPDATE schema_version SET version = 99");
        }

        var writing = Assert.Throws<StoreException>(() => _target.OpenWriter());
        var reading = Assert.Throws<StoreException>(() => _target.OpenReader());
        Assert.Contains("schema version 99, newer than this corroborate", writing.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 99", reading.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_application_s_tables_are_not_taken_over()
    {
        using (Store store = _target.OpenWriter())
        {
            // Stand-in for someone else's database: drop our schema, leave a table of theirs with one of our names.
            SqlCommands.Execute(store.Connection, null, "DROP TABLE schema_version");
        }

        var error = Assert.Throws<StoreException>(() => _target.OpenWriter());
        Assert.Contains("already holds other tables but no Corroborate store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_place_that_holds_no_store_says_how_to_make_one()
    {
        var error = Assert.Throws<StoreException>(() => _target.OpenReader());
        Assert.Contains("corroborate ingest", error.Message, StringComparison.Ordinal);
    }

    private string Blob => _target is PostgresTarget ? "bytea" : "BLOB";

    /// <summary>
    /// Ingests part of a corpus, turns the store into an older layout, checks readers refuse it, ingests the rest and
    /// compares with one continuous in-memory pass: the migration must leave the indexes as if the store had always
    /// been at the latest version.
    /// </summary>
    private void AssertMigratedByIngest(Action<Store> makeOlder)
    {
        using var corpus = new Corpus(60);
        AnalysisResult expected = Ingest.InMemory(corpus.Files);
        Ingest.Files(_target, corpus.Files.Take(35), batchSize: 10);
        using (Store store = _target.OpenWriter())
        {
            makeOlder(store);
        }

        var refused = Assert.Throws<StoreException>(() => _target.OpenReader());
        Assert.Contains("run 'corroborate ingest' once to migrate it", refused.Message, StringComparison.Ordinal);

        Ingest.Files(_target, corpus.Files.Skip(35), batchSize: 10);

        StoreContents stored = StoreContents.Of(_target);
        Assert.Equal(expected.Stories.Select(static p => StoreContents.Describe(p.Story)), stored.Stories);
        Assert.Equal(
            expected.Articles.Select(static a => $"{a.Article.Id} {a.Article.DocumentId} {a.StoryId} {a.EventId} {a.Copy?.CanonicalId} {a.Copy?.Kind}").Order(StringComparer.Ordinal),
            stored.Articles);
    }

    public void Dispose()
    {
        _target.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSchemaVersionTests : SchemaVersionTests<SqliteTarget>;

public sealed class PostgresSchemaVersionTests : SchemaVersionTests<PostgresTarget>;
