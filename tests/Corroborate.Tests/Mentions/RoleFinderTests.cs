using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class RoleFinderTests
{
    private static RoleMention Single(string text, string holder) =>
        Assert.Single(MentionTexts.Of(text).Roles, r => r.Holder == holder);

    [Theory]
    [InlineData("Talks resumed as Norwegian Prime Minister Ada Quist arrived.", "prime minister", "NO", "Ada Quist")]
    [InlineData("The plan was backed by US President Tom Marrow on Friday.", "president", "US", "Tom Marrow")]
    [InlineData("The plan was backed by U.S. President Tom Marrow on Friday.", "president", "US", "Tom Marrow")]
    [InlineData("Later, Chile's President Ines Varga spoke.", "president", "CL", "Ines Varga")]
    [InlineData("Talks were hosted by Turkish Foreign Minister Emre Solak in the capital.", "foreign minister", "TR", "Emre Solak")]
    [InlineData("A letter came from UN Secretary-General Pia Lorne on Tuesday.", "secretary general", "UN", "Pia Lorne")]
    [InlineData("The deal was praised by President Tom Marrow yesterday.", "president", null, "Tom Marrow")]
    [InlineData("A message came from European Commission President Anna van der Berg on Monday.", "president", "EU-COMMISSION", "Anna van der Berg")]
    [InlineData("Officials met Aldvik Harbour Authority chief Lena Brand at the quay.", "chief", "aldvik harbour authority", "Lena Brand")]
    [InlineData("Supplies were sent, Health Cabinet Secretary Lena Brand said.", "health cabinet secretary", null, "Lena Brand")]
    public void Title_before_the_name(string text, string title, string? jurisdiction, string holder)
    {
        RoleMention role = Single(text, holder);
        Assert.Equal(title, role.Title);
        Assert.Equal(jurisdiction, role.Jurisdiction);
        Assert.False(role.Former);
    }

    [Theory]
    [InlineData("The idea came from former US President Tom Marrow last week.")]
    [InlineData("The idea came from ex-President Tom Marrow last week.")]
    [InlineData("The idea came from then-President Tom Marrow last week.")]
    public void Former_holders(string text) => Assert.True(Single(text, "Tom Marrow").Former);

    [Fact]
    public void Apposition_after_the_name()
    {
        RoleMention role = Single("Ivo Petrov, the head of the Bulgarian delegation, left early.", "Ivo Petrov");
        Assert.Equal("head of the delegation", role.Title);
        Assert.Equal("BG", role.Jurisdiction);

        role = Single("The alliance, said Sven Arno, NATO's secretary general, is united.", "Sven Arno");
        Assert.Equal("secretary general", role.Title);
        Assert.Equal("NATO", role.Jurisdiction);
    }

    [Fact]
    public void Title_then_comma_then_name()
    {
        RoleMention role = Single("Peru's lead negotiator, Luis Campo, rejected it.", "Luis Campo");
        Assert.Equal("lead negotiator", role.Title);
        Assert.Equal("PE", role.Jurisdiction);

        role = Single("On the quay stood the mayor of Aldvik, Ana Ruiz, smiling.", "Ana Ruiz");
        Assert.Equal("mayor", role.Title);
        Assert.Equal("aldvik", role.Jurisdiction);
    }

    [Fact]
    public void Honorific_is_stripped_and_possessive_without_a_name_is_nothing()
    {
        Assert.Equal("Karl Heide", Single("Trade Minister Dr Karl Heide left.", "Karl Heide").Holder);
        Assert.Empty(MentionTexts.Of("Germany's economy minister said growth would slow.").Roles);
    }

    [Fact]
    public void European_bodies_stay_distinct()
    {
        Assert.Equal("EU-COMMISSION", Single("The president of the European Commission, Marta Liss, spoke.", "Marta Liss").Jurisdiction);
    }

    [Fact]
    public void The_portfolio_after_responsible_for_joins_the_title()
    {
        RoleMention role = Single("The commissioner responsible for competition, Lina Dorsey, said the review would end.", "Lina Dorsey");
        Assert.Equal("commissioner for competition", role.Title);
    }

    [Fact]
    public void A_lower_case_noun_before_a_lower_case_title_joins_it()
    {
        RoleMention role = Single("Declining to comment, team president Stan Kell said the talks were over.", "Stan Kell");
        Assert.Equal("team president", role.Title);
        Assert.Null(role.Jurisdiction);
    }

    [Fact]
    public void A_participle_before_a_title_does_not_join_it()
    {
        RoleMention role = Single("The newly elected president Stan Kell said the talks were over.", "Stan Kell");
        Assert.Equal("president", role.Title);
    }

    [Fact]
    public void A_legislators_honorific_is_not_the_holder()
    {
        RoleMention role = Single("House Rivers Committee Chairman Rep. Nick Varl said he would fight.", "Nick Varl");
        Assert.Equal("chairman", role.Title);
    }

    [Fact]
    public void A_name_cut_at_an_initial_is_no_holder()
    {
        Assert.DoesNotContain(MentionTexts.Of("The committee is led by Chairman Nick J. Varl said nothing.").Roles, r => r.Holder == "Nick J");
    }

    [Fact]
    public void A_multi_word_office_title_is_read_whole()
    {
        RoleMention role = Single("National Director of Public Prosecutions Tomas Brink said charges would follow.", "Tomas Brink");
        Assert.Equal("national director of public prosecutions", role.Title);
    }

    [Fact]
    public void An_apposition_with_the_title_between_commas()
    {
        RoleMention role = Single("Mara Vell, the finance minister, said the budget would pass.", "Mara Vell");
        Assert.Equal("finance minister", role.Title);
    }

    [Fact]
    public void An_all_capitals_word_before_a_full_name_is_kept_as_an_acronym_title()
    {
        RoleMention role = Single("NDPP Lea Holm said the case would go on.", "Lea Holm");
        Assert.Equal("ndpp", role.Title);
        Assert.Null(role.Jurisdiction);
    }

    [Fact]
    public void A_capitalised_owner_in_the_possessive_is_whose_title_it_is()
    {
        RoleMention role = Single("\"We are proud of the parts,\" said Larkspur's president, Tovi Larkspur.", "Tovi Larkspur");
        Assert.Equal("president", role.Title);
        Assert.Equal("larkspur", role.Jurisdiction);
    }
}
