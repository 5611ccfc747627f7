using Corroborate.Stories;

namespace Corroborate.Tests.Stories;

public class OrdinalCuesTests
{
    private static string? Primary(string text) =>
        OrdinalCues.Primary(OrdinalCues.Find(StoryTestKit.Analyzed("x", text).Words))?.Label;

    [Theory]
    [InlineData("Envoys held a second round of talks in Lisbon.", "second round")]
    [InlineData("It was their first direct talks in more than three years.", "first talks")]
    [InlineData("These were the first such discussions since 2019.", "first discussions")]
    [InlineData("The summit, the second of its kind, ended early.", "second")]
    [InlineData("On the third day of the hearing, a witness spoke.", "third day")]
    [InlineData("Riverside won the final match of the season.", "final match")]
    public void Finds_ordinals_of_event_nouns(string text, string label) => Assert.Equal(label, Primary(text));

    [Theory]
    [InlineData("For the first time since 2019 the mayor smiled.")]
    [InlineData("Unlike the last meeting, the next round looks hard.")]
    [InlineData("She came first in her class.")]
    public void Ignores_ordinals_that_do_not_name_this_event(string text) => Assert.Null(Primary(text));

    [Fact]
    public void The_most_repeated_ordinal_wins()
    {
        Assert.Equal("second round", Primary("The second round began. Unlike the first round, the second round was short."));
    }
}
