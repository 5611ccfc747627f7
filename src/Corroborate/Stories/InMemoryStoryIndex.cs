using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>Placeholder index: every article is its own story; clustering follows.</summary>
public sealed class InMemoryStoryIndex : IStoryIndex
{
    private readonly List<Story> _stories = [];

    public StoryAssignment Add(AnalyzedArticle article, CopyLink? copy)
    {
        string storyId = "s-" + article.Id;
        string eventId = "e-" + article.Id;
        _stories.Add(new Story(storyId, article.Article.Title ?? "", [article.Id], [new StoryEvent(eventId, article.Article.Published, null, null, [article.Id])]));
        return new StoryAssignment(article.Id, storyId, eventId);
    }

    public IReadOnlyList<Story> Stories() => _stories;
}
