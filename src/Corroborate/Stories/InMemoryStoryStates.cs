namespace Corroborate.Stories;

/// <summary>The story index's memory when it lives in the process: every story, event and centroid as objects.</summary>
internal sealed class InMemoryStoryStates(StoryIndexOptions options) : IStoryStates
{
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, (StoryState Story, EventState Event)> _placed = new(StringComparer.Ordinal);

    public DocumentFrequencies Frequencies { get; } = new();

    public CandidateIndex Candidates { get; } = new(options.PostingCap);

    public int Count => _stories.Count;

    public StoryState Get(int index) => _stories[index];

    public StoryState Head(int index) => _stories[index];

    public void Add(StoryState story) => _stories.Add(story);

    public void Changed(StoryState story)
    {
    }

    public bool TryGetPlacement(string articleId, out StoryState story, out EventState placedIn)
    {
        bool found = _placed.TryGetValue(articleId, out var placed);
        (story, placedIn) = placed;
        return found;
    }

    public void Place(string articleId, StoryState story, EventState placedIn) => _placed[articleId] = (story, placedIn);
}
