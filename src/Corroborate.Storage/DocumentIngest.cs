using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Storage;

/// <summary>What an ingest has done so far.</summary>
/// <param name="Seen">Documents the source yielded.</param>
/// <param name="AlreadyStored">Documents skipped before extraction because the store holds their bytes.</param>
/// <param name="Duplicates">Documents whose bytes another document of this run had.</param>
/// <param name="Unusable">Documents that could not be read or held nothing.</param>
public sealed record IngestTotals(int Seen, int Documents, int Articles, int AlreadyStored, int Duplicates, int Unusable);

/// <summary>Hears what an ingest does, for progress lines and messages; every method is optional.</summary>
public interface IIngestListener
{
    /// <summary>The source yielded another document (stored already or not).</summary>
    void Seen(int documents)
    {
    }

    /// <summary>A document could not be used; <paramref name="errors"/> say why.</summary>
    void Unusable(RawDocument document, IReadOnlyList<Diagnostic> errors)
    {
    }

    /// <summary>A batch committed.</summary>
    void Committed(BatchOutcome batch, IngestTotals soFar)
    {
    }
}

/// <summary>
/// The ingest loop, shared by the CLI, the tests and hosts: documents the store already holds are skipped before
/// extraction (a rerun after a crash only does the missing work); the others go through the pipeline's stateless
/// stages in parallel and are committed in batches, one transaction each, in source order. There is no batch
/// line-count pre-pass, so a document's articles never depend on what else was in its run.
/// </summary>
public static class DocumentIngest
{
    /// <exception cref="StoreException">A batch failed and was rolled back; every batch before it is committed.</exception>
    public static IngestTotals Run(Store store, Pipeline.Pipeline pipeline, IDocumentSource source, IngestOptions? options = null, IIngestListener? listener = null)
    {
        options ??= IngestOptions.Default;
        return Run(store, store.BeginIngest(pipeline, options), pipeline, source, options, listener);
    }

    /// <summary>As <see cref="Run(Store, Pipeline.Pipeline, IDocumentSource, IngestOptions?, IIngestListener?)"/> through a session made by the caller (tests: one with a tiny story cache).</summary>
    internal static IngestTotals Run(Store store, IngestSession session, Pipeline.Pipeline pipeline, IDocumentSource source, IngestOptions options, IIngestListener? listener = null)
    {
        options.Validate();
        listener ??= Silent.Instance;
        HashSet<string> known = store.DocumentIds();
        var totals = new IngestTotals(0, 0, 0, 0, 0, 0);
        IEnumerable<RawDocument> fresh = source.Read(pipeline.Reader).Where(document =>
        {
            if (!known.Contains(document.Id))
            {
                return true;
            }

            totals = totals with { Seen = totals.Seen + 1, AlreadyStored = totals.AlreadyStored + 1 };
            listener.Seen(totals.Seen);
            return false;
        });
        foreach (PreparedDocument[] batch in pipeline.Prepare(fresh).Chunk(options.BatchSize))
        {
            int unusable = 0;
            foreach (PreparedDocument failed in batch.Where(static p => p.Failed))
            {
                unusable++;
                listener.Unusable(failed.Document, [.. failed.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)]);
            }

            BatchOutcome outcome = session.Commit(batch);
            totals = totals with
            {
                Seen = totals.Seen + batch.Length,
                Documents = totals.Documents + outcome.Documents,
                Articles = totals.Articles + outcome.Articles,
                Duplicates = totals.Duplicates + outcome.Duplicates,
                Unusable = totals.Unusable + unusable,
            };
            listener.Seen(totals.Seen);
            listener.Committed(outcome, totals);
        }

        return totals;
    }

    private sealed class Silent : IIngestListener
    {
        public static Silent Instance { get; } = new();
    }
}
