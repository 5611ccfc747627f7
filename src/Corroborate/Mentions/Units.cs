using System.Collections.Frozen;
using Corroborate.Lexicons;

namespace Corroborate.Mentions;

/// <summary>Units, currencies and time units, each with the key quantities align on across articles.</summary>
internal static class Units
{
    // Lexicons/measure-units.tsv: word → unit key.
    private static readonly FrozenDictionary<string, string> Measures =
        Lexicon.Rows("measure-units.tsv").ToFrozenDictionary(static r => r[0], static r => r[1], StringComparer.Ordinal);

    // Lexicons/time-units.tsv: word → minutes (a number or a fraction "1.0/60").
    private static readonly FrozenDictionary<string, double> MinutesPerUnit =
        Lexicon.Rows("time-units.tsv").ToFrozenDictionary(static r => r[0], static r => Minutes(r[1]), StringComparer.Ordinal);

    private static double Minutes(string value)
    {
        string[] parts = value.Split('/');
        double number = double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return parts.Length == 2 ? number / double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : number;
    }

    // Lexicons/currency-prefixes.tsv: prefix → currency key, and whether it is only read glued to digits with a magnitude.
    private static readonly FrozenDictionary<string, (string Currency, bool GluedOnly)> Prefixes =
        Lexicon.Rows("currency-prefixes.tsv").ToFrozenDictionary(static r => r[0], static r => (r[1], r.Length > 2 && r[2] == "glued"), StringComparer.Ordinal);

    // Lexicons/unit-scales.tsv: counted phrase → (key, factor to the key's unit).
    private static readonly FrozenDictionary<string, (string Key, double Factor)> Scales =
        Lexicon.Rows("unit-scales.tsv").ToFrozenDictionary(static r => r[0],
            static r => (r[1], double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    /// <summary>A currency written before its number as letters ("Rs", "EUR", "C$"); <paramref name="gluedOnly"/> for a lone letter.</summary>
    public static bool TryCurrencyPrefix(string lower, out string currency, out bool gluedOnly)
    {
        bool found = Prefixes.TryGetValue(lower, out var entry);
        (currency, gluedOnly) = found ? entry : ("", false);
        return found;
    }

    /// <summary>A unit stated in another size of a common unit ("basis points" → percentage point × 0.01).</summary>
    public static bool TryScale(string countedText, out string key, out double factor)
    {
        bool found = Scales.TryGetValue(countedText, out var entry);
        (key, factor) = found ? entry : ("", 1);
        return found;
    }

    public static bool TryMeasure(string lower, out string key) => Measures.TryGetValue(lower, out key!);

    public static bool TryTime(string lower, out double minutes) => MinutesPerUnit.TryGetValue(lower, out minutes);

    /// <summary>A currency sign before a number.</summary>
    public static string? CurrencyOfSign(char sign) => sign switch
    {
        '€' => "eur",
        '$' => "usd",
        '£' => "gbp",
        '¥' => "jpy",
        '₽' => "rub",
        '₴' => "uah",
        '₹' => "inr",
        _ => null,
    };
}
