using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Cli.Bench;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate bench [--articles 10000,100000] [--seed N]</c>: the whole pipeline on a synthetic corpus, in-process.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--articles") { Description = "Comma-separated corpus sizes, in articles", DefaultValueFactory = _ => "10000,100000" };
        var seed = CliValues.WholeNumber("--seed", "Seed of the synthetic corpus", 42);
        var store = new Option<string?>("--store") { Description = "Measure ingest into a fresh store instead: sqlite, or postgres (server from --pg)" };
        store.AcceptOnlyFromAmong("sqlite", "postgres");
        var server = new Option<string?>("--pg") { Description = "PostgreSQL server connection string for --store postgres (a scratch database is created and dropped)" }.NotBlank();
        var batchSize = CliValues.WholeNumber("--batch-size", "Documents per transaction with --store", 500, minimum: 1);
        var queries = CliValues.WholeNumber("--queries", "Search queries timed with --store", 200, minimum: 1);
        var command = new Command("bench", "Measure the whole pipeline (Read → … → Stories → Corroborate → Brief), or ingest into a store, on a deterministic synthetic corpus") { sizes, seed, store, server, batchSize, queries };
        command.SetAction(parse => Run(parse.GetValue(sizes)!, parse.GetValue(seed), parse.GetValue(store), parse.GetValue(server), parse.GetValue(batchSize), parse.GetValue(queries)));
        return command;
    }

    private static int Run(string sizesText, int seed, string? store, string? server, int batchSize, int queries)
    {
        var sizes = new List<int>();
        foreach (string part in sizesText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size <= 0)
            {
                return CliErrors.Fail(CliErrors.BadArguments, $"--articles: '{part}' is not a positive whole number");
            }

            sizes.Add(size);
        }

        if (sizes.Count == 0)
        {
            return CliErrors.Fail(CliErrors.BadArguments, "--articles: no corpus size given (e.g. --articles 10000)");
        }

        if (store == "postgres" && string.IsNullOrWhiteSpace(server))
        {
            return CliErrors.Fail(CliErrors.BadArguments, "--store postgres needs --pg \"Host=…;Username=…\" (a server where a scratch database may be created)");
        }

        Console.WriteLine($"corroborate bench: seed {seed}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (store is not null)
        {
            StoreBench.PrintHeader();
            foreach (int size in sizes)
            {
                StoreBench.Measure(size, seed, batchSize, queries, store == "postgres" ? server : null);
            }

            return 0;
        }

        Console.WriteLine("| articles | documents | seconds | articles/s | µs/article | of which copies+stories µs | of which corroborate+brief µs | KB allocated/article | peak working set MB | stories | facts | conflicts |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // A small untimed run first, so the figures measure the pipeline rather than JIT compilation.
        Measure(2000, seed + 1, print: false);
        foreach (int size in sizes)
        {
            Measure(size, seed, print: true);
        }

        return 0;
    }

    private static void Measure(int articles, int seed, bool print)
    {
        var corpus = new SyntheticCorpus(seed);
        Pipeline.Pipeline pipeline = Pipeline.Pipeline.CreateDefault();
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        PipelineRun run = pipeline.Start();
        IEnumerable<RawDocument> documents = corpus.Documents(articles)
            .Select(d => DocumentReader.FromBytes(d.Name, Encoding.UTF8.GetBytes(d.Text)));
        var indexing = new Stopwatch();
        foreach (PreparedDocument prepared in pipeline.Prepare(documents))
        {
            indexing.Start();
            run.Add(prepared);
            indexing.Stop();
        }

        var corroborating = Stopwatch.StartNew();
        AnalysisResult result = run.Result();
        corroborating.Stop();
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        double seconds = clock.Elapsed.TotalSeconds;
        int count = run.ArticleCount;
        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        if (!print)
        {
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {count} | {run.DocumentCount} | {seconds:F1} | {count / seconds:F0} | {seconds * 1e6 / count:F0} | {indexing.Elapsed.TotalSeconds * 1e6 / count:F0} | {corroborating.Elapsed.TotalSeconds * 1e6 / count:F0} | {allocated / 1024.0 / count:F1} | {peakMb} | {result.Stories.Length} | {result.Facts.Count()} | {result.Conflicts.Count()} |"));
    }
}
