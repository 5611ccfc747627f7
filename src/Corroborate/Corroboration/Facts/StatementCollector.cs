using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>Turns the mentions of an event's articles into keyed statements: roles, quantities, durations, dates and people.</summary>
internal sealed class StatementCollector
{
    private readonly StoryContext _story;
    private readonly PersonResolver _people;
    private readonly Func<RoleMention, RoleKey> _keyOf;
    private readonly CorroborationOptions _options;

    public StatementCollector(StoryContext story, PersonResolver people, Func<RoleMention, RoleKey> keyOf, CorroborationOptions options)
    {
        _options = options;
        _story = story;
        _people = people;
        _keyOf = keyOf;
    }

    public List<Statement> Collect(IReadOnlyList<ArticleReport> articles)
    {
        var statements = new List<Statement>();
        foreach (ArticleReport article in articles)
        {
            string source = _story.SourceIdOf(article);
            AddRoles(statements, article, source);
            AddQuantities(statements, article, source);
            AddDurations(statements, article, source);
            AddDates(statements, article, source);
            AddPeople(statements, article, source);
        }

        return statements;
    }

    private void AddRoles(List<Statement> into, ArticleReport article, string source)
    {
        foreach (RoleMention role in article.Analyzed.Mentions.Roles)
        {
            string holder = _people.Canonical(role.Holder);
            into.Add(new Statement(_keyOf(role), holder, null,
                Phrase(article, role.Start, role.End), article, role.Sentence, source, role.Former));
        }
    }

    private static void AddQuantities(List<Statement> into, ArticleReport article, string source)
    {
        foreach (QuantityMention quantity in article.Analyzed.Mentions.Quantities)
        {
            into.Add(new Statement(new QuantityKey(CountedNouns.Key(quantity.CountedKey)),
                quantity.Value.ToString("0.###", CultureInfo.InvariantCulture), quantity.Range,
                Phrase(article, quantity.Start, quantity.End), article, quantity.Sentence, source, false, quantity.Start, quantity.End));
        }
    }

    private void AddDurations(List<Statement> into, ArticleReport article, string source)
    {
        foreach (DurationMention duration in article.Analyzed.Mentions.Durations)
        {
            if (duration.OfHappening)
            {
                // Calendar units are not exact ("a year" vs "twelve months", a month of 28–31 days).
                var range = new ValueRange(duration.Minutes.Low * _options.DurationLowFactor, duration.Minutes.High * _options.DurationHighFactor);
                into.Add(new Statement(new DurationKey(), Minutes(duration.Minutes), range,
                    Phrase(article, duration.Start, duration.End), article, duration.Sentence, source, false, duration.Start, duration.End));
            }
        }
    }

    private void AddDates(List<Statement> into, ArticleReport article, string source)
    {
        var (reference, _) = _story.ReferenceDate(article);
        ArticleMentions mentions = article.Analyzed.Mentions;

        // Relative days ("on Monday") count only from the article's own date, not from a date borrowed from its event,
        // and a relative day more than a month from it is a misread. A written date is kept at any distance: a trial
        // held last year or a vote planned for next spring is still this happening's date.
        bool relativeAllowed = article.Article.Published is not null;
        foreach (HappeningDateMention happening in mentions.HappeningDates)
        {
            DateExpression when = happening.When;
            if ((when.IsRelative && !relativeAllowed) || when.Resolve(reference) is not DateOnly date ||
                (when.IsRelative && reference is DateOnly r && Math.Abs(date.DayNumber - r.DayNumber) > _options.MaxDaysFromReference))
            {
                continue;
            }

            into.Add(new Statement(new HappeningDateKey(happening.Phase, happening.Happening), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new ValueRange(date.DayNumber, date.DayNumber), Phrase(article, when.Start, when.End), article, happening.Sentence, source, false, when.Start, when.End));
        }

        // Simple fact kinds: each keyed mention is a statement as it stands.
        foreach (KeyedMention keyed in mentions.Keyed)
        {
            into.Add(new Statement(keyed.Key, keyed.Value, keyed.Range, Phrase(article, keyed.Start, keyed.End), article, keyed.Sentence, source, false, keyed.Start, keyed.End));
        }
    }

    private void AddPeople(List<Statement> into, ArticleReport article, string source)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PersonMention person in article.Analyzed.Mentions.People)
        {
            string name = _people.Canonical(person.Name);
            if (name.Contains(' ', StringComparison.Ordinal) && seen.Add(name))
            {
                into.Add(new Statement(new PersonKey(PersonNames.Key(name)), name, null,
                    name, article, person.Sentence, source));
            }
        }
    }

    private static string Phrase(ArticleReport article, int start, int end)
    {
        string text = article.Article.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    public static string Minutes(ValueRange range)
    {
        static string Of(double minutes) => double.IsPositiveInfinity(minutes) ? "∞" : minutes.ToString("0.#", CultureInfo.InvariantCulture);
        return range.IsExact ? $"{Of(range.Low)} min" : $"{Of(range.Low)}–{Of(range.High)} min";
    }
}
