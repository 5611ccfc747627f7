using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Independent sources of a story: copies (the copy groups of the copy stage) and articles carrying one wire
/// origin are merged, so a story republished by five outlets counts once.
/// </summary>
internal static class SourceGrouper
{
    public static ImmutableArray<SourceGroup> Group(Story story, IReadOnlyList<ArticleReport> articles)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var origin = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (ArticleReport article in articles)
        {
            parent[article.Article.Id] = article.Article.Id;
        }

        var byWire = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ArticleReport article in articles)
        {
            string id = article.Article.Id;
            if (article.Copy is { } copy && parent.ContainsKey(copy.CanonicalId))
            {
                Union(parent, id, copy.CanonicalId);
            }

            string? wire = article.Analyzed.Mentions.Wire?.Origin;
            origin[id] = wire;
            if (wire is not null)
            {
                if (byWire.TryGetValue(wire, out string? first))
                {
                    Union(parent, id, first);
                }
                else
                {
                    byWire[wire] = id;
                }
            }
        }

        var members = new Dictionary<string, List<ArticleReport>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (ArticleReport article in articles)
        {
            string root = Find(parent, article.Article.Id);
            if (!members.TryGetValue(root, out List<ArticleReport>? list))
            {
                members[root] = list = [];
                roots.Add(root);
            }

            list.Add(article);
        }

        var groups = ImmutableArray.CreateBuilder<SourceGroup>(roots.Count);
        foreach (string root in roots)
        {
            List<ArticleReport> list = members[root];
            ArticleReport lead = list.FirstOrDefault(a => a.Copy is null) ?? list[0];
            string? wire = list.Select(a => origin[a.Article.Id]).FirstOrDefault(o => o is not null);
            string? why = list.Count == 1 ? wire : wire ?? "copies";
            string? outlet = lead.Article.Outlet ?? list.Select(a => a.Article.Outlet).FirstOrDefault(o => o is not null);
            groups.Add(new SourceGroup("G" + ContentId.Of(story.Id, lead.Article.Id), story.Id, lead.Article.Id, outlet, why, [.. list.Select(a => a.Article.Id)]));
        }

        return groups.MoveToImmutable();
    }

    private static string Find(Dictionary<string, string> parent, string id)
    {
        while (!string.Equals(parent[id], id, StringComparison.Ordinal))
        {
            parent[id] = parent[parent[id]];
            id = parent[id];
        }

        return id;
    }

    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        string ra = Find(parent, a);
        string rb = Find(parent, b);
        if (!string.Equals(ra, rb, StringComparison.Ordinal))
        {
            // Which root wins does not matter for output: groups are listed by their first member in story order.
            parent[ra] = rb;
        }
    }
}
