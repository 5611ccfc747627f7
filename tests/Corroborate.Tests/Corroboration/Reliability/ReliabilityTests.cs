using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class ReliabilityTests
{
    [Fact]
    public void An_article_on_the_minority_side_with_unverifiable_references_and_filler_is_unreliable()
    {
        var result = new CorroborationKit()
            .Article("a", "Mayor Ilse Varga opened the bridge on Friday.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Role("Mayor Ilse Varga", "mayor", "veldt", "Ilse Varga").Add()
            .Article("b", "Mayor Ilse Varga cut the ribbon at the new bridge.", "Valley Times", new DateOnly(2031, 3, 7))
                .Role("Mayor Ilse Varga", "mayor", "veldt", "Ilse Varga").Add()
            .Article("c", "In a turn of dramatic events, Mayor Otto Brann opened the bridge. As the world watches, the stakes are high. It remains to be seen what comes next.", null)
                .Role("Mayor Otto Brann", "mayor", "veldt", "Otto Brann")
                .References("Daily Planet", "The Bugle", "Globe Wire").Add()
            .Run();

        Assessment rewrite = Assert.Single(result.Assessments, a => a.Article == "c");
        Assert.True(rewrite.Unreliable, string.Join("; ", rewrite.Reasons.Select(r => r.Text)));
        Assert.Contains(rewrite.Reasons, r => r.Code == "contradicts-majority");
        Assert.Contains(rewrite.Reasons, r => r.Code == "unverifiable-references");
        Assert.Contains(rewrite.Reasons, r => r.Code == "generic-filler");
        Difference difference = Assert.Single(rewrite.Differences);
        Assert.Equal("Otto Brann", difference.States);
        Assert.Equal("Ilse Varga", difference.Corroborated);

        Assert.All(result.Assessments.Where(a => a.Article != "c"), a => Assert.False(a.Unreliable));
    }

    [Fact]
    public void A_genuine_report_without_outlet_or_date_stays_reliable()
    {
        var result = new CorroborationKit()
            .Article("a", "The hearing lasted less than an hour.", outlet: null).Duration("less than an hour", 0, 60).Add()
            .Run();

        Assessment assessment = Assert.Single(result.Assessments);
        Assert.False(assessment.Unreliable);
        Assert.Equal(0.9, assessment.Reliability, 3);
        Assert.Equal(["no-outlet", "no-date"], assessment.Reasons.Select(r => r.Code));
    }
}
