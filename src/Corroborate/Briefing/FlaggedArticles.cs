using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>The articles of a scope whose assessment falls below the reliability line, in story order, with the reasons in words.</summary>
internal static class FlaggedArticles
{
    public static ImmutableArray<FlaggedArticle> Of(StoryScope scope, string? eventId)
    {
        var flagged = ImmutableArray.CreateBuilder<FlaggedArticle>();
        foreach (Assessment assessment in scope.Assessments)
        {
            var article = scope.Article(assessment.Article);
            if (!assessment.Unreliable || article is null || (eventId is not null && article.EventId != eventId))
            {
                continue;
            }

            flagged.Add(new FlaggedArticle(assessment.Article, article.Article.Outlet, assessment.Reliability, [.. assessment.Reasons.Select(r => r.Text)]));
        }

        return flagged.ToImmutable();
    }
}
