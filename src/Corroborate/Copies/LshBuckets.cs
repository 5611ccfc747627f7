using System.Runtime.InteropServices;

namespace Corroborate.Copies;

/// <summary>
/// Bucket key → articles, in memory. Buckets are singly linked lists in two int arrays (8 bytes per entry)
/// behind a key → (head, count) dictionary, rather than a List per key, because most keys have one article and
/// a List costs ~60 bytes. A bucket stops growing at <see cref="CopyOptions.MaxBucketSize"/>, so lookups cost at
/// most keys × cap whatever the corpus size.
/// </summary>
internal sealed class LshBuckets(int maxBucket)
{
    private readonly Dictionary<ulong, Bucket> _buckets = [];
    private int[] _article = new int[1024];
    private int[] _next = new int[1024];
    private int _nodes;

    public int BucketCount => _buckets.Count;

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
            else if (bucket.Count < maxBucket)
            {
                // Prepending is O(1); the candidate ranking sorts by article number, so order does not leak out.
                bucket = new Bucket(NewNode(article, bucket.Head), bucket.Count + 1);
            }
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
