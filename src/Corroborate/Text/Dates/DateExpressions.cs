using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Text.Dates;

/// <summary>
/// Finds day-precise dates in news text: absolute ("June 2, 2025", "2 June", "2025-06-02") and relative to the
/// article's date ("yesterday", "on Monday", "last Friday"). Month- or year-only mentions ("in May", "since
/// 2022") are not days and are left out. Patterns are bounded and run non-backtracking, safe on hostile pages.
/// </summary>
public static partial class DateExpressions
{
    private const string Months =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private const string Weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    [GeneratedRegex(@"\b(?<m>" + Months + @")\.? (?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,? (?<y>(?:19|20)[0-9]{2})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)? (?:of )?(?<m>" + Months + @")\b\.?(?:,? (?<y>(?:19|20)[0-9]{2})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})-(?<m>[01][0-9])-(?<d>[0-3][0-9])\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<mod>last|this|next|on|past) )?(?<w>" + Weekdays + @")\b|\b(?<rel>yesterday|today|tonight|tomorrow)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Relative();

    /// <summary>
    /// All day-precise dates in <paramref name="text"/>. Without <paramref name="published"/>, relative
    /// expressions and year-less dates cannot be resolved and are skipped.
    /// </summary>
    public static List<DateMention> Find(string text, DateOnly? published)
    {
        var found = new List<DateMention>();
        foreach (Match m in MonthDay().Matches(text))
        {
            AddAbsolute(found, m, published, isMonthNumeric: false);
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            AddAbsolute(found, m, published, isMonthNumeric: false);
        }

        foreach (Match m in Iso().Matches(text))
        {
            AddAbsolute(found, m, published, isMonthNumeric: true);
        }

        if (published is DateOnly pub)
        {
            foreach (Match m in Relative().Matches(text))
            {
                if (ResolveRelative(m, pub) is DateOnly d)
                {
                    found.Add(new DateMention(d, DateMentionKind.Relative, m.Index, m.Index + m.Length));
                }
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void AddAbsolute(List<DateMention> found, Match m, DateOnly? published, bool isMonthNumeric)
    {
        int month = isMonthNumeric ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : MonthOf(m.Groups["m"].ValueSpan);
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (published is DateOnly pub)
        {
            // A year-less date is the nearest such day to publication: "Dec 30" in a Jan 2 article is last year.
            year = pub.Year;
            if (month - pub.Month > 6)
            {
                year--;
            }
            else if (pub.Month - month > 6)
            {
                year++;
            }
        }
        else
        {
            return;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return;
        }

        found.Add(new DateMention(new DateOnly(year, month, day), DateMentionKind.Absolute, m.Index, m.Index + m.Length));
    }

    private static DateOnly? ResolveRelative(Match m, DateOnly pub)
    {
        if (m.Groups["rel"].Success)
        {
            return m.Groups["rel"].ValueSpan.ToString().ToLowerInvariant() switch
            {
                "yesterday" => pub.AddDays(-1),
                "tomorrow" => pub.AddDays(1),
                _ => pub,
            };
        }

        DayOfWeek target = Enum.Parse<DayOfWeek>(m.Groups["w"].ValueSpan, ignoreCase: true);
        int back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
        string mod = m.Groups["mod"].Success ? m.Groups["mod"].ValueSpan.ToString().ToLowerInvariant() : "";
        return mod switch
        {
            // "next Friday" is the coming one; "last Friday" is strictly before today.
            "next" => pub.AddDays(back == 0 ? 7 : 7 - back),
            "last" or "past" => pub.AddDays(back == 0 ? -7 : -back),

            // A bare or "on" weekday in news is most often the latest such day up to the article's date.
            _ => pub.AddDays(-back),
        };
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[3];
        name[..3].ToLowerInvariant(lower);
        return lower switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }
}
