using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Lexicons;

namespace Corroborate.Extraction;

/// <summary>
/// Reads a publication date from a dateline such as "Monday, June 2, 2025", "2 June 2025 10:15 BST",
/// "Jun. 2, 2025", "2025-06-02T08:00:00Z" or "06/02/2025". A line counts as a dateline only when the date
/// is most of it, so a sentence that merely mentions a date is never taken for one.
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>Month names and abbreviations (Lexicons/month-names.tsv) → month number.</summary>
    private static readonly FrozenDictionary<string, int> Months = Lexicon.Rows("month-names.tsv")
        .ToFrozenDictionary(static r => r[0], static r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private const string Weekday = @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?";
    private const string MonthName = @"(?<month>[a-z]{3,9})\.?";
    // A time, then perhaps a source after a bar ("Published June 3, 2025, 19:15 | Nordline News").
    private const string Tail = @"(?:\s*(?:,|at|-|\u2013|\||\u00b7)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?)?(?:\s*[|\u00b7]\s*[^|\u00b7\d]{2,40})?";

    [GeneratedRegex(@"^(?:(?:published|updated|posted|first published|last updated)(?: on)?:?\s+)?" + Weekday + MonthName + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})" + Tail + "$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?:(?:published|updated|posted|first published|last updated)(?: on)?:?\s+)?" + Weekday + @"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<year>\d{4})" + Tail + "$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?<year>\d{4})-(?<m>\d{2})-(?<day>\d{2})(?:[t\s]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?<m>\d{1,2})/(?<day>\d{1,2})/(?<year>\d{4})" + Tail + "$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    /// <summary>The date a whole line states, or null when the line is not a dateline.</summary>
    public static DateOnly? Parse(ReadOnlySpan<char> line, ExtractionOptions options)
    {
        line = line.Trim();
        if (line.Length < options.DatelineMinChars || line.Length > options.DatelineMaxChars)
        {
            return null;
        }

        string s = line.ToString();
        Match m = MonthDayYear().Match(s);
        if (!m.Success)
        {
            m = DayMonthYear().Match(s);
        }

        if (m.Success)
        {
            return Months.TryGetValue(m.Groups["month"].Value, out int month) ? Make(m.Groups["year"].Value, month, m.Groups["day"].Value) : null;
        }

        m = Iso().Match(s);
        if (!m.Success)
        {
            m = Slashed().Match(s);
        }

        // "06/02/2025" is read month-first (US order) unless the first number cannot be a month.
        if (m.Success && int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out int mm))
        {
            int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            return mm > 12 && day <= 12 ? Make(m.Groups["year"].Value, day, mm.ToString(CultureInfo.InvariantCulture)) : Make(m.Groups["year"].Value, mm, m.Groups["day"].Value);
        }

        return null;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, d);
    }
}
