using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class ConflictTests
{
    [Fact]
    public void Two_people_named_as_one_jurisdictions_prime_minister_by_different_sources_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Ada Quist of Norland opened the bridge on Friday.", "Harbour Post")
                .Role("Prime Minister Ada Quist", "prime minister", "NL-X", "Ada Quist").Add()
            .Article("b", "The bridge was opened by Prime Minister Tor Benning, who praised the builders.", "Valley Times")
                .Role("Prime Minister Tor Benning", "prime minister", "NL-X", "Tor Benning").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.Role, conflict.Kind);
        Assert.Contains("Ada Quist", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("Tor Benning", conflict.Summary, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], conflict.Claims.Select(c => c.Article));
    }

    [Fact]
    public void Two_holders_each_named_by_several_sources_held_the_office_in_turn()
    {
        var kit = new CorroborationKit();
        foreach (string id in new[] { "a", "b", "c" })
        {
            kit.Article(id, "Mayor Ada Quist of Velden opened the new bridge.", "Outlet " + id).Role("Mayor Ada Quist", "mayor", "velden", "Ada Quist").Add();
        }

        foreach (string id in new[] { "d", "e", "f" })
        {
            kit.Article(id, "Mayor Tor Benning of Velden cut the ribbon at the bridge.", "Outlet " + id).Role("Mayor Tor Benning", "mayor", "velden", "Tor Benning").Add();
        }

        Assert.Empty(kit.Run().Conflicts);
    }

    [Fact]
    public void A_lone_first_name_of_a_holder_is_that_holder()
    {
        var result = new CorroborationKit()
            .Article("a", "Mayor Ada Quist of Velden opened the bridge.", "Harbour Post").Role("Mayor Ada Quist", "mayor", "velden", "Ada Quist").Add()
            .Article("b", "Mayor Ada Quist spoke at the Velden bridge.", "Valley Times").Role("Mayor Ada Quist", "mayor", "velden", "Ada Quist").Add()
            .Article("c", "Velden's Mayor Ada, as residents call her, opened the bridge.", "Coast Daily").Role("Mayor Ada", "mayor", "velden", "Ada").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Different_spokespeople_are_not_a_conflict_and_roles_without_a_jurisdiction_are_not_compared()
    {
        var result = new CorroborationKit()
            .Article("a", "Spokesperson Ada Quist said the ministry was calm. President Lena Moor spoke later.")
                .Role("Spokesperson Ada Quist", "spokesperson", "NL-X", "Ada Quist")
                .Role("President Lena Moor", "president", null, "Lena Moor").Add()
            .Article("b", "Spokesperson Tor Benning said the ministry was busy. President Ivo Stark spoke later.")
                .Role("Spokesperson Tor Benning", "spokesperson", "NL-X", "Tor Benning")
                .Role("President Ivo Stark", "president", null, "Ivo Stark").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_former_holder_that_another_source_calls_current_is_a_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Governor Mara Holt signed the budget into law on Monday.")
                .Role("Governor Mara Holt", "governor", "oster province", "Mara Holt").Add()
            .Article("b", "The budget was praised by former Governor Mara Holt, who watched from the gallery.")
                .Role("former Governor Mara Holt", "governor", "oster province", "Mara Holt", former: true).Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Contains(conflict.Claims, c => c.Article == "b" && c.Value == "former Mara Holt");
        Assert.Contains(conflict.Claims, c => c.Article == "a" && c.Value == "Mara Holt");
    }

    [Fact]
    public void Numbers_that_cannot_both_be_true_for_one_measured_thing_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The river crested at 6.1 metres at the town bridge gauge overnight.")
                .Quantity("6.1 metres", 6.1, 6.1, "metr").Add()
            .Article("b", "Officials put the river's crest at 5.2 metres at the bridge gauge.")
                .Quantity("5.2 metres", 5.2, 5.2, "metr").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.Number, conflict.Kind);
        Assert.Equal(["6.1 metres", "5.2 metres"], conflict.Claims.Select(c => c.Text));
    }

    [Fact]
    public void Numbers_in_unrelated_sentences_or_compatible_ranges_do_not_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The river crested at 6.1 metres at the town bridge gauge. About 1,000 residents left.")
                .Quantity("6.1 metres", 6.1, 6.1, "metr")
                .Quantity("About 1,000 residents", 900, 1100, "resid").Add()
            .Article("b", "A new pier of 40 metres opened for ferries. Some 1,050 people were evacuated.")
                .Quantity("40 metres", 40, 40, "metr")
                .Quantity("1,050 people", 1050, 1050, "peopl").Add()
            .Run();

        Assert.Empty(result.Conflicts);
        Fact evacuated = Assert.Single(result.Facts, f => f.Key == new QuantityKey("people"));
        Assert.Equal(2, evacuated.IndependentSources);
    }

    [Fact]
    public void A_source_that_states_both_values_is_on_neither_side()
    {
        var result = new CorroborationKit()
            .Article("a", "The union wants a 14 percent raise while the port offered 6 percent over two years.")
                .Quantity("14 percent", 14, 14, "percent").Quantity("6 percent", 6, 6, "percent").Add()
            .Article("b", "The port offered a raise of 6 percent over two years to the union.")
                .Quantity("6 percent", 6, 6, "percent").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Two_days_for_one_opening_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The fair opened on 3 March in the old harbour hall of Veldt.", published: new DateOnly(2031, 3, 3)).Add()
            .Article("b", "Drawing crowds, the fair opened on 5 March in the harbour hall at Veldt.", published: null).Add()
            .Run(eventDate: new DateOnly(2031, 3, 3));

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.Date, conflict.Kind);
        Assert.Contains(conflict.Claims, c => c.Text == "3 March");
        Assert.Contains(conflict.Claims, c => c.Text == "5 March");
    }

    [Fact]
    public void A_year_and_twelve_months_are_not_a_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The panel will study the levy for a year before any vote.").Duration("a year", 525600, 525600).Add()
            .Article("b", "The levy will be studied by the panel for twelve months.").Duration("twelve months", 518400, 518400).Add()
            .Run();

        Assert.Empty(result.Conflicts);
        Assert.Equal(2, Assert.Single(result.Facts, f => f.Kind == FactKind.Duration).IndependentSources);
    }

    [Fact]
    public void A_key_one_source_gives_two_values_for_counts_more_than_one_thing_and_is_not_a_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The striker scored 12 goals at the club this season and 40 goals at the club in all.")
                .Quantity("12 goals", 12, 12, "goal").Quantity("40 goals", 40, 40, "goal").Add()
            .Article("b", "The striker scored 19 goals at the club this season, the coach said.")
                .Quantity("19 goals", 19, 19, "goal").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Counts_of_one_thing_conflict_within_an_event_but_not_across_events()
    {
        var kit = new CorroborationKit()
            .Article("a", "Rescuers said 14 people died in the flood at the river town.", published: new DateOnly(2031, 3, 7))
                .Quantity("14 people", 14, 14, "peopl").Add()
            .Article("b", "Rescuers said 21 people died in the flood at the river town.", published: new DateOnly(2031, 3, 8))
                .Quantity("21 people", 21, 21, "peopl").Add();

        Assert.Single(kit.Run().Conflicts);
        Assert.Empty(kit.RunInEvents(["a"], ["b"]).Conflicts);
    }

    [Fact]
    public void Two_sums_in_a_source_do_not_hide_a_disagreement_about_the_one_both_sentences_describe()
    {
        var result = new CorroborationKit()
            .Article("a", "The draft harbour budget of 48 million crowns would have closed two ferry piers. The piers cost 2 million crowns a year.")
                .Quantity("48 million crowns", 48e6, 48e6, "crown").Quantity("2 million crowns", 2e6, 2e6, "crown").Add()
            .Article("b", "The 52 million crown harbour budget would have closed two ferry piers at the start of next year.")
                .Quantity("52 million crown", 52e6, 52e6, "crown").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(["48 million crowns", "52 million crown"], conflict.Claims.Select(c => c.Text));
    }
}

