using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Tests.Extraction;

namespace Corroborate.Tests.Mentions;

/// <summary>Mentions of the real seed documents, read from ../shared/seeds at run time.</summary>
public class SeedMentionTests
{
    private static ArticleMentions MainArticle(string prefix)
    {
        string name = Directory.GetFiles(SeedFiles.SeedsDir, prefix + "*").Select(Path.GetFileName).Single()!;
        PreparedDocument prepared = Corroborate.Pipeline.Pipeline.CreateDefault().Prepare(SeedFiles.Load(name));
        return prepared.Articles[0].Mentions;
    }

    [Fact]
    public void Roles_with_their_jurisdiction_and_former_holders_are_bound_to_people()
    {
        ArticleMentions report = MainArticle("002");
        Assert.Contains(report.Roles, r => r is { Jurisdiction: "GB", Title: "prime minister", Holder: "Keir Starmer", Former: false });
        Assert.Contains(report.Roles, r => r is { Jurisdiction: "US", Title: "president", Holder: "Donald Trump", Former: false });

        ArticleMentions rewrite = MainArticle("003");
        Assert.Contains(rewrite.Roles, r => r is { Jurisdiction: "GB", Title: "prime minister", Holder: "Boris Johnson", Former: false });
        Assert.Contains(rewrite.Roles, r => r is { Jurisdiction: "US", Title: "president", Holder: "Joe Biden", Former: false });
        Assert.Contains(rewrite.Roles, r => r is { Jurisdiction: "US", Title: "president", Holder: "Donald Trump", Former: true });
    }

    [Fact]
    public void Quantities_keep_what_they_count_and_their_qualifier_as_a_range()
    {
        Assert.Contains(MainArticle("002").Quantities, q => q.Value == 1000 && q.Counted.StartsWith("prisoners", StringComparison.Ordinal));
        ArticleMentions first = MainArticle("000");
        QuantityMention children = Assert.Single(first.Quantities, q => q.Counted.EndsWith("children", StringComparison.Ordinal));
        Assert.Equal(339, children.Range.Low);
        Assert.True(double.IsPositiveInfinity(children.Range.High));
        Assert.Contains(first.Quantities, q => q.Value == 12000 && q.CountedKey == "soldier");
    }

    [Fact]
    public void The_talks_length_is_a_duration_of_the_happening_and_a_late_start_is_not()
    {
        Assert.Contains(MainArticle("000").Durations, d => d.Phrase == "less than an hour" && d.OfHappening && d.Minutes.High == 60);
        ArticleMentions report = MainArticle("004");
        Assert.Contains(report.Durations, d => d.Phrase == "barely an hour" && d.OfHappening);
        Assert.DoesNotContain(report.Durations, d => d.Phrase.Contains("two hours", StringComparison.Ordinal) && d.OfHappening);
    }

    [Fact]
    public void An_appended_reference_list_yields_the_outlets_it_cites()
    {
        Assert.Equal(5, MainArticle("003").ReferencedOutlets.Length);
        Assert.Empty(MainArticle("002").ReferencedOutlets);
    }
}
