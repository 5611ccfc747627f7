using System.Collections.Frozen;

namespace Corroborate.Text;

/// <summary>English function words: dropped from clustering terms, and the "stopword density" feature of extraction.</summary>
internal static class Stopwords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "said", "says", "say", "may", "might", "must", "shall", "us", "yet", "however", "since", "among", "would", "mr",
        "mrs", "ms", "new", "one", "two", "according", "told", "last", "year", "years", "week", "day", "like", "get", "got",
        "made", "make", "many", "much", "well", "even", "still", "back", "way", "first", "second", "time", "per", "via",
        "within", "without", "whether", "though", "although", "around", "across", "upon", "onto", "amid", "despite",
    ], StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => English.Contains(lowerWord);

    public static bool Contains(ReadOnlySpan<char> lowerWord) =>
        English.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord);
}
