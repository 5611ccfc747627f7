using System.Data.Common;
using System.Globalization;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Corroborate.Storage.Indexes;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage;

/// <summary>
/// Adds prepared documents to a store, one transaction per batch.
/// <para>
/// The copy and story indexes live in the store's tables (<see cref="StoreCopyState"/>, <see cref="StoreStoryStates"/>)
/// behind the engine's own <see cref="CopyIndex"/> and <see cref="StoryIndex"/>, so the decisions are exactly those of
/// an in-memory pass and the session holds only a batch and a cache. Every batch commits its documents, articles
/// (with story and event), the index rows it changed, the copy links of every touched copy group and the snapshots
/// of every touched story: the store is complete and consistent after each commit, and <c>index_progress</c> records
/// the last document the indexes include. Documents after it — a store migrated from the checkpoint layout of
/// version 1 — are replayed into the indexes (their stored text through the same stateless stages) before the batch.
/// </para>
/// A batch is all or nothing: a crash at any point leaves the store at the previous batch, and the same documents
/// are simply added again by the next run.
/// </summary>
public sealed class IngestSession
{
    private readonly Store _store;
    private readonly IngestOptions _options;
    private readonly Pipeline.Pipeline _pipeline;
    private readonly StoreCopyState _copyState;
    private readonly StoreStoryStates _storyStates;
    private readonly CopyIndex _copies;
    private readonly StoryIndex _stories;
    private readonly PipelineRun _run;

    // The last document (by seq) this session knows the indexes to include; -1: unknown (start, or after a failure).
    private long _lastDocument = -1;

    internal IngestSession(Store store, Pipeline.Pipeline pipeline, IngestOptions options, int cachedStoryFeatures)
    {
        _store = store;
        _options = options;
        _pipeline = pipeline;

        // The indexes live in the store's tables but decide with the pipeline's own options: one pipeline, not a second.
        _copyState = new StoreCopyState(pipeline.CopyOptions);
        _storyStates = new StoreStoryStates(pipeline.StoryOptions, cachedStoryFeatures);
        _copies = new CopyIndex(pipeline.CopyOptions, _copyState);
        _stories = new StoryIndex(pipeline.StoryOptions, _storyStates);
        _run = pipeline.Start(_copies, _stories, keepArticles: false);
    }

    /// <summary>Commits one batch; documents already stored (same bytes) are skipped and counted as duplicates.</summary>
    /// <exception cref="StoreException">The batch was rolled back; everything committed before it is intact.</exception>
    public BatchOutcome Commit(IReadOnlyList<PreparedDocument> batch) => Write((connection, transaction) =>
    {
        using var statements = new Statements(connection, transaction);
        long last = CatchUp(connection, transaction, statements);
        var writer = new BatchWriter(statements, _store.Dialect);
        int documents = 0, articles = 0, duplicates = 0;
        var touchedArticles = new List<string>();
        foreach (PreparedDocument prepared in batch)
        {
            if (prepared.Failed)
            {
                continue;
            }

            if (writer.HasDocument(prepared.Document.Id))
            {
                duplicates++;
                continue;
            }

            last = writer.InsertDocument(prepared.Document);
            IReadOnlyList<StoryAssignment> placed = _run.Add(prepared);
            for (int i = 0; i < placed.Count; i++)
            {
                writer.InsertArticle(prepared.Articles[i], placed[i]);
                touchedArticles.Add(placed[i].ArticleId);
            }

            documents++;
            articles += placed.Count;
        }

        WriteCopyLinks(writer, touchedArticles);
        WriteStories(writer, touchedArticles);
        _copyState.Flush();
        _storyStates.Flush();
        Upserts.Write(statements, "index_progress", ["name", "value"], [["indexed_through", last]]);
        _options.BeforeCommit?.Invoke();
        transaction.Commit();
        _lastDocument = last;
        return new BatchOutcome(documents, articles, duplicates);
    });

    private T Write<T>(Func<DbConnection, DbTransaction, T> work)
    {
        try
        {
            return _store.Guard(() =>
            {
                using DbTransaction transaction = _store.Dialect.BeginWrite(_store.Connection);
                return work(_store.Connection, transaction);
            });
        }
        catch
        {
            // The caches may hold rows of the rolled-back batch: start the next one from the store.
            _copyState.Forget();
            _storyStates.Forget();
            _lastDocument = -1;
            throw;
        }
    }

    /// <summary>
    /// Inside the write lock: when another process committed since our last batch, our caches are stale and are
    /// dropped; when the store holds documents the indexes do not include yet (a store migrated from version 1),
    /// they are replayed in order. Returns the last document the indexes now include.
    /// </summary>
    private long CatchUp(DbConnection connection, DbTransaction transaction, Statements statements)
    {
        long newest = Number(statements.Scalar("SELECT max(seq) FROM documents"));
        long indexed = Number(statements.Scalar("SELECT value FROM index_progress WHERE name = 'indexed_through'"));
        if (newest != _lastDocument)
        {
            _copyState.Forget();
            _storyStates.Forget();
        }

        _copyState.Begin(statements);
        _storyStates.Begin(statements);

        while (indexed < newest)
        {
            var tail = SqlCommands.Query(connection, transaction,
                "SELECT seq, id, path, format, text, diagnostics FROM documents WHERE seq > @last ORDER BY seq LIMIT 256",
                Store.ReadDocument, ("@last", indexed));

            // The stateless stages in parallel, the indexes in document order: exactly what the original run did.
            foreach (PreparedDocument prepared in _pipeline.Prepare(tail.Select(static t => t.Document)))
            {
                _run.Add(prepared);
            }

            // Write the index rows back chunk by chunk, so a long replay holds no more in memory than a batch.
            _copyState.Flush();
            _storyStates.Flush();
            _copyState.Begin(statements);
            _storyStates.Begin(statements);
            indexed = tail[^1].Seq;
        }

        return newest;
    }

    private static long Number(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>
    /// A new article can make a more complete copy the canonical of its whole group, so every member of a touched
    /// group gets its link written as resolved now.
    /// </summary>
    private void WriteCopyLinks(BatchWriter writer, List<string> touchedArticles)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<(string, CopyLink?)>();
        foreach (string article in touchedArticles)
        {
            foreach (string member in _copies.GroupOf(article))
            {
                if (done.Add(member))
                {
                    links.Add((member, _copies.LinkOf(member)));
                }
            }
        }

        writer.UpdateCopyLinks(links);
    }

    /// <summary>Writes the snapshot of each story that gained an article (its title, members and events may have changed).</summary>
    private void WriteStories(BatchWriter writer, List<string> touchedArticles)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (string article in touchedArticles)
        {
            if (_stories.StoryOf(article) is Story story && done.Add(story.Id))
            {
                writer.UpsertStory(story);
            }
        }
    }
}
