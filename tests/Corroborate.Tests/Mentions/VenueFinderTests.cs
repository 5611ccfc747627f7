using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class VenueFinderTests
{
    private static List<KeyedMention> Places(string text) =>
        [.. MentionTexts.Of(text).Keyed.Where(k => k.Key is PlaceKey)];

    [Fact]
    public void A_capitalised_name_ending_in_a_venue_noun_is_a_venue()
    {
        KeyedMention venue = Assert.Single(Places("Rovers beat Town 2-0 at the Millbrook Stadium on Sunday."));
        Assert.Equal("place:stadium", venue.Key.Text);
        Assert.Equal("Millbrook Stadium", venue.Value);
    }

    [Fact]
    public void A_numbered_venue_keeps_its_number()
    {
        KeyedMention venue = Assert.Single(Places("Voting stopped at the polling station in Primary School No. 7 after a fire alarm."));
        Assert.Equal("place:school", venue.Key.Text);
        Assert.Equal("Primary School No. 7", venue.Value);
    }

    [Fact]
    public void The_town_of_a_venue_is_keyed_apart()
    {
        List<KeyedMention> places = Places("A judge in the Eastvale High Court in Marrow found the three guilty.");
        Assert.Contains(places, p => p.Key.Text == "place:court" && p.Value == "Eastvale High Court");
        Assert.Contains(places, p => p.Key.Text == "place:court town" && p.Value == "Marrow");
    }

    [Fact]
    public void A_lone_venue_noun_is_no_name()
    {
        Assert.Empty(Places("The Stadium was full and the court was adjourned."));
    }
}
