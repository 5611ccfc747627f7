using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>
/// kill -9 of a real <c>corroborate ingest</c> at seeded random moments, again and again: every batch it reported
/// committed is still there, and a final rerun ends with exactly the store a single clean ingest makes.
/// </summary>
public abstract partial class DurabilityTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _killed = new();
    private readonly T _clean = new();
    private readonly Corpus _corpus = new(300, seed: 11);

    [Fact]
    public void Killing_ingest_at_any_moment_loses_nothing_committed_and_duplicates_nothing()
    {
        var clean = CorroborateProcess.Run("ingest", _corpus.Folder, "--store", _clean.Argument, "--batch-size", "10");
        Assert.Equal(0, clean.ExitCode);

        var random = new Random(20261123);
        long stored = 0;
        int killedMidway = 0;
        // Each batch holds its transaction open 50 ms: however fast the machine (and however slowly this process
        // gets to read the child's output under load), a kill lands a few batches after the moment chosen below.
        var paused = new Dictionary<string, string> { ["CORROBORATE_TEST_BATCH_PAUSE_MS"] = "50" };
        for (int attempt = 0; attempt < 6; attempt++)
        {
            using var ingest = CorroborateProcess.Start(paused, "ingest", _corpus.Folder, "--store", _killed.Argument, "--batch-size", "10", "--verbose");

            // Seeded moments: the first run dies during start-up or schema creation, later ones after a random
            // number of commits plus a random few milliseconds, so kills land inside and between transactions.
            int commits = attempt == 0 ? 0 : random.Next(1, 4);
            int delay = attempt == 0 ? random.Next(100, 600) : random.Next(0, 60);
            bool running = ingest.WaitForStderr(text => CommittedLine().Matches(text).Count >= commits);
            Thread.Sleep(delay);
            if (!running || ingest.HasExited)
            {
                Assert.Equal(0, ingest.Wait().ExitCode);
                break;
            }

            var outcome = ingest.Kill();
            long now = Documents(_killed);
            Assert.True(now >= stored + ReportedCommitted(outcome.Stderr), $"after a kill the store holds {now} documents; {stored} were stored before this run and it reported {ReportedCommitted(outcome.Stderr)} more committed");
            if (now > stored && now < _corpus.Files.Count)
            {
                killedMidway++;
            }

            stored = now;
        }

        var final = CorroborateProcess.Run("ingest", _corpus.Folder, "--store", _killed.Argument, "--batch-size", "10");
        Assert.Equal(0, final.ExitCode);
        Assert.True(killedMidway >= 3, $"only {killedMidway} kills landed mid-run: the test proved too little");
        StoreContents.Of(_killed).AssertSameAs(StoreContents.Of(_clean));
    }

    private static long Documents(StoreTarget target)
    {
        if (target is SqliteTarget && !File.Exists(target.Argument))
        {
            return 0;
        }

        try
        {
            using Store store = target.OpenReader();
            return store.Counts().Documents;
        }
        catch (StoreException e) when (e.Message.Contains("no Corroborate store yet", StringComparison.Ordinal))
        {
            // Killed before the schema was committed.
            return 0;
        }
    }

    /// <summary>The documents the run said it committed (its last "N committed in this run" line).</summary>
    private static long ReportedCommitted(string stderr) =>
        CommittedLine().Matches(stderr).Select(static m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"(\d+) committed in this run")]
    private static partial Regex CommittedLine();

    public void Dispose()
    {
        _killed.Dispose();
        _clean.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDurabilityTests : DurabilityTests<SqliteTarget>;

public sealed class PostgresDurabilityTests : DurabilityTests<PostgresTarget>;
