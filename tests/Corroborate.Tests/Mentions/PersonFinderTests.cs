using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class PersonFinderTests
{
    [Fact]
    public void Full_names_titled_single_names_and_known_surnames()
    {
        ArticleMentions m = MentionTexts.Of("Ada Quist met President Marrow in Oslo on Monday. Then Quist said little.");
        Assert.Contains(m.People, p => p.Name == "Ada Quist");
        Assert.Contains(m.People, p => p.Name == "Marrow");
        Assert.Contains(m.People, p => p.Name == "Quist" && p.Sentence == 1);
    }

    [Fact]
    public void Places_bodies_calendar_words_and_buildings_are_not_people()
    {
        ArticleMentions m = MentionTexts.Of("In South Korea and at the Ciragan Palace, the European Union met in May. Oslo said no.");
        Assert.Empty(m.People);
    }

    [Fact]
    public void Possessive_is_dropped()
    {
        ArticleMentions m = MentionTexts.Of("It was Ada Quist's plan.");
        PersonMention person = Assert.Single(m.People);
        Assert.Equal("Ada Quist", person.Name);
        Assert.Equal("Ada Quist", "It was Ada Quist's plan."[person.Start..person.End]);
    }
}
