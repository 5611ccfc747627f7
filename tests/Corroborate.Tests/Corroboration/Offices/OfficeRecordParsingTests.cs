using Corroborate.Corroboration.Offices;

namespace Corroborate.Tests.Corroboration.Offices;

public sealed class OfficeRecordParsingTests
{
    private const string Offices =
        "# test offices\n" +
        "office_id\tjurisdiction\tname\ttitles\n" +
        "XX-PM\tXX\tPrime Minister of Examplia\tprime minister|premier\n" +
        "XX-SG\tORG\tSecretary-General of Org\tsecretary-general\n";

    private const string HolderHeader =
        "# reviewed: 2024-12-31\n" +
        "office_id\tholder\taliases\tstart\tend\n";

    private static OfficeRegistry Parse(string holderRows) =>
        OfficeRegistry.Parse(new StringReader(Offices), new StringReader(HolderHeader + holderRows));

    [Fact]
    public void Good_file_loads_offices_terms_and_review_date()
    {
        OfficeRegistry registry = Parse(
            "XX-PM\tAnna Example\tA. Example\t2010-01-01\t2015-06-30\n" +
            "# a comment between rows\n" +
            "XX-PM\tBruno Sample\t\t2015-06-30\t\n" +
            "XX-SG\tCarla Org\t\t2012-01-01\t\n");

        Assert.Equal(new DateOnly(2024, 12, 31), registry.ReviewedThrough);
        Assert.Equal(2, registry.Offices.Count);
        Assert.True(registry.TryFind("xx", "Premier", out Office pm));
        Assert.Equal("XX-PM", pm.Id);
        Assert.Equal(["Anna Example", "Bruno Sample"], pm.Terms.Select(term => term.Holder));
        Assert.Equal(["A. Example"], pm.Terms[0].Aliases);
        Assert.Null(pm.Terms[1].End);
    }

    [Theory]
    [InlineData("secretary general")]
    [InlineData("secretary-general")]
    [InlineData("Secretary  General")]
    public void Titles_match_across_hyphens_spaces_and_case(string title)
    {
        OfficeRegistry registry = Parse("XX-SG\tCarla Org\t\t2012-01-01\t\n");

        Assert.True(registry.TryFind("ORG", title, out Office office));
        Assert.Equal("XX-SG", office.Id);
    }

    [Fact]
    public void Handover_day_belongs_to_the_incoming_holder()
    {
        OfficeRegistry registry = Parse(
            "XX-PM\tAnna Example\t\t2010-01-01\t2015-06-30\n" +
            "XX-PM\tBruno Sample\t\t2015-06-30\t\n");
        Assert.True(registry.TryFind("XX", "prime minister", out Office pm));

        Assert.Equal("Bruno Sample", registry.HolderOn(pm, new DateOnly(2015, 6, 30))?.Holder);
        Assert.Equal(OfficeCheckStatus.Matches, registry.Check(pm, "Anna Example", former: false, new DateOnly(2015, 6, 30)).Status);
        Assert.Equal(OfficeCheckStatus.Matches, registry.Check(pm, "Anna Example", former: true, new DateOnly(2015, 6, 30)).Status);
    }

    [Fact]
    public void Bad_date_names_the_line()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse(
            "XX-PM\tAnna Example\t\t2010-01-01\t2015-06-30\n" +
            "XX-PM\tBruno Sample\t\t2015-13-01\t\n"));

        Assert.Equal(4, error.Line);
        Assert.Contains("office-holders.tsv, line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("2015-13-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_office_id_names_the_line()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse("XX-KING\tAnna Example\t\t2010-01-01\t\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("unknown office_id 'XX-KING'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_terms_of_one_office_name_the_later_line()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse(
            "XX-PM\tAnna Example\t\t2010-01-01\t2015-06-30\n" +
            "XX-SG\tCarla Org\t\t2012-01-01\t\n" +
            "XX-PM\tBruno Sample\t\t2015-06-01\t\n"));

        Assert.Equal(5, error.Line);
        Assert.Contains("overlaps the term of Anna Example on line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_term_followed_by_another_is_an_overlap()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse(
            "XX-PM\tAnna Example\t\t2010-01-01\t\n" +
            "XX-PM\tBruno Sample\t\t2015-06-01\t\n"));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void End_before_start_names_the_line()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse("XX-PM\tAnna Example\t\t2010-01-01\t2009-01-01\n"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Wrong_field_count_names_the_line()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse("XX-PM\tAnna Example\t2010-01-01\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("expected 5 tab-separated fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_review_date_is_an_error()
    {
        Assert.Throws<OfficeRecordException>(() => OfficeRegistry.Parse(
            new StringReader(Offices),
            new StringReader("office_id\tholder\taliases\tstart\tend\n")));
    }

    [Fact]
    public void Term_starting_after_the_review_date_is_an_error()
    {
        OfficeRecordException error = Assert.Throws<OfficeRecordException>(() => Parse("XX-PM\tAnna Example\t\t2025-01-01\t\n"));

        Assert.Equal(3, error.Line);
    }

    private static OfficeRegistry ParseWithRecordedFrom(string officeRow, string holderRows) =>
        OfficeRegistry.Parse(
            new StringReader("office_id\tjurisdiction\tname\ttitles\trecorded_from\n" + officeRow),
            new StringReader(HolderHeader + holderRows));

    [Fact]
    public void Recorded_from_is_optional_per_row_and_defaults_to_the_first_term()
    {
        OfficeRegistry registry = ParseWithRecordedFrom(
            "XX-PM\tXX\tPrime Minister of Examplia\tprime minister\t2016-01-01\nXX-SG\tORG\tSecretary-General of Org\tsecretary-general\n",
            "XX-PM\tAnna Example\t\t2010-01-01\t2015-06-30\nXX-PM\tBruno Sample\t\t2015-06-30\t\nXX-SG\tCarla Org\t\t2012-01-01\t\n");

        Assert.Equal(new DateOnly(2016, 1, 1), registry.Offices[0].RecordedFrom);
        Assert.Equal(new DateOnly(2012, 1, 1), registry.Offices[1].RecordedFrom);
        Assert.Equal(OfficeCheckStatus.Unknown, registry.Check(registry.Offices[0], "Dora Else", former: false, new DateOnly(2015, 12, 31)).Status);
        Assert.Equal(OfficeCheckStatus.Mismatch, registry.Check(registry.Offices[0], "Dora Else", former: false, new DateOnly(2016, 1, 2)).Status);
    }

    [Theory]
    [InlineData("XX-PM\tXX\tPrime Minister of Examplia\tprime minister\t2016-13-01\n", "recorded_from '2016-13-01' is not a date")]
    [InlineData("XX-PM\tXX\tPrime Minister of Examplia\tprime minister\t2025-01-01\n", "after the review date")]
    [InlineData("XX-PM\tXX\tPrime Minister of Examplia\tprime minister\t2009-01-01\n", "names no holder of XX-PM on that day")]
    public void Bad_recorded_from_is_reported_with_its_line(string officeRow, string message)
    {
        var error = Assert.Throws<OfficeRecordException>(() => ParseWithRecordedFrom(officeRow, "XX-PM\tAnna Example\t\t2010-01-01\t\n"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("offices.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
