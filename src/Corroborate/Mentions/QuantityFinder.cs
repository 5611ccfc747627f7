using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Numbers bound to what they count or measure: "1,000 prisoners of war", "at least 339 Ukrainian children",
/// "6.4 metres", "420 million euros", "30 percent", "a 12-point declaration", "hundreds of homes". The qualifier is
/// kept as a range. Years, dates, times, durations, list markers and numbers inside names are not quantities.
/// </summary>
internal static class QuantityFinder
{
    private const int MaxNounWords = 3;

    private static readonly FrozenSet<string> DurationUnits = FrozenSet.ToFrozenSet(
        ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "second", "seconds", "night", "nights"],
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["percent"] = "percent", ["pct"] = "percent", ["metres"] = "metr", ["meters"] = "metr", ["metre"] = "metr", ["meter"] = "metr",
        ["m"] = "metr", ["km"] = "kilometr", ["kilometres"] = "kilometr", ["kilometers"] = "kilometr", ["miles"] = "mile", ["mile"] = "mile",
        ["kg"] = "kilogram", ["kilograms"] = "kilogram", ["tonnes"] = "tonn", ["tons"] = "tonn", ["degrees"] = "degre", ["cm"] = "centimetr",
        ["centimetres"] = "centimetr", ["mm"] = "millimetr", ["millimetres"] = "millimetr", ["feet"] = "foot", ["ft"] = "foot", ["inches"] = "inch",
        ["litres"] = "litr", ["liters"] = "litr", ["barrels"] = "barrel", ["hectares"] = "hectar", ["acres"] = "acr",
        ["euros"] = "eur", ["euro"] = "eur", ["dollars"] = "usd", ["dollar"] = "usd", ["pounds"] = "gbp", ["yen"] = "jpy", ["yuan"] = "cny",
        ["rubles"] = "rub", ["roubles"] = "rub", ["rupees"] = "inr", ["crowns"] = "crown", ["kroner"] = "crown", ["francs"] = "franc",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string> CurrencySigns = new Dictionary<char, string>
    {
        ['$'] = "usd", ['€'] = "eur", ['£'] = "gbp", ['¥'] = "jpy",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (double Low, double High)> Vague = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["dozens"] = (24, 99), ["hundreds"] = (200, 999), ["thousands"] = (2000, 9999), ["tens"] = (20, 99),
        ["millions"] = (2e6, 9.99e6),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> YearContext = FrozenSet.ToFrozenSet(
        ["in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "early", "late", "mid", "during", "year", "the", "and", "or", "spring", "summer", "autumn", "winter", "fall"],
        StringComparer.Ordinal);

    public static void Find(SentenceTokens s, List<QuantityMention> into)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (Vague.TryGetValue(s.Lower(k), out var vague) && s.Is(k + 1, "of") && Counted(s, k + 2, out int vagueEnd, out string vagueCounted, out string vagueKey))
            {
                into.Add(new QuantityMention(vague.Low, new ValueRange(vague.Low, vague.High), s.Lower(k), vagueCounted, vagueKey, s.Index, s.Start(k), s.End(vagueEnd - 1)));
                k = vagueEnd - 1;
                continue;
            }

            if (!ReadNumber(s, k, out double value, out int end, out string? sign) || IsNotAQuantity(s, k, end, value))
            {
                continue;
            }

            int phraseStart = k;
            ValueRange range;
            string? qualifier = Qualifier(s, k, out int qualifierStart);
            double high = value;
            if (qualifier == "between" && s.Is(end, "and") && ReadNumber(s, end + 1, out double second, out int secondEnd, out _))
            {
                high = second;
                end = secondEnd;
            }

            string counted;
            string key;
            int phraseEnd;
            if (sign is not null)
            {
                counted = sign;
                key = sign;
                phraseEnd = end;
            }
            else if (end < s.Count && s.Start(end) == s.End(end - 1) + 1 && s.Text[s.End(end - 1)] == '%')
            {
                counted = "percent";
                key = "percent";
                phraseEnd = end;
            }
            else if (s.Hyphenated(end) && end < s.Count && !DurationUnits.Contains(s.Lower(end)) && Counted(s, end, out int hyphenEnd, out counted, out key, fallbackWords: 2))
            {
                key = Stemmer.Stem(s.Lower(end));
                phraseEnd = hyphenEnd;
            }
            else if (end < s.Count && s.Adjacent(end) && s.Is(end, "per") && s.Is(end + 1, "cent"))
            {
                counted = "per cent";
                key = "percent";
                phraseEnd = end + 2;
            }
            else if (end < s.Count && s.Adjacent(end) && Units.TryGetValue(s.Lower(end), out string? unit))
            {
                counted = s.Lower(end);
                key = unit;
                phraseEnd = end + 1;
            }
            else if (end < s.Count && s.Adjacent(end) && !DurationUnits.Contains(s.Lower(end)) && Counted(s, end, out int nounEnd, out counted, out key))
            {
                phraseEnd = nounEnd;
            }
            else if (s.Is(end, "of") && s.Lower(end + 1) is "its" or "the" or "their" or "our" or "his" or "her" && Counted(s, end + 2, out int ofEnd, out counted, out key))
            {
                phraseEnd = ofEnd;
            }
            else
            {
                continue;
            }

            range = qualifier == "between" ? new ValueRange(Math.Min(value, high), Math.Max(value, high)) : Range(qualifier, value);
            if (qualifier is not null)
            {
                phraseStart = qualifierStart;
            }

            if (sign is not null && phraseStart == k && s.Start(k) > 0)
            {
                // The currency sign sits before the number: keep it in the phrase.
                into.Add(new QuantityMention(value, range, qualifier, counted, key, s.Index, s.Start(k) - 1, s.End(phraseEnd - 1)));
            }
            else
            {
                into.Add(new QuantityMention(value, range, qualifier == "between" ? null : qualifier, counted, key, s.Index, s.Start(phraseStart), s.End(phraseEnd - 1)));
            }

            k = phraseEnd - 1;
        }
    }

