using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class VoteTallyFinderTests
{
    [Theory]
    [InlineData("The assembly passed the levy by 31 votes to 9 on Monday.", "31-9")]
    [InlineData("Councillors voted the plan down 12-11 after a long debate.", "12-11")]
    [InlineData("The motion carried, with 40 members voting in favour and 2 against.", "40-2")]
    public void A_tally_is_read_whatever_the_wording(string text, string tally)
    {
        var sentences = System.Collections.Immutable.ImmutableArray.Create(new Sentence(0, text.Length));
        var found = Assert.Single(VoteTallyFinder.Find(text, sentences));
        Assert.Equal(tally, found.Tally);
    }

    [Fact]
    public void Scores_and_ranges_that_are_not_votes_are_not_tallies()
    {
        const string text = "The home side won 3-1 and the tickets cost 10-15 euros.";
        Assert.Empty(VoteTallyFinder.Find(text, [new Sentence(0, text.Length)]));
    }
}
