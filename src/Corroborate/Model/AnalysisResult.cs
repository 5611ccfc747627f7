using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>
/// Everything a run found, in a stable order: documents by path, articles by document then position, stories by
/// creation, each story as one <see cref="StoryPicture"/>. The flat lists below are the pictures' lists in story order
/// (assessments in article order), which is how the JSON contract lays them out.
/// </summary>
public sealed record AnalysisResult(
    ImmutableArray<DocumentReport> Documents,
    ImmutableArray<ArticleReport> Articles,
    ImmutableArray<StoryPicture> Stories,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool AnythingAnalyzed => !Articles.IsEmpty;

    public IEnumerable<SourceGroup> Sources => Stories.SelectMany(static s => s.Sources);

    public IEnumerable<Fact> Facts => Stories.SelectMany(static s => s.Facts);

    public IEnumerable<Conflict> Conflicts => Stories.SelectMany(static s => s.Conflicts);

    public IEnumerable<Update> Updates => Stories.SelectMany(static s => s.Corroboration.Updates);

    public IEnumerable<OfficeCheck> OfficeChecks => Stories.SelectMany(static s => s.OfficeChecks);

    /// <summary>Every article's assessment, in article order.</summary>
    public IEnumerable<Assessment> Assessments
    {
        get
        {
            var byArticle = new Dictionary<string, Assessment>(StringComparer.Ordinal);
            foreach (Assessment assessment in Stories.SelectMany(static s => s.Assessments))
            {
                byArticle.TryAdd(assessment.Article, assessment);
            }

            return Articles.Select(a => byArticle.GetValueOrDefault(a.Article.Id)).OfType<Assessment>();
        }
    }
}
