using Corroborate.Corroboration.Offices;

namespace Corroborate.Tests.Corroboration.Offices;

public sealed class PersonNameMatcherTests
{
    private static readonly OfficeTerm[] Terms =
    [
        new("UA-PRESIDENT", "Petro Poroshenko", [], new DateOnly(2014, 6, 7), new DateOnly(2019, 5, 20)),
        new("UA-PRESIDENT", "Volodymyr Zelenskyy", ["Volodymyr Zelensky"], new DateOnly(2019, 5, 20), null),
        new("XX", "Lee Myung-bak", ["Lee"], new DateOnly(2008, 2, 25), new DateOnly(2013, 2, 24)),
        new("XX", "Lee Jae-myung", ["Lee"], new DateOnly(2025, 6, 4), null),
    ];

    [Theory]
    [InlineData("Volodymyr Zelenskyy")]
    [InlineData("Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelenskiy")]
    [InlineData("VOLODYMYR ZELENSKYY")]
    [InlineData("Zelensky")]
    public void Transliteration_variants_name_the_same_holder(string claimed)
    {
        Assert.Equal(["Volodymyr Zelenskyy"], PersonNameMatcher.MatchingHolders(claimed, Terms));
    }

    [Fact]
    public void Shared_surname_alone_names_nobody()
    {
        Assert.Empty(PersonNameMatcher.MatchingHolders("Lee", Terms));
    }

    [Fact]
    public void Hyphen_and_spacing_differences_do_not_matter()
    {
        Assert.Equal(["Lee Jae-myung"], PersonNameMatcher.MatchingHolders("Lee Jae Myung", Terms));
    }

    [Fact]
    public void Another_person_is_not_matched()
    {
        Assert.Empty(PersonNameMatcher.MatchingHolders("Petro Zelensky", Terms));
    }

    [Fact]
    public void Skeleton_drops_diacritics_initials_and_folds_spelling()
    {
        Assert.Equal(["mihail", "gorbachev"], PersonNameMatcher.Skeleton("Mikhail S. Gorbachëv"));
    }
}
