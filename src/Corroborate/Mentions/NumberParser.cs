using System.Collections.Frozen;
using System.Globalization;

namespace Corroborate.Mentions;

/// <summary>
/// Numbers as news writes them: digits with separators already dropped by the normalizer ("1000", "6.4"), an
/// optional multiplier suffix ("420m", "3bn", "12k"), number words ("two", "twelve", "twenty-five", "a dozen") and
/// multiplier words ("million").
/// </summary>
internal static class NumberParser
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        // South Asian magnitudes ("Rs 3.5 crore" = 35 million rupees).
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Digits, possibly with a decimal point and a letter suffix; the suffix is returned for the caller to judge.</summary>
    public static bool TryDigits(string lower, out double value, out string suffix)
    {
        int n = 0;
        while (n < lower.Length && (char.IsAsciiDigit(lower[n]) || (lower[n] == '.' && n + 1 < lower.Length && char.IsAsciiDigit(lower[n + 1]))))
        {
            n++;
        }

        suffix = n < lower.Length ? lower[n..] : "";
        return double.TryParse(lower.AsSpan(0, n), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A number word ("twelve", "dozen").</summary>
    public static bool TryWord(string lower, out double value) => Words.TryGetValue(lower, out value);

    /// <summary>"million" → 1e6, "bn" → 1e9; 0 when the word is no multiplier.</summary>
    public static double Multiplier(string lower) => Multipliers.GetValueOrDefault(lower);

    /// <summary>
    /// A fraction of one thing written in words at word k: "half a", "half of a", "a quarter of a", "three quarters of
    /// an", "a third of a"; <paramref name="end"/> is the word after the article, where the counted noun starts.
    /// </summary>
    public static bool TryFraction(SentenceTokens s, int k, out double value, out int end)
    {
        value = 0;
        end = k;
        int p = k;
        double count = 1;
        if (s.Lower(p) is "a" or "one")
        {
            p++;
        }
        else if (TryWord(s.Lower(p), out double words) && words < 10)
        {
            count = words;
            p++;
        }

        if (p >= s.Count)
        {
            return false;
        }

        double part = s.Lower(p) switch
        {
            "half" => 0.5,
            "third" or "thirds" => 1 / 3.0,
            "quarter" or "quarters" => 0.25,
            _ => 0,
        };
        // "half" stands alone ("half a point"); the others need their "a"/"one" or count ("a quarter of").
        if (part == 0 || (p == k && s.Lower(p) != "half") || (p > k && s.Lower(p) == "half"))
        {
            return false;
        }

        int q = p + 1;
        bool of = s.Is(q, "of");
        if (of)
        {
            q++;
        }

        // "a third of a": an ordinal "third" needs the "of"; "half" may go without it ("half a point").
        if ((!of && s.Lower(p) != "half") || !(s.Is(q, "a") || s.Is(q, "an")))
        {
            return false;
        }

        value = count * part;
        end = q + 1;
        return true;
    }

    /// <summary>A number written at word k: digits or a (hyphenated) number word; <paramref name="end"/> is the word after it.</summary>
    public static bool TryRead(SentenceTokens s, int k, out double value, out int end)
    {
        end = k + 1;
        string lower = s.Lower(k);
        if (s.IsNumber(k))
        {
            return TryDigits(lower, out value, out string suffix) && suffix.Length == 0;
        }

        if (!TryWord(lower, out value) || lower is "dozen" or "hundred" or "thousand")
        {
            return false;
        }

        // "twenty-five"
        if (value >= 20 && end < s.Count && s.Hyphenated(end) && TryWord(s.Lower(end), out double units) && units < 10)
        {
            value += units;
            end++;
        }

        return true;
    }
}
