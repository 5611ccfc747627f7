using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class LocalityConflictTests
{
    [Fact]
    public void One_happening_told_alike_in_two_towns_conflicts()
    {
        var result = new CorroborationKit()
            .Article("a", "Police said the body of a 67-year-old man was found on Tuesday morning in a car swept off a flooded causeway near Tollby.", "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", "Police said a 67-year-old man was found dead in his car after it was swept off a flooded causeway near Marrow on Tuesday.", "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new PlaceKey("town"), conflict.Key);
        Assert.Equal(ConflictKind.Place, conflict.Kind);
    }

    [Fact]
    public void Towns_one_source_names_both_are_not_in_dispute()
    {
        var result = new CorroborationKit()
            .Article("a", "The 67-year-old man was found in a car swept off a flooded causeway near Tollby. Rescuers also searched a flooded causeway near Marrow.", "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", "The 67-year-old man was found dead in a car swept off a flooded causeway near Marrow on Tuesday.", "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_town_and_the_district_the_story_puts_it_in_are_one_place()
    {
        var result = new CorroborationKit()
            .Article("a", "The prize was presented to the novelist at a ceremony in Onwe, Lakeside, on Saturday night.", "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", "The prize was presented to the novelist at a ceremony in Lakeside on Saturday night.", "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Sentences_about_different_things_do_not_compare_their_towns()
    {
        var result = new CorroborationKit()
            .Article("a", "The ferry company has its offices in Tollby.", "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", "The storm flooded the old fish market in Marrow overnight.", "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }
}
