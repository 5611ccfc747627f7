using System.Collections.Frozen;

namespace Corroborate.Corroboration;

/// <summary>
/// Nouns news uses interchangeably for one counted thing ("1,200 residents" = "1,200 people", "300 ships" = "300
/// vessels"), keyed by stem, so quantities align across outlets that word them differently.
/// </summary>
internal static class CountedNouns
{
    private static readonly FrozenDictionary<string, string> ClassOf = Build(
        ("people", ["peopl", "person", "resid", "inhabit", "citizen", "villag", "local", "civilian", "individu"]),
        ("vessels", ["ship", "vessel", "boat"]),
        ("soldiers", ["soldier", "troop", "servicemen", "serviceman"]),
        ("children", ["child", "children", "kid", "minor"]),
        ("deaths", ["death", "dead", "fatal", "casualti"]),
        ("homes", ["home", "hous", "household", "dwell"]),
        ("prisoners", ["prison", "prison of war", "captiv", "pow", "detaine"]),
        ("percent", ["percent", "per cent", "%", "pct"]),
        ("metres", ["metr", "meter", "m"]),
        ("kilometres", ["kilometr", "kilomet", "km"]),
        ("tonnes", ["tonn", "ton"]));

    /// <summary>The class key of a counted-noun stem, or the stem itself when it has no class.</summary>
    public static string Key(string countedKey) => ClassOf.GetValueOrDefault(countedKey, countedKey);

    private static FrozenDictionary<string, string> Build(params (string Class, string[] Stems)[] classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, stems) in classes)
        {
            foreach (string stem in stems)
            {
                map[stem] = name;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
