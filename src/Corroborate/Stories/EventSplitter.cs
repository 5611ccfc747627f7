namespace Corroborate.Stories;

/// <summary>
/// Places an article among the events of its story. Cues decide first: an article whose ordinal or day
/// contradicts an event cannot join it ("second round" is not the first round; talks two weeks apart are two
/// happenings). Among compatible events, one that agrees on a cue wins; otherwise the most similar one.
/// With no compatible event, or a cue-less article far from every event, a new event starts.
/// </summary>
internal sealed class EventSplitter(StoryIndexOptions options, DocumentFrequencies df)
{
    public EventState Assign(StoryState story, TermWeights weights, EventCues cues, string articleId, Func<EventState> create)
    {
        EventState? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (EventState e in story.Events)
        {
            int agreement = Agreement(e, cues);
            if (agreement < 0)
            {
                continue;
            }

            // An agreeing cue outweighs any difference in wording; similarity breaks ties.
            double score = agreement + e.Centroid.Cosine(weights, df);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        bool hasCue = cues.Ordinal is not null || cues.Date is not null;
        if (best is null || (!hasCue && bestScore < options.EventJoinThreshold))
        {
            best = create();
            story.Events.Add(best);
        }

        best.Articles.Add(articleId);
        best.Centroid.Add(weights, df);
        if (cues.Ordinal is OrdinalCue o)
        {
            best.Ordinals.Add(o);
        }

        if (cues.Date is DateOnly d)
        {
            best.Dates.Add(d);
        }

        return best;
    }

    /// <summary>-1 when a cue contradicts the event, else the number of cues that agree with it.</summary>
    private int Agreement(EventState e, EventCues cues)
    {
        int agree = 0;
        if (cues.Ordinal is OrdinalCue o && e.Ordinal is int eo)
        {
            if (o.Ordinal != eo)
            {
                return -1;
            }

            agree++;
        }

        if (cues.Date is DateOnly d && e.Dates.Count > 0)
        {
            int tolerance = options.EventDateToleranceDays;
            bool near = e.Dates.Any(x => Math.Abs(x.DayNumber - d.DayNumber) < tolerance);
            if (!near)
            {
                return -1;
            }

            agree++;
        }

        return agree;
    }
}
