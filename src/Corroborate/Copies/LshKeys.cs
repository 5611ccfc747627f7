using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Corroborate.Copies;

/// <summary>
/// The bucket keys of an article for candidate lookup. Two routes share one key space, told apart by hash seed:
/// banded MinHash keys (pairs with a high Jaccard) and prefix keys (a truncated copy and its original start
/// alike, see <see cref="CopyOptions.PrefixShingles"/>).
/// </summary>
internal sealed class LshKeys
{
    private const long PrefixSeed = 0x7072_6566_6978;

    private readonly int _bands;
    private readonly int _rows;
    private readonly int _prefixShingles;
    private readonly int _prefixKeys;

    public LshKeys(CopyOptions options)
    {
        _bands = options.Bands;
        _rows = options.RowsPerBand;
        _prefixShingles = options.PrefixShingles;
        _prefixKeys = options.PrefixKeys;
    }

    /// <summary>Most keys one article has.</summary>
    public int MaxKeys => _bands + _prefixKeys;

    /// <summary>Writes the bucket keys of an article; returns how many.</summary>
    /// <param name="shinglesInOrder">Shingle hashes in text order (for the prefix route).</param>
    public int Keys(ReadOnlySpan<uint> signature, ReadOnlySpan<ulong> shinglesInOrder, Span<ulong> into)
    {
        int n = 0;
        for (int band = 0; band < _bands; band++)
        {
            ReadOnlySpan<uint> rows = signature.Slice(band * _rows, _rows);
            into[n++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(rows), seed: band + 1);
        }

        // Bottom-k of the prefix: the k smallest distinct hashes of the first shingles. A shift of a few
        // words at the start changes few of them, so both texts still share most keys.
        ReadOnlySpan<ulong> prefix = shinglesInOrder[..Math.Min(_prefixShingles, shinglesInOrder.Length)];
        Span<ulong> smallest = into.Slice(n, _prefixKeys);
        int k = 0;
        foreach (ulong h in prefix)
        {
            int pos = smallest[..k].BinarySearch(h);
            if (pos >= 0)
            {
                continue;
            }

            pos = ~pos;
            if (pos >= _prefixKeys)
            {
                continue;
            }

            int keep = Math.Min(k, _prefixKeys - 1);
            smallest[pos..keep].CopyTo(smallest[(pos + 1)..]);
            smallest[pos] = h;
            k = keep + 1;
        }

        for (int i = 0; i < k; i++)
        {
            smallest[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(smallest.Slice(i, 1)), seed: PrefixSeed);
        }

        return n + k;
    }
}
