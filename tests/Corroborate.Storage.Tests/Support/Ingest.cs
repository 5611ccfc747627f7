using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Storage.Tests.Support;

/// <summary>In-process ingest, as the CLI does it: read, prepare (no batch pre-pass), commit in batches.</summary>
public static class Ingest
{
    /// <param name="cachedStoryFeatures">Size of the session's story cache; null for the default.</param>
    public static void Files(StoreTarget target, IEnumerable<string> files, int batchSize, int? cachedStoryFeatures = null)
    {
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        using Store store = target.OpenWriter();
        IngestSession session = cachedStoryFeatures is int cache ? store.BeginIngest(pipeline, cache) : store.BeginIngest(pipeline);
        foreach (PreparedDocument[] batch in pipeline.ReadAndPrepare(files).Chunk(batchSize))
        {
            session.Commit(batch);
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
