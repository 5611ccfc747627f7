using Corroborate.Model;
using Corroborate.Stories;

namespace Corroborate.Storage.Reading;

/// <summary>Stored stories behind the engine's interface: adding an article returns where ingest placed it.</summary>
internal sealed class StoredStoryView(IReadOnlyList<Story> stories, IReadOnlyDictionary<string, StoryAssignment> placement) : IStoryIndex
{
    public StoryAssignment Add(AnalyzedArticle article, CopyLink? copy) =>
        placement.GetValueOrDefault(article.Id) ?? new StoryAssignment(article.Id, "", "");

    public IReadOnlyList<Story> Stories() => stories;
}
