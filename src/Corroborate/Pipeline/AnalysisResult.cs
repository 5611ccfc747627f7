using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>One document as reported: where it came from and what went wrong with it.</summary>
public sealed record DocumentReport(string Id, string Path, DocumentFormat Format, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One article as reported: the analysis plus where copies and stories put it.</summary>
public sealed record ArticleReport(AnalyzedArticle Analyzed, CopyLink? Copy, string StoryId, string EventId)
{
    public Article Article => Analyzed.Article;
}

/// <summary>Everything a run found, in a stable order: documents by path, articles by document then position, stories by creation.</summary>
public sealed record AnalysisResult(
    ImmutableArray<DocumentReport> Documents,
    ImmutableArray<ArticleReport> Articles,
    ImmutableArray<Story> Stories,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool AnythingAnalyzed => !Articles.IsEmpty;

    /// <summary>Facts, conflicts, office checks and reliability assessments across the stories.</summary>
    public CorroborationResult Corroboration { get; init; } = CorroborationResult.Empty;

    /// <summary>One extractive brief per story, in story order.</summary>
    public ImmutableArray<StoryBrief> Briefs { get; init; } = [];
}
