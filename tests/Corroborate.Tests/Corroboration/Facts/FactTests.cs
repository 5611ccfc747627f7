using Corroborate.Model;

namespace Corroborate.Tests.Corroboration;

public class FactTests
{
    [Fact]
    public void Compatible_durations_are_one_fact_with_two_independent_sources()
    {
        var result = new CorroborationKit()
            .Article("a", "The hearing lasted less than an hour and ended without a ruling.", "Harbour Post")
                .Duration("less than an hour", 0, 60).Add()
            .Article("b", "The hearing ended barely an hour after it began, the clerk said.", "Valley Times")
                .Duration("barely an hour", 45, 60).Add()
            .Run();

        Fact fact = Assert.Single(result.Facts, f => f.Kind == FactKind.Duration);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Equal(["a", "b"], fact.Sources.Select(s => s.Article));
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Copies_count_once()
    {
        const string text = "The hearing lasted less than an hour and ended without a ruling.";
        var result = new CorroborationKit()
            .Article("a", text, "Harbour Post").Duration("less than an hour", 0, 60).Add()
            .Article("b", text, "Reprint Daily", copyOf: "a").Duration("less than an hour", 0, 60).Add()
            .Run();

        Assert.Equal(1, Assert.Single(result.Facts, f => f.Kind == FactKind.Duration).IndependentSources);
        Assert.Single(result.Sources);
    }

    [Fact]
    public void One_agency_story_under_two_outlets_counts_once()
    {
        var result = new CorroborationKit()
            .Article("a", "VELDT, March 3 (Nordwire) — The hearing lasted less than an hour.", "Harbour Post")
                .Duration("less than an hour", 0, 60).Add()
            .Article("b", "VELDT, March 3 (Nordwire) - A court hearing lasted under an hour on Monday.", "Valley Times")
                .Duration("under an hour", 0, 60).Add()
            .Run();

        Assert.Equal(1, Assert.Single(result.Facts, f => f.Kind == FactKind.Duration).IndependentSources);
        Assert.Equal("wire:nordwire", Assert.Single(result.Sources).Origin);
    }

    [Fact]
    public void Similar_sentences_from_two_sources_are_one_corroborated_statement()
    {
        var result = new CorroborationKit()
            .Article("a", "The old sea wall at Veldt cracked during the storm surge and flooded the fish market.").Add()
            .Article("b", "During the storm surge the sea wall at Veldt cracked, flooding the fish market.").Add()
            .Article("c", "Ferries were cancelled for the weekend.").Add()
            .Run();

        Fact statement = Assert.Single(result.Facts, f => f.Kind == FactKind.Statement);
        Assert.Equal(2, statement.IndependentSources);
        Assert.Equal(["a", "b"], statement.Sources.Select(s => s.Article));
    }

    [Fact]
    public void Every_fact_citation_is_the_articles_own_sentence()
    {
        var result = new CorroborationKit()
            .Article("a", "First line here. The hearing lasted less than an hour and ended.").Duration("less than an hour", 0, 60).Add()
            .Article("b", "Another opening. The hearing ended barely an hour after it began.").Duration("barely an hour", 45, 60).Add()
            .Run();

        Citation citation = Assert.Single(result.Facts, f => f.Kind == FactKind.Duration).Sources[1];
        Assert.Equal("The hearing ended barely an hour after it began.", citation.Sentence);
        Assert.Equal("Another opening. ".Length, citation.Start);
    }
}
