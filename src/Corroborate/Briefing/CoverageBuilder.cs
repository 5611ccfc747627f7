using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// Sources × facts of one story. A row is an independent source, so copies and wire reprints fill one row, not
/// several. Columns are the facts worth comparing — every keyed fact, and statements two sources make — the most
/// supported kept when there are too many, shown in time order (event on the timeline, then the corroboration stage's order).
/// </summary>
internal static class CoverageBuilder
{
    /// <param name="timeline">The story's events in time order: columns follow it.</param>
    /// <param name="maxFacts">Most columns; the most supported facts are kept.</param>
    public static CoverageMatrix Build(StoryScope scope, ImmutableArray<TimelineEntry> timeline, int maxFacts)
    {
        var eventIndex = timeline.Select((e, i) => (e.Event, i)).ToDictionary(p => p.Event, p => p.i, StringComparer.Ordinal);
        List<Fact> columns = [.. scope.Facts
            .Select((fact, index) => (Fact: fact, Index: index))
            .Where(f => f.Fact.Kind != FactKind.Statement || f.Fact.IndependentSources >= 2)
            .OrderByDescending(f => f.Fact.IndependentSources).ThenBy(f => f.Index)
            .Take(maxFacts)
            .OrderBy(f => eventIndex.GetValueOrDefault(f.Fact.Event, int.MaxValue)).ThenBy(f => f.Index)
            .Select(f => f.Fact)];

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<CoverageCell>>(scope.Groups.Length);
        foreach (SourceGroup group in scope.Groups)
        {
            var members = group.Articles.Append(group.Lead).ToHashSet(StringComparer.Ordinal);
            rows.Add([.. columns.Select(fact => Cell(scope, fact, members))]);
        }

        return new CoverageMatrix(
            [.. scope.Groups.Select(g => new CoverageSource(g.Lead, g.Outlet, g.Articles))],
            [.. columns.Select(f => f.Id)],
            rows.MoveToImmutable());
    }

    private static CoverageCell Cell(StoryScope scope, Fact fact, HashSet<string> members)
    {
        if (fact.Sources.Any(c => members.Contains(c.Article)))
        {
            return CoverageCell.Confirmed;
        }

        bool contradicted = scope.Conflicts
            .Where(c => c.Event == fact.Event && c.Key == fact.Key)
            .SelectMany(c => c.Claims)
            .Any(claim => (members.Contains(claim.Article) || members.Contains(claim.Source.Article)) && claim.Value != fact.Value);
        return contradicted ? CoverageCell.Contradicted : CoverageCell.NotMentioned;
    }
}
