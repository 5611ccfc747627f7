using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Corroboration.Reliability;

/// <summary>
/// Days an article writes with a weekday the calendar does not give them at the article's date ("Thursday (15)" in a
/// March 2026 report, where the 15th is a Sunday): one is a slip of the pen; several say the text was written for
/// another month or year and put out again under a new date.
/// </summary>
internal static class CalendarSlips
{
    public static List<string> Of(ArticleReport article, DateOnly? reference)
    {
        var slips = new List<string>();
        string text = article.Article.Text;
        foreach (DateExpression date in article.Analyzed.Mentions.Dates)
        {
            if (date.WeekdayDisagrees(reference) && date.Resolve(reference) is DateOnly day && date.End <= text.Length)
            {
                slips.Add($"“{text[date.Start..date.End]}”, but {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} is a {day.DayOfWeek}");
            }
        }

        return slips;
    }
}
