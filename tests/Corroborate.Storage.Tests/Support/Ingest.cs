using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Storage.Tests.Support;

/// <summary>In-process ingest through the store's own loop (<see cref="DocumentIngest"/>), as the CLI does it.</summary>
public static class Ingest
{
    /// <param name="cachedStoryFeatures">Size of the session's story cache; null for the default.</param>
    public static void Files(StoreTarget target, IEnumerable<string> files, int batchSize, int? cachedStoryFeatures = null)
    {
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        using Store store = target.OpenWriter();
        var options = new IngestOptions { BatchSize = batchSize };
        IDocumentSource source = FileSource.OfFiles([.. files]);
        if (cachedStoryFeatures is int cache)
        {
            // A tiny story cache is a test-only session setting; the loop is the store's own.
            DocumentIngest.Run(store, store.BeginIngest(pipeline, options, cache), pipeline, source, options);
        }
        else
        {
            DocumentIngest.Run(store, pipeline, source, options);
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
