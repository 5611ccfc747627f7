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
            .Article("a", "Prime Minister Piet Lund opened the new bridge on Friday.", published: new DateOnly(2031, 3, 7))
                .Role("Prime Minister Piet Lund", "prime minister", "NL", "Piet Lund").Add()
            .Run(registry: Record());

        OfficeCheck check = Assert.Single(result.OfficeChecks);
        Assert.Equal(OfficeVerdict.Mismatch, check.Verdict);
        Assert.Equal(OfficeFinding.OtherHolder, check.Finding);
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

    [Fact]
    public void A_holder_whose_term_ended_before_the_articles_date_is_a_stale_holder_with_the_end_date_as_evidence()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Otto Brann opened the new bridge on Friday.", published: new DateOnly(2031, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Run(registry: Record());

        OfficeCheck check = Assert.Single(result.OfficeChecks);
        Assert.Equal(OfficeFinding.StaleHolder, check.Finding);
        Assert.Equal(new DateOnly(2029, 5, 1), check.TermEnded);
        AssessmentReason reason = Assert.Single(Assert.Single(result.Assessments).Reasons, r => r.Code == "stale-holder");
        Assert.Equal(EvidenceStrength.Strong, reason.Strength);
        Assert.Contains("ended on 2029-05-01", reason.Text, StringComparison.Ordinal);
        Assert.Contains("Ilse Varga", reason.Text, StringComparison.Ordinal);
        Assert.NotNull(reason.Evidence);
    }

    [Fact]
    public void Former_said_of_the_current_holder_is_its_own_reason()
    {
        var result = new CorroborationKit()
            .Article("a", "Former Prime Minister Ilse Varga watched from the gallery.", published: new DateOnly(2031, 3, 7))
                .Role("Former Prime Minister Ilse Varga", "prime minister", "NL", "Ilse Varga", former: true).Add()
            .Run(registry: Record());

        OfficeCheck check = Assert.Single(result.OfficeChecks);
        Assert.Equal(OfficeFinding.FormerIsCurrent, check.Finding);
        Assert.Contains(Assert.Single(result.Assessments).Reasons, r => r.Code == "former-current-holder" && r.Evidence is not null);
    }

    [Fact]
    public void A_current_holder_named_on_a_day_before_the_record_begins_is_not_checked()
    {
        OfficeRegistry record = OfficeRegistry.Parse(
            new StringReader("office_id\tjurisdiction\tname\ttitles\trecorded_from\nNL-PM\tNL\tPrime Minister of Norland\tprime minister\t2029-05-01\n"),
            new StringReader("# reviewed: 2031-12-31\noffice_id\tholder\taliases\tstart\tend\nNL-PM\tIlse Varga\t\t2029-05-01\t\n"));
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Otto Brann opened the new bridge on Friday.", published: new DateOnly(2028, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Run(registry: record);

        Assert.Empty(result.OfficeChecks);
    }

    [Fact]
    public void Two_holders_each_right_on_their_own_articles_date_are_no_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Otto Brann opened the bridge over the Varn river.", "Harbour Post", new DateOnly(2028, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Article("b", "Prime Minister Ilse Varga opened the bridge over the Varn river.", "Valley Times", new DateOnly(2030, 3, 7))
                .Role("Prime Minister Ilse Varga", "prime minister", "NL", "Ilse Varga").Add()
            .Run(registry: Record());

        Assert.Empty(result.Conflicts);
        Assert.All(result.OfficeChecks, check => Assert.Equal(OfficeVerdict.Matches, check.Verdict));
    }

    [Fact]
    public void Two_holders_on_one_date_still_conflict()
    {
        var result = new CorroborationKit()
            .Article("a", "Prime Minister Otto Brann opened the bridge over the Varn river.", "Harbour Post", new DateOnly(2030, 3, 7))
                .Role("Prime Minister Otto Brann", "prime minister", "NL", "Otto Brann").Add()
            .Article("b", "Prime Minister Ilse Varga opened the bridge over the Varn river.", "Valley Times", new DateOnly(2030, 3, 7))
                .Role("Prime Minister Ilse Varga", "prime minister", "NL", "Ilse Varga").Add()
            .Run(registry: Record());

        Assert.Equal(ConflictKind.Role, Assert.Single(result.Conflicts).Kind);
    }
}
