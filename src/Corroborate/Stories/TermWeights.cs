using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>
/// An article as a unit-length TF-IDF vector over its stemmed terms and its names. Names live in their own
/// key space (prefixed) and are boosted, so "smith" the term and "John Smith" the name do not collide.
/// </summary>
internal sealed class TermWeights
{
    /// <summary>Prefix of name features; a control character cannot occur in a normalized term.</summary>
    public const char NamePrefix = '\u0001';

    private TermWeights(KeyValuePair<string, double>[] weights, KeyValuePair<string, double>[] raw, string[] leadingNames)
    {
        Weights = weights;
        Raw = raw;
        LeadingNames = leadingNames;
    }

    /// <summary>Features with unit-norm weights, strongest first (ties by key, for determinism).</summary>
    public KeyValuePair<string, double>[] Weights { get; }

    /// <summary>The idf of each feature of <see cref="Weights"/> (same order), computed once per article.</summary>
    public double[] Idf { get; private init; } = [];

    /// <summary>
    /// Unit-norm term-frequency weights (names boosted) without idf: what a centroid accumulates, so idf can be
    /// applied at comparison time with the frequencies of the whole stream so far, not those of the day the
    /// story's first articles arrived (early in a stream every word looks rare).
    /// </summary>
    public KeyValuePair<string, double>[] Raw { get; }

    /// <summary>The article's most frequent names (name features), most frequent first.</summary>
    public string[] LeadingNames { get; }

    public static IEnumerable<string> Features(AnalyzedArticle article)
    {
        foreach (TermCount t in article.Terms)
        {
            yield return t.Term;
        }

        foreach (var (name, _) in NameCounts(article))
        {
            yield return name;
        }

        foreach (var (year, _) in Years(article))
        {
            yield return year;
        }
    }

    /// <summary>
    /// Years mentioned in the text ("2008"), as features in the name space: look-alike stories of the same kind
    /// (an earthquake, a rehab stay, a title fight) are told apart by when they happened as much as by who.
    /// </summary>
    public static Dictionary<string, int> Years(AnalyzedArticle article)
    {
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in article.Words)
        {
            if (w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal))
                && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]))
            {
                string key = NamePrefix + w;
                years[key] = years.GetValueOrDefault(key) + 1;
            }
        }

        return years;
    }

    /// <summary>
    /// Name features with their counts: each name, and for a name of several words also its last word (its
    /// short form), so an article that says "Mark Teixeira" and one that only says "Teixeira", or "the Interior
    /// Department" and "the department", share a name feature. Ordered by key, for determinism.
    /// </summary>
    public static SortedDictionary<string, int> NameCounts(AnalyzedArticle article)
    {
        var names = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (TermCount n in article.Names)
        {
            string key = NamePrefix + n.Term;
            names[key] = names.GetValueOrDefault(key) + n.Count;
            int space = n.Term.LastIndexOf(' ');
            if (space > 0 && n.Term.Length - space - 1 >= MinShortName)
            {
                string last = NamePrefix + n.Term[(space + 1)..];
                names[last] = names.GetValueOrDefault(last) + n.Count;
            }
        }

        return names;
    }

    /// <summary>Shortest last word taken as a name's short form ("Lee" counts, an initial or "Jr" does not).</summary>
    private const int MinShortName = 3;

    internal static bool IsSingleWord(string nameKey) => !nameKey.Contains(' ', StringComparison.Ordinal);

    public static TermWeights Of(AnalyzedArticle article, DocumentFrequencies df, StoryIndexOptions options)
    {
        var raw = new List<KeyValuePair<string, double>>(article.Terms.Length + article.Names.Length);
        foreach (TermCount t in article.Terms)
        {
            raw.Add(new(t.Term, 1 + Math.Log(t.Count)));
        }

        SortedDictionary<string, int> names = NameCounts(article);
        foreach (var (name, count) in names)
        {
            raw.Add(new(name, options.NameBoost * (1 + Math.Log(count))));
        }

        foreach (var (key, count) in Years(article))
        {
            raw.Add(new(key, options.NameBoost * (1 + Math.Log(count))));
        }

        var list = raw.Select(p => new KeyValuePair<string, double>(p.Key, p.Value * df.Idf(p.Key))).ToList();
        double rawNorm = Math.Sqrt(raw.Sum(static p => p.Value * p.Value));
        var rawUnit = raw.Select(p => new KeyValuePair<string, double>(p.Key, rawNorm > 0 ? p.Value / rawNorm : 0)).ToArray();

        double norm = Math.Sqrt(list.Sum(static p => p.Value * p.Value));
        var weights = new KeyValuePair<string, double>[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            weights[i] = new(list[i].Key, norm > 0 ? list[i].Value / norm : 0);
        }

        Array.Sort(weights, ByWeight);
        double[] idf = new double[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            idf[i] = df.Idf(weights[i].Key);
        }
        // Leading names are compared by their last word, so "Mark Teixeira" and "Teixeira" are one person.
        string[] leading = names
            .Where(static n => n.Value >= 2 && IsSingleWord(n.Key))
            .OrderByDescending(static n => n.Value).ThenBy(static n => n.Key, StringComparer.Ordinal)
            .Take(options.LeadingNames)
            .Select(static n => n.Key)
            .ToArray();
        return new TermWeights(weights, rawUnit, leading) { Idf = idf };
    }

    public bool HasFeature(string key) => (_keys ??= Weights.Select(static p => p.Key).ToHashSet(StringComparer.Ordinal)).Contains(key);

    private HashSet<string>? _keys;

    internal static int ByWeight(KeyValuePair<string, double> a, KeyValuePair<string, double> b)
    {
        int c = b.Value.CompareTo(a.Value);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }
}
