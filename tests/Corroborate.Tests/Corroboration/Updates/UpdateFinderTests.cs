using Corroborate.Model;

namespace Corroborate.Tests.Corroboration.Updates;

public class UpdateFinderTests
{
    [Fact]
    public void A_count_that_rises_on_a_later_day_is_an_update_not_a_conflict()
    {
        var kit = new CorroborationKit()
            .Article("a", "Rescuers said 14 people died in the flood at the river town.", "Valley Courier", new DateOnly(2031, 3, 7))
                .Quantity("14 people", 14, 14, "people").Add()
            .Article("b", "Rescuers now say 21 people died in the flood at the river town.", "Delta Times", new DateOnly(2031, 3, 9))
                .Quantity("21 people", 21, 21, "people").Add();

        // Inside one event (one happening), two counts of one thing are sources disagreeing, whatever their days.
        StoryCorroboration oneEvent = kit.Run();
        Assert.Single(oneEvent.Conflicts);
        Assert.Empty(oneEvent.Updates);

        // Between the story's events, the count moved on.
        StoryCorroboration result = kit.RunInEvents(["a"], ["b"]);

        Assert.Empty(result.Conflicts);
        Update update = Assert.Single(result.Updates);
        Assert.Equal("14", update.Old.Value);
        Assert.Equal("21", update.New.Value);
        Assert.Equal(new DateOnly(2031, 3, 7), update.Old.Date);
        Assert.Equal("Delta Times", update.New.Outlet);
        Assert.Equal("14 people", update.Old.Text);
        Assert.Contains("→", update.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_different_things_on_different_days_are_no_update()
    {
        var result = new CorroborationKit()
            .Article("a", "Organisers expect 300 people at the harvest parade.", published: new DateOnly(2031, 3, 7))
                .Quantity("300 people", 300, 300, "people").Add()
            .Article("b", "Police detained 12 people after a brawl near the station.", published: new DateOnly(2031, 3, 9))
                .Quantity("12 people", 12, 12, "people").Add()
            .RunInEvents(["a"], ["b"]);

        Assert.Empty(result.Updates);
    }

    [Fact]
    public void Two_counts_inside_one_event_are_a_conflict_never_an_update()
    {
        var result = new CorroborationKit()
            .Article("a", "Rescuers said 14 people died in the flood at the river town.", published: new DateOnly(2031, 3, 7))
                .Quantity("14 people", 14, 14, "people").Add()
            .Article("b", "Rescuers said 21 people died in the flood at the river town.", published: new DateOnly(2031, 3, 7))
                .Quantity("21 people", 21, 21, "people").Add()
            .Run();

        Assert.Empty(result.Updates);
        Assert.Single(result.Conflicts);
    }
}
