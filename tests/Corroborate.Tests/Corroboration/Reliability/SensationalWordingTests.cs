using Corroborate.Model;

namespace Corroborate.Tests.Corroboration.Reliability;

public class SensationalWordingTests
{
    private const string Plain = "The ferry carried 84 passengers across the strait on Monday and docked at Tollby in the evening, the operator said.";

    [Fact]
    public void Wording_far_more_sensational_than_the_story_s_other_reports_is_weak_evidence()
    {
        var result = new CorroborationKit()
            .Article("a", Plain, "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", Plain.Replace("Monday", "Monday night", StringComparison.Ordinal), "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Article("c", "In a truly staggering, unprecedented voyage, the mighty ferry carried 84 passengers across the strait on Monday.", "Shore Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        AssessmentReason reason = Assert.Single(Assert.Single(result.Assessments, a => a.Article == "c").Reasons);
        Assert.Equal("sensational-wording", reason.Code);
        Assert.Equal(EvidenceStrength.Weak, reason.Strength);
        Assert.Empty(Assert.Single(result.Assessments, a => a.Article == "a").Reasons);
    }

    [Fact]
    public void A_story_told_in_strong_words_by_every_report_holds_no_finding()
    {
        const string Loud = "In a truly staggering, unprecedented storm, the mighty river burst its banks at Tollby on Monday.";
        var result = new CorroborationKit()
            .Article("a", Loud, "Harbour Post", new DateOnly(2031, 3, 7)).Add()
            .Article("b", Loud.Replace("Monday", "Monday night", StringComparison.Ordinal), "Valley Times", new DateOnly(2031, 3, 7)).Add()
            .Article("c", Loud.Replace("Tollby", "Tollby town", StringComparison.Ordinal), "Shore Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Assert.All(result.Assessments, a => Assert.DoesNotContain(a.Reasons, r => r.Code == "sensational-wording"));
    }
}
