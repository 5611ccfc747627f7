using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// Everything known about one story, built once from corroboration to output: its articles, their independent
/// sources, the facts and conflicts across them, the office checks and reliability assessments, and the brief (with
/// its timeline and coverage). Reports only write a picture; nothing downstream re-indexes it.
/// </summary>
/// <param name="Articles">The story's articles in the result's article order (document, then position).</param>
/// <param name="Corroboration">What the corroboration stage found in this story.</param>
public sealed record StoryPicture(Story Story, ImmutableArray<ArticleReport> Articles, StoryCorroboration Corroboration, StoryBrief Brief)
{
    public string Id => Story.Id;

    public ImmutableArray<SourceGroup> Sources => Corroboration.Sources;

    public ImmutableArray<Fact> Facts => Corroboration.Facts;

    public ImmutableArray<Conflict> Conflicts => Corroboration.Conflicts;

    public ImmutableArray<OfficeCheck> OfficeChecks => Corroboration.OfficeChecks;

    public ImmutableArray<Assessment> Assessments => Corroboration.Assessments;
}
