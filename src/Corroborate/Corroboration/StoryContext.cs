using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>Everything the corroboration of one story looks up: its articles by event, their independent source and reference date.</summary>
internal sealed class StoryContext
{
    public StoryContext(Story story, IReadOnlyList<ArticleReport> articles, ImmutableArray<SourceGroup> sources)
    {
        Story = story;
        Sources = sources;
        var byId = articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        SourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SourceGroup group in sources)
        {
            foreach (string id in group.Articles)
            {
                SourceOf[id] = group.Id;
            }
        }

        Order = story.Articles.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        EventOf = new Dictionary<string, StoryEvent>(StringComparer.Ordinal);
        EventArticles = new Dictionary<string, IReadOnlyList<ArticleReport>>(StringComparer.Ordinal);
        foreach (StoryEvent storyEvent in story.Events)
        {
            var members = storyEvent.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            EventArticles[storyEvent.Id] = members;
            foreach (ArticleReport member in members)
            {
                EventOf[member.Article.Id] = storyEvent;
            }
        }

        Articles = story.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public Story Story { get; }

    public ImmutableArray<SourceGroup> Sources { get; }

    public IReadOnlyList<ArticleReport> Articles { get; }

    public Dictionary<string, string> SourceOf { get; }

    public Dictionary<string, int> Order { get; }

    public Dictionary<string, StoryEvent> EventOf { get; }

    public Dictionary<string, IReadOnlyList<ArticleReport>> EventArticles { get; }

    public string SourceIdOf(ArticleReport article) => SourceOf.GetValueOrDefault(article.Article.Id, article.Article.Id);

    /// <summary>
    /// The day an article speaks from: its own date, else its event's, else the nearest dated event of the story.
    /// Used to resolve year-less dates and to check office holders.
    /// </summary>
    public (DateOnly? Date, string Basis) ReferenceDate(ArticleReport article)
    {
        if (article.Article.Published is DateOnly published)
        {
            return (published, "article");
        }

        if (EventOf.TryGetValue(article.Article.Id, out StoryEvent? own) && own.Date is DateOnly eventDate)
        {
            return (eventDate, "event");
        }

        int at = own is null ? 0 : Story.Events.IndexOf(own);
        DateOnly? nearest = null;
        int best = int.MaxValue;
        for (int k = 0; k < Story.Events.Length; k++)
        {
            if (Story.Events[k].Date is DateOnly d && Math.Abs(k - at) < best)
            {
                best = Math.Abs(k - at);
                nearest = d;
            }
        }

        return (nearest, "story");
    }
}
