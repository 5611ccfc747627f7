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
