using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Briefing;

/// <summary>
/// The brief stage: for each story, an extractive brief per event and for the whole story, a timeline and a coverage
/// matrix. Only source sentences are shown, each cited in place; with no corroboration every section is empty.
/// </summary>
public static class BriefBuilder
{
    /// <summary>The brief of one story. <paramref name="articles"/> may hold other stories' articles; they are ignored.</summary>
    public static StoryBrief Build(Story story, IReadOnlyList<ArticleReport> articles, CorroborationResult corroboration)
    {
        var scope = new StoryScope(story, articles, corroboration);
        var events = ImmutableDictionary.CreateBuilder<string, Brief>(StringComparer.Ordinal);
        foreach (StoryEvent storyEvent in story.Events)
        {
            events[storyEvent.Id] = ScopeBrief.Build(scope, storyEvent.Id, BriefLimits.SentencesPerEvent);
        }

        ImmutableArray<TimelineEntry> timeline = TimelineBuilder.Build(scope);
        return new StoryBrief(
            story.Id,
            ScopeBrief.Build(scope, null, BriefLimits.SentencesPerStory),
            events.ToImmutable(),
            timeline,
            CoverageBuilder.Build(scope, timeline));
    }

    /// <summary>One brief per story, in story order. Stories are independent, so they are built in parallel.</summary>
    public static ImmutableArray<StoryBrief> BuildAll(AnalysisResult result)
    {
        // Split articles and corroboration records by story once, so each story's scope filters only its own records
        // (a scan of the whole corpus per story would grow with stories × facts).
        ILookup<string, ArticleReport> byStory = result.Articles.ToLookup(a => a.StoryId, StringComparer.Ordinal);
        var storyOf = result.Articles.ToDictionary(a => a.Article.Id, a => a.StoryId, StringComparer.Ordinal);
        CorroborationResult all = result.Corroboration;
        ILookup<string, SourceGroup> sources = all.Sources.ToLookup(s => s.Story, StringComparer.Ordinal);
        ILookup<string, Fact> facts = all.Facts.ToLookup(f => f.Story, StringComparer.Ordinal);
        ILookup<string, Conflict> conflicts = all.Conflicts.ToLookup(c => c.Story, StringComparer.Ordinal);
        ILookup<string, OfficeCheck> checks = all.OfficeChecks.ToLookup(c => storyOf.GetValueOrDefault(c.Article, ""), StringComparer.Ordinal);
        ILookup<string, Assessment> assessments = all.Assessments.ToLookup(a => storyOf.GetValueOrDefault(a.Article, ""), StringComparer.Ordinal);
        return [.. result.Stories
            .AsParallel()
            .AsOrdered()
            .Select(s => Build(s, [.. byStory[s.Id]], new CorroborationResult(
                [.. sources[s.Id]], [.. facts[s.Id]], [.. conflicts[s.Id]], [.. checks[s.Id]], [.. assessments[s.Id]])))];
    }
}
