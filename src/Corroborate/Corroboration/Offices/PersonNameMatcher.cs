using System.Text;

namespace Corroborate.Corroboration.Offices;

/// <summary>
/// Decides whether a name as an article writes it refers to a recorded office holder. Names are reduced to a
/// spelling skeleton so that diacritics, case, middle initials and common transliteration variants
/// (Zelenskyy/Zelensky/Zelenskiy, Mikhail/Mihail, Sergei/Sergey) do not turn the same person into a mismatch.
/// </summary>
internal static class PersonNameMatcher
{
    /// <summary>
    /// The distinct holders among <paramref name="terms"/> that <paramref name="claimed"/> names: by full name or alias
    /// (same skeleton, or same first and last word when middle names differ), or by a single word that is the
    /// surname of exactly one of them.
    /// </summary>
    public static IReadOnlyList<string> MatchingHolders(string claimed, IReadOnlyList<OfficeTerm> terms)
    {
        IReadOnlyList<string> tokens = Skeleton(claimed);
        if (tokens.Count == 0)
        {
            return [];
        }

        var holders = new List<string>();
        foreach (OfficeTerm term in terms)
        {
            if (!holders.Contains(term.Holder, StringComparer.Ordinal) && NamesFully(tokens, term))
            {
                holders.Add(term.Holder);
            }
        }

        if (holders.Count > 0 || tokens.Count != 1)
        {
            return holders;
        }

        // One word ("Biden") is only safe when no other holder of the office shares it.
        foreach (OfficeTerm term in terms)
        {
            if (!holders.Contains(term.Holder, StringComparer.Ordinal) && HasSurname(term, tokens[0]))
            {
                holders.Add(term.Holder);
            }
        }

        return holders.Count == 1 ? holders : [];
    }

    /// <summary>
    /// The name as skeleton words: diacritics dropped, lower case, punctuation split, initials and generational
    /// suffixes dropped, then each word folded ("kh"→"h", a final run of y/i/j → "i", doubled letters collapsed).
    /// </summary>
    public static IReadOnlyList<string> Skeleton(string name)
    {
        string plain = Fold(name);
        var words = new List<string>();
        foreach (string word in plain.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Initials ("R.", "W"), honorifics and suffixes vary between outlets and carry no identity on their own.
            if (word.Length == 1 || word is "jr" or "sr" or "ii" or "iii" or "sir" or "dame" or "lord" or "mr" or "mrs" or "ms" or "dr")
            {
                continue;
            }

            words.Add(FoldWord(word));
        }

        return words;
    }

    private static bool NamesFully(IReadOnlyList<string> tokens, OfficeTerm term)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        return FormMatches(tokens, Skeleton(term.Holder)) || term.Aliases.Any(alias => FormMatches(tokens, Skeleton(alias)));
    }

    private static bool FormMatches(IReadOnlyList<string> tokens, IReadOnlyList<string> form)
    {
        if (form.Count < 2)
        {
            return false;
        }

        // Joined comparison absorbs hyphen and spacing differences ("Moon Jae-in" / "Moon Jaein").
        if (string.Equals(string.Concat(tokens), string.Concat(form), StringComparison.Ordinal))
        {
            return true;
        }

        // Same first and last word tolerates a dropped or added middle name ("Joseph Robinette Biden" / "Joseph Biden").
        return tokens[0] == form[0] && tokens[^1] == form[^1];
    }

    private static bool HasSurname(OfficeTerm term, string word)
    {
        if (IsSurname(Skeleton(term.Holder), word))
        {
            return true;
        }

        return term.Aliases.Any(alias => IsSurname(Skeleton(alias), word));
    }

    // A one-word alias ("Lula", "Xi") is its own surname; otherwise the last word is.
    private static bool IsSurname(IReadOnlyList<string> form, string word) => form.Count > 0 && form[^1] == word;

    private static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            LatinFolding.AppendFolded(folded, c);
        }

        var builder = new StringBuilder(folded.Length);
        foreach (char c in folded.ToString())
        {
            // Apostrophes join ("O'Brien" = "OBrien"); every other non-letter separates words.
            if (c is '\'' or '’' or 'ʼ')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString();
    }

    private static string FoldWord(string word)
    {
        string folded = word.Replace("kh", "h", StringComparison.Ordinal);

        int end = folded.Length;
        while (end > 1 && folded[end - 1] is 'y' or 'i' or 'j')
        {
            end--;
        }

        if (end < folded.Length)
        {
            folded = string.Concat(folded.AsSpan(0, end), "i");
        }

        var builder = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
