using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// One story with everything the brief needs about it, looked up once: its articles in story order, its events,
/// its independent sources and the corroboration records that belong to it. Every list keeps a stable order.
/// </summary>
internal sealed class StoryScope
{
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleReport> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceGroup> _groupOf = new(StringComparer.Ordinal);

    public StoryScope(Story story, IReadOnlyList<ArticleReport> articles, StoryCorroboration corroboration)
    {
        Story = story;
        Articles = InStoryOrder(story, articles);
        for (int i = 0; i < Articles.Length; i++)
        {
            _position[Articles[i].Article.Id] = i;
            _articles[Articles[i].Article.Id] = Articles[i];
        }

        foreach (StoryEvent storyEvent in story.Events)
        {
            _events.TryAdd(storyEvent.Id, storyEvent);
        }

        Groups = StorySources.Of(this, corroboration.Sources);
        foreach (SourceGroup group in Groups)
        {
            foreach (string article in group.Articles)
            {
                _groupOf.TryAdd(article, group);
            }
        }

        Facts = [.. corroboration.Facts.Where(f => f.Story == story.Id)];
        Conflicts = [.. corroboration.Conflicts.Where(c => c.Story == story.Id)];
        Assessments = [.. corroboration.Assessments.Where(a => _articles.ContainsKey(a.Article)).OrderBy(a => PositionOf(a.Article))];
    }

    public Story Story { get; }

    /// <summary>The story's articles: first in the story's own order, then any others placed in it, as given.</summary>
    public ImmutableArray<ArticleReport> Articles { get; }

    /// <summary>The story's independent sources in story order (by the earliest of their articles).</summary>
    public ImmutableArray<SourceGroup> Groups { get; }

    public ImmutableArray<Fact> Facts { get; }

    public ImmutableArray<Conflict> Conflicts { get; }

    public ImmutableArray<Assessment> Assessments { get; }

    /// <summary>The article's place in the story; articles outside it sort last.</summary>
    public int PositionOf(string article) => _position.TryGetValue(article, out int position) ? position : int.MaxValue;

    public ArticleReport? Article(string id) => _articles.GetValueOrDefault(id);

    public StoryEvent? Event(string id) => _events.GetValueOrDefault(id);

    public SourceGroup? GroupOf(string article) => _groupOf.GetValueOrDefault(article);

    public bool IsGroupLead(string article) => GroupOf(article)?.Lead == article;

    private static ImmutableArray<ArticleReport> InStoryOrder(Story story, IReadOnlyList<ArticleReport> articles)
    {
        var mine = articles.Where(a => a.StoryId == story.Id).GroupBy(a => a.Article.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < story.Articles.Length; i++)
        {
            order.TryAdd(story.Articles[i], i);
        }

        // OrderBy is stable: articles the story does not list keep their given order after the listed ones.
        return [.. mine.OrderBy(a => order.TryGetValue(a.Article.Id, out int i) ? i : int.MaxValue)];
    }
}
