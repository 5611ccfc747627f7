using System.Text.Json;

namespace Corroborate.Tests.TestSupport;

/// <summary>A gold conflict: two phrases from two documents that state incompatible values.</summary>
internal sealed record GoldConflict(string Event, string Kind, string DocA, string PhraseA, string DocB, string PhraseB);

/// <summary>A gold corroborated fact: alternative phrases ("barely an hour / less than an hour") and the independent sources it needs.</summary>
internal sealed record GoldCorroborated(string Event, string[] Phrases, int IndependentSources);

/// <summary>The corroboration part of a gold reading: conflicts, corroborated facts and unreliable documents.</summary>
internal sealed record GoldFindings(IReadOnlyList<GoldConflict> Conflicts, IReadOnlyList<GoldCorroborated> Corroborated, IReadOnlySet<string> Unreliable)
{
    public static GoldFindings Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = json.RootElement;
        var conflicts = List(root, "conflicts").Select(c => new GoldConflict(
            c.GetProperty("event").GetString()!,
            c.GetProperty("kind").GetString()!,
            c.GetProperty("a").GetProperty("doc").GetString()!,
            c.GetProperty("a").GetProperty("phrase").GetString()!,
            c.GetProperty("b").GetProperty("doc").GetString()!,
            c.GetProperty("b").GetProperty("phrase").GetString()!)).ToList();
        var corroborated = List(root, "corroborated").Select(c => new GoldCorroborated(
            c.GetProperty("event").GetString()!,
            c.GetProperty("phrase").GetString()!.Split(" / "),
            c.GetProperty("independentSources").GetInt32())).ToList();
        var unreliable = List(root, "unreliable").Select(u => u.GetString()!).ToHashSet(StringComparer.Ordinal);
        return new GoldFindings(conflicts, corroborated, unreliable);
    }

    private static IEnumerable<JsonElement> List(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement list) ? list.EnumerateArray().ToList() : [];
}
