namespace Corroborate.Text;

/// <summary>Turns a word token into its comparison form: lower-case, typographic apostrophes unified, digit separators dropped.</summary>
public static class WordNormalizer
{
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

        return new string(buffer[..n]);
    }
}
