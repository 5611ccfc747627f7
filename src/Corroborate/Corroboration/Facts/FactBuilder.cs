using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>Makes facts from value clusters: one fact per compatible value, cited by each article that states it.</summary>
internal static class FactBuilder
{
    public static Fact Build(string storyId, string eventId, ValueCluster cluster, IReadOnlyDictionary<string, int> order)
    {
        var ordered = cluster.Members.OrderBy(m => order.GetValueOrDefault(m.ArticleId)).ThenBy(m => m.Sentence).ToList();
        var citations = ImmutableArray.CreateBuilder<Citation>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (Statement member in ordered)
        {
            if (!cited.Contains(member.ArticleId) && member.Cite() is { } citation)
            {
                cited.Add(member.ArticleId);
                citations.Add(citation);
            }
        }

        return new Fact(
            "F" + ContentId.Of(eventId, cluster.Key.Text, cluster.Value),
            storyId,
            eventId,
            cluster.Key,
            Text(cluster, ordered),
            cluster.Value,
            cluster.SourceCount,
            cluster.SourceCount,
            citations.ToImmutable());
    }

    private static string Text(ValueCluster cluster, List<Statement> ordered)
    {
        string phrases = string.Join(" / ", ordered.Select(m => m.Phrase.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(3));
        return cluster.Kind switch
        {
            FactKind.Role => $"{cluster.Key.Words}: {cluster.Value}",
            FactKind.Duration => $"lasted {phrases}",
            FactKind.Date when cluster.Key is HappeningDateKey date => $"{Verb(date.Phase)} on {cluster.Value} ({phrases})",
            FactKind.Person => cluster.Value,
            _ => phrases,
        };
    }

    private static string Verb(HappeningPhase phase) => phase switch
    {
        HappeningPhase.Start => "began",
        HappeningPhase.End => "ended",
        HappeningPhase.Scheduled => "is scheduled",
        _ => "happened",
    };
}
