using System.Collections.Immutable;
using Corroborate.Corroboration.Offices;
using Corroborate.Corroboration.Reliability;
using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// The corroboration stage: per story, group articles into independent sources, align what they state per event into
/// facts, find conflicts, check roles against the office record, then assess each article. Stories are independent:
/// the pipeline runs them in parallel. Output order is event, then key.
/// </summary>
public sealed class Corroborator
{
    private readonly OfficeChecker? _offices;
    private readonly CorroborationOptions _options;
    private readonly ReliabilityAssessor _reliability;

    /// <param name="registry">The office-holder record role mentions are checked against; null turns the check off.</param>
    public Corroborator(OfficeRegistry? registry = null, CorroborationOptions? options = null)
    {
        _options = options ?? CorroborationOptions.Default;
        _options.Validate();
        _offices = registry is null ? null : new OfficeChecker(registry);
        _reliability = new ReliabilityAssessor(_options.Reliability);
    }

    public CorroborationOptions Options => _options;

    public static Corroborator Default { get; } = new(OfficeRegistry.Default);

    /// <summary>
    /// Corroborates one story. <paramref name="knownOutlets"/> (outlet keys, <see cref="OutletNames.Key"/>) is the one
    /// input wider than the story: a reference list is checked against every outlet the corpus holds a report from.
    /// </summary>
    /// <param name="articles">The story's articles, in the order their assessments are listed.</param>
    public StoryCorroboration Corroborate(Story story, IReadOnlyList<ArticleReport> articles, IReadOnlySet<string> knownOutlets)
    {
        StoryFindings findings = Find(story, articles);
        var conflictsByArticle = findings.Conflicts
            .SelectMany(c => c.Claims.Select(claim => (claim.Article, Conflict: c)))
            .ToLookup(p => p.Article, p => p.Conflict, StringComparer.Ordinal);
        var checksByArticle = findings.OfficeChecks.ToLookup(c => c.Article, StringComparer.Ordinal);
        var quotes = new StoryQuotes(articles, findings.Context.SourceIdOf, _options.Reliability);
        Func<string, string> sourceOf = id => findings.Context.SourceOf.GetValueOrDefault(id, id);
        var published = articles.ToDictionary(a => a.Article.Id, a => a.Article.Published, StringComparer.Ordinal);
        Func<string, DateOnly?> publishedOf = id => published.GetValueOrDefault(id);

        Dictionary<string, ArticleSigns> signs = SignsOf(articles, findings.Context);

        // Who is flagged changes who the majority is, so assess until the flagged set settles (it does in a round or
        // two; the cap keeps a pathological story from cycling).
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<Assessment> assessments = [];
        for (int round = 0; round < _options.Reliability.MaxRounds; round++)
        {
            var sides = new StorySides(sourceOf, flagged, publishedOf);
            assessments = [.. articles.Select(a => _reliability.Assess(a, [.. checksByArticle[a.Article.Id]], [.. conflictsByArticle[a.Article.Id].Distinct()], knownOutlets, quotes, sides, signs[a.Article.Id]))];
            var now = assessments.Where(a => a.Unreliable).Select(a => a.Article).ToHashSet(StringComparer.Ordinal);
            if (now.SetEquals(flagged))
            {
                break;
            }

            flagged = now;
            if (round == _options.Reliability.MaxRounds - 1)
            {
                // Out of rounds: score once more against the set the facts will use, so reasons and counts agree.
                assessments = [.. articles.Select(a => _reliability.Assess(a, [.. checksByArticle[a.Article.Id]], [.. conflictsByArticle[a.Article.Id].Distinct()], knownOutlets, quotes, new StorySides(sourceOf, flagged, publishedOf), signs[a.Article.Id]))];
            }
        }

        var facts = findings.Facts.Select(f => WithReliableSources(f, findings.Context, flagged)).ToList();
        return new StoryCorroboration(findings.Sources, [.. facts], [.. findings.Conflicts], [.. findings.OfficeChecks], assessments)
        {
            Updates = [.. findings.Updates],
        };
    }

    /// <summary>What each article's own text shows; sensational wording is measured against the story's other reports.</summary>
    private Dictionary<string, ArticleSigns> SignsOf(IReadOnlyList<ArticleReport> articles, StoryContext context)
    {
        ReliabilityOptions options = _options.Reliability;
        var hype = articles.Select(a => HypeWords.Of(a.Analyzed)).ToList();
        double[] rates = [.. hype.Select(h => h.Rate).Order()];
        var signs = new Dictionary<string, ArticleSigns>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++)
        {
            double median = MedianWithout(rates, hype[i].Rate);
            bool sensational = hype[i].Distinct.Count >= options.HypeFrom && hype[i].Rate >= options.HypeOverStory * Math.Max(median, options.HypeRateFloor);
            signs[articles[i].Article.Id] = new ArticleSigns(
                CalendarSlips.Of(articles[i], context.ReferenceDate(articles[i]).Date),
                sensational ? hype[i].Distinct : []);
        }

