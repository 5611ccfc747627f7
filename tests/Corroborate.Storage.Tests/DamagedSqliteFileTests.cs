using System.Buffers.Binary;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>
/// Real stores with their bytes damaged in a fixed way (cut short, a page zeroed or overwritten, the schema or the
/// header scrambled): every command refuses them with exit 4 and one line naming the store as damaged, and no command
/// writes a byte into them. Each damage is deterministic, so a failure reproduces.
/// </summary>
public sealed class DamagedSqliteFileTests : IClassFixture<DamagedSqliteFileTests.PristineStore>, IDisposable
{
    private readonly PristineStore _pristine;
    private readonly SqliteTarget _target = new();

    public DamagedSqliteFileTests(PristineStore pristine) => _pristine = pristine;

    public static TheoryData<string> Damages => [.. Damage.All.Keys];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_store_is_refused_by_every_command_and_left_as_it_was(string damage)
    {
        byte[] bytes = Damage.All[damage](_pristine.Bytes, _pristine.PageSize);
        File.WriteAllBytes(_target.Argument, bytes);

        foreach (string[] command in new[]
        {
            new[] { "ingest", _pristine.Corpus.Folder, "--store", _target.Argument },
            ["export", "--format", "jsonl", "--store", _target.Argument],
            ["stories", "--store", _target.Argument],
            ["search", "council", "--store", _target.Argument],
        })
        {
            var outcome = CorroborateProcess.Run(command);
            Assert.True(outcome.ExitCode == 4, $"{damage}: {command[0]} exited {outcome.ExitCode}: {outcome.Stderr}");
            string line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"corroborate: the store {_target.Argument} is damaged (", line, StringComparison.Ordinal);
            CorroborateProcess.AssertNoStackTrace(outcome);
            Assert.Equal(bytes, File.ReadAllBytes(_target.Argument));
        }
    }

    public void Dispose() => _target.Dispose();

    /// <summary>Ways to damage a store file: each takes the pristine bytes and the page size and returns new bytes.</summary>
    private static class Damage
    {
        public static readonly IReadOnlyDictionary<string, Func<byte[], int, byte[]>> All = new Dictionary<string, Func<byte[], int, byte[]>>
        {
            ["cut to half its pages"] = static (b, p) => b[..(b.Length / p / 2 * p)],
            ["cut in the middle of its last page"] = static (b, p) => b[..(b.Length - (p / 2))],
            ["the root page of the first table overwritten"] = static (b, p) => Overwrite(b, p, 8, 0xFF),
            ["a page in the middle zeroed"] = static (b, p) => Overwrite(b, (b.Length / p / 2) * p, p, 0),
            ["the second half zeroed"] = static (b, p) => Overwrite(b, b.Length / p / 2 * p, b.Length - (b.Length / p / 2 * p), 0),
            ["the schema text on page 1 flipped"] = static (b, p) => Flip(b, p - 400, 300),
            ["the header's page size invalid"] = static (b, p) => With(b, c => BinaryPrimitives.WriteUInt16BigEndian(c.AsSpan(16), 3000)),
            ["the header's free-list pointer out of range"] = static (b, p) => With(b, c => BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(32), 0x7FFF_FFF0)),
            ["the last page filled with noise"] = static (b, p) => Noise(b, b.Length - p, p),
            ["a page copied over another"] = static (b, p) => With(b, c => b.AsSpan(2 * p, p).CopyTo(c.AsSpan(3 * p))),
        };

        private static byte[] With(byte[] bytes, Action<byte[]> change)
        {
            byte[] copy = (byte[])bytes.Clone();
            change(copy);
            return copy;
        }

        private static byte[] Overwrite(byte[] bytes, int start, int count, byte value) => With(bytes, c => c.AsSpan(start, count).Fill(value));

        private static byte[] Flip(byte[] bytes, int start, int count) => With(bytes, c =>
        {
            for (int i = start; i < start + count; i++)
            {
                c[i] ^= 0x5A;
            }
        });

        // A fixed linear congruential sequence: the same noise on every run.
        private static byte[] Noise(byte[] bytes, int start, int count) => With(bytes, c =>
        {
            uint state = 12345;
            for (int i = start; i < start + count; i++)
            {
                state = (state * 1103515245) + 12345;
                c[i] = (byte)(state >> 16);
            }
        });
    }

    /// <summary>One real store (an ingest of a small fictional corpus), merged into its main file, for every damage.</summary>
    public sealed class PristineStore : IDisposable
    {
        private readonly SqliteTarget _target = new();

        public PristineStore()
        {
            Ingest.Files(_target, Corpus.Files, batchSize: 10);
            Assert.False(File.Exists(_target.Argument + "-wal"), "the last connection merges the journal into the file");
            Bytes = File.ReadAllBytes(_target.Argument);
            PageSize = BinaryPrimitives.ReadUInt16BigEndian(Bytes.AsSpan(16));
            Assert.True(Bytes.Length / PageSize >= 8, "enough pages to damage one in the middle");
        }

        public Corpus Corpus { get; } = new(40, seed: 13);

        public byte[] Bytes { get; }

        public int PageSize { get; }

        public void Dispose()
        {
            _target.Dispose();
            Corpus.Dispose();
        }
    }
}