public class PlaceConflictTests
{
    [Fact]
    public void Two_venues_for_one_match_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Rovers beat Town 2-0 at the Millbrook Stadium on Sunday evening.", "Valley Courier").Add()
            .Article("b", "Rovers beat Town 2-0 at the Harbourside Stadium on Sunday evening.", "Delta Times").Add()
            .Run();

        Conflict conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.Place, conflict.Kind);
        Assert.Equal("place:stadium", conflict.Key.Text);
        Assert.Equal(["Millbrook Stadium", "Harbourside Stadium"], conflict.Claims.Select(c => c.Value));
    }

    [Fact]
    public void A_shorter_name_of_one_venue_is_no_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "A judge in the Eastvale High Court found the three guilty on Friday.", "Valley Courier").Add()
            .Article("b", "A judge in the High Court found the three guilty on Friday.", "Delta Times").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_source_naming_both_venues_shows_two_places_not_a_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "The final moved from the Millbrook Stadium to the Harbourside Stadium after the storm.", "Valley Courier").Add()
            .Article("b", "Rovers beat Town 2-0 at the Harbourside Stadium in the final.", "Delta Times").Add()
            .Article("c", "Rovers were due to play Town at the Millbrook Stadium in the final.", "Hill Gazette").Add()
            .Run();

        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Two_towns_for_one_court_conflict_but_towns_of_two_venues_do_not()
    {
        var one = new CorroborationKit()
            .Article("a", "On Friday the Eastvale High Court in Marrow found all three accused guilty of fraud.", "Valley Courier").Add()
            .Article("b", "On Friday the High Court in Dunmore found all three accused guilty of fraud.", "Delta Times").Add()
            .Run();
        Conflict conflict = Assert.Single(one.Conflicts);
        Assert.Equal("place:court town", conflict.Key.Text);

        var two = new CorroborationKit()
            .Article("a", "On Friday the Eastvale Crown Court in Marrow found all three accused guilty of fraud.", "Valley Courier").Add()
            .Article("b", "On Friday the Westfield Magistrates Court in Dunmore found all three accused guilty of fraud.", "Delta Times").Add()
            .Run();
        Assert.DoesNotContain(two.Conflicts, c => c.Key.Text == "place:court town");
    }

    [Fact]
    public void A_town_and_the_region_it_is_written_in_are_one_place()
    {
        var result = new CorroborationKit()
            .Article("a", "Staff at the Brookside Health Clinic in Marrow treated the eleven patients overnight.", "Valley Courier").Add()
            .Article("b", "Staff at the Brookside Health Clinic in Eastshire treated the eleven patients overnight. Marrow, Eastshire, has one clinic.", "Delta Times").Add()
            .Run();

        Assert.DoesNotContain(result.Conflicts, c => c.Key.Text == "place:clinic town");
    }
}
