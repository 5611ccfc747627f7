using System.CommandLine;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Storage;

namespace Corroborate.Cli.Commands;

/// <summary>
/// <c>corroborate ingest PATH... [--store STORE] [--batch-size N] [--verbose] [--max-total-mb N]</c>: adds documents to a store, one
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
        var budget = InputPaths.BudgetOption();
        var command = new Command("ingest", "Add documents to a store: extract, find copies, place in stories, persist") { paths, store, batchSize, verbose, budget };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(store), parse.GetValue(batchSize), parse.GetValue(verbose), parse.GetValue(budget)));
        return command;
    }

    private static int Run(string[] paths, string? storeValue, int batchSize, bool verbose, int maxTotalMb)
    {
        var problems = new List<Diagnostic>();
        IReadOnlyList<string> files = InputPaths.Expand(paths, problems, verbose, InputPaths.Options(maxTotalMb));

        if (files.Count == 0)
        {
            return CliErrors.Fail(CliErrors.NothingAnalyzed, "no documents to ingest (.txt or .html files)");
        }

        using Store store = StoreOption.Open(storeValue, write: true);
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        IngestTotals totals = ProgressReporter.Run("ingesting", files.Count, progress =>
            DocumentIngest.Run(store, pipeline, FileSource.OfFiles(files), TestHooks.IngestOptions(batchSize), new Listener(progress, verbose)));

        StoreCounts counts = store.Counts();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {totals.Documents} documents ({totals.Articles} articles); {totals.AlreadyStored + totals.Duplicates} already stored; {totals.Unusable} unusable. {store.Location.Display} holds {counts.Documents} documents, {counts.Articles} articles, {counts.Stories} stories."));
        return totals.Unusable == files.Count
            ? CliErrors.Fail(CliErrors.NothingAnalyzed, "none of the documents could be ingested")
            : 0;
    }

    /// <summary>Progress on stderr, a line per unusable document, and with --verbose a line per committed batch.</summary>
    private sealed class Listener(IProgress<int>? progress, bool verbose) : IIngestListener
    {
        public void Seen(int documents) => progress?.Report(documents);

        public void Unusable(RawDocument document, IReadOnlyList<Diagnostic> errors)
        {
            foreach (Diagnostic error in errors)
            {
                Console.Error.WriteLine($"corroborate: {PrintableName.Of(document.Path)}: {error.Message}");
            }
        }

        public void Committed(BatchOutcome batch, IngestTotals soFar)
        {
            if (verbose)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corroborate: committed {batch.Documents} documents ({batch.Articles} articles); {soFar.Documents} committed in this run"));
            }
        }
    }
}
