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

    [Fact]
    public void An_acronym_the_story_defines_names_the_same_body_as_its_expansion()
    {
        var result = new CorroborationKit()
            .Article("a", "The All Verdania Chess Federation (AVCF) met on Monday. AVCF president Rolf Amsel spoke.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("AVCF president Rolf Amsel", "president", "avcf", "Rolf Amsel").Add()
            .Article("b", "All Verdania Chess Federation president Dora Lind spoke on Monday.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("All Verdania Chess Federation president Dora Lind", "president", "all verdania chess federation", "Dora Lind").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new RoleKey("all verdania chess federation", "president"), conflict.Key);
    }

    [Fact]
    public void A_body_the_story_shows_with_several_holders_of_a_title_has_no_role_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The two governors of the Bank of Norland spoke. Bank governor Ana Pell warned on rates.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Bank governor Ana Pell", "governor", "bank of norland", "Ana Pell").Add()
            .Article("b", "Bank of Norland governor Rui Sand warned on rates.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Bank of Norland governor Rui Sand", "governor", "bank of norland", "Rui Sand").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Without_such_evidence_two_governors_of_one_bank_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Bank governor Ana Pell of the Bank of Norland warned on rates.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Bank governor Ana Pell", "governor", "bank of norland", "Ana Pell").Add()
            .Article("b", "Bank of Norland governor Rui Sand warned on rates.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Bank of Norland governor Rui Sand", "governor", "bank of norland", "Rui Sand").Add()
            .Run();

        Assert.Equal(new RoleKey("bank of norland", "governor"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void Other_ministers_do_not_make_one_portfolio_multi_member()
    {
        var result = new CorroborationKit()
            .Article("a", "Estonia Finance Minister Ilse Brandt met other ministers in Estonia.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Finance Minister Ilse Brandt", "finance minister", "EE", "Ilse Brandt").Add()
            .Article("b", "Estonia Finance Minister Otto Kell met other ministers in Estonia.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Finance Minister Otto Kell", "finance minister", "EE", "Otto Kell").Add()
            .Run();

        Assert.Equal(new RoleKey("EE", "finance minister"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void A_place_then_a_portfolio_before_commissioner_is_that_place_s_portfolio()
    {
        var result = new CorroborationKit()
            .Article("a", "EU Competition Commissioner Lina Dorsey opened the review.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("EU Competition Commissioner Lina Dorsey", "commissioner", "eu competition", "Lina Dorsey").Add()
            .Article("b", "EU Competition Commissioner Mara Holt opened the review.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("EU Competition Commissioner Mara Holt", "commissioner", "eu competition", "Mara Holt").Add()
            .Run();

        Assert.Equal(new RoleKey("EU", "competition commissioner"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void An_acronym_the_story_spells_out_elsewhere_names_the_same_body()
    {
        var result = new CorroborationKit()
            .Article("a", "All Verdania Chess Federation president Dora Lind praised the deal.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("All Verdania Chess Federation president Dora Lind", "president", "all verdania chess federation", "Dora Lind").Add()
            .Article("b", "AVCF president Rolf Amsel praised the deal.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("AVCF president Rolf Amsel", "president", "avcf", "Rolf Amsel").Add()
            .Run();

        Assert.Equal(new RoleKey("all verdania chess federation", "president"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void An_acronym_title_takes_the_story_title_with_those_initials()
    {
        var result = new CorroborationKit()
            .Article("a", "In Venezuela, National Director of Public Prosecutions Tomas Brink said Venezuela would appeal.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("National Director of Public Prosecutions Tomas Brink", "national director of public prosecutions", "VE", "Tomas Brink").Add()
            .Article("b", "NDPP Lea Holm said the case in Venezuela would go on, and Venezuela would not appeal.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("NDPP Lea Holm", "ndpp", null, "Lea Holm").Add()
            .Run();

        Assert.Equal(new RoleKey("VE", "national director of public prosecutions"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void Government_roles_the_record_places_in_one_country_make_it_the_story_country()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Ada Quist spoke. Health Minister Ilse Brandt opened the clinic.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Prime Minister Ada Quist", "prime minister", "NO", "Ada Quist")
                .Role("Health Minister Ilse Brandt", "health minister", null, "Ilse Brandt").Add()
            .Article("b", "Health Minister Otto Kell opened the clinic.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Health Minister Otto Kell", "health minister", null, "Otto Kell").Add()
            .Run();

        Assert.Equal(new RoleKey("NO", "health minister"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void A_level_of_government_before_a_portfolio_is_the_story_country()
    {
        var result = new CorroborationKit()
            .Article("a", "Federal Transport Minister Ilse Brandt opened the line in Estonia. Estonia paid for it.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Federal Transport Minister Ilse Brandt", "transport minister", "federal", "Ilse Brandt").Add()
            .Article("b", "Estonia Transport Minister Otto Kell opened the line in Estonia.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Estonia Transport Minister Otto Kell", "transport minister", "EE", "Otto Kell").Add()
            .Run();

        Assert.Equal(new RoleKey("EE", "transport minister"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void A_bare_title_takes_the_one_region_the_story_names_for_it()
    {
        var result = new CorroborationKit()
            .Article("a", "North Vale Premier Ilse Brandt toured the flooded town.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("North Vale Premier Ilse Brandt", "premier", "north vale", "Ilse Brandt").Add()
            .Article("b", "Premier Otto Kell toured the flooded town.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Premier Otto Kell", "premier", null, "Otto Kell").Add()
            .Run();

        Assert.Equal(new RoleKey("north vale", "premier"), Assert.Single(result.Conflicts).Key);
    }

    [Fact]
    public void A_bare_title_in_a_story_naming_two_regions_for_it_is_not_given_either()
    {
        var result = new CorroborationKit()
            .Article("a", "North Vale Premier Ilse Brandt and South Vale Premier Rui Sand toured the flooded towns.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("North Vale Premier Ilse Brandt", "premier", "north vale", "Ilse Brandt")
                .Role("South Vale Premier Rui Sand", "premier", "south vale", "Rui Sand").Add()
            .Article("b", "Premier Otto Kell toured the flooded town.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Premier Otto Kell", "premier", null, "Otto Kell").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }
}
