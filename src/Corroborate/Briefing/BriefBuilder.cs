using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// The brief stage: for each story, an extractive brief per event and for the whole story, a timeline and a coverage
/// matrix. Only source sentences are shown, each cited in place; with no corroboration every section is empty.
/// </summary>
public sealed class BriefBuilder
{
    private readonly BriefOptions _options;

    public BriefBuilder(BriefOptions? options = null)
    {
        _options = options ?? BriefOptions.Default;
        _options.Validate();
    }

    public static BriefBuilder Default { get; } = new();

    public BriefOptions Options => _options;

    /// <summary>The brief of one story. <paramref name="articles"/> may hold other stories' articles; they are ignored.</summary>
    public StoryBrief Build(Story story, IReadOnlyList<ArticleReport> articles, StoryCorroboration corroboration)
    {
        var scope = new StoryScope(story, articles, corroboration);
        var events = ImmutableDictionary.CreateBuilder<string, Brief>(StringComparer.Ordinal);
        foreach (StoryEvent storyEvent in story.Events)
        {
            events[storyEvent.Id] = ScopeBrief.Build(scope, storyEvent.Id, _options.SentencesPerEvent);
        }

        ImmutableArray<TimelineEntry> timeline = TimelineBuilder.Build(scope);
        return new StoryBrief(
            story.Id,
            ScopeBrief.Build(scope, null, _options.SentencesPerStory),
            events.ToImmutable(),
            timeline,
            CoverageBuilder.Build(scope, timeline, _options.CoverageFacts));
    }
}
