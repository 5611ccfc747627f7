using Corroborate.Model;

namespace Corroborate.Storage.Tests.Support;

/// <summary>Everything observable in a store, in a comparable form: documents, articles with their placement and copy link, stories.</summary>
public sealed record StoreContents(IReadOnlyList<string> Documents, IReadOnlyList<string> Articles, IReadOnlyList<string> Stories)
{
    public static StoreContents Of(StoreTarget target)
    {
        using Store store = target.OpenReader();
        var stories = store.Stories(null);
        var articles = stories.SelectMany(s => store.ArticlesOf(s.Id))
            .Select(static a => $"{a.Id} {a.DocumentId} {a.StoryId} {a.EventId} {a.Copy?.CanonicalId} {a.Copy?.Kind}")
            .Order(StringComparer.Ordinal).ToList();
        var documents = store.DocumentIds().Order(StringComparer.Ordinal).ToList();
        return new StoreContents(documents, articles, [.. stories.Select(static s => Describe(s.Story))]);
    }

    public static string Describe(Story story) =>
        $"{story.Id} '{story.Title}' [{string.Join(',', story.Articles)}] " +
        string.Join(" ", story.Events.Select(static e => $"{e.Id}:{e.Date}:{e.DateEnd}:{e.Label}:[{string.Join(',', e.Articles)}]"));

    /// <summary>Asserts equality part by part, so a failure says which part differs.</summary>
    public void AssertSameAs(StoreContents expected)
    {
        Assert.Equal(expected.Documents, Documents);
        Assert.Equal(expected.Articles, Articles);
        Assert.Equal(expected.Stories, Stories);
    }
}
