using Corroborate.Corroboration.Offices;
using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

/// <summary>Role mentions checked against a small fictional office record, through the whole corroboration stage.</summary>
public class OfficeCheckTests
{
    private static OfficeRegistry Record() => OfficeRegistry.Parse(
        new StringReader("office_id\tjurisdiction\tname\ttitles\nNL-PM\tNL\tPrime Minister of Norland\tprime minister|premier\n"),
        new StringReader("# reviewed: 2031-12-31\noffice_id\tholder\taliases\tstart\tend\n" +
                         "NL-PM\tOtto Brann\t\t2020-01-10\t2029-05-01\nNL-PM\tIlse Varga\t\t2029-05-01\t\n"));

    [Fact]
    public void A_holder_the_record_does_not_name_for_the_articles_date_is_a_mismatch_even_with_no_contradicting_source()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Otto Brann opened the new bridge on Friday.", published: new DateOnly(2031, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Run(registry: Record());

        OfficeCheck check = Assert.Single(result.OfficeChecks);
        Assert.Equal(OfficeVerdict.Mismatch, check.Verdict);
        Assert.Equal("Ilse Varga", check.Expected);
        Assert.Contains(Assert.Single(result.Assessments).Reasons, r => r.Code == "office-mismatch");
    }

    [Fact]
    public void A_former_holder_named_as_former_matches()
    {
        var result = new CorroborationKit()
            .Article("a", "Former Prime Minister Otto Brann watched from the gallery.", published: new DateOnly(2031, 3, 7))
                .Role("Former Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann", former: true).Add()
            .Run(registry: Record());

        Assert.Equal(OfficeVerdict.Matches, Assert.Single(result.OfficeChecks).Verdict);
    }

    [Fact]
    public void A_sentence_set_in_another_year_is_not_checked_against_the_articles_date()
    {
        var result = new CorroborationKit()
            .Article("a", "In 2024, Prime Minister Otto Brann opened the first bridge.", published: new DateOnly(2031, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Run(registry: Record());

        Assert.Empty(result.OfficeChecks);
    }
}
