using Corroborate.Briefing;
using Corroborate.Model;

namespace Corroborate.Tests.Briefing;

public sealed class BriefBuilderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corroborate-brief-" + Guid.NewGuid().ToString("N"));
    private readonly FerryStory _ferry;

    public BriefBuilderTests() => _ferry = new FerryStory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private StoryBrief Brief(StoryCorroboration? corroboration = null) =>
        BriefBuilder.Default.Build(_ferry.Story, _ferry.Articles, corroboration ?? _ferry.Corroboration);

    private static string Place(BriefSentence s) => $"{s.Source.Article}:{s.Source.Start}";

    private string At(string article, int sentence) => $"{article}:{_ferry.Cite(article, sentence).Start}";

    [Fact]
    public void Agreed_sentences_are_ordered_by_support_then_time_and_merge_facts_of_one_sentence()
    {
        Brief overall = Brief().Overall;

        // F1 has three sources, but every copy of its sentence also states F8, which one source alone gives: a sentence
        // is agreed only when all it states is, so F1 is not shown as agreed. F2 and F5 share one sentence.
        Assert.Equal([At("a1", 0)], overall.Agreed.Select(Place));
        Assert.Equal([2], overall.Agreed.Select(s => s.IndependentSources));
        Assert.Equal(["F2", "F5"], overall.Agreed[0].Facts.ToArray());
    }

    [Fact]
    public void Single_source_sentences_follow_time_and_never_repeat_an_agreed_sentence()
    {
        Brief overall = Brief().Overall;

        // F8's sentence (which also states F1) is single-source; E1 (2025-04-02) comes before E2 (2025-04-05).
        Assert.Equal([At("a1", 2), At("a3", 0), At("a3", 2), At("a4", 0)], overall.SingleSource.Select(Place));
        var words = overall.Agreed.Concat(overall.SingleSource).Select(s => s.Source.Sentence).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_copy_is_not_chosen_over_the_lead_of_its_source_group()
    {
        StoryBrief brief = Brief();

        // a2 copies a1 and comes first in the story, but a1 leads their group.
        Assert.DoesNotContain(brief.Overall.Agreed.Concat(brief.Overall.SingleSource), s => s.Source.Article == "a2");
    }

    [Fact]
    public void Event_briefs_hold_only_their_event()
    {
        StoryBrief brief = Brief();

        Assert.Equal(["E1", "E2", "E3"], brief.Events.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([At("a4", 0)], brief.Events["E2"].SingleSource.Select(Place));
        Assert.Empty(brief.Events["E2"].Agreed);
        Assert.Equal(["C1"], brief.Events["E1"].Conflicts.ToArray());
        Assert.Empty(brief.Events["E2"].Conflicts);
        Assert.Empty(brief.Events["E3"].SingleSource);
    }

    [Fact]
    public void Unreliable_articles_are_flagged_with_their_reasons()
    {
        StoryBrief brief = Brief();

        FlaggedArticle flagged = Assert.Single(brief.Overall.Unreliable);
        Assert.Equal("a6", flagged.Article);
        Assert.Equal("Shore Times", flagged.Outlet);
        Assert.Equal(["states 90 passengers where three sources say 84"], flagged.Reasons.ToArray());
        Assert.Single(brief.Events["E1"].Unreliable);
        Assert.Empty(brief.Events["E2"].Unreliable);
    }

    [Fact]
    public void Timeline_sorts_by_date_and_places_an_undated_event_after_the_one_reported_before_it()
    {
        StoryBrief brief = Brief();

        Assert.Equal(["E1", "E3", "E2"], brief.Timeline.Select(t => t.Event));
        // The lead sentence comes from the earliest original, not from the copy that arrived first.
        Assert.Equal(_ferry.Cite("a1", 0), brief.Timeline[0].Lead);
        Assert.Equal("services resume", brief.Timeline[1].Label);
        Assert.Null(brief.Timeline[1].Date);
    }

    [Fact]
    public void Coverage_rows_are_source_groups_and_columns_skip_single_source_statements()
    {
        CoverageMatrix coverage = Brief().Coverage;

        Assert.Equal(["a1", "a3", "a5", "a4", "a6"], coverage.Sources.Select(s => s.Article));
        Assert.Equal(["F1", "F2", "F5", "F7", "F4"], coverage.Facts.ToArray());
        Assert.Equal(CoverageCell.Confirmed, coverage.Cells[0][0]);
        Assert.Equal(CoverageCell.NotMentioned, coverage.Cells[0][3]);
        Assert.Equal(CoverageCell.Confirmed, coverage.Cells[3][4]);
    }

    [Fact]
    public void A_source_stating_another_value_of_a_conflicted_key_is_contradicted()
    {
        CoverageMatrix coverage = Brief().Coverage;

        // a6 says 90 passengers where F1 says 84; it says nothing on the other facts.
        Assert.Equal([CoverageCell.Contradicted, CoverageCell.NotMentioned, CoverageCell.NotMentioned, CoverageCell.NotMentioned, CoverageCell.NotMentioned], coverage.Cells[4].ToArray());
    }

    [Fact]
    public void Without_source_groups_a_copy_shares_its_canonical_row()
    {
        StoryCorroboration corroboration = _ferry.Corroboration with { Sources = [] };

        CoverageMatrix coverage = Brief(corroboration).Coverage;

        Assert.Equal(["a1", "a3", "a5", "a4", "a6"], coverage.Sources.Select(s => s.Article));
        Assert.Equal(["a2", "a1"], coverage.Sources[0].Articles.ToArray());
        Assert.Equal(CoverageCell.Confirmed, coverage.Cells[0][0]);
    }

    [Fact]
    public void Empty_corroboration_gives_empty_sections_and_still_a_timeline()
    {
        StoryBrief brief = Brief(StoryCorroboration.Empty);

        Assert.Empty(brief.Overall.Agreed);
        Assert.Empty(brief.Overall.SingleSource);
        Assert.Empty(brief.Overall.Conflicts);
        Assert.Empty(brief.Overall.Unreliable);
        Assert.Empty(brief.Coverage.Facts);
        Assert.Equal(5, brief.Coverage.Sources.Length);
        Assert.Equal(3, brief.Timeline.Length);
    }

    [Fact]
    public void Articles_of_other_stories_are_ignored()
    {
        var stranger = _ferry.Articles[0] with { StoryId = "S9" };
        var articles = _ferry.Articles.Add(stranger with { Analyzed = stranger.Analyzed with { Article = stranger.Article with { Id = "z9" } } });

        StoryBrief brief = BriefBuilder.Default.Build(_ferry.Story, articles, _ferry.Corroboration);

        Assert.DoesNotContain(brief.Coverage.Sources, s => s.Articles.Contains("z9"));
        Assert.Equal(Brief().Overall.Agreed.Select(Place), brief.Overall.Agreed.Select(Place));
    }

    [Fact]
    public void The_agreed_section_is_capped_with_the_most_supported_first()
    {
        var many = Enumerable.Range(0, 30).Select(i => new Fact($"X{i:00}", FerryStory.StoryId, "E1", new StatementKey(), "t", "v", 2 + (i % 3), 2 + (i % 3),
            [new Citation("a1", "Verna Courier", $"Sentence number {i}.", 1000 + i, 1010 + i)])).ToList();

        StoryBrief brief = Brief(StoryCorroboration.Empty with { Facts = [.. many] });

        Assert.Equal(BriefOptions.Default.SentencesPerStory, brief.Overall.Agreed.Length);
        Assert.Equal(BriefOptions.Default.SentencesPerEvent, brief.Events["E1"].Agreed.Length);
        Assert.True(brief.Overall.Agreed.Select(s => s.IndependentSources).SequenceEqual(brief.Overall.Agreed.Select(s => s.IndependentSources).OrderDescending()));
        Assert.Equal(10, brief.Events["E1"].Agreed.Count(s => s.IndependentSources == 4));
    }
}
