using System.CommandLine;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate ingest PATH... [--store STORE] [--batch-size N] [--verbose]</c>: adds documents to a store, one
/// transaction per batch. Documents are extracted without the batch line-count pre-pass of <c>analyze</c>, so the
/// result never depends on how the input was split into runs or batches.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = InputPaths.Create();
        var store = StoreOption.Create();
        var batchSize = CliValues.WholeNumber("--batch-size", "Documents per transaction", 200, minimum: 1);
        var verbose = new Option<bool>("--verbose") { Description = "Print a line on stderr after each committed batch, and each file a folder skipped" };
        var command = new Command("ingest", "Add documents to a store: extract, find copies, place in stories, persist") { paths, store, batchSize, verbose };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(store), parse.GetValue(batchSize), parse.GetValue(verbose)));
        return command;
    }

    private static int Run(string[] paths, string? storeValue, int batchSize, bool verbose)
    {
        var problems = new List<Diagnostic>();
        IReadOnlyList<string> files = InputPaths.Expand(paths, problems, verbose);

        if (files.Count == 0)
        {
            return CliErrors.Fail(CliErrors.NothingAnalyzed, "no documents to ingest (.txt or .html files)");
        }

        using Store store = StoreOption.Open(storeValue, write: true);
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        IngestSession session = store.BeginIngest(pipeline);
        HashSet<string> known = store.DocumentIds();
        var totals = new Totals();
        ProgressReporter.Run("ingesting", files.Count, progress =>
        {
            // Bytes already stored are skipped before extraction: a rerun after a crash only does the missing work.
            IEnumerable<RawDocument> fresh = files.Select(pipeline.Read).Where(d =>
            {
                bool skip = known.Contains(d.Id);
                if (skip)
                {
                    totals.AlreadyStored++;
                    progress?.Report(++totals.Seen);
                }

                return !skip;
            });
            foreach (PreparedDocument[] batch in pipeline.Prepare(fresh).Chunk(batchSize))
            {
                foreach (PreparedDocument failed in batch.Where(static p => p.Failed))
                {
                    totals.Failed++;
                    foreach (Diagnostic d in failed.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error))
                    {
                        Console.Error.WriteLine($"corroborate: {failed.Document.Path}: {d.Message}");
                    }
                }

                BatchOutcome outcome = session.Commit(batch);
                totals.Add(outcome);
                totals.Seen += batch.Length;
                progress?.Report(totals.Seen);
                if (verbose)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"corroborate: committed {outcome.Documents} documents ({outcome.Articles} articles); {totals.Documents} committed in this run"));
                }
            }

            return 0;
        });

        StoreCounts counts = store.Counts();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {totals.Documents} documents ({totals.Articles} articles); {totals.AlreadyStored + totals.Duplicates} already stored; {totals.Failed} unusable. {store.Location.Display} holds {counts.Documents} documents, {counts.Articles} articles, {counts.Stories} stories."));
        return totals.Failed == files.Count
            ? CliErrors.Fail(CliErrors.NothingAnalyzed, "none of the documents could be ingested")
            : 0;
    }

    private sealed class Totals
    {
        public int Seen { get; set; }

        public int Documents { get; private set; }

        public int Articles { get; private set; }

        public int Duplicates { get; private set; }

        public int AlreadyStored { get; set; }

        public int Failed { get; set; }

        public void Add(BatchOutcome outcome)
        {
            Documents += outcome.Documents;
            Articles += outcome.Articles;
            Duplicates += outcome.Duplicates;
        }
    }
}
