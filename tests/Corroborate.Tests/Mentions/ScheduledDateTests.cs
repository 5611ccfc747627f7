using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class ScheduledDateTests
{
    [Fact]
    public void A_planned_happening_is_scheduled_and_its_weekday_is_the_coming_one()
    {
        HappeningDateMention planned = Assert.Single(MentionTexts.Of("The harbour board will meet on Wednesday to approve the plan.").HappeningDates);
        Assert.Equal(HappeningPhase.Scheduled, planned.Phase);

        // A Monday article: the coming Wednesday, not the one before.
        Assert.Equal(new DateOnly(2031, 6, 4), planned.When.Resolve(new DateOnly(2031, 6, 2)));
    }

    [Fact]
    public void A_happening_in_the_past_keeps_its_phase_and_the_last_weekday()
    {
        HappeningDateMention held = Assert.Single(MentionTexts.Of("The harbour board met on Wednesday to approve the plan.").HappeningDates);
        Assert.NotEqual(HappeningPhase.Scheduled, held.Phase);
        Assert.Equal(new DateOnly(2031, 5, 28), held.When.Resolve(new DateOnly(2031, 6, 2)));
    }
}
