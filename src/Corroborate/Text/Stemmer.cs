using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Corroborate.Text;

/// <summary>
/// English (Porter2) stemming through Lucene's Snowball stemmer, memoized: news vocabulary is small
/// next to its token count, so almost every call is a dictionary hit.
/// </summary>
internal static class Stemmer
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public static string Stem(string lowerWord)
    {
        if (Cache.TryGetValue(lowerWord, out string? stem))
        {
            return stem;
        }

        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lowerWord);
        stemmer.Stem();
        stem = stemmer.Current;
        if (Cache.Count < 1_000_000)
        {
            Cache.TryAdd(lowerWord, stem);
        }

        return stem;
    }
}
