using Corroborate.Model;
using Corroborate.Text.Dates;

namespace Corroborate.Tests.Corroboration.Reliability;

public class CalendarSlipTests
{
    [Fact]
    public void A_weekday_with_a_bracketed_day_is_one_date_that_carries_its_weekday()
    {
        DateExpression date = Assert.Single(DateExpressions.FindExpressions("Police arrested two men on Thursday (15) near the port."));
        Assert.Equal(DateForm.DayOfMonth, date.Form);
        Assert.Equal(DayOfWeek.Thursday, date.StatedWeekday);

        // In a report of 20 May 2031 the 15th is that month's, a Thursday: the calendar agrees.
        Assert.Equal(new DateOnly(2031, 5, 15), date.Resolve(new DateOnly(2031, 5, 20)));
        Assert.False(date.WeekdayDisagrees(new DateOnly(2031, 5, 20)));

        // In a report of 11 March 2032 it is 15 February 2032, a Sunday.
        Assert.True(date.WeekdayDisagrees(new DateOnly(2032, 3, 11)));
    }

    [Fact]
    public void A_weekday_before_a_full_date_is_checked_against_it()
    {
        DateExpression date = Assert.Single(DateExpressions.FindExpressions("The hearing opened on Tuesday, 19 March 2031."));
        Assert.Equal(DayOfWeek.Tuesday, date.StatedWeekday);
        Assert.True(date.WeekdayDisagrees(null)); // 19 March 2031 is a Wednesday.
    }

    [Fact]
    public void Two_days_that_fit_another_calendar_are_strong_and_flag_with_one_more_finding()
    {
        const string Old = "Police arrested two men on Thursday (15) over the killing of the farm leader on Wednesday evening (14) near Tollby.";
        var result = new CorroborationKit()
            .Article("a", "Police arrested two men over the killing of the farm leader near Tollby.", "Harbour Post", new DateOnly(2032, 3, 11)).Add()
            .Article("b", Old, null, new DateOnly(2032, 3, 11)).Add()
            .Run();

        Assessment recycled = Assert.Single(result.Assessments, a => a.Article == "b");
        AssessmentReason reason = Assert.Single(recycled.Reasons, r => r.Code == "written-for-another-date");
        Assert.Equal(EvidenceStrength.Strong, reason.Strength);
        Assert.Contains("Sunday", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_slip_is_weak_and_a_consistent_weekday_is_no_finding()
    {
        var result = new CorroborationKit()
            .Article("a", "The hearing opened on Tuesday, 19 March 2031 in Tollby.", "Harbour Post", new DateOnly(2031, 3, 20)).Add()
            .Article("b", "The hearing opened on Wednesday, 19 March 2031 in Tollby.", "Valley Times", new DateOnly(2031, 3, 20)).Add()
            .Run();

        Assert.Equal(EvidenceStrength.Weak, Assert.Single(Assert.Single(result.Assessments, a => a.Article == "a").Reasons).Strength);
        Assert.Empty(Assert.Single(result.Assessments, a => a.Article == "b").Reasons);
    }
}
