namespace Corroborate.Model;

/// <summary>How a day is written: in full, without its year, as a weekday, or as a day word ("yesterday").</summary>
public enum DateForm
{
    /// <summary>"June 2, 2025", "2 June 2025", "2025-06-02": a day whatever the article's date.</summary>
    Full,

    /// <summary>"June 2", "2 June": the nearest such day to the reference date.</summary>
    YearLess,

    /// <summary>"Monday", "on Monday", "last Friday", "next Tuesday": counted from the reference date.</summary>
    Weekday,

    /// <summary>"yesterday", "today", "tonight", "tomorrow".</summary>
    DayWord,

    /// <summary>"Thursday (15)": a day of the month with no month, the latest such day up to a few days past the reference.</summary>
    DayOfMonth,
}

/// <summary>Which weekday a weekday expression means, counted from the reference date.</summary>
public enum WeekdayModifier
{
    /// <summary>A bare or "on"/"this" weekday: the latest such day up to the reference date.</summary>
    Latest,

    /// <summary>"last"/"past": strictly before the reference date.</summary>
    Previous,

    /// <summary>"next": strictly after it.</summary>
    Next,
}

/// <summary>
/// A day as the text writes it, not yet placed on the calendar: year-less dates and relative expressions need a
/// reference date (the article's, or its event's), which is known only later. <see cref="Start"/>/<see cref="End"/> are
/// offsets into the text it was found in.
/// </summary>
/// <param name="Month">1–12 when valid; a full numeric date may carry an impossible month, which resolves to nothing.</param>
/// <param name="Offset">For day words: days from the reference (yesterday = -1).</param>
/// <param name="StatedWeekday">The weekday the text writes beside a day ("Saturday, 15 November"), which the calendar can check.</param>
public readonly record struct DateExpression(
    int Start,
    int End,
    DateForm Form,
    int Year,
    int Month,
    int Day,
    DayOfWeek Weekday,
    WeekdayModifier Modifier,
    int Offset,
    DayOfWeek? StatedWeekday = null)
{
    /// <summary>Days past the reference a day of the month may lie and still be this month's (a report filed late at night).</summary>
    private const int DayOfMonthLead = 3;

    /// <summary>True for expressions that count from the reference date (weekdays and day words).</summary>
    public bool IsRelative => Form is DateForm.Weekday or DateForm.DayWord or DateForm.DayOfMonth;

    /// <summary>The calendar day, or null when the expression needs a reference and has none, or names no real day.</summary>
    public DateOnly? Resolve(DateOnly? reference) => Form switch
    {
        DateForm.Full => ToDay(Year, Month, Day),
        DateForm.YearLess when reference is DateOnly r => ToDay(NearestYear(r, Month), Month, Day),
        DateForm.Weekday when reference is DateOnly r => FromWeekday(r),
        DateForm.DayWord when reference is DateOnly r => r.AddDays(Offset),
        DateForm.DayOfMonth when reference is DateOnly r => OfMonth(r),
        _ => null,
    };

    /// <summary>
    /// True when the text writes a weekday beside the day and the calendar gives that day another weekday: the text was
    /// written for another month or year than the reference, or miswrites the day.
    /// </summary>
    public bool WeekdayDisagrees(DateOnly? reference) =>
        StatedWeekday is DayOfWeek stated && Resolve(reference) is DateOnly day && day.DayOfWeek != stated;

    private DateOnly? OfMonth(DateOnly reference)
    {
        DateOnly month = new(reference.Year, reference.Month, 1);
        if (Day > reference.Day + DayOfMonthLead)
        {
            month = month.AddMonths(-1);
        }

        return ToDay(month.Year, month.Month, Day);
    }

    /// <summary>A year-less date is the nearest such day to the reference: "Dec 30" in a Jan 2 article is last year.</summary>
    private static int NearestYear(DateOnly reference, int month)
    {
        int year = reference.Year;
        if (month - reference.Month > 6)
        {
            year--;
        }
        else if (reference.Month - month > 6)
        {
            year++;
        }

        return year;
    }

    private static DateOnly? ToDay(int year, int month, int day) =>
        month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ? null : new DateOnly(year, month, day);

    private DateOnly FromWeekday(DateOnly reference)
    {
        int back = ((int)reference.DayOfWeek - (int)Weekday + 7) % 7;
        return Modifier switch
        {
            WeekdayModifier.Next => reference.AddDays(back == 0 ? 7 : 7 - back),
            WeekdayModifier.Previous => reference.AddDays(back == 0 ? -7 : -back),
            _ => reference.AddDays(-back),
        };
    }
}
