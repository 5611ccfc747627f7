using System.Collections.Frozen;
using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>How a qualifier bends a stated number into the range it allows ("at least 339" → [339, +inf]).</summary>
internal enum QualifierKind
{
    AtLeast,
    MoreThan,
    About,
    Nearly,
    AtMost,
    JustOver,
}

/// <summary>The qualifier phrases written before a number, matched longest first backwards from the number.</summary>
internal static class Qualifiers
{
    private static readonly FrozenDictionary<string, QualifierKind> Kinds = new Dictionary<string, QualifierKind>(StringComparer.Ordinal)
    {
        ["at least"] = QualifierKind.AtLeast, ["no fewer than"] = QualifierKind.AtLeast, ["no less than"] = QualifierKind.AtLeast,
        ["a minimum of"] = QualifierKind.AtLeast,
        ["more than"] = QualifierKind.MoreThan, ["over"] = QualifierKind.MoreThan, ["above"] = QualifierKind.MoreThan,
        ["upwards of"] = QualifierKind.MoreThan, ["in excess of"] = QualifierKind.MoreThan, ["exceeding"] = QualifierKind.MoreThan,
        ["about"] = QualifierKind.About, ["around"] = QualifierKind.About, ["roughly"] = QualifierKind.About,
        ["some"] = QualifierKind.About, ["approximately"] = QualifierKind.About, ["an estimated"] = QualifierKind.About,
        ["estimated"] = QualifierKind.About, ["circa"] = QualifierKind.About, ["approx"] = QualifierKind.About,
        ["nearly"] = QualifierKind.Nearly, ["almost"] = QualifierKind.Nearly, ["just under"] = QualifierKind.Nearly,
        ["close to"] = QualifierKind.Nearly, ["barely"] = QualifierKind.Nearly,
        ["up to"] = QualifierKind.AtMost, ["as many as"] = QualifierKind.AtMost, ["at most"] = QualifierKind.AtMost,
        ["no more than"] = QualifierKind.AtMost, ["a maximum of"] = QualifierKind.AtMost, ["fewer than"] = QualifierKind.AtMost,
        ["less than"] = QualifierKind.AtMost, ["under"] = QualifierKind.AtMost, ["below"] = QualifierKind.AtMost,
        ["well under"] = QualifierKind.AtMost, ["well below"] = QualifierKind.AtMost,
        ["just over"] = QualifierKind.JustOver, ["slightly more than"] = QualifierKind.JustOver, ["a little over"] = QualifierKind.JustOver,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Numbers are common and qualifiers rare: checking the last word first keeps the usual case allocation-free.
    private static readonly FrozenSet<string> LastWords = Kinds.Keys.Select(static k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The qualifier ending just before word k: its text, kind and first word.</summary>
    public static bool TryEndingAt(SentenceTokens s, int k, out string phrase, out QualifierKind kind, out int start)
    {
        if (k == 0 || !LastWords.Contains(s.Lower(k - 1)))
        {
            phrase = "";
            kind = default;
            start = k;
            return false;
        }

        for (int n = Math.Min(3, k); n >= 1; n--)
        {
            start = k - n;
            bool adjacent = true;
            for (int m = start + 1; m <= k && adjacent; m++)
            {
                adjacent = m == k ? s.GapBefore(m).Trim().IsEmpty || s.GapBefore(m).Trim() is ['$' or '€' or '£' or '¥'] : s.Adjacent(m);
            }

            if (!adjacent)
            {
                continue;
            }

            phrase = n == 1 ? s.Lower(start) : string.Join(' ', Enumerable.Range(start, n).Select(s.Lower));
            if (Kinds.TryGetValue(phrase, out kind))
            {
                return true;
            }
        }

        phrase = "";
        kind = default;
        start = k;
        return false;
    }

    /// <summary>The range a qualified value allows.</summary>
    public static ValueRange Range(QualifierKind? kind, double value) => kind switch
    {
        QualifierKind.AtLeast => new(value, double.PositiveInfinity),
        QualifierKind.MoreThan => new(value == Math.Floor(value) ? value + 1 : Math.BitIncrement(value), double.PositiveInfinity),
        QualifierKind.About => new(0.9 * value, 1.1 * value),
        QualifierKind.Nearly => new(0.9 * value, value),
        QualifierKind.AtMost => new(0, value),
        QualifierKind.JustOver => new(value, 1.1 * value),
        _ => ValueRange.Exactly(value),
    };
}
