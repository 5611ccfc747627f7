using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>The independent sources of one story: the corroboration stage's groups, or, before it ran, one per copy group.</summary>
internal static class StorySources
{
    public static ImmutableArray<SourceGroup> Of(StoryScope scope, ImmutableArray<SourceGroup> all)
    {
        List<SourceGroup> given = [.. all.Where(g => g.Story == scope.Story.Id)];
        List<SourceGroup> groups = given.Count > 0 ? given : ByCopies(scope);
        return [.. groups.OrderBy(g => Earliest(scope, g)).ThenBy(g => g.Id, StringComparer.Ordinal)];
    }

    /// <summary>One group per canonical article with its copies, so a copy never counts as a second source.</summary>
    private static List<SourceGroup> ByCopies(StoryScope scope)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (ArticleReport article in scope.Articles)
        {
            string key = article.Copy?.CanonicalId ?? article.Article.Id;
            if (!members.TryGetValue(key, out List<string>? list))
            {
                members[key] = list = [];
                keys.Add(key);
            }

            list.Add(article.Article.Id);
        }

        var groups = new List<SourceGroup>(keys.Count);
        foreach (string key in keys)
        {
            List<string> articles = members[key];
            // The canonical leads when it is in the story; else the earliest copy stands in for it.
            string lead = articles.Contains(key, StringComparer.Ordinal) ? key : articles[0];
            string? outlet = scope.Article(lead)?.Article.Outlet;
            groups.Add(new SourceGroup("", scope.Story.Id, lead, outlet, articles.Count > 1 ? "copies" : null, [.. articles]));
        }

        return groups;
    }

    private static int Earliest(StoryScope scope, SourceGroup group) =>
        group.Articles.Select(scope.PositionOf).DefaultIfEmpty(scope.PositionOf(group.Lead)).Min();
}
