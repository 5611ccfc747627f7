using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Finds numbers of one story that changed between its events: a count stated on one day and a different count of
/// the same thing (the same key and the same words around it) stated on a later day, by an article of another event. A toll that rises between a story's events is the story moving on, not sources disagreeing, so these are
/// reported as updates; the conflict finder works inside one event, so it never sees them.
/// </summary>
internal sealed class UpdateFinder
{
    private readonly StoryContext _story;
    private readonly CorroborationOptions _options;

    public UpdateFinder(StoryContext story, CorroborationOptions options)
    {
        _story = story;
        _options = options;
    }

    /// <summary>The updates among the quantity statements of all the story's events, oldest value first, in a stable order.</summary>
    public List<Update> Find(IEnumerable<Statement> statements)
    {
        var updates = new List<Update>();
        var dated = statements
            .Where(s => s.Key is QuantityKey && !s.Negated && s.Range is not null && DayOf(s) is not null)
            .OrderBy(s => DayOf(s)!.Value)
            .ThenBy(s => _story.Order.GetValueOrDefault(s.ArticleId))
            .ThenBy(s => s.Sentence)
            .ThenBy(s => s.Start)
            .ToList();
        var seen = new HashSet<(string Key, string Old, string New)>();
        foreach (var key in dated.GroupBy(s => s.Key, FactKey.TextComparer).OrderBy(g => g.Key.Text, StringComparer.Ordinal))
        {
            List<Statement> all = [.. key];
            string? counted = (key.Key as QuantityKey)?.Counted;
            foreach (Statement later in all)
            {
                // The latest earlier value of the same thing: one step of the change, not every older value.
                Statement? earlier = all
                    .Where(e => DayOf(e) < DayOf(later) && e.ArticleId != later.ArticleId && EventOf(e) != EventOf(later) && !e.Range!.Value.Overlaps(later.Range!.Value) && SameThing(e, later, counted))
                    .LastOrDefault();
                if (earlier is null || StillStated(all, earlier, later, counted) || !seen.Add((key.Key.Text, earlier.Value, later.Value)))
                {
                    continue;
                }

                if (Build(key.Key, earlier, later) is { } update)
                {
                    updates.Add(update);
                }
            }
        }

        return updates;
    }

    /// <summary>
    /// Updates are changes between the story's events; within one event (one happening) two counts of one thing are
    /// sources disagreeing, and the conflict finder weighs them.
    /// </summary>
    private string EventOf(Statement statement) => _story.EventOf.TryGetValue(statement.ArticleId, out StoryEvent? e) ? e.Id : "";

    private DateOnly? DayOf(Statement statement) => _story.ReferenceDate(statement.Article).Date;

    /// <summary>
    /// One thing when the words around both numbers share enough ("the death toll rose to 14" / "death toll of six"):
    /// a stricter test than the conflict finder's, since counts of a story's different days are often of different things.
    /// </summary>
    private bool SameThing(Statement x, Statement y, string? counted) =>
        SentenceTerms.Shared(x.LocalTerms(_options.LocalWindow), y.LocalTerms(_options.LocalWindow), counted) >= _options.UpdateMinLocalShared;

    /// <summary>
    /// True when an article of the later day (or after) still states the older value of the same thing: then the two
    /// values are two things the story holds at once, not one that changed.
    /// </summary>
    private bool StillStated(List<Statement> all, Statement earlier, Statement later, string? counted) =>
        all.Any(s => DayOf(s) >= DayOf(later) && s.Range!.Value.Overlaps(earlier.Range!.Value) && !s.Range.Value.Overlaps(later.Range!.Value) && SameThing(s, later, counted));

    private Update? Build(FactKey key, Statement earlier, Statement later)
    {
        if (Value(earlier) is not { } old || Value(later) is not { } now)
        {
            return null;
        }

        string summary = $"{key.Words}: {earlier.Phrase.Trim()} ({old.Outlet ?? old.Article}, {Day(old.Date)}) → {later.Phrase.Trim()} ({now.Outlet ?? now.Article}, {Day(now.Date)})";
        return new Update("U" + ContentId.Of(_story.Story.Id, key.Text, old.Article, old.Source.Start.ToString(CultureInfo.InvariantCulture), now.Article, now.Source.Start.ToString(CultureInfo.InvariantCulture)),
            _story.Story.Id, key, summary, old, now);
    }

    private UpdateValue? Value(Statement statement)
    {
        if (statement.Cite() is not { } citation || DayOf(statement) is not DateOnly day)
        {
            return null;
        }

        return new UpdateValue(statement.ArticleId, statement.Article.Article.Outlet, statement.Phrase, statement.Value, EventOf(statement), day, citation);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
