using System.Collections.Frozen;

namespace Corroborate.Mentions;

/// <summary>
/// Countries (ISO 3166-1 alpha-2) and international bodies by their names, short forms and adjectives, read from
/// the embedded <c>places.tsv</c>. Matching is case-sensitive on purpose: "US" is a country, "us" a pronoun;
/// "WHO" a body, "who" a pronoun. Dots are ignored ("U.S." = "US") and a possessive is dropped ("Britain's").
/// </summary>
internal static class Places
{
    private const int MaxPhraseChars = 64;

    private static readonly FrozenDictionary<string, string> CodeByName = Load();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeBySpan =
        CodeByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest place name in words, so a caller scanning tokens knows how far to look.</summary>
    public static int MaxWords { get; } = CodeByName.Keys.Max(static k => k.Count(static c => c == ' ') + 1);

    /// <summary>The country code or body id of a place phrase ("Britain's" → "GB", "the U.N." → "UN").</summary>
    public static bool TryJurisdiction(ReadOnlySpan<char> phrase, out string code)
    {
        code = "";
        phrase = phrase.Trim();
        if (phrase.Length == 0 || phrase.Length > MaxPhraseChars)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[phrase.Length];
        ReadOnlySpan<char> key = Canonical(phrase, buffer);
        if (CodeBySpan.TryGetValue(key, out string? found))
        {
            code = found;
            return true;
        }

        // "the European Union", "The Netherlands": try without the article, keeping names that carry it.
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && CodeBySpan.TryGetValue(key[4..], out found))
        {
            code = found;
            return true;
        }

        return false;
    }

    public static bool IsPlaceOrBody(string name) => TryJurisdiction(name, out _);

    /// <summary>Dots dropped, whitespace single, typographic apostrophe unified, trailing possessive removed.</summary>
    private static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> phrase, Span<char> buffer)
    {
        int n = 0;
        bool space = false;
        foreach (char raw in phrase)
        {
            char c = raw == '\u2019' ? '\'' : raw;
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c;
        }

        ReadOnlySpan<char> key = buffer[..n];
        if (key.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            key = key[..^2];
        }
        else if (key.EndsWith("'"))
        {
            key = key[..^1];
        }

        return key;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using Stream stream = typeof(Places).Assembly.GetManifestResourceStream("Corroborate.Mentions.places.tsv")
            ?? throw new InvalidOperationException("places.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            string code = line[..tab];
            foreach (string name in line[(tab + 1)..].Split('|'))
            {
                map[name] = code;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
