using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// Reads a publication date from a dateline such as "Monday, June 2, 2025", "2 June 2025 10:15 BST",
/// "Jun. 2, 2025", "2025-06-02T08:00:00Z", "06/02/2025", "02.06.2025" or "Updated 10:05 AM CET, June 2, 2025". A line
/// counts as a dateline only when the date is most of it, so a sentence that merely mentions a date is never taken
/// for one; a line of parts joined by separators ("By Jo Eld · 2 June 2025 · 4 min read", "Outlet | 2 June 2025,
/// 10:15", "Politics · 02.06.2025, 22:10 · updated 23:47") is one when one part is a date and every other part is
/// short page metadata (<see cref="DatelineParts"/>).
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>Month names and abbreviations (Lexicons/month-names.tsv) → month number.</summary>
    private static readonly FrozenDictionary<string, int> Months = Lexicon.Rows("month-names.tsv")
        .ToFrozenDictionary(static r => r[0], static r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private const string Weekday = @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?";
    private const string MonthName = @"(?<month>[a-z]{3,9})\.?";
    private const string Time = @"[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5}(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?";

    // A time, then perhaps "by X" ("Posted on 9 May 2025 by admin") and a source after a bar ("June 3, 2025, 19:15 | Nordline News").
    private const string Tail = @"(?:\s*(?:,|at|-|\u2013|\||\u00b7)?\s*" + Time + @")?(?:\s+by\s+[^|\u00b70-9]{2,40})?(?:\s*[|\u00b7]\s*[^|\u00b70-9]{2,40})?";

    // "Published:", "Last updated on", then perhaps a time before the date ("Updated 10:05 AM CET, June 2, 2025")
    // or a place ("Kolkata, Thursday 23 January 2025").
    private static readonly string Lead =
        @"^(?:(?:" + string.Join('|', Lexicon.Entries("dateline-words.txt").Select(Regex.Escape)) + @")(?:\s+(?:on|at))?:?\s+)?"
        + @"(?:" + Time + @",?\s+)?(?:\p{L}[\p{L}'-]+(?:\s\p{L}[\p{L}'-]+)?,\s+)?" + Weekday;

    private static readonly Lazy<Regex> MonthDayYear = new(() => new Regex(Lead + MonthName + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})" + Tail + "$", Options));

    private static readonly Lazy<Regex> DayMonthYear = new(() => new Regex(Lead + @"(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<year>[0-9]{4})" + Tail + "$", Options));

    private static readonly Lazy<Regex> Iso = new(() => new Regex(Lead + @"(?<year>[0-9]{4})-(?<m>[0-9]{2})-(?<day>[0-9]{2})(?:[t\s][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?(?:z|[+-][0-9]{2}:?[0-9]{2})?)?" + Tail + "$", Options));

    // "06/02/2025" and "02.06.2025": which number is the day is settled by NumericDateOrder (see Numeric).
    private static readonly Lazy<Regex> Slashed = new(() => new Regex(Lead + @"(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<year>[0-9]{4})" + Tail + "$", Options));

    private static readonly Lazy<Regex> Dotted = new(() => new Regex(Lead + @"(?<a>[0-9]{1,2})\.(?<b>[0-9]{1,2})\.(?<year>[0-9]{4})" + Tail + "$", Options));

    /// <summary>
    /// The date a whole line states, or null when the line is not a dateline. <paramref name="order"/> reads a
    /// numeric date whose parts are both at most 12 (<see cref="PageDateOrder"/> finds it for a page); whether a line
    /// is a dateline never depends on it.
    /// </summary>
    public static DateOnly? Parse(ReadOnlySpan<char> line, ExtractionOptions options, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        line = line.Trim();
        if (line.Length < options.DatelineMinChars || line.Length > options.DatelineMaxChars)
        {
            return null;
        }

        string s = line.ToString();
        return ParseWhole(s, order) ?? DatelineParts.Parse(s, options, order);
    }

    /// <summary>The date when the whole of <paramref name="s"/> (one part of a line) is a date with its lead words and time.</summary>
    internal static DateOnly? ParseWhole(string s, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        Match m = MonthDayYear.Value.Match(s);
        if (!m.Success)
        {
            m = DayMonthYear.Value.Match(s);
        }

        if (m.Success)
        {
            return Months.TryGetValue(m.Groups["month"].Value, out int month) ? Make(m.Groups["year"].Value, month, m.Groups["day"].Value) : null;
        }

        m = Iso.Value.Match(s);
        if (m.Success)
        {
            return Make(m.Groups["year"].Value, Number(m.Groups["m"].Value), m.Groups["day"].Value);
        }

        m = Slashed.Value.Match(s);
        if (!m.Success)
        {
            m = Dotted.Value.Match(s);
        }

        return m.Success ? Numeric(Number(m.Groups["a"].Value), Number(m.Groups["b"].Value), Number(m.Groups["year"].Value), order) : null;
    }

    /// <summary>
    /// The date of numeric parts <paramref name="a"/>, <paramref name="b"/> and a year: a part above 12 can only be the
    /// day, which forces the order; when both are at most 12, <paramref name="order"/> says which is the day.
    /// </summary>
    internal static DateOnly? Numeric(int a, int b, int year, NumericDateOrder order)
    {
        bool dayFirst = a > 12 || (b <= 12 && order == NumericDateOrder.DayFirst);
        return dayFirst ? Make(year, b, a) : Make(year, a, b);
    }

    /// <summary>The month number of a month name or abbreviation (Lexicons/month-names.tsv), 0 when it is none.</summary>
    internal static int MonthNumber(string name) => Months.TryGetValue(name, out int month) ? month : 0;

    /// <summary>An ASCII number (the patterns only capture [0-9], so invariant parsing cannot throw or misread).</summary>
    internal static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    internal static DateOnly? Make(string year, int month, string day) => Make(Number(year), month, Number(day));

    private static DateOnly? Make(int y, int month, int d)
    {
        if (y is < 1900 or > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, d);
    }
}
