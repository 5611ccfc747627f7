using Corroborate.Mentions;

namespace Corroborate.Tests.Mentions;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Ilse Varga", "Varga")]
    [InlineData("Marit Olsen Brekke", "Olsen Brekke")]
    [InlineData("Karolos Andrianos", "Carolos Andrianos")]
    [InlineData("Dmitri Volkov", "Dmitriy Volkov")]
    [InlineData("Joe Harlan", "Joseph Harlan")]
    public void Spellings_and_short_forms_of_one_name_are_the_same_person(string a, string b)
    {
        Assert.True(PersonNames.SameAs(a, b));
        Assert.True(PersonNames.SameAs(b, a));
    }

    [Theory]
    [InlineData("Ilse Varga", "Otto Varga")]
    [InlineData("Ilse Varga", "Ilse Brann")]
    public void Different_people_are_not_the_same(string a, string b)
    {
        Assert.False(PersonNames.SameAs(a, b));
    }
}
