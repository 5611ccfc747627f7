using Corroborate.Model;
using Corroborate.Text.Dates;

namespace Corroborate.Stories;

/// <summary>What an article says about which happening it reports: an ordinal ("second round") and a day.</summary>
internal sealed record EventCues(OrdinalCue? Ordinal, DateOnly? Date)
{
    public static EventCues Of(AnalyzedArticle article, StoryIndexOptions options) =>
        new(OrdinalCues.Primary(OrdinalCues.Find(article.Words)), EventDate(article.Article, options));

    /// <summary>
    /// The day of the happening: the day most often mentioned (absolute or resolved relative date) within the
    /// lookback before publication — news reports what happened recently — else the publication day itself.
    /// Without a publication date only full absolute dates count, and only one named often enough: a day named once
    /// in an undated article is background (the crime a verdict's live page recalls).
    /// </summary>
    public static DateOnly? EventDate(Article article, StoryIndexOptions options)
    {
        DateOnly? pub = article.Published;
        var mentions = DateExpressions.Find(article.Text, pub);
        var inRange = mentions
            .Where(m => pub is not DateOnly p || (m.Date <= p && m.Date >= p.AddDays(-options.EventDateLookbackDays)))
            .GroupBy(static m => m.Date)
            .OrderByDescending(static g => g.Count()).ThenByDescending(static g => g.Key)
            .Where(g => pub is not null || g.Count() >= options.UndatedEventDateMinMentions)
            .Select(static g => (DateOnly?)g.Key)
            .FirstOrDefault();
        return inRange ?? pub;
    }
}
