using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// When a cited sentence belongs in time, for ordering sentences of equal support: the event's date, then the
/// article's publication date, then the article's place in the story, then the sentence's place in the document.
/// Unknown dates sort last.
/// </summary>
internal readonly record struct SentenceTime(DateOnly EventDate, DateOnly Published, int Position, int Start) : IComparable<SentenceTime>
{
    public static SentenceTime Of(StoryScope scope, Citation citation, string fallbackEvent)
    {
        var article = scope.Article(citation.Article);
        StoryEvent? storyEvent = scope.Event(article?.EventId ?? fallbackEvent) ?? scope.Event(fallbackEvent);
        return new SentenceTime(
            storyEvent?.Date ?? DateOnly.MaxValue,
            article?.Article.Published ?? DateOnly.MaxValue,
            scope.PositionOf(citation.Article),
            citation.Start);
    }

    public int CompareTo(SentenceTime other)
    {
        int order = EventDate.CompareTo(other.EventDate);
        if (order == 0)
        {
            order = Published.CompareTo(other.Published);
        }

        if (order == 0)
        {
            order = Position.CompareTo(other.Position);
        }

        return order != 0 ? order : Start.CompareTo(other.Start);
    }
}
