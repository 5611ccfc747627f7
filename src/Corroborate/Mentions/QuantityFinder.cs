using System.Collections.Frozen;
using Corroborate.Lexicons;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Mentions;

/// <summary>
/// Numbers bound to what they count ("at least 339 Ukrainian children", "420 million euros", "a 12-point plan").
/// Not taken: years, day numbers of dates, clock times, ordinals, list markers, digit runs, numbers inside names
/// ("Covid-19", "World War Two", "G20") and time spans, which are durations.
/// </summary>
public sealed class QuantityFinder : MentionFinder
{
    internal override void FindInSentence(SentenceTokens sentence, MentionScan scan) => Find(sentence, scan.Quantities);

    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["persons"] = "person",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A vague plural says only "more than one of this unit": writers call 1.6 million "millions" and 15 "dozens", so
    // the statement is open from the unit up and contradicts only a smaller number ("dozens" against 5), never a larger.
    private static readonly FrozenDictionary<string, ValueRange> Vague = new Dictionary<string, ValueRange>(StringComparer.Ordinal)
    {
        ["dozens"] = new(12, double.PositiveInfinity),
        ["hundreds"] = new(100, double.PositiveInfinity), ["thousands"] = new(1000, double.PositiveInfinity),
        ["millions"] = new(1e6, double.PositiveInfinity), ["billions"] = new(1e9, double.PositiveInfinity),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Lexicons/measure-scales.txt: scales a number is read on ("magnitude 6.8").
    private static readonly FrozenSet<string> Scales = FrozenSet.ToFrozenSet(Lexicon.Entries("measure-scales.txt"), StringComparer.Ordinal);

    private static readonly FrozenSet<string> TimeMarks = FrozenSet.ToFrozenSet(
        ["am", "pm", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "hrs", "oclock", "o'clock"], StringComparer.Ordinal);

    internal static void Find(SentenceTokens s, List<QuantityMention> into)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (Vague.TryGetValue(s.Lower(k), out ValueRange vague) && s.Is(k + 1, "of") && s.Adjacent(k + 1))
            {
                if (Counted(s, k + 2, out string counted, out string key, out int end))
                {
                    into.Add(new QuantityMention(vague.Low, vague, s.Lower(k) + " of", counted, key, s.Index, s.Start(k), s.End(end - 1)));
                }

                continue;
            }

            if (!TryNumber(s, k, out double value, out int after, out string? currency, out string? gluedUnit) || SplitDecimal(s, k))
            {
                continue;
            }

            int first = JoinThousands(s, k, ref value);
            int start = first;
            string? qualifier = null;
            QualifierKind? kind = null;
            if (Qualifiers.TryEndingAt(s, first, out string phrase, out QualifierKind found, out int qStart))
            {
                qualifier = phrase;
                kind = found;
                start = qStart;
            }

            ValueRange range = Qualifiers.Range(kind, value);
            if (s.Is(first - 1, "between") && s.Is(after, "and") && after + 1 < s.Count && TryNumber(s, after + 1, out double high, out int afterHigh, out _, out _))
            {
                range = new ValueRange(value, high);
                qualifier = "between";
                start = first - 1;
                after = afterHigh;
            }

            int phraseEnd;
            string countedText;
            string countedKey;
            if (currency is null && first > 0 && Scales.Contains(s.Lower(first - 1)) && s.GapBefore(first).Trim().IsEmpty)
            {
                // "a magnitude 6.8 earthquake": a reading on a named scale; the noun after it is what was measured.
                countedText = s.Lower(first - 1);
                countedKey = countedText;
                start = Math.Min(start, first - 1);
                phraseEnd = after;
            }
            else if (currency is not null)
            {
                countedText = currency;
                countedKey = currency;
                phraseEnd = after;
                if (after < s.Count && s.Adjacent(after) && Units.TryMeasure(s.Lower(after), out string named) && named == currency)
                {
                    phraseEnd = after + 1;
                }

                // "over a R212 million tender": before a sum that qualifies a noun, "over" is the preposition, not "more than".
                if (qualifier == "over" && ModifiesNoun(s, phraseEnd))
                {
                    range = new ValueRange(value, value);
                    qualifier = null;
                    start = first;
                }
            }
            else if (gluedUnit is not null && Units.TryMeasure(gluedUnit, out string gluedKey))
            {
                // "318mm of rain", "1,100MW": the unit written against the digits is what is measured.
                countedText = gluedUnit;
                countedKey = gluedKey;
                phraseEnd = after;
            }
            else if (after < s.Count && s.GapBefore(after).TrimStart().StartsWith('%') || (after == s.Count && s.GapBefore(after).TrimStart().StartsWith('%')))
            {
                countedText = "%";
                countedKey = "percent";
                phraseEnd = after;
            }
            else if (after < s.Count && s.Hyphenated(after))
            {
                // "a 12-point declaration": the hyphenated word and the noun it qualifies.
                string modifier = s.Lower(after);
                if (Units.TryTime(modifier, out _) || modifier is "old" or "year")
                {
                    continue;
                }

                if (!Counted(s, after + 1, out string noun, out string nounKey, out phraseEnd))
                {
                    continue;
                }

                countedText = modifier + " " + noun;
                countedKey = Stemmer.Stem(modifier) + " " + nounKey;
            }
            else if (s.Is(after, "per") && s.Is(after + 1, "cent") && s.Adjacent(after))
            {
                countedText = "per cent";
                countedKey = "percent";
                phraseEnd = after + 2;
            }
            else if (PartOf(s, after) is int whole && Counted(s, whole, out countedText, out countedKey, out _))
            {
                // "29 of the 37 polling stations": the part counts what the whole counts; the whole is read on its own next.
                phraseEnd = after;
            }
            else if (!s.Adjacent(after) || !Counted(s, after, out countedText, out countedKey, out phraseEnd))
            {
                continue;
            }

            // "25 basis points" and "a quarter of a percentage point" are one measure in two sizes.
            if (Units.TryScale(countedText, out string scaledKey, out double factor))
            {
                value *= factor;
                range = new ValueRange(range.Low * factor, range.High * factor);
                countedKey = scaledKey;
            }

            into.Add(new QuantityMention(value, range, qualifier, countedText, countedKey, s.Index, SignStart(s, start), PhraseEnd(s, Math.Max(phraseEnd, after) - 1, countedKey)));
            k = Math.Max(k, phraseEnd - 1);
        }
    }

    /// <summary>
    /// Where the counted noun of a part stands when the number before word <paramref name="after"/> is a part of a
    /// counted whole ("29 of the 37 stations", "12 of 40 seats"): the word after the whole's number; else null.
    /// </summary>
    private static int? PartOf(SentenceTokens s, int after)
    {
        if (!s.Is(after, "of") || !s.Adjacent(after))
        {
            return null;
        }

        int number = s.Is(after + 1, "the") ? after + 2 : after + 1;
        return number < s.Count && TryNumber(s, number, out _, out int afterWhole, out string? currency, out _) && currency is null && afterWhole < s.Count
            && s.Adjacent(afterWhole) ? afterWhole : null;
    }

    /// <summary>A countable number at word k with its multiplier and currency, or false when it is a year, date, time, name part….</summary>
    private static bool TryNumber(SentenceTokens s, int k, out double value, out int after, out string? currency, out string? gluedUnit)
    {
        currency = null;
        gluedUnit = null;
        value = 0;
        after = k + 1;
        string lower = s.Lower(k);
        ReadOnlySpan<char> gap = s.GapBefore(k);
        string? signed = gap.TrimEnd() is [.., char last] ? Units.CurrencyOfSign(last) : null;

        // A currency written in letters against the digits ("R212 million", "Rs3.5 crore").
        string? glued = GluedCurrency(lower, out int letters, out bool gluedOnly);
        bool magnitude = false;
        if (s.IsNumber(k) || glued is not null)
        {
            // A glued prefix keeps the word's thousands separators ("R180,000"), which a bare number's reading drops.
            string digits = letters > 0 ? lower[letters..].Replace(",", "", StringComparison.Ordinal) : lower[letters..];
            if (!NumberParser.TryDigits(digits, out value, out string suffix))
            {
                return false;
            }

            lower = digits;

            bool separated = s.Word(k).Contains(',');
            bool whole = !lower.Contains('.');
            if (suffix is "st" or "nd" or "rd" or "th" || (whole && !separated && lower.Length >= 7)
                || (whole && !separated && value is >= 1900 and <= 2099 && suffix.Length == 0))
            {
                return false;
            }

            if (suffix.Length > 0)
            {
                // "$200MM": after a currency, "mm" is the financial "millions", not millimetres.
                double multiplier = suffix == "mm" && (signed ?? glued) is not null ? 1e6 : NumberParser.Multiplier(suffix);
                magnitude = multiplier > 0;
                if (multiplier == 0 && !Units.TryMeasure(suffix, out _))
                {
                    return false;
                }

                if (multiplier == 0)
                {
                    gluedUnit = suffix;
                }

                value *= multiplier == 0 ? 1 : multiplier;
            }

            // Inside names and codes ("Covid-19", "4:30", "2024/25", "[2]"), list markers ("1."), dates and times.
            if (k > 0 && (gap.EndsWith("-") || gap.EndsWith(":") || gap.EndsWith("/")) && gap.Trim().Length == 1)
            {
                return false;
            }

            if (gap.Contains('[') || gap.Contains('#') || (k == 0 && s.GapBefore(1).StartsWith('.')) || s.GapBefore(k + 1).StartsWith(':'))
            {
                return false;
            }
        }
        else if (lower is "a" or "an" && s.Is(k + 1, "dozen") && s.Adjacent(k + 1))
        {
            value = 12;
            after = k + 2;
        }
        else if (NumberParser.TryFraction(s, k, out value, out after))
        {
            // "a quarter of a percentage point", "half a point": the fraction counts the noun after it.
        }
        else if (!NumberParser.TryRead(s, k, out value, out after) || (s.IsCapitalized(k) && k > 0))
        {
            return false;
        }

        if ((k > 0 && NameWords.IsMonth(s.Lower(k - 1))) || (after < s.Count && NameWords.IsMonth(s.Lower(after))))
        {
            return false;
        }

        if (after < s.Count && (TimeMarks.Contains(s.Lower(after)) || (s.Lower(after) is "a" or "p" && s.Is(after + 1, "m"))))
        {
            return false;
        }

        string? written = WordBefore(s, k);

        // "Boeing 737 jets": a number right after a capitalized word belongs to the name (a currency word is no name, nor
        // a scale: "a Category 4 storm").
        if (written is null && k > 0 && s.Adjacent(k) && s.IsCapitalized(k - 1) && k - 1 > 0 && !Qualifiers.TryEndingAt(s, k, out _, out _, out _)
            && !Scales.Contains(s.Lower(k - 1)))
        {
            return false;
        }

        while (after < s.Count && s.Adjacent(after) && NumberParser.Multiplier(s.Lower(after)) is > 0 and var multiplier
               && s.Lower(after).Length > 2)
        {
            value *= multiplier;
            magnitude = true;
            after++;
        }

        // A lone letter against digits is a currency only with a magnitude or thousands ("R212 million", not "R2").
        if (glued is not null && gluedOnly && !magnitude && !s.Word(k).Contains(','))
        {
            return false;
        }

        currency = glued ?? written ?? signed;

        if (currency is null && after < s.Count && s.Adjacent(after) && Units.TryMeasure(s.Lower(after), out string unit) && unit.Length == 3 && unit != "mil")
        {
            currency = unit;
        }

        return true;
    }

    /// <summary>The counted noun phrase from word p: up to three content words, ending on its head noun, "of war" kept.</summary>
    private static bool Counted(SentenceTokens s, int p, out string text, out string key, out int end)
    {
        text = "";
        key = "";
        end = p;
        int last = -1;
        while (end < s.Count && end - p < 3 && (end == p || s.Adjacent(end)))
        {
            string lower = s.Lower(end);
            if (Stopwords.Contains(lower) || s.IsNumber(end) || lower.EndsWith("ly", StringComparison.Ordinal) || NameWords.IsCalendar(lower))
            {
                break;
            }

            if (!(lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)) || end == p)
            {
                last = end;
            }

            end++;

            // A plural noun is the head: "479 drones overnight" counts drones.
            if (!s.Adjacent(end) || IsPlural(lower))
            {
                break;
            }
        }

        if (last < 0 || Units.TryTime(s.Lower(p), out _) || Units.TryTime(s.Lower(last), out _))
        {
            return false;
        }

        end = last + 1;
        string head = s.Lower(last);
        if (Units.TryMeasure(head, out string unitKey))
        {
            key = unitKey;
        }
        else
        {
            string bare = head.EndsWith("'s", StringComparison.Ordinal) ? head[..^2] : head;
            key = IrregularPlurals.TryGetValue(bare, out string? singular) ? singular : Stemmer.Stem(bare);
        }

        // "prisoners of war": one lower-case word after "of" stays with the head.
        if (s.Is(end, "of") && s.Adjacent(end) && end + 1 < s.Count && s.Adjacent(end + 1) && !s.IsCapitalized(end + 1)
            && !Stopwords.Contains(s.Lower(end + 1)) && !s.IsNumber(end + 1) && (end + 2 >= s.Count || !s.Adjacent(end + 2) || Stopwords.Contains(s.Lower(end + 2)) || s.Lower(end + 2) is "each"))
        {
            end += 2;
        }

        text = s.Text.Substring(s.Start(p), s.End(end - 1) - s.Start(p)).ToLowerInvariant();
        return true;
    }

    private static bool IsPlural(string lower) =>
        lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i' or '\'') || IrregularPlurals.ContainsKey(lower);

    /// <summary>
    /// "2 , 029 points" (text tokenized with spaces): a group of exactly three digits after a spaced comma and a number
    /// of one to three digits continues that number; a comma written against the first number ("May 5, 200 protesters")
    /// separates two. Returns the word the whole number starts at, with the value joined.
    /// </summary>
    private static int JoinThousands(SentenceTokens s, int k, ref double value)
    {
        int head = k;
        double scale = 1000;
        double total = value;
        while (head > 0 && IsDigits(s.Lower(head), 3, 3) && s.GapBefore(head).Trim() is "," && s.GapBefore(head).Length > 1 && s.GapBefore(head)[0] == ' '
               && IsDigits(s.Lower(head - 1), 1, 3) && (head == k ? total == double.Parse(s.Lower(k), System.Globalization.CultureInfo.InvariantCulture) : true))
        {
            total += double.Parse(s.Lower(head - 1), System.Globalization.CultureInfo.InvariantCulture) * scale;
            scale *= 1000;
            head--;
        }

        value = total;
        return head;
    }

    private static bool IsDigits(string word, int min, int max) =>
        word.Length >= min && word.Length <= max && word.All(char.IsAsciiDigit);

    /// <summary>
    /// "magnitude 6 . 0 quake" split into two sentences at the decimal point: a number opening a sentence right after a
    /// sentence that ends in a digit and a point is the fraction of that number, not a count.
    /// </summary>
    private static bool SplitDecimal(SentenceTokens s, int k)
    {
        if (k != 0 || !s.IsNumber(0))
        {
            return false;
        }

        ReadOnlySpan<char> before = s.Text.AsSpan(0, s.Start(0)).TrimEnd();
        return before.Length >= 2 && before[^1] == '.' && char.IsAsciiDigit(before[..^1].TrimEnd() is { Length: > 0 } b ? b[^1] : ' ');
    }

    /// <summary>True when word p is a lower-case content word right after the sum: the sum qualifies it ("R5 million tender").</summary>
    private static bool ModifiesNoun(SentenceTokens s, int p) =>
        p < s.Count && s.Adjacent(p) && !s.IsCapitalized(p) && !s.IsNumber(p) && !Stopwords.Contains(s.Lower(p))
        && !NameWords.IsCalendar(s.Lower(p)) && !s.Lower(p).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Where the phrase ends: after its last word, and after a "%" sign that follows it ("74.38%").</summary>
    private static int PhraseEnd(SentenceTokens s, int last, string countedKey)
    {
        int end = s.End(last);
        if (countedKey == "percent")
        {
            int p = end;
            while (p < s.Text.Length && s.Text[p] == ' ')
            {
                p++;
            }

            if (p < s.Text.Length && s.Text[p] == '%')
            {
                end = p + 1;
            }
        }

        return end;
    }

    /// <summary>The currency and letter count of a currency prefix glued to the digits ("r212" → zar, 1), or null.</summary>
    private static string? GluedCurrency(string lower, out int letters, out bool gluedOnly)
    {
        letters = 0;
        while (letters < lower.Length && char.IsAsciiLetter(lower[letters]))
        {
            letters++;
        }

        if (letters == 0 || letters == lower.Length || !char.IsAsciiDigit(lower[letters]) || !Units.TryCurrencyPrefix(lower[..letters], out string currency, out gluedOnly))
        {
            letters = 0;
            gluedOnly = false;
            return null;
        }

        return currency;
    }

    /// <summary>
    /// The currency of a word written before the number: "Rs 3.5 crore", "EUR 40m", "Rs. 3.5", or a letter prefix of a
    /// dollar sign ("C$1.2bn", "US$ 5m"); null when the word before is none.
    /// </summary>
    private static string? WordBefore(SentenceTokens s, int k)
    {
        if (k == 0)
        {
            return null;
        }

        ReadOnlySpan<char> gap = s.GapBefore(k).Trim();
        string before = s.Lower(k - 1);
        if (s.GapBefore(k) is "$" && Units.TryCurrencyPrefix(before + "$", out string dollar, out _))
        {
            return dollar;
        }

        return (gap.IsEmpty || gap is ".") && Units.TryCurrencyPrefix(before, out string currency, out bool gluedOnly) && !gluedOnly ? currency : null;
    }

    /// <summary>The phrase starts at the currency sign when one stands right before the number, or at a currency word.</summary>
    private static int SignStart(SentenceTokens s, int k)
    {
        if (WordBefore(s, k) is not null)
        {
            return s.Start(k - 1);
        }

        ReadOnlySpan<char> gap = s.GapBefore(k);
        int trimmed = gap.TrimEnd().Length;
        return trimmed > 0 && Units.CurrencyOfSign(gap[trimmed - 1]) is not null ? s.Start(k) - (gap.Length - trimmed) - 1 : s.Start(k);
    }
}
