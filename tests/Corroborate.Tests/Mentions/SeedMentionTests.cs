using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Tests.Extraction;

namespace Corroborate.Tests.Mentions;

/// <summary>The mentions stage on the shared seed documents, through the real extraction and text stages.</summary>
public class SeedMentionTests
{
    private static readonly Corroborate.Pipeline.Pipeline Engine = Corroborate.Pipeline.Pipeline.CreateDefault();

    private static ArticleMentions MainArticleOf(string prefix)
    {
        string name = Directory.GetFiles(SeedFiles.SeedsDir, prefix + "_*.txt").Select(Path.GetFileName).Single()!;
        RawDocument doc = SeedFiles.Load(name);
        AnalyzedArticle article = Engine.Prepare(doc).Articles[0];
        return MentionStage.Default.Find(article, doc.Text);
    }

    private static void HasRole(ArticleMentions m, string? jurisdiction, string title, string holder, bool former) =>
        Assert.Contains(m.Roles, r => r.Jurisdiction == jurisdiction && r.Title == title && r.Holder == holder && r.Former == former);

    [Fact]
    public void Seed_002_roles_and_prisoners()
    {
        ArticleMentions m = MainArticleOf("002");
        HasRole(m, "GB", "prime minister", "Keir Starmer", former: false);
        HasRole(m, "US", "president", "Donald Trump", former: false);
        Assert.Contains(m.Quantities, q => q.CountedKey == "prison" && q.Value == 1000);
    }

    [Fact]
    public void Seed_003_roles_prisoners_and_references()
    {
        ArticleMentions m = MainArticleOf("003");
        HasRole(m, "GB", "prime minister", "Boris Johnson", former: false);
        HasRole(m, "US", "president", "Joe Biden", former: false);
        HasRole(m, "US", "president", "Donald Trump", former: true);
        Assert.Contains(m.Quantities, q => q.CountedKey == "prison" && q.Value == 1000);
        Assert.Equal(5, m.ReferencedOutlets.Length);
    }

    [Fact]
    public void Seed_000_children_and_a_short_meeting()
    {
        ArticleMentions m = MainArticleOf("000");
        Assert.Contains(m.Quantities, q => q.Value == 339 && q.CountedKey == "child" && q.Range.Low == 339 && double.IsPositiveInfinity(q.Range.High));
        Assert.Contains(m.Durations, d => d.Phrase == "less than an hour" && d.OfHappening && d.Minutes == new ValueRange(0, 60));
    }

    [Fact]
    public void Seed_004_barely_an_hour_but_not_the_delay()
    {
        ArticleMentions m = MainArticleOf("004");
        Assert.Contains(m.Durations, d => d.Phrase == "barely an hour" && d.OfHappening);
        Assert.DoesNotContain(m.Durations, d => d.Phrase == "nearly two hours" && d.OfHappening);
    }
}
