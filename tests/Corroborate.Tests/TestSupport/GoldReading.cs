using System.Text.Json;

namespace Corroborate.Tests.TestSupport;

/// <summary>One gold article of a bundle's gold.json (the format of ../shared/eval/seeds-gold.json).</summary>
internal sealed record GoldArticle(string Doc, string? Title, string FirstWords, string? Outlet, string Story, string Event, string? CopyGroup, string[] MustContain, string[] MustNotContain);

/// <summary>A bundle's gold reading: which articles its documents hold and how they group.</summary>
internal sealed record GoldReading(IReadOnlyList<GoldArticle> Articles)
{
    public static GoldReading Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => new GoldArticle(
            a.GetProperty("doc").GetString()!,
            OptionalString(a, "title"),
            a.GetProperty("firstWords").GetString()!,
            OptionalString(a, "outlet"),
            a.GetProperty("story").GetString()!,
            a.GetProperty("event").GetString()!,
            OptionalString(a, "copyGroup"),
            Strings(a, "mustContain"),
            Strings(a, "mustNotContain"))).ToList();
        return new GoldReading(articles);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
