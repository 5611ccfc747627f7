using Corroborate.Mentions;

namespace Corroborate.Tests.Mentions;

public class PlacesTests
{
    [Theory]
    [InlineData("Britain's", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("American", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("Russia’s", "RU")]
    [InlineData("Türkiye", "TR")]
    [InlineData("South Korean", "KR")]
    [InlineData("the European Council", "EU-COUNCIL")]
    [InlineData("NATO's", "NATO")]
    public void Jurisdictions(string phrase, string code)
    {
        Assert.True(Places.TryJurisdiction(phrase, out string found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("Kyiv")]
    [InlineData("Ada Quist")]
    public void Not_jurisdictions(string phrase) => Assert.False(Places.TryJurisdiction(phrase, out _));

    [Fact]
    public void Person_name_keys_fold_transliterations()
    {
        Assert.Equal(PersonNames.Key("Olek Zelenskyy"), PersonNames.Key("Olek Zelensky"));
        Assert.Equal(PersonNames.Key("Zelenskiy"), PersonNames.Key("Zelensky"));
        Assert.Equal(PersonNames.Key("Dmitriyev"), PersonNames.Key("Dmitriev"));
        Assert.True(PersonNames.SameAs("Marrow", "Tom Marrow"));
        Assert.True(PersonNames.SameAs("Joe Marrow", "Joseph Marrow"));
        Assert.False(PersonNames.SameAs("Ada Quist", "Ada Marrow"));
        Assert.False(PersonNames.SameAs("Eric Marrow", "Anna Marrow"));
    }
}