    private static bool ReadNumber(SentenceTokens s, int k, out double value, out int end, out string? sign)
    {
        sign = null;
        end = k + 1;
        value = 0;
        if (k >= s.Count)
        {
            return false;
        }

        string lower = s.Lower(k);
        if (s.IsNumber(k))
        {
            if (!NumberParser.TryDigits(lower.Replace(",", "", StringComparison.Ordinal), out value, out string suffix))
            {
                return false;
            }

            double suffixMultiplier = suffix.Length == 0 ? 1 : NumberParser.Multiplier(suffix);
            if (suffixMultiplier == 0)
            {
                return false;
            }

            value *= suffixMultiplier;
            int start = s.Start(k);
            if (start > 0 && CurrencySigns.TryGetValue(s.Text[start - 1], out string? currency))
            {
                sign = currency;
            }
        }
        else if (!s.IsCapitalized(k) || k == 0)
        {
            if (!NumberParser.TryRead(s, k, out value, out end))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (end < s.Count && s.Adjacent(end) && NumberParser.Multiplier(s.Lower(end)) is > 1 and var multiplier && s.Lower(end) is not ("m" or "b" or "k"))
        {
            value *= multiplier;
            end++;
        }

        return value > 0;
    }

    private static bool IsNotAQuantity(SentenceTokens s, int k, int end, double value)
    {
        string lower = s.Lower(k);
        bool fourDigitYear = lower.Length == 4 && value is >= 1900 and <= 2099 && value == Math.Floor(value);
        if (fourDigitYear && (k == 0 || YearContext.Contains(s.Lower(k - 1)) || end >= s.Count || !char.IsLower(s.Text[s.Start(end)])))
        {
            return true;
        }

        if ((k > 0 && Months.Contains(s.Lower(k - 1))) || (end < s.Count && Months.Contains(s.Lower(end))))
        {
            return true;
        }

        // Times ("4 p.m.", "6am"), list markers ("1." opening a sentence), numbers in names ("Covid-19", "World War Two").
        if (end < s.Count && s.Lower(end) is "a" or "p" or "am" or "pm" && s.Lower(Math.Min(end + 1, s.Count - 1)) is "m" or "am" or "pm")
        {
            return true;
        }

        if (k > 0 && s.Hyphenated(k) && s.IsCapitalized(k - 1))
        {
            return true;
        }

        return k == 0 && s.IsNumber(k) && s.Start(k) + lower.Length < s.Text.Length && s.Text[s.End(k)] is '.' or ')';
    }

    /// <summary>
    /// The words after a number that say what it counts: adjectives up to the head noun ("1,200 trapped miners"), plus
    /// an "of war"-style tail. With no part-of-speech tags the head is the first plural-looking word; when there is none
    /// the first word (two after a hyphen: "a 9-point accord") is taken, so a following verb is not swallowed.
    /// </summary>
    private static bool Counted(SentenceTokens s, int k, out int end, out string counted, out string key, int fallbackWords = 1)
    {
        end = k;
        counted = "";
        key = "";
        int run = k;
        int plural = -1;
        while (run < s.Count && run - k < MaxNounWords && (run == k || s.Adjacent(run)) && IsNounWord(s, run))
        {
            if (LooksPlural(s.Lower(run)))
            {
                plural = run;
                break;
            }

            run++;
        }

        end = plural >= 0 ? plural + 1 : Math.Min(run, k + fallbackWords);
        if (end == k)
        {
            return false;
        }

        string head = s.Lower(end - 1);
        if (s.Is(end, "of") && s.Adjacent(end) && end + 1 < s.Count && s.Adjacent(end + 1) && IsNounWord(s, end + 1) && !s.IsCapitalized(end + 1))
        {
            end += 2;
        }

        counted = string.Join(' ', Enumerable.Range(k, end - k).Select(s.Lower));
        key = Stemmer.Stem(head.EndsWith("'s", StringComparison.Ordinal) ? head[..^2] : head);
        return true;
    }

    private static readonly FrozenSet<string> IrregularPlurals = FrozenSet.ToFrozenSet(
        ["children", "people", "men", "women", "police", "staff", "feet", "cattle", "personnel", "fish", "sheep", "aircraft", "crew", "troops", "geese", "mice", "teeth", "data"],
        StringComparer.Ordinal);

    private static bool LooksPlural(string lower) =>
        IrregularPlurals.Contains(lower) ||
        (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal));

