namespace Corroborate.Copies;

/// <summary>
/// The copy index's memory when it lives in the process: ~1.9 KB per article with buckets and ids (the
/// signature is 128 × 4 bytes of it), 192 MB of heap for 100k articles of 300–700 words.
/// </summary>
internal sealed class InMemoryCopyState(CopyOptions options) : ICopyState
{
    private readonly List<CopyRecord> _records = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _bySequence = [];
    private readonly LshBuckets _buckets = new(options.MaxBucketSize);

    public int Count => _records.Count;

    public bool TryGetNumber(string id, out int number) => _byId.TryGetValue(id, out number);

    public void Append(CopyRecord record)
    {
        _byId.Add(record.Id, _records.Count);
        _records.Add(record);
    }

    public CopyRecord Get(int number) => _records[number];

    public void Set(int number, CopyRecord record) => _records[number] = record;

    public void Prefetch(IReadOnlyList<int> numbers)
    {
    }

    public void QueryBuckets(ReadOnlySpan<ulong> keys, List<int> into) => _buckets.Query(keys, into);

    public void AddToBuckets(ReadOnlySpan<ulong> keys, int number) => _buckets.Add(keys, number);

    public bool TryGetBySequence(ulong sequence, out int number) => _bySequence.TryGetValue(sequence, out number);

    public void AddSequence(ulong sequence, int number) => _bySequence.TryAdd(sequence, number);
}
