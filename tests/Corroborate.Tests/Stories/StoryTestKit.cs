using Corroborate.Model;
using Corroborate.Stories;
using Corroborate.Text;

namespace Corroborate.Tests.Stories;

internal static class StoryTestKit
{
    public static AnalyzedArticle Analyzed(string id, string text, DateOnly? published = null, string? title = null) =>
        TextAnalyzer.Analyze(new Article(id, id, id + ".txt", 0, 0, text.Length, title, null, published, text, false, [], [], OffsetMap.Identity(0, text.Length)));

    public static Dictionary<string, StoryAssignment> Run(InMemoryStoryIndex index, IEnumerable<AnalyzedArticle> articles) =>
        articles.ToDictionary(a => a.Id, a => index.Add(a, null));

    /// <summary>The partition of article ids as a set of sorted groups, comparable across runs and orders.</summary>
    public static string Partition(IEnumerable<IEnumerable<string>> groups) =>
        string.Join(" | ", groups.Select(g => string.Join(",", g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
}
