using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class DurationFinderTests
{
    private static DurationMention One(string text) => Assert.Single(MentionTexts.Of(text).Durations);

    [Theory]
    [InlineData("The meeting lasted less than an hour.", 0, 60, true)]
    [InlineData("The summit concluded barely an hour after it began.", 45, 60, true)]
    [InlineData("The hearing lasted just over an hour.", 60, 75, true)]
    [InlineData("The session ran well under two hours.", 0, 120, true)]
    [InlineData("The session lasted less than two hours.", 0, 120, true)]
    [InlineData("The session lasted nearly two hours.", 105, 120, true)]
    [InlineData("Delegates met for three days in Aldvik.", 4320, 4320, true)]
    [InlineData("Delegates held a three-day summit in Aldvik.", 4320, 4320, true)]
    [InlineData("Dockers began a 48-hour strike.", 2880, 2880, true)]
    public void Lengths_of_happenings(string text, double low, double high, bool ofHappening)
    {
        DurationMention d = One(text);
        Assert.Equal(low, d.Minutes.Low, 6);
        Assert.Equal(high, d.Minutes.High, 6);
        Assert.Equal(ofHappening, d.OfHappening);
    }

    [Theory]
    [InlineData("The talks started nearly two hours late.")]
    [InlineData("The ferry left an hour ago.")]
    [InlineData("Two hours later the port reopened.")]
    [InlineData("Talks collapsed within hours of the vote, just two hours after the talks concluded.")]
    [InlineData("The law takes effect within 18 months.")]
    [InlineData("Elections are due in six months.")]
    [InlineData("The mayor was delayed by two hours.")]
    public void Not_lengths_of_happenings(string text) => Assert.All(MentionTexts.Of(text).Durations, d => Assert.False(d.OfHappening));
}