    private static bool IsNounWord(SentenceTokens s, int k)
    {
        string lower = s.Lower(k);
        return !s.IsNumber(k) && lower.Length > 1 && !Stopwords.Contains(lower) && char.IsLetter(lower[0])
            && !Months.Contains(lower) && lower is not ("each" or "apiece" or "more" or "less" or "per" or "percent");
    }

    private static string? Qualifier(SentenceTokens s, int k, out int start)
    {
        start = k;
        string w1 = k >= 1 ? s.Lower(k - 1) : "";
        string w2 = k >= 2 ? s.Lower(k - 2) : "";
        string w3 = k >= 3 ? s.Lower(k - 3) : "";
        (string? q, int words) = (w3, w2, w1) switch
        {
            (_, "at", "least") => ("at least", 2),
            (_, "at", "most") => ("at most", 2),
            (_, "more", "than") => ("more than", 2),
            (_, "fewer", "than") => ("fewer than", 2),
            (_, "less", "than") => ("less than", 2),
            (_, "up", "to") => ("up to", 2),
            (_, "close", "to") => ("close to", 2),
            (_, "just", "under") => ("just under", 2),
            (_, "just", "over") => ("just over", 2),
            (_, "an", "estimated") => ("about", 2),
            ("as", "many", "as") => ("up to", 3),
            (_, _, "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost" or "over" or "under" or "between" or "estimated") => (w1, 1),
            _ => (null, 0),
        };
        if (q is not null)
        {
            start = k - words;
        }

        return q;
    }

    private static ValueRange Range(string? qualifier, double value) => qualifier switch
    {
        "about" or "around" or "roughly" or "approximately" or "some" or "estimated" => new(value * 0.9, value * 1.1),
        "nearly" or "almost" or "close to" or "just under" => new(value * 0.9, value),
        "just over" => new(value, value * 1.1),
        "more than" or "over" or "at least" => new(value, double.PositiveInfinity),
        "fewer than" or "less than" or "under" or "up to" or "at most" => new(0, value),
        _ => ValueRange.Exactly(value),
    };
}
