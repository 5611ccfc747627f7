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
        // Two pieces of missing provenance (context, 0.3 each) from the prior log-odds of 2.2: logistic(1.6).
        Assert.Equal(1 / (1 + Math.Exp(-1.6)), assessment.Reliability, 3);
        Assert.Equal(["no-outlet", "no-date"], assessment.Reasons.Select(r => r.Code));
    }
}

public class ReliabilityEvidenceTests
{
    private const string Said = "The lock gates will stay shut until the river falls below the warning mark";

    [Fact]
    public void Two_independent_contradictions_and_another_kind_of_finding_flag_an_article_and_fewer_do_not()
    {
        const string Filler = " In a turn of dramatic events, the stakes are high. It remains to be seen what comes next.";
        StoryCorroboration Run(bool secondContradiction, string tail, DateOnly? cPublished = null) => new CorroborationKit()
            .Article("a", "The ferry carried 84 passengers. The crossing took 40 minutes.", "Harbour Post", new DateOnly(2031, 3, 7))
                .Quantity("84 passengers", 84, 84, "passenger").Duration("40 minutes", 40, 40).Add()
            .Article("b", "The ferry carried 84 passengers. The crossing took 40 minutes.", "Valley Times", new DateOnly(2031, 3, 7))
                .Quantity("84 passengers", 84, 84, "passenger").Duration("40 minutes", 40, 40).Add()
            .Article("c", (secondContradiction ? "The ferry carried 140 passengers. The crossing took 95 minutes." : "The ferry carried 140 passengers. The crossing took 40 minutes.") + tail, "Shore Times", cPublished ?? new DateOnly(2031, 3, 7))
                .Quantity("140 passengers", 140, 140, "passenger").Duration(secondContradiction ? "95 minutes" : "40 minutes", secondContradiction ? 95 : 40, secondContradiction ? 95 : 40).Add()
            .Run();

        Assessment once = Assert.Single(Run(false, Filler).Assessments, a => a.Article == "c");
        Assert.False(once.Unreliable, string.Join("; ", once.Reasons.Select(r => r.Text)));
        Assert.Equal(EvidenceStrength.Strong, Assert.Single(once.Reasons, r => r.Code == "contradicts-majority").Strength);

        Assessment twice = Assert.Single(Run(true, Filler).Assessments, a => a.Article == "c");
        Assert.True(twice.Unreliable, string.Join("; ", twice.Reasons.Select(r => r.Text)));
        Assert.Equal(2, twice.Reasons.Count(r => r.Code == "contradicts-majority"));
        Assert.All(twice.Reasons.Where(r => r.Code == "contradicts-majority"), r => Assert.NotNull(r.Evidence));

        // Disagreements alone do not flag when nothing ties the article to the same happening: merged look-alike
        // incidents make sound reports disagree on every count. Published a month later, it may report another crossing.
        Assessment later = Assert.Single(Run(true, "", new DateOnly(2031, 4, 9)).Assessments, a => a.Article == "c");
        Assert.False(later.Unreliable, string.Join("; ", later.Reasons.Select(r => r.Text)));

        // Published the same day as the sources it contradicts twice, it reports their crossing, and wrongly.
        Assessment sameDay = Assert.Single(Run(true, "").Assessments, a => a.Article == "c");
        Assert.True(sameDay.Unreliable, string.Join("; ", sameDay.Reasons.Select(r => r.Text)));
    }

    [Fact]
    public void One_dated_contradiction_alone_does_not_flag()
    {
        var result = new CorroborationKit()
            .Article("a", "The ferry carried 84 passengers.", "Harbour Post", new DateOnly(2031, 3, 7)).Quantity("84 passengers", 84, 84, "passenger").Add()
            .Article("b", "The ferry carried 84 passengers.", "Valley Times", new DateOnly(2031, 3, 8)).Quantity("84 passengers", 84, 84, "passenger").Add()
            .Article("c", "The ferry carried 140 passengers.", "Shore Times", new DateOnly(2031, 3, 7)).Quantity("140 passengers", 140, 140, "passenger").Add()
            .Run();

        Assessment c = Assert.Single(result.Assessments, a => a.Article == "c");
        Assert.False(c.Unreliable, string.Join("; ", c.Reasons.Select(r => r.Text)));
        Assert.Equal("contradicts-majority", Assert.Single(c.Reasons).Code);
    }

    [Fact]
    public void A_question_and_answer_block_is_weak_evidence()
    {
        const string Body = "The ferry carried 84 passengers across the strait on Monday.";
        StoryCorroboration Run(string tail) => new CorroborationKit()
            .Article("c", Body + tail, "Shore Times", new DateOnly(2031, 3, 7)).Add()
            .Run();

        Assessment faq = Assert.Single(Run("\nFrequently Asked Questions\nQ: How many people were on board?\nA: 84 passengers.\nQ: Is the ferry safe?\nA: Yes.").Assessments);
        AssessmentReason reason = Assert.Single(faq.Reasons);
        Assert.Equal("question-answer-block", reason.Code);
        Assert.Equal(EvidenceStrength.Weak, reason.Strength);
        Assert.False(faq.Unreliable);

        // One question in the text is an article asking something, not a block.
        Assert.Empty(Assert.Single(Run("\nQ: Will the ferry sail again?\nA: Not before spring.").Assessments).Reasons);
    }

