using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// Counts anchored on one word ("Turnout was …", "killed …", "a … pipeline tender") are one thing, however little the
/// rest of their sentences share; owners, other times and unanchored counts keep them apart.
/// </summary>
public class CountAnchorConflictTests
{
    [Fact]
    public void Counts_linked_to_one_noun_conflict_in_otherwise_different_sentences()
    {
        var result = new CorroborationKit()
            .Article("a", "Turnout was 73.8%, according to the electoral commission, with long queues in the north.")
                .Quantity("73.8%", 73.8, 73.8, "percent").Add()
            .Article("b", "Turnout reached 74.4% on Sunday, the highest since the republic was founded.")
                .Quantity("74.4%", 74.4, 74.4, "percent").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(["73.8%", "74.4%"], conflict.Claims.Select(c => c.Text));
    }

    [Fact]
    public void Counts_of_one_happening_conflict_whatever_verb_names_it()
    {
        var result = new CorroborationKit()
            .Article("a", "Flood waters killed 14 people in the delta on Tuesday.")
                .Quantity("14 people", 14, 14, "people").Add()
            .Article("b", "At least 41 people have died since the river burst its banks, officials said.")
                .Quantity("41 people", 41, double.PositiveInfinity, "people").Add()
            .Run();

        Assert.Equal(ConflictKind.Number, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void A_sum_is_anchored_on_the_noun_it_qualifies()
    {
        var result = new CorroborationKit()
            .Article("a", "The court found the R212 million pipeline tender was rigged.")
                .Quantity("R212 million", 212e6, 212e6, "zar").Add()
            .Article("b", "Prosecutors say he looted a R2.1 billion pipeline budget over six years.")
                .Quantity("R2.1 billion", 2.1e9, 2.1e9, "zar").Add()
            .Run();

        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void Counts_near_different_names_are_different_owners_counts()
    {
        var result = new CorroborationKit()
            .Article("a", "Officials said the Greens share was 31.6%.")
                .Quantity("31.6%", 31.6, 31.6, "percent").Add()
            .Article("b", "The Labour share was 35.4% in the count.")
                .Quantity("35.4%", 35.4, 35.4, "percent").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_count_told_of_another_time_is_not_this_happenings()
    {
        var result = new CorroborationKit()
            .Article("a", "The gunman killed three people at the bottling plant.")
                .Quantity("three people", 3, 3, "people").Add()
            .Article("b", "In February, another attacker killed five people at a mall in the capital.")
                .Quantity("five people", 5, 5, "people").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_verb_or_a_count_that_looks_like_a_time_is_no_other_time()
    {
        // "may" is a verb and "2,000" a count, not a month and a year: the anchored death counts still conflict.
        var result = new CorroborationKit()
            .Article("a", "Officials fear 14 people may have died as 2,000 homes flooded.")
                .Quantity("14 people", 14, 14, "people").Add()
            .Article("b", "The flood killed 41 people in the delta.")
                .Quantity("41 people", 41, 41, "people").Add()
            .Run();

        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void A_verb_that_names_no_happening_anchors_nothing()
    {
        var result = new CorroborationKit()
            .Article("a", "Okafor finished with 404 yards rushing for the season.")
                .Quantity("404 yards", 404, 404, "yard").Add()
            .Article("b", "On Sunday he had 70 yards rushing on nine carries.")
                .Quantity("70 yards", 70, 70, "yard").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_source_stating_both_anchored_values_is_on_neither_side()
    {
        var result = new CorroborationKit()
            .Article("a", "Turnout was 74.4%, far above the turnout of 61.7% four years ago.")
                .Quantity("74.4%", 74.4, 74.4, "percent").Quantity("61.7%", 61.7, 61.7, "percent").Add()
            .Article("b", "Turnout was 61.7% in the first count.")
                .Quantity("61.7%", 61.7, 61.7, "percent").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void An_open_count_far_from_another_value_of_its_key_still_conflicts_with_a_third()
    {
        // "at least 52 people dead" allows 9,000, but it is not the 9,000 evacuated: it must not hide in that cluster
        // (two sources each), away from the "13 people" it contradicts.
        var result = new CorroborationKit()
            .Article("a", "The storm killed 13 people and some 9,000 people were evacuated from the coast.")
                .Quantity("13 people", 13, 13, "people").Quantity("9,000 people", 9000, 9000, "people").Add()
            .Article("b", "Officials said the storm killed 13 people, while 9,000 people were evacuated overnight.")
                .Quantity("13 people", 13, 13, "people").Quantity("9,000 people", 9000, 9000, "people").Add()
            .Article("c", "A huge storm has hit the coast, leaving at least 52 people dead and towns in ruins.")
                .Quantity("52 people", 52, double.PositiveInfinity, "people").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(["13 people", "52 people"], conflict.Claims.Select(c => c.Text).Distinct());
    }

    [Fact]
    public void A_count_anchored_on_its_verb_past_auxiliaries_and_adverbs_conflicts()
    {
        var result = new CorroborationKit()
            .Article("a", "The blaze destroyed about 300 houses on the northern slope, firefighters said.")
                .Quantity("300 houses", 300, 300, "houses").Add()
            .Article("b", "Over 2,000 houses have been completely destroyed, a regional website claimed.")
                .Quantity("2,000 houses", 2001, double.PositiveInfinity, "houses").Add()
            .Run();

        Assert.Equal(ConflictKind.Number, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void A_place_named_across_a_comma_is_not_a_rival_owner_of_a_count()
    {
        var result = new CorroborationKit()
            .Article("a", "The quake struck near the town of Orvel, killed 14 people and cut the main road.")
                .Quantity("14 people", 14, 14, "people").Add()
            .Article("b", "A powerful quake shook the Dastra valley, leaving 40 people dead by nightfall.")
                .Quantity("40 people", 40, 40, "people").Add()
            .Run();

        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void Counts_in_two_short_sentences_about_one_thing_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The review makes 27 recommendations.")
                .Quantity("27 recommendations", 27, 27, "recommendations").Add()
            .Article("b", "The review sets out 31 recommendations.")
                .Quantity("31 recommendations", 31, 31, "recommendations").Add()
            .Run();

        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void Counts_in_alike_sentences_near_different_names_are_two_owners_counts()
    {
        var result = new CorroborationKit()
            .Article("a", "In the win over the Harriers on Sunday, Marlow caught five passes for 55 yards and a touchdown.")
                .Quantity("five passes", 5, 5, "passes").Add()
            .Article("b", "In the win over the Harriers on Sunday, Kestrel caught 12 passes for 140 yards and a touchdown.")
                .Quantity("12 passes", 12, 12, "passes").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }
}
