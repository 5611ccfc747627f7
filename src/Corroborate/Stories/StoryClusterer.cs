namespace Corroborate.Stories;

/// <summary>
/// Picks the story an article joins: candidates from the inverted index (never all stories), a time window
/// when both sides are dated, cosine against each centroid, a penalty when the article is about other people
/// than the story, and the join threshold. Returns null for "start a new story".
/// </summary>
internal sealed class StoryClusterer(StoryIndexOptions options, IStoryStates states)
{
    public StoryState? Choose(TermWeights weights, DateOnly? date)
    {
        var lookup = weights.Weights.Take(options.LookupTerms).Select(static p => p.Key);
        StoryState? best = null;
        double bestScore = options.JoinThreshold;
        foreach (int candidate in states.Candidates.Candidates(lookup, options.MaxCandidates))
        {
            StoryState story = states.Head(candidate);
            if (!InWindow(story, date))
            {
                continue;
            }

            double score = story.Centroid.Cosine(weights, states.Frequencies) * NamePenalty(story, weights);

            // Ties go to the older story, so the choice does not depend on dictionary order.
            if (score > bestScore || (score == bestScore && best is not null && story.Index < best.Index))
            {
                best = story;
                bestScore = score;
            }
        }

        return best;
    }

    private bool InWindow(StoryState story, DateOnly? date) =>
        date is not DateOnly d || story.First is not DateOnly first || story.Last is not DateOnly last
        || (d.DayNumber >= first.DayNumber - options.TimeWindowDays && d.DayNumber <= last.DayNumber + options.TimeWindowDays);

    /// <summary>
    /// Same kind of news about other people. The share of the article's leading (repeated) names unknown to
    /// the story, and the share of the story's leading names absent from the article, are both measured; the
    /// smaller one scales the score down, to <see cref="StoryIndexOptions.NameMismatchPenalty"/> at worst.
    /// Both sides must disagree: a follow-up that brings in new people but keeps the story's own is no
    /// mismatch, while the same champion with a new opponent in another city is one in part.
    /// </summary>
    private double NamePenalty(StoryState story, TermWeights weights)
    {
        if (weights.LeadingNames.Length == 0)
        {
            return 1;
        }

        double articleMissing = (double)weights.LeadingNames.Count(n => story.Centroid.Weight(n) <= 0) / weights.LeadingNames.Length;
        string[] storyNames = story.Centroid.LeadingNames(options.LeadingNames);
        double storyMissing = storyNames.Length == 0 ? 0 : (double)storyNames.Count(n => !weights.HasFeature(n)) / storyNames.Length;
        return 1 - ((1 - options.NameMismatchPenalty) * Math.Min(articleMissing, storyMissing));
    }
}
