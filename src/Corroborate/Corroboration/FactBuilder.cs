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
            "F" + ContentId.Of(eventId, cluster.Key, cluster.Value),
            storyId,
            eventId,
            cluster.Kind,
            cluster.Key,
            Text(cluster, ordered),
            cluster.Value,
            cluster.SourceCount,
            citations.ToImmutable());
    }

    private static string Text(ValueCluster cluster, List<Statement> ordered)
    {
        string phrases = string.Join(" / ", ordered.Select(m => m.Phrase.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(3));
        return cluster.Kind switch
        {
            FactKind.Role => $"{RoleName(cluster.Key)}: {cluster.Value}",
            FactKind.Duration => $"lasted {phrases}",
            FactKind.Date when cluster.Key.StartsWith("date:", StringComparison.Ordinal) => $"{DateVerb(cluster.Key)} on {cluster.Value} ({phrases})",
            FactKind.Person => cluster.Value,
            _ => phrases,
        };
    }

    /// <summary>A key as words: "date:start" → "start date", "quantity:metres" → "metres", roles as <see cref="RoleName"/>.</summary>
    public static string KeyName(string key)
    {
        string[] parts = key.Split(':', 2);
        return parts[0] switch
        {
            "role" => RoleName(key),
            "date" => parts.Length > 1 && parts[1] == "held" ? "date" : $"{parts[1]} date",
            "year" => $"year of {parts[1]}",
            "quantity" => parts.Length > 1 ? parts[1] : key,
            _ => key,
        };
    }

    /// <summary>"role:GB:prime minister" → "prime minister (GB)".</summary>
    public static string RoleName(string key)
    {
        string[] parts = key.Split(':', 3);
        return parts.Length < 3 ? key : parts[1] == "-" ? parts[2] : $"{parts[2]} ({parts[1]})";
    }

    private static string DateVerb(string key) => key switch
    {
        "date:start" => "began",
        "date:end" => "ended",
        _ => "happened",
    };
}
