namespace Corroborate.Stories;

/// <summary>
/// Document frequencies maintained one article at a time, so inverse document frequency is always that of the
/// stream seen so far: no second pass, no fixed vocabulary.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public void Add(IEnumerable<string> features)
    {
        Documents++;
        foreach (string feature in features)
        {
            ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, feature, out _);
            count++;
        }
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(Documents);
        writer.Write(_counts.Count);
        foreach (var (feature, count) in _counts)
        {
            writer.Write(feature);
            writer.Write(count);
        }
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote, into an empty instance.</summary>
    public void ReadState(BinaryReader reader)
    {
        Documents = reader.ReadInt32();
        int count = reader.ReadInt32();
        _counts.EnsureCapacity(count);
        for (int i = 0; i < count; i++)
        {
            _counts.Add(reader.ReadString(), reader.ReadInt32());
        }
    }

    public int Count(string feature) => _counts.GetValueOrDefault(feature);

    /// <summary>Smoothed idf: a feature never seen scores highest, one in every document scores near 1.</summary>
    public double Idf(string feature) => Math.Log((Documents + 1.0) / (Count(feature) + 1.0)) + 1.0;
}
