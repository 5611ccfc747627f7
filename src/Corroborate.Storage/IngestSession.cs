using System.Data.Common;
using System.Globalization;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Corroborate.Storage.Json;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage;

/// <summary>
/// Adds prepared documents to a store, one transaction per batch. Inside the write lock, the batch first makes
/// sure its indexes are the committed ones (another process may have committed since: then the saved state is
/// reloaded), adds the batch's articles to them in order, and writes the documents, articles, changed copy links,
/// changed stories and the new index state together. A batch is all or nothing: a crash at any point leaves the
/// store at the previous batch, and the same documents are simply added again by the next run.
/// </summary>
public sealed class IngestSession
{
    private readonly Store _store;
    private readonly Pipeline.Pipeline _pipeline;
    private InMemoryCopyIndex? _copies;
    private InMemoryStoryIndex? _stories;

    // The committed index version our in-memory indexes match; -1 = not loaded, or out of step after a failure.
    private long _version = -1;

    internal IngestSession(Store store, Pipeline.Pipeline pipeline)
    {
        _store = store;
        _pipeline = pipeline;
    }

    /// <summary>Commits one batch; documents already stored (same bytes) are skipped and counted as duplicates.</summary>
    /// <exception cref="StoreException">The batch was rolled back; everything committed before it is intact.</exception>
    public BatchOutcome Commit(IReadOnlyList<PreparedDocument> batch)
    {
        DbConnection connection = _store.Connection;
        try
        {
            return _store.Guard(() =>
            {
                using DbTransaction transaction = _store.Dialect.BeginWrite(connection);
                long version = EnsureCurrent(connection, transaction);
                var writer = new BatchWriter(connection, transaction, _store.Dialect);
                PipelineRun run = new PipelineBuilder().UseCopyIndex(() => _copies!).UseStoryIndex(() => _stories!)
                    .WithParallelism(1).Build().Start(keepArticles: false);

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

                    writer.InsertDocument(prepared.Document);
                    IReadOnlyList<StoryAssignment> placed = run.Add(prepared);
                    for (int i = 0; i < placed.Count; i++)
                    {
                        writer.InsertArticle(prepared.Articles[i], placed[i]);
                        touchedArticles.Add(placed[i].ArticleId);
                    }

                    documents++;
                    articles += placed.Count;
                }

                if (documents == 0)
                {
                    // Nothing new: leave the index state and its version alone.
                    transaction.Commit();
                    return new BatchOutcome(0, 0, duplicates);
                }

                WriteCopyLinks(writer, touchedArticles);
                WriteStories(writer, touchedArticles);
                writer.SaveIndexState(IndexState.Save(_copies!, _stories!), version + 1);
                transaction.Commit();
                _version = version + 1;
                return new BatchOutcome(documents, articles, duplicates);
            });
        }
        catch
        {
            // The in-memory indexes may hold articles of the rolled-back batch: reload before the next batch.
            _version = -1;
            throw;
        }
    }

    /// <summary>Loads the committed index state unless ours is it already; returns its version (0 for a new store).</summary>
    private long EnsureCurrent(DbConnection connection, DbTransaction transaction)
    {
        long committed = SqlCommands.Scalar(connection, transaction, "SELECT version FROM index_state WHERE name = @name", ("@name", IndexState.Name)) is { } v
            ? Convert.ToInt64(v, CultureInfo.InvariantCulture)
            : 0;
        if (committed == _version && _copies is not null)
        {
            return committed;
        }

        if (committed == 0)
        {
            (_copies, _stories) = (new InMemoryCopyIndex(), new InMemoryStoryIndex());
        }
        else
        {
            var data = (byte[])SqlCommands.Scalar(connection, transaction, "SELECT data FROM index_state WHERE name = @name", ("@name", IndexState.Name))!;
            (_copies, _stories) = IndexState.Load(data, _store.Location.Display);
        }

        _version = committed;
        return committed;
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
