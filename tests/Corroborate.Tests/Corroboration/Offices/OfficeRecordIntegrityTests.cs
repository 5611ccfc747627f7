using Corroborate.Corroboration.Offices;

namespace Corroborate.Tests.Corroboration.Offices;

/// <summary>Guards the shipped record against hand-editing mistakes the parser alone would not flag.</summary>
public sealed class OfficeRecordIntegrityTests
{
    private static readonly OfficeRegistry Registry = OfficeRegistry.Default;

    [Fact]
    public void Every_office_has_ordered_non_overlapping_terms()
    {
        foreach (Office office in Registry.Offices)
        {
            Assert.NotEmpty(office.Terms);
            for (int i = 0; i < office.Terms.Count; i++)
            {
                OfficeTerm term = office.Terms[i];
                Assert.True(term.End is null || term.Start < term.End, $"{office.Id}: {term}");
                Assert.True(term.Start <= Registry.ReviewedThrough, $"{office.Id}: {term}");
                if (i > 0)
                {
                    OfficeTerm previous = office.Terms[i - 1];
                    Assert.True(previous.End is { } end && end <= term.Start, $"{office.Id}: {previous} then {term}");
                }
            }
        }
    }

    [Theory]
    [InlineData("AR"), InlineData("AU"), InlineData("BR"), InlineData("CA"), InlineData("CN"), InlineData("FR"), InlineData("DE")]
    [InlineData("IN"), InlineData("ID"), InlineData("IT"), InlineData("JP"), InlineData("MX"), InlineData("RU"), InlineData("SA")]
    [InlineData("ZA"), InlineData("KR"), InlineData("TR"), InlineData("GB"), InlineData("US")]
    public void Every_g20_country_has_a_head_of_state_on_the_review_date(string country)
    {
        Assert.Contains(
            Registry.Offices.Where(office => office.Jurisdiction == country),
            office => Registry.HolderOn(office, Registry.ReviewedThrough) is not null);
    }

    [Fact]
    public void Every_office_is_findable_by_each_of_its_titles()
    {
        foreach (Office office in Registry.Offices)
        {
            foreach (string title in office.Titles)
            {
                Assert.True(Registry.TryFind(office.Jurisdiction, title, out Office found));
                Assert.Same(office, found);
            }
        }
    }
}
