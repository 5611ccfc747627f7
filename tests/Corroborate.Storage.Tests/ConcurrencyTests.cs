using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>Two ingests and a reader at once: both ingests finish, the reader is never refused, nothing is lost or doubled.</summary>
public abstract class ConcurrencyTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly Corpus _corpus = new(240, seed: 5);

    [Fact]
    public void Two_ingests_and_a_reader_at_once_neither_corrupt_nor_deadlock()
    {
        // Overlapping halves: the shared documents must end up stored once.
        string first = _corpus.Subset("a", _corpus.Files.Take(150));
        string second = _corpus.Subset("b", _corpus.Files.Skip(90));
        using (Store created = _target.OpenWriter())
        {
            // The schema exists before the race, so the reader has a store to read from the start.
        }

        using var a = CorroborateProcess.Start(null, "ingest", first, "--store", _target.Argument, "--batch-size", "8");
        using var b = CorroborateProcess.Start(null, "ingest", second, "--store", _target.Argument, "--batch-size", "8");
        int reads = 0;
        long lastSeen = 0;
        while (!(a.HasExited && b.HasExited))
        {
            using Store reader = _target.OpenReader();
            StoreCounts counts = reader.Counts();
            Assert.True(counts.Documents >= lastSeen, "a reader saw the store shrink");
            lastSeen = counts.Documents;
            _ = reader.Search("officials", 5);
            reads++;
        }

        var outcomeA = a.Wait();
        var outcomeB = b.Wait();
        Assert.True(outcomeA.ExitCode == 0, outcomeA.Stderr);
        Assert.True(outcomeB.ExitCode == 0, outcomeB.Stderr);
        Assert.True(reads > 0);

        StoreContents contents = StoreContents.Of(_target);
        Assert.Equal(_corpus.Files.Count, contents.Documents.Count);
        Assert.Equal(contents.Articles.Count, contents.Articles.Distinct().Count());
        using Store store = _target.OpenReader();
        StoreCounts final = store.Counts();
        Assert.Equal(final.Articles, contents.Articles.Count);
        Assert.Equal(final.Articles, store.Stories(null).Sum(static s => s.Story.Articles.Length));
        if (_target is SqliteTarget)
        {
            Assert.Equal("ok", SqlCommands.Scalar(store.Connection, null, "PRAGMA integrity_check"));
        }
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteConcurrencyTests : ConcurrencyTests<SqliteTarget>;

public sealed class PostgresConcurrencyTests : ConcurrencyTests<PostgresTarget>;
