using Corroborate.Pipeline;

namespace Corroborate.Storage.Tests.Support;

/// <summary>In-process ingest, as the CLI does it: read, prepare (no batch pre-pass), commit in batches.</summary>
public static class Ingest
{
    /// <param name="checkpointDocuments">How often the index state is saved with a batch (documents).</param>
    /// <param name="finalCheckpoint">Save it at the end too (as the CLI does); without, the next run replays the tail.</param>
    public static void Files(StoreTarget target, IEnumerable<string> files, int batchSize, int checkpointDocuments = IngestSession.DefaultCheckpointDocuments, bool finalCheckpoint = true)
    {
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        using Store store = target.OpenWriter();
        IngestSession session = store.BeginIngest(pipeline, checkpointDocuments);
        foreach (PreparedDocument[] batch in pipeline.ReadAndPrepare(files).Chunk(batchSize))
        {
            session.Commit(batch);
        }

        if (finalCheckpoint)
        {
            session.Checkpoint();
        }
    }

    /// <summary>The engine alone, one continuous run in memory over the same files: what every store must agree with.</summary>
    public static AnalysisResult InMemory(IEnumerable<string> files)
    {
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        PipelineRun run = pipeline.Start();
        foreach (PreparedDocument prepared in pipeline.ReadAndPrepare(files))
        {
            run.Add(prepared);
        }

        return run.Result();
    }
}
