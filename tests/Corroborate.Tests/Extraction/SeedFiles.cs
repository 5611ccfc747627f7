using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

/// <summary>Finds the shared seed folder (…/shared/seeds) by walking up from the test binaries, and its gold file.</summary>
internal static class SeedFiles
{
    public static string SharedDir => TestSupport.SharedFolder.Shared;

    public static string SeedsDir => Path.Combine(SharedDir, "seeds");

    public static RawDocument Load(string name)
    {
        string path = Path.Combine(SeedsDir, name);
        return new RawDocument(ContentId.Of(File.ReadAllText(path)), path, DocumentFormat.PlainText, File.ReadAllText(path), []);
    }

    public static IReadOnlyList<GoldArticle> Gold()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedDir, "eval", "seeds-gold.json")));
        var list = new List<GoldArticle>();
        foreach (JsonElement a in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            list.Add(new GoldArticle(
                a.GetProperty("doc").GetString()!,
                a.GetProperty("title").GetString(),
                a.GetProperty("firstWords").GetString()!,
                a.GetProperty("outlet").GetString(),
                [.. a.GetProperty("mustContain").EnumerateArray().Select(e => e.GetString()!)],
                [.. a.GetProperty("mustNotContain").EnumerateArray().Select(e => e.GetString()!)]));
        }

        return list;
    }
}

internal sealed record GoldArticle(string Doc, string? Title, string FirstWords, string? Outlet, string[] MustContain, string[] MustNotContain);
