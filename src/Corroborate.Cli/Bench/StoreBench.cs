using System.Diagnostics;
using System.Globalization;
using System.Text;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Cli.Bench;

/// <summary>
/// Ingest throughput into a fresh store (a temp SQLite file, or a new PostgreSQL database that is dropped
/// afterwards), store size per article, peak working set, and search latency over random two-word queries.
/// </summary>
internal static class StoreBench
{
    public static void PrintHeader()
    {
        Console.WriteLine("| store | articles | batch | seconds | articles/s | store KB/article | peak working set MB | search p50 ms | search p95 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    /// <param name="postgres">Server connection string for PostgreSQL (a database is created on it), or null for SQLite.</param>
    public static void Measure(int articles, int seed, int batchSize, int queries, string? postgres)
    {
        using var target = postgres is null ? (IDisposable)new SqliteBenchStore() : new PostgresBenchStore(postgres);
        StoreLocation location = target is SqliteBenchStore s ? StoreLocation.Parse(s.Path) : StoreLocation.Parse(((PostgresBenchStore)target).ConnectionString);
        var corpus = new SyntheticCorpus(seed);
        var pipeline = Pipeline.Pipeline.CreateDefault();
        var headlines = new List<string>();
        var clock = Stopwatch.StartNew();
        int stored = 0;
        using (Store store = Store.Open(location, write: true))
        {
            IEnumerable<RawDocument> documents = corpus.Documents(articles).Select(d =>
            {
                if (headlines.Count < 5000)
                {
                    headlines.Add(d.Text.Split('\n')[1]);
                }

                return DocumentReader.FromBytes(d.Name, Encoding.UTF8.GetBytes(d.Text));
            });
            // The store's own ingest loop, as `corroborate ingest` runs it.
            stored = DocumentIngest.Run(store, pipeline, new DocumentList(documents), new IngestOptions { BatchSize = batchSize }).Articles;
        }

        clock.Stop();
        long peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        using Store reader = Store.Open(location, write: false);
        long bytes = reader.SizeInBytes();
        var random = new Random(seed);
        var latencies = new List<double>(queries);
        for (int q = 0; q < queries; q++)
        {
            string[] words = headlines[random.Next(headlines.Count)].Split(' ');
            string query = words[random.Next(words.Length)] + " " + words[random.Next(words.Length)];
            var timer = Stopwatch.StartNew();
            _ = reader.Search(query, 10);
            latencies.Add(timer.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        string kind = postgres is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {stored} | {batchSize} | {clock.Elapsed.TotalSeconds:F1} | {stored / clock.Elapsed.TotalSeconds:F0} | {bytes / 1024.0 / stored:F1} | {peakMb} | {Percentile(latencies, 0.5):F1} | {Percentile(latencies, 0.95):F1} |"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private sealed class SqliteBenchStore : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"corroborate-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.db");

        public void Dispose()
        {
            foreach (string suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path + suffix);
            }
        }
    }

    private sealed class PostgresBenchStore : IDisposable
    {
        private readonly string _server;
        private readonly string _database = $"corroborate_bench_{Environment.ProcessId}";

        public PostgresBenchStore(string server)
        {
            _server = server;
            Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
            Execute($"CREATE DATABASE {_database}");
        }

        public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        private void Execute(string sql)
        {
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
