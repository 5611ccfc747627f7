using System.Collections.Concurrent;

namespace Corroborate.Text;

/// <summary>
/// Turns a word token into its comparison form: lower-case, typographic apostrophes unified, digit separators
/// dropped. Forms are interned: news vocabulary is small next to its token count, so after warm-up almost no
/// word allocates a string.
/// </summary>
internal static class WordNormalizer
{
    private const int MaxInterned = 500_000;
    private static readonly ConcurrentDictionary<string, string> Interned = new(StringComparer.Ordinal);

    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int n = 0;
        bool numeric = char.IsDigit(word[0]);
        foreach (char c in word)
        {
            if (c == ',' && numeric)
            {
                continue;
            }

            buffer[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        ReadOnlySpan<char> form = buffer[..n];
        var lookup = Interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(form, out string? interned))
        {
            return interned;
        }

        string result = new(form);
        if (Interned.Count < MaxInterned)
        {
            Interned.TryAdd(result, result);
        }

        return result;
    }
}
