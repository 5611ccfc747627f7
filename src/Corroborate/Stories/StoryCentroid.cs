namespace Corroborate.Stories;

/// <summary>
/// The sum of a story's article vectors, pruned to its strongest features: a story of 5,000 articles is
/// compared as cheaply as one of 5, and its centre drifts with its newest articles instead of freezing.
/// </summary>
internal sealed class StoryCentroid
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private double _norm;

    public StoryCentroid(int capacity) => _capacity = capacity;

    public void Add(TermWeights article)
    {
        foreach (var (key, w) in article.Weights)
        {
            ref double v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_weights, key, out _);
            v += w;
        }

        // Prune lazily (at twice the capacity) so the sort is paid once per many additions.
        if (_weights.Count > 2 * _capacity)
        {
            var keep = _weights.ToArray();
            Array.Sort(keep, TermWeights.ByWeight);
            _weights.Clear();
            for (int i = 0; i < _capacity; i++)
            {
                _weights.Add(keep[i].Key, keep[i].Value);
            }
        }

        double sum = 0;
        foreach (double v in _weights.Values)
        {
            sum += v * v;
        }

        _norm = Math.Sqrt(sum);
    }

    public double Weight(string key) => _weights.GetValueOrDefault(key);

    /// <summary>Cosine of a unit-length article vector with this centroid.</summary>
    public double Cosine(TermWeights article)
    {
        if (_norm == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (key, w) in article.Weights)
        {
            if (_weights.TryGetValue(key, out double c))
            {
                dot += w * c;
            }
        }

        return dot / _norm;
    }

    /// <summary>The strongest name features of the story, for the name-mismatch test.</summary>
    public IEnumerable<string> LeadingNames(int count) =>
        _weights.Where(static p => p.Key[0] == TermWeights.NamePrefix)
            .OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(static p => p.Key);
}
