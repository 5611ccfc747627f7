using System.Data.Common;
using System.Globalization;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage;

/// <summary>
/// Adds prepared documents to a store, one transaction per batch.
/// <para>
/// Every batch commits its documents, articles (with story and event), the copy links of every touched copy
/// group and the snapshots of every touched story: the store is complete after each commit. The index state
/// (the copy and story indexes) is saved as a checkpoint together with some batches and at the end of a run;
/// it records the last document it includes (documents are numbered in the order the indexes saw them). A
/// session that finds documents after the checkpoint — the tail of a killed run, or batches another process
/// committed meanwhile — replays just those through the indexes, in order, before adding its own batch. The
/// indexes are deterministic, so the replayed state is exactly the one the original run had.
/// </para>
/// A batch is all or nothing: a crash at any point leaves the store at the previous batch, and the same
/// documents are simply added again by the next run.
/// </summary>
public sealed class IngestSession
{
    /// <summary>Default fewest documents between checkpoints; also at least a quarter of the store, so checkpoint writes stay linear overall.</summary>
    public const int DefaultCheckpointDocuments = 2000;

    private readonly Store _store;
    private readonly Pipeline.Pipeline _pipeline;
    private readonly int _checkpointDocuments;
    private InMemoryCopyIndex? _copies;
    private InMemoryStoryIndex? _stories;
    private PipelineRun? _run;

    // The last document (by seq) our in-memory indexes include; -1 = not loaded, or out of step after a failure.
    private long _lastDocument = -1;
    private long _checkpointed;

    internal IngestSession(Store store, Pipeline.Pipeline pipeline, int checkpointDocuments)
    {
        _store = store;
        _pipeline = pipeline;
        _checkpointDocuments = Math.Max(1, checkpointDocuments);
    }

    /// <summary>Commits one batch; documents already stored (same bytes) are skipped and counted as duplicates.</summary>
    /// <exception cref="StoreException">The batch was rolled back; everything committed before it is intact.</exception>
    public BatchOutcome Commit(IReadOnlyList<PreparedDocument> batch) => Write((connection, transaction) =>
    {
        CatchUp(connection, transaction);
        using var writer = new BatchWriter(connection, transaction, _store.Dialect);
        int documents = 0, articles = 0, duplicates = 0;
        long last = _lastDocument;
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
            IReadOnlyList<StoryAssignment> placed = _run!.Add(prepared);
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
        bool checkpoint = last - _checkpointed >= Math.Max(_checkpointDocuments, last / 4);
        if (checkpoint)
        {
            writer.SaveIndexState(_copies!, _stories!, last);
        }

        transaction.Commit();
        _lastDocument = last;
        if (checkpoint)
        {
            _checkpointed = last;
        }

        return new BatchOutcome(documents, articles, duplicates);
    });

    /// <summary>Saves the index state now (at the end of a run), so the next run replays nothing.</summary>
    public void Checkpoint() => Write((connection, transaction) =>
    {
        CatchUp(connection, transaction);
        if (_lastDocument > _checkpointed)
        {
            using var writer = new BatchWriter(connection, transaction, _store.Dialect);
            writer.SaveIndexState(_copies!, _stories!, _lastDocument);
        }

        transaction.Commit();
        _checkpointed = _lastDocument;
        return 0;
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
            // The in-memory indexes may hold articles of the rolled-back batch: reload before the next one.
            _lastDocument = -1;
            throw;
        }
    }

    /// <summary>Inside the write lock: brings the in-memory indexes to the last committed document.</summary>
    private void CatchUp(DbConnection connection, DbTransaction transaction)
    {
        if (_lastDocument < 0)
        {
            Load(connection, transaction);
        }

        while (true)
        {
            var tail = SqlCommands.Query(connection, transaction,
                "SELECT seq, id, path, format, text, diagnostics FROM documents WHERE seq > @last ORDER BY seq LIMIT 256",
                Store.ReadDocument, ("@last", _lastDocument));
            if (tail.Count == 0)
            {
                return;
            }

            // The stateless stages in parallel, the indexes in document order: exactly what the original run did.
            foreach (PreparedDocument prepared in _pipeline.Prepare(tail.Select(static t => t.Document)))
            {
                _run!.Add(prepared);
            }

            _lastDocument = tail[^1].Seq;
        }
    }

    private void Load(DbConnection connection, DbTransaction transaction)
    {
        object? version = SqlCommands.Scalar(connection, transaction, "SELECT max(version) FROM index_state WHERE name = @name", ("@name", IndexState.Name));
        if (version is null)
        {
            (_copies, _stories, _checkpointed) = (new InMemoryCopyIndex(), new InMemoryStoryIndex(), 0);
        }
        else
        {
            var parts = SqlCommands.Rows(connection, transaction, "SELECT data FROM index_state WHERE name = @name ORDER BY part",
                static r => (byte[])r.GetValue(0), ("@name", IndexState.Name));
            (_copies, _stories) = IndexState.Load(parts, _store.Location.Display);
            _checkpointed = Convert.ToInt64(version, CultureInfo.InvariantCulture);
        }

        _lastDocument = _checkpointed;
        _run = new PipelineBuilder().UseCopyIndex(() => _copies!).UseStoryIndex(() => _stories!)
            .WithParallelism(_pipeline.Parallelism).Build().Start(keepArticles: false);
    }

    /// <summary>
    /// A new article can make a more complete copy the canonical of its whole group, so every member of a touched
    /// group gets its link written as resolved now.
    /// </summary>
    private void WriteCopyLinks(BatchWriter writer, List<string> touchedArticles)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (string article in touchedArticles)
        {
            foreach (string member in _copies!.GroupOf(article))
            {
                if (done.Add(member))
                {
                    writer.UpdateCopyLink(member, _copies.LinkOf(member));
                }
            }
        }
    }

    /// <summary>Writes the snapshot of each story that gained an article (its title, members and events may have changed).</summary>
    private void WriteStories(BatchWriter writer, List<string> touchedArticles)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (string article in touchedArticles)
        {
            if (_stories!.StoryOf(article) is Story story && done.Add(story.Id))
            {
                writer.UpsertStory(story);
            }
        }
    }
}
