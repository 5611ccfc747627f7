using Corroborate.Pipeline;
using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>Ingest continues exactly where the last run stopped: any split into runs and batches gives the stories of one continuous pass.</summary>
public abstract class IncrementalIngestTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly Corpus _corpus = new(160);

    [Fact]
    public void Several_runs_and_batch_sizes_give_the_stories_and_copies_of_one_continuous_pass()
    {
        var files = _corpus.Files;
        AnalysisResult expected = Ingest.InMemory(files);

        // Three runs (each a new store connection and session, so nothing of the indexes is in memory at the start)
        // with odd batch sizes.
        // The second run's story cache holds almost nothing, so stories are evicted and read back every batch.
        Ingest.Files(_target, files.Take(41), batchSize: 7);
        Ingest.Files(_target, files.Skip(41).Take(60), batchSize: 13, cachedStoryFeatures: 1);
        Ingest.Files(_target, files.Skip(101), batchSize: 1000);

        StoreContents stored = StoreContents.Of(_target);
        Assert.Equal(expected.Stories.Select(StoreContents.Describe), stored.Stories);
        var expectedArticles = expected.Articles
            .Select(static a => $"{a.Article.Id} {a.Article.DocumentId} {a.StoryId} {a.EventId} {a.Copy?.CanonicalId} {a.Copy?.Kind}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedArticles, stored.Articles);
        Assert.Contains(expected.Articles, static a => a.Copy is not null);
    }

    [Fact]
    public void Ingesting_the_same_bytes_again_changes_nothing()
    {
        Ingest.Files(_target, _corpus.Files, batchSize: 50);
        StoreContents before = StoreContents.Of(_target);
        long version = IndexProgress();

        Ingest.Files(_target, _corpus.Files, batchSize: 50);
        Ingest.Files(_target, _corpus.Files.Take(10), batchSize: 3);

        StoreContents.Of(_target).AssertSameAs(before);
        Assert.Equal(version, IndexProgress());
    }

    private long IndexProgress()
    {
        using Store store = _target.OpenReader();
        return Convert.ToInt64(SqlCommands.Scalar(store.Connection, null, "SELECT value FROM index_progress WHERE name = 'indexed_through'"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteIncrementalIngestTests : IncrementalIngestTests<SqliteTarget>;

public sealed class PostgresIncrementalIngestTests : IncrementalIngestTests<PostgresTarget>;
