using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class StoryRolesTests
{
    [Fact]
    public void A_portfolio_minister_without_a_country_takes_the_story_country_and_two_holders_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Estonia Sports Minister Ilse Brandt opened the Estonia games. Estonia hosts them for the first time.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Sports Minister Ilse Brandt", "minister", "union sports", "Ilse Brandt").Add()
            .Article("b", "Sports Minister Otto Kell opened the games in Estonia.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Sports Minister Otto Kell", "sports minister", null, "Otto Kell").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new RoleKey("EE", "sports minister"), conflict.Key);
    }

    [Fact]
    public void A_story_about_two_countries_leaves_the_role_open()
    {
        var result = new CorroborationKit()
            .Article("a", "Estonia and Latvia held talks. Foreign Minister Ilse Brandt spoke for Estonia; Latvia sent a delegation.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Foreign Minister Ilse Brandt", "foreign minister", null, "Ilse Brandt").Add()
            .Article("b", "Latvia and Estonia met. Foreign Minister Otto Kell led Latvia's side in Estonia.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Foreign Minister Otto Kell", "foreign minister", null, "Otto Kell").Add()
            .Run();

        Assert.Empty(result.Conflicts);
        Assert.All(result.Facts.Where(f => f.Key is RoleKey), f => Assert.Null(((RoleKey)f.Key).Jurisdiction));
    }
}
