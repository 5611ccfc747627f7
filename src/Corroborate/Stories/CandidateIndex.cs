namespace Corroborate.Stories;

/// <summary>
/// Inverted index from a feature (term or name) to the stories that recently used it as one of their
/// informative features. Each posting list keeps only its newest stories, so a common word never makes a
/// lookup scan thousands of stories: the per-article cost stays flat as the stream grows.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly int _cap;

    public CandidateIndex(int cap) => _cap = cap;

    public void Add(string feature, int story)
    {
        if (!_postings.TryGetValue(feature, out List<int>? list))
        {
            _postings[feature] = list = new List<int>(4);
        }

        // Move to the end (newest); a story already present is refreshed rather than duplicated.
        int at = list.LastIndexOf(story);
        if (at == list.Count - 1 && at >= 0)
        {
            return;
        }

        if (at >= 0)
        {
            list.RemoveAt(at);
        }

        Changed?.Add(feature);
        list.Add(story);
        if (list.Count > _cap)
        {
            list.RemoveAt(0);
        }
    }

    /// <summary>When set, every feature whose posting list changes is added to it (a store writes just those back).</summary>
    public HashSet<string>? Changed { get; set; }

    /// <summary>A feature's posting list, oldest first: the order decides which story a full list drops next.</summary>
    public IReadOnlyList<int> Postings(string feature) => _postings.TryGetValue(feature, out List<int>? list) ? list : [];

    /// <summary>Forgets every posting list (a store about to load its state again).</summary>
    public void Clear() => _postings.Clear();

    /// <summary>Restores a saved posting list, oldest first (a store loading its state).</summary>
    public void Load(string feature, IEnumerable<int> stories) => _postings[feature] = [.. stories];

    /// <summary>Stories sharing the given features, ranked by how many they share (ties: newest story first).</summary>
    public List<int> Candidates(IEnumerable<string> features, int max)
    {
        var hits = new Dictionary<int, int>();
        foreach (string feature in features)
        {
            if (_postings.TryGetValue(feature, out List<int>? list))
            {
                foreach (int story in list)
                {
                    hits[story] = hits.GetValueOrDefault(story) + 1;
                }
            }
        }

        var ranked = hits.ToList();
        ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : b.Key.CompareTo(a.Key));
        return ranked.Take(max).Select(static p => p.Key).ToList();
    }
}
