using Corroborate.Corroboration.Offices;

namespace Corroborate.Tests.Corroboration.Offices;

/// <summary>Checks against the shipped record: the cases the product must get right.</summary>
public sealed class OfficeRegistryRecordTests
{
    private static readonly OfficeRegistry Registry = OfficeRegistry.Default;

    private static Office Find(string jurisdiction, string title)
    {
        Assert.True(Registry.TryFind(jurisdiction, title, out Office office), $"{jurisdiction} {title}");
        return office;
    }

    private static OfficeCheckStatus Check(string jurisdiction, string title, string person, bool former, string date) =>
        Registry.Check(Find(jurisdiction, title), person, former, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Status;

    [Theory]
    [InlineData("US", "president", "2025-06-01", "Donald Trump")]
    [InlineData("US", "president", "2024-06-01", "Joe Biden")]
    [InlineData("GB", "prime minister", "2025-05-16", "Keir Starmer")]
    [InlineData("GB", "prime minister", "2022-10-01", "Liz Truss")]
    [InlineData("DE", "chancellor", "2025-05-12", "Friedrich Merz")]
    [InlineData("DE", "chancellor", "2025-04-01", "Olaf Scholz")]
    [InlineData("FR", "president", "2025-05-12", "Emmanuel Macron")]
    [InlineData("UN", "secretary-general", "2020-06-01", "António Guterres")]
    [InlineData("RU", "president", "2010-01-01", "Dmitry Medvedev")]
    [InlineData("CN", "premier", "2024-01-01", "Li Qiang")]
    [InlineData("NL", "prime minister", "2023-05-01", "Mark Rutte")]
    [InlineData("KE", "president", "2023-05-01", "William Ruto")]
    [InlineData("GB", "chancellor", "2023-01-10", "Jeremy Hunt")]
    [InlineData("FED", "chair", "2023-01-10", "Jerome Powell")]
    [InlineData("Federal Reserve", "chairman", "2023-01-10", "Jerome Powell")]
    [InlineData("European Central Bank", "president", "2023-01-10", "Christine Lagarde")]
    [InlineData("EU", "competition commissioner", "2025-02-01", "Teresa Ribera")]
    [InlineData("JP", "defense minister", "2022-01-10", "Nobuo Kishi")]
    public void Holder_on_a_date(string jurisdiction, string title, string date, string holder)
    {
        OfficeTerm? term = Registry.HolderOn(Find(jurisdiction, title), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(holder, term?.Holder);
    }

    [Theory]
    [InlineData("US", "president", "Donald Trump", false, "2025-06-01", OfficeCheckStatus.Matches)]
    [InlineData("US", "president", "Biden", false, "2024-06-01", OfficeCheckStatus.Matches)]
    [InlineData("US", "president", "Joseph R. Biden Jr.", false, "2024-06-01", OfficeCheckStatus.Matches)]
    [InlineData("US", "president", "Donald Trump", false, "2024-06-01", OfficeCheckStatus.Mismatch)]
    [InlineData("US", "president", "Donald Trump", true, "2023-01-01", OfficeCheckStatus.Matches)]
    [InlineData("US", "president", "Donald Trump", true, "2025-06-01", OfficeCheckStatus.Mismatch)]
    [InlineData("US", "president", "Joe Biden", true, "2025-06-01", OfficeCheckStatus.Matches)]
    [InlineData("US", "president", "Kamala Harris", true, "2025-06-01", OfficeCheckStatus.Mismatch)]
    [InlineData("GB", "prime minister", "Keir Starmer", false, "2025-05-16", OfficeCheckStatus.Matches)]
    [InlineData("GB", "pm", "Sir Keir Starmer", false, "2025-05-16", OfficeCheckStatus.Matches)]
    [InlineData("GB", "prime minister", "Boris Johnson", false, "2025-05-16", OfficeCheckStatus.Mismatch)]
    [InlineData("GB", "prime minister", "Liz Truss", false, "2022-10-01", OfficeCheckStatus.Matches)]
    [InlineData("DE", "chancellor", "Friedrich Merz", false, "2025-05-12", OfficeCheckStatus.Matches)]
    [InlineData("DE", "chancellor", "Angela Merkel", false, "2025-05-12", OfficeCheckStatus.Mismatch)]
    [InlineData("DE", "chancellor", "Olaf Scholz", false, "2025-04-01", OfficeCheckStatus.Matches)]
    [InlineData("FR", "president", "Emmanuel Macron", false, "2025-05-12", OfficeCheckStatus.Matches)]
    [InlineData("FR", "president", "François Hollande", false, "2025-05-12", OfficeCheckStatus.Mismatch)]
    [InlineData("FR", "president", "Francois Hollande", false, "2025-05-12", OfficeCheckStatus.Mismatch)]
    [InlineData("FR", "president", "Francois Hollande", true, "2025-05-12", OfficeCheckStatus.Matches)]
    [InlineData("UN", "secretary general", "Antonio Guterres", false, "2020-03-01", OfficeCheckStatus.Matches)]
    [InlineData("TR", "president", "Recep Tayyip Erdogan", false, "2020-03-01", OfficeCheckStatus.Matches)]
    [InlineData("RU", "foreign minister", "Sergei Lavrov", false, "2020-03-01", OfficeCheckStatus.Matches)]
    [InlineData("CN", "president", "Xi", false, "2020-03-01", OfficeCheckStatus.Matches)]
    [InlineData("SE", "prime minister", "Stefan Löfven", false, "2023-03-01", OfficeCheckStatus.Mismatch)]
    [InlineData("AM", "prime minister", "Nikol Pashinyan", false, "2016-01-01", OfficeCheckStatus.Unknown)]
    [InlineData("HT", "president", "Jovenel Moise", false, "2023-03-01", OfficeCheckStatus.Unknown)]
    [InlineData("NG", "president", "Muhammadu Buhari", true, "2024-03-01", OfficeCheckStatus.Matches)]
    public void Check_against_the_record(string jurisdiction, string title, string person, bool former, string date, OfficeCheckStatus expected)
    {
        Assert.Equal(expected, Check(jurisdiction, title, person, former, date));
    }

    [Fact]
    public void Mismatch_names_the_expected_holder()
    {
        OfficeCheckResult result = Registry.Check(Find("GB", "prime minister"), "Boris Johnson", former: false, new DateOnly(2025, 5, 16));

        Assert.Equal(OfficeCheckStatus.Mismatch, result.Status);
        Assert.Equal("Keir Starmer", result.ExpectedHolders);
    }

    [Fact]
    public void Date_after_review_is_unknown()
    {
        DateOnly later = Registry.ReviewedThrough.AddDays(1);

        Assert.Equal(OfficeCheckStatus.Unknown, Registry.Check(Find("US", "president"), "Donald Trump", former: false, later).Status);
        Assert.Null(Registry.HolderOn(Find("US", "president"), later));
    }

    [Fact]
    public void Date_before_the_first_recorded_term_is_unknown()
    {
        Assert.Equal(OfficeCheckStatus.Unknown, Check("EU-COUNCIL", "president", "Donald Tusk", former: false, "2005-01-01"));
    }

    [Fact]
    public void Offices_held_by_a_surname_find_the_presidency()
    {
        IReadOnlyList<Office> offices = Registry.OfficesHeldBy("Trump");

        Assert.Contains(offices, office => office.Id == "US-PRESIDENT");
    }

    [Fact]
    public void Offices_held_by_a_full_name_find_every_office()
    {
        IReadOnlyList<string> ids = Registry.OfficesHeldBy("Boris Johnson").Select(office => office.Id).ToArray();

        Assert.Equal(["GB-PM", "GB-FOREIGN"], ids);
    }

    [Fact]
    public void Review_date_is_read_from_the_file()
    {
        Assert.Equal(new DateOnly(2025, 6, 30), Registry.ReviewedThrough);
    }

    [Fact]
    public void A_head_whose_term_ended_is_a_stale_holder_with_the_end_of_the_term()
    {
        OfficeCheckResult result = Registry.Check(Find("SE", "prime minister"), "Stefan Löfven", former: false, new DateOnly(2023, 3, 1));

        Assert.Equal(Corroborate.Model.OfficeFinding.StaleHolder, result.Finding);
        Assert.Equal(new DateOnly(2021, 11, 30), result.TermEnded);
        Assert.Equal("Ulf Kristersson", result.ExpectedHolders);
    }
}