        return signs;
    }

    /// <summary>The median of <paramref name="sorted"/> with one occurrence of <paramref name="own"/> left out (0 when none is left).</summary>
    private static double MedianWithout(double[] sorted, double own)
    {
        int others = sorted.Length - 1;
        if (others <= 0)
        {
            return 0;
        }

        int middle = others / 2;
        int ownAt = Array.BinarySearch(sorted, own);
        while (ownAt > 0 && sorted[ownAt - 1] == own)
        {
            ownAt--;
        }

        return ownAt <= middle ? sorted[middle + 1] : sorted[middle];
    }

    /// <summary>A flagged article confirms nothing: a fact's reliable sources are those with an unflagged article citing it.</summary>
    private static Fact WithReliableSources(Fact fact, StoryContext context, HashSet<string> flagged)
    {
        if (!fact.Sources.Any(c => flagged.Contains(c.Article)))
        {
            return fact;
        }

        int reliable = fact.Sources
            .Where(c => !flagged.Contains(c.Article))
            .Select(c => context.SourceOf.GetValueOrDefault(c.Article, c.Article))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return reliable == fact.ReliableSources ? fact : fact with { ReliableSources = Math.Min(reliable, fact.IndependentSources) };
    }

    /// <summary>The outlet keys of <paramref name="articles"/>: what <see cref="Corroborate"/> checks reference lists against.</summary>
    public static IReadOnlySet<string> OutletsOf(IEnumerable<ArticleReport> articles) =>
        articles.Select(a => a.Article.Outlet).OfType<string>().Select(OutletNames.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    private StoryFindings Find(Story story, IReadOnlyList<ArticleReport> articles)
    {
        ImmutableArray<SourceGroup> sources = SourceGrouper.Group(story, articles);
        var context = new StoryContext(story, articles, sources);
        var people = new PersonResolver(articles.SelectMany(a => a.Analyzed.Mentions.People.Select(p => p.Name)
            .Concat(a.Analyzed.Mentions.Roles.Select(r => r.Holder))));
        Func<RoleMention, string?> recorded = _offices is null ? r => r.Jurisdiction : _offices.JurisdictionOf;
        var roles = new StoryRoles(articles, recorded, _options);
        var collector = new StatementCollector(context, people, roles.KeyOf, _options);
        var conflictFinder = new ConflictFinder(context, _options);

        var facts = new List<Fact>();
        var conflicts = new List<Conflict>();
        var everyStatement = new List<Statement>();
        foreach (StoryEvent storyEvent in story.Events)
        {
            IReadOnlyList<ArticleReport> members = context.EventArticles[storyEvent.Id];
            List<Statement> statements = collector.Collect(members);
            everyStatement.AddRange(statements);
            var byKey = statements
                .OrderBy(s => context.Order.GetValueOrDefault(s.ArticleId))
                .ThenBy(s => s.Sentence)
                .GroupBy(s => s.Key, FactKey.TextComparer)
                .OrderBy(g => g.Key.Text, StringComparer.Ordinal)
                .ToList();

            foreach (IGrouping<FactKey, Statement> key in byKey)
            {
                foreach (ValueCluster cluster in ValueCluster.Of(key.Where(s => !s.Negated), _options.OpenRangeJoinMaxRatio))
                {
                    facts.Add(FactBuilder.Build(story.Id, storyEvent.Id, cluster, context.Order));
                }
            }

            facts.AddRange(SentenceAligner.Align(context, storyEvent, members, _options));
            foreach (Conflict conflict in conflictFinder.Find(storyEvent, byKey))
            {
                conflicts.Add(WithRecord(conflict, context, members));
            }
        }

        var checks = _offices is null
            ? []
            : articles.SelectMany(a => _offices.Check(context, a, roles.KeyOf)).ToList();
        conflicts.RemoveAll(conflict => EachSideRightForItsDate(conflict, checks));
        List<Update> updates = new UpdateFinder(context, _options).Find(everyStatement);
        return new StoryFindings(context, sources, facts, conflicts, checks, updates);
    }

    /// <summary>
    /// Two holders of one office where the record confirms every claim on its own article's date: the event mixes
    /// reports of two periods (one office, two successive holders), and no source is wrong.
    /// </summary>
    private static bool EachSideRightForItsDate(Conflict conflict, List<OfficeCheck> checks) =>
        conflict.Kind == ConflictKind.Role
        && conflict.Claims.Select(c => c.Value).Distinct(StringComparer.Ordinal).Skip(1).Any()
        && conflict.Claims.All(claim => checks.Any(check => check.Article == claim.Article && check.Verdict == OfficeVerdict.Matches
            && !check.Former && PersonNames.SameAs(check.Claimed, claim.Value)));

    private Conflict WithRecord(Conflict conflict, StoryContext context, IReadOnlyList<ArticleReport> members)
    {
        if (_offices is null || conflict.Key is not RoleKey { Jurisdiction: { } jurisdiction } role)
        {
            return conflict;
        }

        DateOnly? day = members.Select(m => context.ReferenceDate(m).Date).FirstOrDefault(d => d is not null);
        return day is DateOnly d && _offices.RecordFor(jurisdiction, role.Title, d) is { } record ? conflict with { Record = record } : conflict;
    }

    private sealed record StoryFindings(StoryContext Context, ImmutableArray<SourceGroup> Sources, List<Fact> Facts, List<Conflict> Conflicts, List<OfficeCheck> OfficeChecks, List<Update> Updates);
}
