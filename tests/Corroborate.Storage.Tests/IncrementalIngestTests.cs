using System.Globalization;
using System.Runtime.InteropServices;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories;
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

        IngestInThreeRuns(files);

        StoreContents stored = StoreContents.Of(_target);
        Assert.Equal(expected.Stories.Select(static p => StoreContents.Describe(p.Story)), stored.Stories);
        var expectedArticles = expected.Articles
            .Select(static a => $"{a.Article.Id} {a.Article.DocumentId} {a.StoryId} {a.EventId} {a.Copy?.CanonicalId} {a.Copy?.Kind}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedArticles, stored.Articles);
        Assert.Contains(expected.Articles, static a => a.Copy is not null);
    }

    [Fact]
    public void The_index_tables_hold_exactly_the_state_of_one_continuous_pass_in_memory()
    {
        // Decisions depend on more than the stories show (cached centroid norms, union-find links, first
        // confirmations), so the stored state itself is compared, byte for byte, with the engine's own.
        var files = _corpus.Files;
        var storyOptions = new StoryIndexOptions();
        var stories = new InMemoryStoryStates(storyOptions);
        var copies = new InMemoryCopyState(new CopyOptions());
        Pipeline.Pipeline pipeline = new PipelineBuilder()
            .UseCopyIndex(() => new CopyIndex(new CopyOptions(), copies))
            .UseStoryIndex(() => new StoryIndex(storyOptions, stories))
            .Build();
        PipelineRun run = pipeline.Start(keepArticles: false);
        foreach (PreparedDocument prepared in pipeline.ReadAndPrepare(files))
        {
            run.Add(prepared);
        }

        IngestInThreeRuns(files);

        using Store store = _target.OpenReader();
        var storedStories = SqlCommands.Query(store.Connection, null, "SELECT head, rest FROM story_states ORDER BY number",
            static r => (Head: (byte[])r.GetValue(0), Members: (byte[])r.GetValue(1)));
        Assert.Equal(stories.Count, storedStories.Count);
        for (int i = 0; i < stories.Count; i++)
        {
            Assert.Equal(StoryStateCodec.WriteHead(stories.Get(i)), storedStories[i].Head);
            Assert.Equal(StoryStateCodec.WriteRest(stories.Get(i)), storedStories[i].Members);
        }

        var storedCopies = SqlCommands.Query(store.Connection, null,
            "SELECT id, signature, shingles, words, sequence, partner, edge_kind, edge_jaccard, edge_containment, parent, canonical, next_member FROM copy_articles ORDER BY number",
            static r => string.Join(' ', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "-" : r.GetValue(i) is byte[] b ? Convert.ToHexString(b) : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
        var expectedCopies = Enumerable.Range(0, copies.Count).Select(copies.Get).Select(static c => string.Join(' ',
            c.Id, c.Signature is { } s ? Convert.ToHexString(MemoryMarshal.AsBytes(s.AsSpan())) : "-", c.Shingles, c.Words, unchecked((long)c.Sequence),
            c.Partner, (int)c.Edge.Kind, c.Edge.Jaccard.ToString(CultureInfo.InvariantCulture), c.Edge.Containment.ToString(CultureInfo.InvariantCulture),
            c.Parent, c.Canonical, c.NextMember));
        Assert.Equal(expectedCopies, storedCopies);
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

    /// <summary>
    /// Three runs (each a new store connection and session, so nothing of the indexes is in memory at the start) with
    /// odd batch sizes. The second run's story cache holds almost nothing, so stories are evicted and read back every batch.
    /// </summary>
    private void IngestInThreeRuns(IReadOnlyList<string> files)
    {
        Ingest.Files(_target, files.Take(41), batchSize: 7);
        Ingest.Files(_target, files.Skip(41).Take(60), batchSize: 13, cachedStoryFeatures: 1);
        Ingest.Files(_target, files.Skip(101), batchSize: 1000);
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