    [Fact]
    public void A_quote_other_sources_give_to_someone_else_is_strong_evidence()
    {
        var result = new CorroborationKit()
            .Article("a", $"\"{Said},\" said harbour master Ilse Varga.", "Harbour Post", new DateOnly(2031, 3, 7)).Quote(Said, "Ilse Varga").Add()
            .Article("b", $"\"{Said},\" Ilse Varga told reporters.", "Valley Times", new DateOnly(2031, 3, 7)).Quote(Said, "Ilse Varga").Add()
            .Article("c", $"\"{Said},\" said the mayor, Otto Brann.", "Shore Times", new DateOnly(2031, 3, 7)).Quote(Said, "Otto Brann").Add()
            .Run();

        AssessmentReason reason = Assert.Single(Assert.Single(result.Assessments, a => a.Article == "c").Reasons);
        Assert.Equal("misattributed-quote", reason.Code);
        Assert.Equal(EvidenceStrength.Strong, reason.Strength);
        Assert.Contains("Ilse Varga", reason.Text, StringComparison.Ordinal);
        Assert.All(result.Assessments.Where(a => a.Article != "c"), a => Assert.Empty(a.Reasons));
    }

    [Fact]
    public void Words_nobody_else_reports_from_a_speaker_others_agree_on_are_weak_evidence_once()
    {
        const string Other = "We expect to reopen the northern lock gates by the weekend at the latest";
        var result = new CorroborationKit()
            .Article("a", $"\"{Said},\" said Ilse Varga.", "Harbour Post", new DateOnly(2031, 3, 7)).Quote(Said, "Ilse Varga").Add()
            .Article("b", $"\"{Said},\" Ilse Varga said.", "Valley Times", new DateOnly(2031, 3, 7)).Quote(Said, "Ilse Varga").Add()
            .Article("c", $"\"{Other},\" Ilse Varga said. \"{Other} again,\" she added.", "Shore Times", new DateOnly(2031, 3, 7)).Quote(Other, "Ilse Varga").Add()
            .Article("d", "\"The weather office issued new warnings for the delta towns today,\" said Pavel Orlik.", "Delta Daily", new DateOnly(2031, 3, 7))
                .Quote("The weather office issued new warnings for the delta towns today", "Pavel Orlik").Add()
            .Run();

        Assessment c = Assert.Single(result.Assessments, a => a.Article == "c");
        Assert.Equal(EvidenceStrength.Weak, Assert.Single(c.Reasons, r => r.Code == "unmatched-quote").Strength);
        Assert.False(c.Unreliable);

        // Nobody else quotes Pavel Orlik: words of his that only one source has are no sign of anything.
        Assert.Empty(Assert.Single(result.Assessments, a => a.Article == "d").Reasons);
    }

    [Fact]
    public void A_flagged_article_neither_makes_a_majority_nor_confirms_a_fact()
    {
        var registry = Corroborate.Corroboration.Offices.OfficeRegistry.Default;
        var result = new CorroborationKit()
            .Article("wire", "The council approved 48 million euros for the tram line.", "Nordline News", new DateOnly(2025, 6, 3))
                .Quantity("48 million euros", 48e6, 48e6, "eur").Add()
            .Article("report", "The council approved 52 million euros for the tram line.", "Lakeside Post", new DateOnly(2025, 6, 3))
                .Quantity("52 million euros", 52e6, 52e6, "eur").Add()
            .Article("rewrite", "The council approved 48 million euros for the tram line, UK Prime Minister Boris Johnson and US President Joe Biden said.", null)
                .Quantity("48 million euros", 48e6, 48e6, "eur")
                .Role("UK Prime Minister Boris Johnson", "prime minister", "GB", "Boris Johnson")
                .Role("US President Joe Biden", "president", "US", "Joe Biden").Add()
            .Run(new DateOnly(2025, 6, 3), registry);

        Assert.True(Assert.Single(result.Assessments, a => a.Article == "rewrite").Unreliable);
        Assessment report = Assert.Single(result.Assessments, a => a.Article == "report");
        Assert.DoesNotContain(report.Reasons, r => r.Code == "contradicts-majority");
        Assert.Contains(report.Reasons, r => r.Code == "disputed");

        Fact fortyEight = Assert.Single(result.Facts, f => f.Key is QuantityKey && f.Value == "48000000");
        Assert.Equal(2, fortyEight.IndependentSources);
        Assert.Equal(1, fortyEight.ReliableSources);
    }
}
