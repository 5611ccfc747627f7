using System.Globalization;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Text.Dates;

/// <summary>
/// Finds day-precise dates in news text: absolute ("June 2, 2025", "2 June", "2025-06-02") and relative to the
/// article's date ("yesterday", "on Monday", "last Friday"). Month- or year-only mentions ("in May", "since
/// 2022") are not days and are left out. Patterns are bounded and run non-backtracking, safe on hostile pages.
/// </summary>
internal static partial class DateExpressions
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

    // "Thursday (15)", "Wednesday evening (14)": the day of the month in brackets after the weekday, a common newsroom
    // style in Portuguese- and Spanish-language outlets and their translations.
    [GeneratedRegex(@"\b(?<w>" + Weekdays + @")(?: (?:morning|afternoon|evening|night))? \((?<d>[0-9]{1,2})\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WeekdayDayOfMonth();

    [GeneratedRegex(@"\b(?:(?<mod>last|this|next|on|past) )?(?<w>" + Weekdays + @")\b|\b(?<rel>yesterday|today|tonight|tomorrow)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Relative();

    /// <summary>
    /// Every day-precise date expression in <paramref name="text"/>, in text order, not yet resolved: year-less dates and
    /// relative expressions wait for a reference date (<see cref="DateExpression.Resolve"/>).
    /// </summary>
    public static List<DateExpression> FindExpressions(string text)
    {
        var found = new List<DateExpression>();
        foreach (Match m in MonthDay().Matches(text))
        {
            found.Add(Absolute(m, MonthOf(m.Groups["m"].ValueSpan)));
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            found.Add(Absolute(m, MonthOf(m.Groups["m"].ValueSpan)));
        }

        foreach (Match m in Iso().Matches(text))
        {
            found.Add(Absolute(m, int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture)));
        }

        var bracketed = new HashSet<int>();
        foreach (Match m in WeekdayDayOfMonth().Matches(text))
        {
            found.Add(new DateExpression(m.Index, m.Index + m.Length, DateForm.DayOfMonth, 0, 0,
                int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), default, default, 0, WeekdayOf(m)));
            bracketed.Add(m.Groups["w"].Index);
        }

        foreach (Match m in Relative().Matches(text))
        {
            if (!bracketed.Contains(m.Groups["w"].Success ? m.Groups["w"].Index : -1))
            {
                found.Add(RelativeExpression(m));
            }
        }

        // Matches of different patterns never start at one position, so the order is the text order whatever the sort.
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        // "Saturday, 15 November": one date, whose day the absolute part gives; the weekday alone would be resolved
        // against the article's date and could name another day.
        var kept = new List<DateExpression>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Form == DateForm.Weekday && i + 1 < found.Count && DayFollows(text, found[i], found[i + 1]))
            {
                // The weekday stays with the day it names, for the calendar to check.
                found[i + 1] = found[i + 1] with { StatedWeekday = found[i].Weekday };
                continue;
            }

            kept.Add(found[i]);
        }

        return kept;
    }

    private static bool DayFollows(string text, DateExpression weekday, DateExpression next) =>
        !next.IsRelative && next.Start >= weekday.End && next.Start - weekday.End <= 3
        && text.AsSpan(weekday.End, next.Start - weekday.End).Trim(" ,").IsEmpty;

    /// <summary>
    /// All day-precise dates in <paramref name="text"/>. Without <paramref name="published"/>, relative
    /// expressions and year-less dates cannot be resolved and are skipped.
    /// </summary>
    public static List<DateMention> Find(string text, DateOnly? published) => Resolve(FindExpressions(text), published);

    /// <summary>The expressions that name a day given <paramref name="reference"/>, resolved, in text order.</summary>
    public static List<DateMention> Resolve(IEnumerable<DateExpression> expressions, DateOnly? reference)
    {
        var found = new List<DateMention>();
        foreach (DateExpression expression in expressions)
        {
            if (expression.Resolve(reference) is DateOnly day)
            {
                found.Add(new DateMention(day, expression.IsRelative ? DateMentionKind.Relative : DateMentionKind.Absolute, expression.Start, expression.End));
            }
        }

        return found;
    }

    private static DateExpression Absolute(Match m, int month)
    {
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        bool hasYear = m.Groups["y"].Success;
        int year = hasYear ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return new DateExpression(m.Index, m.Index + m.Length, hasYear ? DateForm.Full : DateForm.YearLess, year, month, day, default, default, 0);
    }

    private static DateExpression RelativeExpression(Match m)
    {
        if (m.Groups["rel"].Success)
        {
            int offset = m.Groups["rel"].ValueSpan.ToString().ToLowerInvariant() switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            return new DateExpression(m.Index, m.Index + m.Length, DateForm.DayWord, 0, 0, 0, default, default, offset);
        }

        DayOfWeek weekday = WeekdayOf(m);
        string mod = m.Groups["mod"].Success ? m.Groups["mod"].ValueSpan.ToString().ToLowerInvariant() : "";
        WeekdayModifier modifier = mod switch
        {
            // "next Friday" is the coming one; "last Friday" is strictly before today; a bare or "on" weekday in news
            // is most often the latest such day up to the article's date.
            "next" => WeekdayModifier.Next,
            "last" or "past" => WeekdayModifier.Previous,
            _ => WeekdayModifier.Latest,
        };
        return new DateExpression(m.Index, m.Index + m.Length, DateForm.Weekday, 0, 0, 0, weekday, modifier, 0);
    }

    private static DayOfWeek WeekdayOf(Match m) => Enum.Parse<DayOfWeek>(m.Groups["w"].ValueSpan, ignoreCase: true);

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
