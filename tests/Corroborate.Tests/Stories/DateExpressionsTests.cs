using Corroborate.Text.Dates;

namespace Corroborate.Tests.Stories;

public class DateExpressionsTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    private static DateOnly[] Dates(string text, DateOnly? pub) => [.. DateExpressions.Find(text, pub).Select(m => m.Date)];

    [Fact]
    public void Resolves_relative_days_against_the_article_date()
    {
        Assert.Equal([new DateOnly(2026, 3, 9)], Dates("The vote took place yesterday.", Tuesday));
        Assert.Equal([new DateOnly(2026, 3, 9)], Dates("Delegates met on Monday.", Tuesday));
        Assert.Equal([new DateOnly(2026, 3, 6)], Dates("It started last Friday.", Tuesday));
        Assert.Equal([new DateOnly(2026, 3, 3)], Dates("Results came last Tuesday.", Tuesday));
        Assert.Equal([new DateOnly(2026, 3, 13)], Dates("They return next Friday.", Tuesday));
    }

    [Fact]
    public void A_weekday_on_the_publication_day_is_that_day()
    {
        var monday = new DateOnly(2025, 6, 2);
        Assert.Equal([monday], Dates("The talks ended on Monday.", monday));
    }

    [Fact]
    public void Reads_absolute_dates_and_skips_month_or_year_only_mentions()
    {
        Assert.Equal([new DateOnly(2025, 6, 2)], Dates("Monday, June 2, 2025", null));
        Assert.Equal([new DateOnly(2026, 3, 2)], Dates("On 2 March the jury met.", Tuesday));
        Assert.Equal([new DateOnly(2024, 11, 5)], Dates("Filed 2024-11-05.", null));
        Assert.Empty(Dates("The first meeting since March 2022 was in May.", Tuesday));
    }

    [Fact]
    public void Without_a_publication_date_relative_and_yearless_dates_are_not_guessed()
    {
        Assert.Empty(Dates("They met on Monday, and again on March 3.", null));
    }
}
