using Corroborate.Storage.Sql;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>
/// Rows that cannot be read back (an edited or damaged store, or one written by a newer layout): the real command
/// exits 4 with one line naming the store as damaged, never 70 with an internal error, on both backends.
/// </summary>
public abstract class DamagedRowTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly Corpus _corpus = new(40, seed: 11);

    [Theory]
    [InlineData("UPDATE stories SET snapshot = '{\"title\": '", "stories")]
    [InlineData("UPDATE stories SET snapshot = '{\"title\": 7}'", "export")]
    [InlineData("UPDATE documents SET format = 'Spreadsheet'", "export")]
    [InlineData("UPDATE articles SET published = 'the third of March'", "export")]
    [InlineData("UPDATE documents SET diagnostics = '[{\"severity\": \"Loud\", \"code\": \"x\", \"message\": \"y\"}]'", "export")]
    public void A_row_that_cannot_be_decoded_is_reported_as_a_damaged_store(string damage, string command)
    {
        Ingest.Files(_target, _corpus.Files, batchSize: 20);
        Damage(damage);

        var outcome = CorroborateProcess.Run(command == "stories" ? ["stories", "--store", _target.Argument] : ["export", "--format", "jsonl", "--store", _target.Argument]);

        AssertDamaged(outcome, "a stored row cannot be read");
    }

    [Fact]
    public void A_story_state_of_an_unknown_layout_stops_ingest_with_exit_4_and_keeps_the_store()
    {
        Ingest.Files(_target, _corpus.Files.Take(20), batchSize: 20);
        using (Store store = _target.OpenWriter())
        {
            // Layout 99 where this version writes its own: the first four bytes of a state name its layout.
            SqlCommands.Execute(store.Connection, null, "UPDATE story_states SET head = @head", ("@head", new byte[] { 99, 0, 0, 0 }));
        }

        StoreContents before = StoreContents.Of(_target);
        var outcome = CorroborateProcess.Run("ingest", _corpus.Folder, "--store", _target.Argument);

        AssertDamaged(outcome, "story state has layout 99");
        StoreContents.Of(_target).AssertSameAs(before);
    }

    private void Damage(string sql)
    {
        using Store store = _target.OpenWriter();
        SqlCommands.Execute(store.Connection, null, sql);
    }

    private void AssertDamaged(CorroborateProcess.Outcome outcome, string detail)
    {
        Assert.Equal(4, outcome.ExitCode);
        string line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), static l => l.StartsWith("corroborate:", StringComparison.Ordinal));
        Assert.StartsWith($"corroborate: the store {_target.Location.Display} is damaged (", line, StringComparison.Ordinal);
        Assert.Contains(detail, line, StringComparison.Ordinal);
        CorroborateProcess.AssertNoStackTrace(outcome);
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDamagedRowTests : DamagedRowTests<SqliteTarget>;

public sealed class PostgresDamagedRowTests : DamagedRowTests<PostgresTarget>;
