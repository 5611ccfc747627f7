namespace Corroborate.Model;

/// <summary>One article as reported: the analysis plus where copies and stories put it.</summary>
public sealed record ArticleReport(AnalyzedArticle Analyzed, CopyLink? Copy, string StoryId, string EventId)
{
    public Article Article => Analyzed.Article;
}
