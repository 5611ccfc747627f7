using System.Text.Json;

namespace Corroborate.Cli.Tests;

public class AnalyzeOutputTests
{
    [Fact]
    public void The_same_input_gives_byte_identical_json()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Harbour pilots in Kestrel Bay ended their strike on Friday after a pay deal. The union said 300 pilots would return to work.");
        folder.File("b.txt", "A new tram line opened in Ostvik on Saturday. The city said the line would carry 20,000 riders a day.");

        var first = CliRunner.Run("analyze", folder.Path, "--format", "json");
        var second = CliRunner.Run("analyze", folder.Path, "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Json_has_the_contract_fields()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Harbour pilots in Kestrel Bay ended their strike on Friday after a pay deal. The union said 300 pilots would return to work.");
        var outcome = CliRunner.Run("analyze", folder.Path, "--format", "json");

        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement root = json.RootElement;
        JsonElement document = root.GetProperty("documents")[0];
        Assert.All(new[] { "path", "id", "diagnostics" }, f => Assert.True(document.TryGetProperty(f, out _), f));
        JsonElement article = root.GetProperty("articles")[0];
        Assert.All(new[] { "id", "document", "start", "end", "title", "outlet", "published", "text", "truncated", "removed", "repairs", "copyOf", "copyKind", "story", "event" },
            f => Assert.True(article.TryGetProperty(f, out _), f));
        JsonElement story = root.GetProperty("stories")[0];
        Assert.All(new[] { "id", "title", "articles", "events" }, f => Assert.True(story.TryGetProperty(f, out _), f));
        Assert.All(new[] { "id", "date", "articles" }, f => Assert.True(story.GetProperty("events")[0].TryGetProperty(f, out _), f));
        Assert.Equal(article.GetProperty("story").GetString(), story.GetProperty("id").GetString());
    }

    [Fact]
    public void Markdown_report_lists_the_story_and_writes_to_a_file()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "Harbour pilots in Kestrel Bay ended their strike on Friday after a pay deal. The union said 300 pilots would return to work.");
        string report = Path.Combine(folder.Path, "report.md");
        var outcome = CliRunner.Run("analyze", folder.Path, "--out", report);

        Assert.Equal(0, outcome.ExitCode);
        string markdown = File.ReadAllText(report);
        Assert.StartsWith("# Corroborate report", markdown, StringComparison.Ordinal);
        Assert.Contains("### Event", markdown, StringComparison.Ordinal);
        Assert.Contains("a.txt", markdown, StringComparison.Ordinal);
    }
}
