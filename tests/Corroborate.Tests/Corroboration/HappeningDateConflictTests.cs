using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class HappeningDateConflictTests
{
    [Fact]
    public void Two_days_for_one_killing_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The union leader Ivo Marsh, 58, was shot on a farm road near Tollby on 14 August 2031.", "Harbour Post", new DateOnly(2032, 3, 11)).Add()
            .Article("b", "The union leader Ivo Marsh was killed on 21 August 2031 on a farm road near Tollby.", "Valley Times", new DateOnly(2032, 3, 11)).Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new HappeningDateKey(HappeningPhase.Held, "death"), conflict.Key);
    }

    [Fact]
    public void A_protest_over_a_killing_is_not_the_killing_s_day()
    {
        var result = new CorroborationKit()
            .Article("a", "The student Ivo Marsh, 15, was killed by a police bullet in Tollby on 6 December 2031.", "Harbour Post", new DateOnly(2031, 12, 14)).Add()
            .Article("b", "Fresh riots broke out in Tollby on 13 December 2031 in protest at the police killing of the student Ivo Marsh, 15.", "Valley Times", new DateOnly(2031, 12, 14)).Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }
}
