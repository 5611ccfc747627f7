using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// The story's events in time order, each introduced by the first citable sentence of its lead article. Dated events
/// sort by date; an undated event follows the dated event reported just before it in the story (or opens the
/// timeline when none was), since the order in which sources report is the best clue to when it happened.
/// </summary>
internal static class TimelineBuilder
{
    public static ImmutableArray<TimelineEntry> Build(StoryScope scope)
    {
        var events = scope.Story.Events.Select(e => (Event: e, Position: Earliest(scope, e))).OrderBy(e => e.Position).ToList();
        var dated = events.Where(e => e.Event.Date is not null)
            .OrderBy(e => e.Event.Date).ThenBy(e => e.Event.DateEnd ?? e.Event.Date).ThenBy(e => e.Position).ThenBy(e => e.Event.Id, StringComparer.Ordinal)
            .Select(e => e.Event).ToList();

        // Each undated event hangs after the dated event that precedes it in story order ("" = before all of them).
        var after = new Dictionary<string, List<StoryEvent>>(StringComparer.Ordinal);
        string anchor = "";
        foreach (var (storyEvent, _) in events)
        {
            if (storyEvent.Date is not null)
            {
                anchor = storyEvent.Id;
                continue;
            }

            if (!after.TryGetValue(anchor, out List<StoryEvent>? list))
            {
                after[anchor] = list = [];
            }

            list.Add(storyEvent);
        }

        var ordered = new List<StoryEvent>(events.Count);
        ordered.AddRange(after.GetValueOrDefault("") ?? []);
        foreach (StoryEvent storyEvent in dated)
        {
            ordered.Add(storyEvent);
            ordered.AddRange(after.GetValueOrDefault(storyEvent.Id) ?? []);
        }

        return [.. ordered.Select(e => new TimelineEntry(e.Id, e.Date, e.DateEnd, e.Label, Lead(scope, e)))];
    }

    /// <summary>The first citable sentence of the event's earliest original article (copies only when it has no original).</summary>
    private static Citation? Lead(StoryScope scope, StoryEvent storyEvent)
    {
        var members = scope.Articles.Where(a => a.EventId == storyEvent.Id || storyEvent.Articles.Contains(a.Article.Id)).ToList();
        foreach (ArticleReport article in members.Where(a => a.Copy is null).Concat(members.Where(a => a.Copy is not null)))
        {
            for (int i = 0; i < article.Analyzed.Sentences.Length; i++)
            {
                if (article.Analyzed.Cite(i) is { } citation)
                {
                    return citation;
                }
            }
        }

        return null;
    }

    private static int Earliest(StoryScope scope, StoryEvent storyEvent) =>
        storyEvent.Articles.Select(scope.PositionOf).DefaultIfEmpty(int.MaxValue).Min();
}
