using System.Collections.Frozen;
using System.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Person-name identity across spellings. <see cref="Key"/> is a spelling skeleton that folds the usual
/// transliteration variants together ("Zelenskyy" = "Zelensky" = "Zelenskiy", "Dmitriev" = "Dmitriyev",
/// "Aleksei" = "Alexei"); <see cref="SameAs"/> also lets a surname stand for the full name.
/// </summary>
internal static class PersonNames
{
    // Common English short forms of given names: a general fact about English names, not about any one person.
    private static readonly FrozenDictionary<string, string> GivenNameForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["joe"] = "joseph", ["bill"] = "william", ["will"] = "william", ["bob"] = "robert", ["rob"] = "robert",
        ["mike"] = "michael", ["jim"] = "james", ["jimmy"] = "james", ["tony"] = "anthony", ["liz"] = "elizabeth",
        ["beth"] = "elizabeth", ["dick"] = "richard", ["rick"] = "richard", ["tom"] = "thomas", ["dan"] = "daniel",
        ["dave"] = "david", ["steve"] = "steven", ["chris"] = "christopher", ["kate"] = "katherine", ["alex"] = "alexander",
        ["sasha"] = "alexander", ["nick"] = "nicholas", ["ben"] = "benjamin", ["sam"] = "samuel", ["ed"] = "edward",
        ["ted"] = "edward", ["andy"] = "andrew", ["matt"] = "matthew", ["pat"] = "patrick", ["jon"] = "jonathan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["jr", "sr", "ii", "iii", "iv"], StringComparer.Ordinal);

    private const int MaxCached = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    /// <summary>The skeleton of a name: lower-case, accents off, y→i, x→ks, w→v, ph→f, kh→h, doubled letters single.</summary>
    public static string Key(string name)
    {
        // Names recur across the articles of a batch: memoize like the stemmer does.
        if (Keys.TryGetValue(name, out string? key))
        {
            return key;
        }

        key = Skeleton(name);
        if (Keys.Count < MaxCached)
        {
            Keys.TryAdd(name, key);
        }

        return key;
    }

    private static string Skeleton(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (string word in Words(name))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            AppendSkeleton(sb, word);
        }

        return sb.ToString();
    }

    /// <summary>Same person by name: same skeleton, a surname standing for the full name, or a short given name.</summary>
    public static bool SameAs(string a, string b)
    {
        List<string> x = Words(a).Select(SkeletonOf).ToList();
        List<string> y = Words(b).Select(SkeletonOf).ToList();
        if (x.Count == 0 || y.Count == 0 || x[^1] != y[^1])
        {
            return false;
        }

        if (x.Count == 1 || y.Count == 1)
        {
            return true;
        }

        // "Boone Isaacs" is "Cheryl Boone Isaacs": the shorter name is the tail of the longer one.
        List<string> shorter = x.Count <= y.Count ? x : y;
        List<string> longer = x.Count <= y.Count ? y : x;
        if (longer.Skip(longer.Count - shorter.Count).SequenceEqual(shorter))
        {
            return true;
        }

        return SameGivenName(Words(a).First(), Words(b).First());
    }

    /// <summary>
    /// The skeleton of a name's last word (null when it has no words): <see cref="SameAs"/> is false for two names
    /// whose surnames differ, so a caller comparing many names need only compare those with equal surname keys.
    /// </summary>
    public static string? SurnameKey(string name) => Words(name).LastOrDefault() is { } last ? SkeletonOf(last) : null;

    private static bool SameGivenName(string a, string b)
    {
        string fa = GivenNameForms.GetValueOrDefault(a, a);
        string fb = GivenNameForms.GetValueOrDefault(b, b);
        return SkeletonOf(fa) == SkeletonOf(fb);
    }

    private static IEnumerable<string> Words(string name)
    {
        foreach (string part in name.Split([' ', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = part.Trim('.', ',', '\'', '\u2019').ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length > 0 && !Suffixes.Contains(word) && !NameWords.IsHonorific(word))
            {
                yield return word;
            }
        }
    }

    private static string SkeletonOf(string word)
    {
        var sb = new StringBuilder(word.Length);
        AppendSkeleton(sb, word);
        return sb.ToString();
    }

    private static void AppendSkeleton(StringBuilder sb, string word)
    {
        int begin = sb.Length;
        for (int i = 0; i < word.Length; i++)
        {
            char c = Fold(char.ToLowerInvariant(word[i]));
            char next = i + 1 < word.Length ? Fold(char.ToLowerInvariant(word[i + 1])) : '\0';
            switch (c)
            {
                case 'y':
                    c = 'i';
                    break;
                case 'w':
                    c = 'v';
                    break;
                case 'x':
                    Add(sb, begin, 'k');
                    c = 's';
                    break;
                case 'p' when next == 'h':
                    c = 'f';
                    i++;
                    break;
                case 'k' when next == 'h':
                    c = 'h';
                    i++;
                    break;
                case 'c' when next == 'k':
                    continue;
                case 'c' when next is 'a' or 'o' or 'u' or 'l' or 'r':
                    // A hard c is a k in transliteration ("Carolos" = "Karolos").
                    c = 'k';
                    break;
            }

            if (char.IsLetterOrDigit(c))
            {
                Add(sb, begin, c);
            }
        }
    }

    private static void Add(StringBuilder sb, int begin, char c)
    {
        if (sb.Length > begin && sb[^1] == c)
        {
            return;
        }

        sb.Append(c);
    }

    /// <summary>Latin letters with diacritics to their base letter (the common ones of European and Turkish names).</summary>
    private static char Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'ď' or 'đ' => 'd',
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'ğ' => 'g',
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' or 'į' => 'i',
        'ł' or 'ľ' or 'ĺ' => 'l',
        'ñ' or 'ń' or 'ň' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
        'ř' or 'ŕ' => 'r',
        'ś' or 'š' or 'ş' or 'ș' => 's',
        'ť' or 'ţ' or 'ț' => 't',
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
        'ý' or 'ÿ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        'ß' => 's',
        _ => c,
    };
}
