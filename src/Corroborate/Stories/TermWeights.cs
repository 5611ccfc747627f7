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

    private TermWeights(KeyValuePair<string, double>[] weights, string[] leadingNames)
    {
        Weights = weights;
        LeadingNames = leadingNames;
    }

    /// <summary>Features with unit-norm weights, strongest first (ties by key, for determinism).</summary>
    public KeyValuePair<string, double>[] Weights { get; }

    /// <summary>The article's most frequent names (name features), most frequent first.</summary>
    public string[] LeadingNames { get; }

    public static IEnumerable<string> Features(AnalyzedArticle article)
    {
        foreach (TermCount t in article.Terms)
        {
            yield return t.Term;
        }

        foreach (TermCount n in article.Names)
        {
            yield return NamePrefix + n.Term;
        }
    }

    public static TermWeights Of(AnalyzedArticle article, DocumentFrequencies df, StoryIndexOptions options)
    {
        var list = new List<KeyValuePair<string, double>>(article.Terms.Length + article.Names.Length);
        foreach (TermCount t in article.Terms)
        {
            list.Add(new(t.Term, (1 + Math.Log(t.Count)) * df.Idf(t.Term)));
        }

        foreach (TermCount n in article.Names)
        {
            string key = NamePrefix + n.Term;
            list.Add(new(key, options.NameBoost * (1 + Math.Log(n.Count)) * df.Idf(key)));
        }

        double norm = Math.Sqrt(list.Sum(static p => p.Value * p.Value));
        var weights = new KeyValuePair<string, double>[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            weights[i] = new(list[i].Key, norm > 0 ? list[i].Value / norm : 0);
        }

        Array.Sort(weights, ByWeight);
        string[] leading = article.Names
            .Where(static n => n.Count >= 2)
            .OrderByDescending(static n => n.Count).ThenBy(static n => n.Term, StringComparer.Ordinal)
            .Take(options.LeadingNames)
            .Select(static n => NamePrefix + n.Term)
            .ToArray();
        return new TermWeights(weights, leading);
    }

    internal static int ByWeight(KeyValuePair<string, double> a, KeyValuePair<string, double> b)
    {
        int c = b.Value.CompareTo(a.Value);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }
}
