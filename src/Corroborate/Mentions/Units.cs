using System.Collections.Frozen;

namespace Corroborate.Mentions;

/// <summary>Units, currencies and time units, each with the key quantities align on across articles.</summary>
internal static class Units
{
    private static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["m"] = "metr", ["metre"] = "metr", ["metres"] = "metr", ["meter"] = "metr", ["meters"] = "metr",
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilos"] = "kg", ["tonnes"] = "tonn", ["tonne"] = "tonn",
        ["tons"] = "tonn", ["ton"] = "tonn", ["miles"] = "mile", ["mile"] = "mile", ["cm"] = "cm", ["mm"] = "mm",
        ["percent"] = "percent", ["pct"] = "percent", ["%"] = "percent",
        ["euros"] = "eur", ["euro"] = "eur", ["dollars"] = "usd", ["dollar"] = "usd", ["pounds"] = "gbp", ["sterling"] = "gbp",
        ["yen"] = "jpy", ["yuan"] = "cny", ["renminbi"] = "cny", ["roubles"] = "rub", ["rubles"] = "rub", ["hryvnias"] = "uah",
        ["francs"] = "chf", ["rupees"] = "inr",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> MinutesPerUnit = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["second"] = 1.0 / 60, ["seconds"] = 1.0 / 60, ["minute"] = 1, ["minutes"] = 1, ["hour"] = 60, ["hours"] = 60,
        ["day"] = 1440, ["days"] = 1440, ["week"] = 10080, ["weeks"] = 10080, ["fortnight"] = 20160,
        ["month"] = 43200, ["months"] = 43200, ["year"] = 525600, ["years"] = 525600, ["decade"] = 5256000,
        ["decades"] = 5256000, ["century"] = 52560000, ["centuries"] = 52560000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
