namespace Corroborate.Stories;

/// <summary>
/// The sum of a story's article vectors, pruned to its strongest features: a story of 5,000 articles is
/// compared as cheaply as one of 5, and its centre drifts with its newest articles instead of freezing.
/// </summary>
internal sealed class StoryCentroid
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public StoryCentroid(int capacity) => _capacity = capacity;

    /// <summary>Adds an article's idf-free weights; pruning keeps the features strongest under current idf.</summary>
    public void Add(TermWeights article, DocumentFrequencies df)
    {
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

    public double Weight(string key) => _weights.GetValueOrDefault(key);

    /// <summary>Cosine of a unit-length article vector with this centroid.</summary>
    public double Cosine(TermWeights article, DocumentFrequencies df)
    {
        // The centroid's norm under current idf: O(capacity), bounded, paid per candidate.
        double sum = 0;
        foreach (var (key, v) in _weights)
        {
            double x = v * df.Idf(key);
            sum += x * x;
        }

        if (sum == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (key, w) in article.Weights)
        {
            if (_weights.TryGetValue(key, out double c))
            {
                dot += w * c * df.Idf(key);
            }
        }

        return dot / Math.Sqrt(sum);
    }

    /// <summary>The strongest name features of the story, for the name-mismatch test.</summary>
    public IEnumerable<string> LeadingNames(int count) =>
        _weights.Where(static p => p.Key[0] == TermWeights.NamePrefix)
            .OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(static p => p.Key);
}
