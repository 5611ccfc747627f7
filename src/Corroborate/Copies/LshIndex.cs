using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Corroborate.Copies;

/// <summary>
/// Candidate lookup: bucket keys → articles. Two routes share one table, told apart by hash seed:
/// banded MinHash keys (pairs with a high Jaccard) and prefix keys (a truncated copy and its original
/// start alike, see <see cref="CopyOptions.PrefixShingles"/>).
/// <para>
/// Buckets are singly linked lists in two int arrays (8 bytes per entry) behind a key → (head, count)
/// dictionary, rather than a List per key, because most keys have one article and a List costs ~60 bytes.
/// A bucket stops growing at <see cref="CopyOptions.MaxBucketSize"/>, so lookups cost at most
/// keys × cap whatever the corpus size.
/// </para>
/// </summary>
internal sealed class LshIndex
{
    private const long PrefixSeed = 0x7072_6566_6978;

    private readonly int _bands;
    private readonly int _rows;
    private readonly int _prefixShingles;
    private readonly int _prefixKeys;
    private readonly int _maxBucket;
    private readonly Dictionary<ulong, Bucket> _buckets = [];
    private int[] _article = new int[1024];
    private int[] _next = new int[1024];
    private int _nodes;

    public LshIndex(CopyOptions options)
    {
        _bands = options.Bands;
        _rows = options.RowsPerBand;
        _prefixShingles = options.PrefixShingles;
        _prefixKeys = options.PrefixKeys;
        _maxBucket = options.MaxBucketSize;
    }

    /// <summary>Most keys one article has.</summary>
    public int MaxKeys => _bands + _prefixKeys;

    public int BucketCount => _buckets.Count;

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

    /// <summary>Appends the articles of every key's bucket to <paramref name="into"/> (with repeats: a repeat is one more shared key).</summary>
    public void Query(ReadOnlySpan<ulong> keys, List<int> into)
    {
        foreach (ulong key in keys)
        {
            if (_buckets.TryGetValue(key, out Bucket bucket))
            {
                for (int node = bucket.Head; node >= 0; node = _next[node])
                {
                    into.Add(_article[node]);
                }
            }
        }
    }

    public void Add(ReadOnlySpan<ulong> keys, int article)
    {
        foreach (ulong key in keys)
        {
            ref Bucket bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, key, out bool exists);
            if (!exists)
            {
                bucket = new Bucket(NewNode(article, -1), 1);
            }
            else if (bucket.Count < _maxBucket)
            {
                // Prepending is O(1); the candidate ranking sorts by article index, so order does not leak out.
                bucket = new Bucket(NewNode(article, bucket.Head), bucket.Count + 1);
            }
        }
    }

    /// <summary>Writes the buckets and their node lists as they are, so restored lookups return the same articles in the same order.</summary>
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_nodes);
        for (int i = 0; i < _nodes; i++)
        {
            writer.Write(_article[i]);
            writer.Write(_next[i]);
        }

        writer.Write(_buckets.Count);
        foreach (var (key, bucket) in _buckets)
        {
            writer.Write(key);
            writer.Write(bucket.Head);
            writer.Write(bucket.Count);
        }
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote, into an empty instance.</summary>
    public void ReadState(BinaryReader reader)
    {
        _nodes = reader.ReadInt32();
        _article = new int[Math.Max(1024, _nodes)];
        _next = new int[_article.Length];
        for (int i = 0; i < _nodes; i++)
        {
            _article[i] = reader.ReadInt32();
            _next[i] = reader.ReadInt32();
        }

        int buckets = reader.ReadInt32();
        _buckets.EnsureCapacity(buckets);
        for (int i = 0; i < buckets; i++)
        {
            ulong key = reader.ReadUInt64();
            _buckets.Add(key, new Bucket(reader.ReadInt32(), reader.ReadInt32()));
        }
    }

    private int NewNode(int article, int next)
    {
        if (_nodes == _article.Length)
        {
            Array.Resize(ref _article, _nodes * 2);
            Array.Resize(ref _next, _nodes * 2);
        }

        _article[_nodes] = article;
        _next[_nodes] = next;
        return _nodes++;
    }

    private readonly record struct Bucket(int Head, int Count);
}
