using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class DurationFinderTests
{
    private static List<DurationMention> Find(string text)
    {
        var found = new List<DurationMention>();
        DurationFinder.Find(text, new Sentence(0, text.Length), 0, found);
        return found;
    }

    [Theory]
    [InlineData("The hearing lasted less than an hour.", "less than an hour", 0, 60)]
    [InlineData("The council session concluded barely an hour after it began.", "barely an hour", 45, 60)]
    [InlineData("The talks in the castle lasted well under two hours.", "well under two hours", 0, 120)]
    [InlineData("The meeting ran for nearly three hours.", "nearly three hours", 153, 180)]
    [InlineData("The ferry strike lasted 36 hours.", "36 hours", 2160, 2160)]
    public void Durations_of_the_happening_become_ranges_in_minutes(string text, string phrase, double low, double high)
    {
        DurationMention found = Assert.Single(Find(text));
        Assert.Equal(phrase, found.Phrase);
        Assert.True(found.OfHappening);
        Assert.Equal(low, found.Minutes.Low, 3);
        Assert.Equal(high, found.Minutes.High, 3);
        Assert.Equal(phrase, text[found.Start..found.End]);
    }

    [Fact]
    public void An_adjectival_duration_of_a_happening_noun_is_the_happenings_length()
    {
        DurationMention summit = Assert.Single(Find("Ministers opened a three-day summit in the port."));
        Assert.True(summit.OfHappening);
        Assert.Equal(3 * 1440, summit.Minutes.Low);

        DurationMention truce = Assert.Single(Find("They rejected a 30-day truce offered by the mediators."));
        Assert.False(truce.OfHappening);
    }

    [Theory]
    [InlineData("The session started nearly two hours late.")]
    [InlineData("The mayor resigned an hour ago.")]
    [InlineData("Hours later, two hours after the vote, the crowd left.")]
    [InlineData("The first ports could connect within 18 months.")]
    [InlineData("She was sentenced to four years in prison.")]
    public void Delays_time_ago_deadlines_and_sentences_are_not_the_happenings_length(string text)
    {
        Assert.All(Find(text), d => Assert.False(d.OfHappening, d.Phrase));
    }
}
