using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>
/// Incremental single-pass story and event clustering held in memory. Each article is weighed by TF-IDF with
/// document frequencies of the stream so far, matched to a story through the inverted index, then placed in
/// an event of that story. Single writer: the same articles in the same order give byte-identical results.
/// </summary>
public sealed partial class InMemoryStoryIndex : IStoryIndex
{
    private readonly StoryIndexOptions _options;
    private readonly DocumentFrequencies _df = new();
    private readonly CandidateIndex _candidates;
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, (StoryState Story, EventState Event)> _placed = new(StringComparer.Ordinal);
    private readonly StoryClusterer _clusterer;
    private readonly EventSplitter _events;

    public InMemoryStoryIndex()
        : this(new StoryIndexOptions())
    {
    }

    public InMemoryStoryIndex(StoryIndexOptions options)
    {
        _options = options;
        _candidates = new CandidateIndex(options.PostingCap);
        _clusterer = new StoryClusterer(options, _candidates, _stories, _df);
        _events = new EventSplitter(options, _df);
    }

    public StoryAssignment Add(AnalyzedArticle article, CopyLink? copy)
    {
        if (_placed.TryGetValue(article.Id, out var again))
        {
            // Re-ingesting the same article changes nothing.
            return new StoryAssignment(article.Id, again.Story.Id, again.Event.Id);
        }

        if (copy is not null && _placed.TryGetValue(copy.CanonicalId, out var canonical))
        {
            // A copy adds no evidence of its own: it joins its original's story and event, and is not counted
            // in document frequencies, so a syndicated text does not make its own words look common.
            canonical.Story.Articles.Add(article.Id);
            canonical.Event.Articles.Add(article.Id);
            canonical.Story.Title ??= article.Article.Title;
            _placed[article.Id] = canonical;
            return new StoryAssignment(article.Id, canonical.Story.Id, canonical.Event.Id);
        }

        _df.Add(TermWeights.Features(article));
        TermWeights weights = TermWeights.Of(article, _df, _options);
        EventCues cues = EventCues.Of(article, _options);
        DateOnly? date = cues.Date ?? article.Article.Published;

        StoryState story = _clusterer.Choose(weights, date) ?? NewStory(article);
        story.Articles.Add(article.Id);
        story.Title ??= article.Article.Title;
        story.Centroid.Add(weights, _df);
        story.AddDate(date);
        foreach (var (feature, _) in weights.Weights.Take(_options.LookupTerms))
        {
            _candidates.Add(feature, story.Index);
        }

        EventState ev = _events.Assign(story, weights, cues, article.Id,
            () => new EventState("E" + ContentId.Of(story.Id, article.Id), _options.CentroidTerms));
        _placed[article.Id] = (story, ev);
        return new StoryAssignment(article.Id, story.Id, ev.Id);
    }

    public IReadOnlyList<Story> Stories() => [.. _stories.Select(static s => s.Snapshot())];

    private StoryState NewStory(AnalyzedArticle article)
    {
        var story = new StoryState("S" + ContentId.Of(article.Id), _stories.Count, _options.CentroidTerms)
        {
            FallbackTitle = FirstSentence(article),
        };
        _stories.Add(story);
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
