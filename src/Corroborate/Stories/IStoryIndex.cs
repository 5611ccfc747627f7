using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>
/// The state of story and event clustering, behind an interface so it can live in memory, in a store or in a
/// cluster. Single writer: articles are added in a fixed order so ids and output stay deterministic.
/// </summary>
public interface IStoryIndex
{
    /// <summary>Adds an article (with its copy link, if any: a copy joins its canonical's story and event).</summary>
    StoryAssignment Add(AnalyzedArticle article, CopyLink? copy);

    /// <summary>The stories as they stand now, in creation order.</summary>
    IReadOnlyList<Story> Stories();
}
