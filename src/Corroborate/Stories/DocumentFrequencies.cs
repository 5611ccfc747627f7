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
            Changed?.Add(feature);
        }
    }

    /// <summary>When set, every feature whose count changes is added to it (a store writes just those back).</summary>
    public HashSet<string>? Changed { get; set; }

    /// <summary>Replaces every count with saved ones (a store loading its state).</summary>
    public void Load(int documents, IEnumerable<(string Feature, int Count)> counts)
    {
        _counts.Clear();
        Documents = documents;
        foreach (var (feature, count) in counts)
        {
            _counts[feature] = count;
        }
    }

    public int Count(string feature) => _counts.GetValueOrDefault(feature);

    /// <summary>Smoothed idf: a feature never seen scores highest, one in every document scores near 1.</summary>
    public double Idf(string feature) => Math.Log((Documents + 1.0) / (Count(feature) + 1.0)) + 1.0;
}
