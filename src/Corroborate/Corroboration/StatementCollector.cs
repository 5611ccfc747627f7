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
    private readonly Func<RoleMention, string?> _jurisdictionOf;

    public StatementCollector(StoryContext story, PersonResolver people, Func<RoleMention, string?> jurisdictionOf)
    {
        _story = story;
        _people = people;
        _jurisdictionOf = jurisdictionOf;
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
            into.Add(new Statement(new RoleKey(_jurisdictionOf(role), role.Title), holder, null,
                Phrase(article, role.Start, role.End), article, role.Sentence, source, role.Former));
        }
    }

    private static void AddQuantities(List<Statement> into, ArticleReport article, string source)
    {
        foreach (QuantityMention quantity in article.Analyzed.Mentions.Quantities)
        {
            into.Add(new Statement(new QuantityKey(CountedNouns.Key(quantity.CountedKey)),
                quantity.Value.ToString("0.###", CultureInfo.InvariantCulture), quantity.Range,
                Phrase(article, quantity.Start, quantity.End), article, quantity.Sentence, source));
        }
    }

    private static void AddDurations(List<Statement> into, ArticleReport article, string source)
    {
        foreach (DurationMention duration in article.Analyzed.Mentions.Durations)
        {
            if (duration.OfHappening)
            {
                // Calendar units are not exact ("a year" vs "twelve months", a month of 28–31 days): allow 5% either way.
                var range = new ValueRange(duration.Minutes.Low * 0.95, duration.Minutes.High * 1.05);
                into.Add(new Statement(new DurationKey(), Minutes(duration.Minutes), range,
                    Phrase(article, duration.Start, duration.End), article, duration.Sentence, source));
            }
        }
    }

    private void AddDates(List<Statement> into, ArticleReport article, string source)
    {
        var (reference, _) = _story.ReferenceDate(article);
        bool relativeAllowed = article.Article.Published is not null;
        string text = article.Article.Text;
        ImmutableArray<Sentence> sentences = article.Analyzed.Sentences;
        foreach (var (s, verbClass, date, start, end) in HappeningDates.Days(text, sentences, reference, relativeAllowed))
        {
            into.Add(new Statement(new HappeningDateKey(verbClass), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new ValueRange(date.DayNumber, date.DayNumber), Phrase(article, start, end), article, s, source));
        }

        foreach (var (s, tally, start, end) in VoteTallies.Find(text, sentences))
        {
            into.Add(new Statement(new VoteKey(), tally, null, Phrase(article, start, end), article, s, source));
        }

        foreach (var (s, thing, year, start, end) in HappeningDates.Years(text, sentences))
        {
            into.Add(new Statement(new ThingYearKey(thing), year.ToString(CultureInfo.InvariantCulture),
                new ValueRange(year, year), Phrase(article, start, end), article, s, source));
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
