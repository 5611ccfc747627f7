namespace Corroborate.Stories;

/// <summary>
/// The sum of a story's article vectors, pruned to its strongest features: a story of 5,000 articles is
/// compared as cheaply as one of 5, and its centre drifts with its newest articles instead of freezing.
/// </summary>
internal sealed class StoryCentroid
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly int _capacity;

    // The norm under idf and the leading names are cached: idf drifts slowly (a 1% larger stream changes it
    // by well under 1%), so the norm is recomputed only when the centroid changed or the stream grew by 1%.
    private double _norm = -1;
    private int _normDocuments;
    private string[]? _leadingNames;

    public StoryCentroid(int capacity) => _capacity = capacity;

    /// <summary>Adds an article's idf-free weights; pruning keeps the features strongest under current idf.</summary>
    public void Add(TermWeights article, DocumentFrequencies df)
    {
        _norm = -1;
        _leadingNames = null;
        foreach (var (key, w) in article.Raw)
        {
            ref double v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_weights, key, out _);
            v += w;
        }

        // Prune lazily (at twice the capacity) so the sort is paid once per many additions.
        if (_weights.Count > 2 * _capacity)
        {
            var keep = _weights.Select(p => new KeyValuePair<string, double>(p.Key, p.Value * df.Idf(p.Key))).ToArray();
            Array.Sort(keep, TermWeights.ByWeight);
            var kept = keep.Take(_capacity).Select(static p => p.Key).ToArray();
            var values = kept.Select(k => _weights[k]).ToArray();
            _weights.Clear();
            for (int i = 0; i < kept.Length; i++)
            {
                _weights.Add(kept[i], values[i]);
            }
        }
    }

    /// <summary>Writes the weights in their dictionary order (sums run in that order) and the cached norm, which decisions depend on.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_weights.Count);
        foreach (var (key, value) in _weights)
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(_norm);
        writer.Write(_normDocuments);
    }

    /// <summary>Restores what <see cref="Write"/> wrote, into an empty centroid.</summary>
    public void Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            _weights.Add(reader.ReadString(), reader.ReadDouble());
        }

        _norm = reader.ReadDouble();
        _normDocuments = reader.ReadInt32();
    }

    /// <summary>
    /// Whether <see cref="Cosine"/> recomputed the cached norm since this was last reset. Scoring a story changes
    /// it, so a state kept outside memory must save the story again or later decisions would differ.
    /// </summary>
    public bool NormRecomputed { get; set; }

    /// <summary>Features held (at most twice the capacity between prunings).</summary>
    public int Count => _weights.Count;

    public double Weight(string key) => _weights.GetValueOrDefault(key);

    /// <summary>Cosine of a unit-length article vector with this centroid.</summary>
    public double Cosine(TermWeights article, DocumentFrequencies df)
    {
        double norm = Norm(df);
        if (norm == 0)
        {
            return 0;
        }

        double dot = 0;
        var weights = article.Weights;
        for (int i = 0; i < weights.Length; i++)
        {
            if (_weights.TryGetValue(weights[i].Key, out double c))
            {
                dot += weights[i].Value * c * article.Idf[i];
            }
        }

        return dot / norm;
    }

    /// <summary>The centroid's norm under current idf: O(capacity), bounded, and cached between changes.</summary>
    private double Norm(DocumentFrequencies df)
    {
        if (_norm >= 0 && df.Documents <= _normDocuments + (_normDocuments / 100))
        {
            return _norm;
        }

        double sum = 0;
        foreach (var (key, v) in _weights)
        {
            double x = v * df.Idf(key);
            sum += x * x;
        }

        _normDocuments = df.Documents;
        NormRecomputed = true;
        return _norm = Math.Sqrt(sum);
    }

    /// <summary>
    /// The strongest name features of the story, for the name-mismatch test: single words only, since every
    /// name of several words also stands as its last word, the form the test compares.
    /// </summary>
    public string[] LeadingNames(int count) =>
        _leadingNames ??= [.. _weights.Where(static p => p.Key[0] == TermWeights.NamePrefix && TermWeights.IsSingleWord(p.Key))
            .OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(static p => p.Key)];
}
