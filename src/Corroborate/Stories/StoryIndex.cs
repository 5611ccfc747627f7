using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>
/// Incremental single-pass story and event clustering. Each article is weighed by TF-IDF with document
/// frequencies of the stream so far, matched to a story through the inverted index, then placed in an event of
/// that story. What it learned lives in an <see cref="IStoryStates"/>: in memory (<see cref="InMemoryStoryIndex"/>)
/// or in a store, with the same decisions either way. Single writer: the same articles in the same order give
/// byte-identical results.
/// </summary>
public class StoryIndex : IStoryIndex
{
    private readonly StoryIndexOptions _options;
    private readonly IStoryStates _states;
    private readonly StoryClusterer _clusterer;
    private readonly EventSplitter _events;

    internal StoryIndex(StoryIndexOptions options, IStoryStates states)
    {
        _options = options;
        _states = states;
        _clusterer = new StoryClusterer(options, states);
        _events = new EventSplitter(options, states.Frequencies);
    }

    public StoryAssignment Add(AnalyzedArticle article, CopyLink? copy)
    {
        if (_states.TryGetPlacement(article.Id, out StoryState again, out EventState againEvent))
        {
            // Re-ingesting the same article changes nothing.
            return new StoryAssignment(article.Id, again.Id, againEvent.Id);
        }

        if (copy is not null && _states.TryGetPlacement(copy.CanonicalId, out StoryState canonical, out EventState canonicalEvent))
        {
            // A copy adds no evidence of its own: it joins its original's story and event, and is not counted
            // in document frequencies, so a syndicated text does not make its own words look common.
            canonical.Articles.Add(article.Id);
            canonicalEvent.Articles.Add(article.Id);
            canonical.Title ??= article.Article.Title;
            _states.Place(article.Id, canonical, canonicalEvent);
            _states.Changed(canonical);
            return new StoryAssignment(article.Id, canonical.Id, canonicalEvent.Id);
        }

        DocumentFrequencies df = _states.Frequencies;
        df.Add(TermWeights.Features(article));
        TermWeights weights = TermWeights.Of(article, df, _options);
        EventCues cues = EventCues.Of(article, _options);
        DateOnly? date = cues.Date ?? article.Article.Published;

        StoryState story = _clusterer.Choose(weights, date) is { } chosen ? _states.Get(chosen.Index) : NewStory(article);
        story.Articles.Add(article.Id);
        story.Title ??= article.Article.Title;
        story.Centroid.Add(weights, df);
        story.AddDate(date);
        foreach (var (feature, _) in weights.Weights.Take(_options.LookupTerms))
        {
            _states.Candidates.Add(feature, story.Index);
        }

        EventState ev = _events.Assign(story, weights, cues, article.Id,
            () => new EventState("E" + ContentId.Of(story.Id, article.Id), _options.CentroidTerms));
        _states.Place(article.Id, story, ev);
        _states.Changed(story);
        return new StoryAssignment(article.Id, story.Id, ev.Id);
    }

    public IReadOnlyList<Story> Stories() => [.. Enumerable.Range(0, _states.Count).Select(i => _states.Get(i).Snapshot())];

    /// <summary>The current snapshot of the story the article was placed in, or null when it was never added.</summary>
    public Story? StoryOf(string articleId) =>
        _states.TryGetPlacement(articleId, out StoryState story, out _) ? story.Snapshot() : null;

    private StoryState NewStory(AnalyzedArticle article)
    {
        var story = new StoryState("S" + ContentId.Of(article.Id), _states.Count, _options.CentroidTerms)
        {
            FallbackTitle = FirstSentence(article),
        };
        _states.Add(story);
        return story;
    }

    private static string? FirstSentence(AnalyzedArticle article)
    {
        if (article.Sentences.IsDefaultOrEmpty)
        {
            return null;
        }

        string s = article.Sentences[0].Of(article.Article.Text).Trim().ToString();
        return s.Length <= 120 ? s : s[..120].TrimEnd() + "…";
    }
}
