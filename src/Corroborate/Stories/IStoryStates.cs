namespace Corroborate.Stories;

/// <summary>
/// Where a <see cref="StoryIndex"/> keeps what it learned: in memory (<see cref="InMemoryStoryStates"/>) or in a
/// store. The index makes every decision; a state only remembers, so every state gives the same stories for the
/// same stream. Stories are numbered in creation order from 0.
/// </summary>
internal interface IStoryStates
{
    /// <summary>Document frequencies of the stream so far.</summary>
    DocumentFrequencies Frequencies { get; }

    /// <summary>Feature → stories that recently used it.</summary>
    CandidateIndex Candidates { get; }

    /// <summary>Stories created so far.</summary>
    int Count { get; }

    /// <summary>A story in full, to be changed.</summary>
    StoryState Get(int index);

    /// <summary>
    /// A story to be scored: its id, titles, dates and centroid are there; its articles and events may not be
    /// (a store loads them only when <see cref="Get"/> asks for the same story, into the same object).
    /// </summary>
    StoryState Head(int index);

    /// <summary>Adds story number <see cref="Count"/>.</summary>
    void Add(StoryState story);

    /// <summary>Tells the state a story it handed out was changed (a store writes it back).</summary>
    void Changed(StoryState story);

    bool TryGetPlacement(string articleId, out StoryState story, out EventState placedIn);

    void Place(string articleId, StoryState story, EventState placedIn);
}
