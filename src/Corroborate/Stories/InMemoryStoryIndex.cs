namespace Corroborate.Stories;

/// <summary>Story and event clustering held in process memory (see <see cref="StoryIndex"/>).</summary>
public sealed class InMemoryStoryIndex : StoryIndex
{
    public InMemoryStoryIndex()
        : this(new StoryIndexOptions())
    {
    }

    public InMemoryStoryIndex(StoryIndexOptions options)
        : base(options, new InMemoryStoryStates(options))
    {
    }
}
