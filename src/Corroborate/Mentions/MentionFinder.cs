using Corroborate.Model;

namespace Corroborate.Mentions;

/// <summary>The mentions stage: people, roles, quantities, durations, quotes and referenced outlets of one article.</summary>
public static class MentionFinder
{
    public static ArticleMentions Find(AnalyzedArticle article, string documentText) => ArticleMentions.Empty;
}
