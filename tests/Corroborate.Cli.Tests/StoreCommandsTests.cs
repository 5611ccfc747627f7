using System.Text.Json;

namespace Corroborate.Cli.Tests;

/// <summary>ingest, stories, show, search and export end to end, through the real command.</summary>
public class StoreCommandsTests
{
    [Fact]
    public void Ingest_then_list_show_search_and_export()
    {
        using TempFolder folder = StoreNews.Folder();
        string store = Path.Combine(folder.Path, "news.db");

        var ingest = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("ingested 4 documents (4 articles)", ingest.Stdout, StringComparison.Ordinal);

        var again = CliRunner.Run("ingest", Path.Combine(folder.Path, "news"), "--store", store);
        Assert.Contains("ingested 0 documents (0 articles); 4 already stored", again.Stdout, StringComparison.Ordinal);

        var stories = CliRunner.Run("stories", "--store", store);
        Assert.Equal(0, stories.ExitCode);
        string[] lines = stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        string bridgeStory = lines.Single(l => l.Contains("bridge", StringComparison.Ordinal)).Split('\t')[0];
        Assert.Contains("\t2", lines.Single(l => l.StartsWith(bridgeStory, StringComparison.Ordinal)), StringComparison.Ordinal);

        var since = CliRunner.Run("stories", "--since", "2025-04-01", "--store", store);
        Assert.Single(since.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var show = CliRunner.Run("show", bridgeStory, "--format", "json", "--store", store);
        Assert.Equal(0, show.ExitCode);
        using (var json = JsonDocument.Parse(show.Stdout))
        {
            var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
            Assert.Equal(2, articles.Count);
            Assert.Single(articles, a => a.GetProperty("copyKind").ValueKind == JsonValueKind.String);
            Assert.All(articles, a => Assert.Equal(bridgeStory, a.GetProperty("story").GetString()));
            Assert.Equal(bridgeStory, json.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());

            string articleId = articles[0].GetProperty("id").GetString()!;
            var one = CliRunner.Run("show", articleId, "--format", "json", "--store", store);
            using var single = JsonDocument.Parse(one.Stdout);
            Assert.Equal(articleId, single.RootElement.GetProperty("articles")[0].GetProperty("id").GetString());
        }

        var markdown = CliRunner.Run("show", bridgeStory, "--store", store);
        Assert.Contains("Marrowby", markdown.Stdout, StringComparison.Ordinal);

        var search = CliRunner.Run("search", "bakeries rival", "--store", store);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("Greywater Bakeries buys its rival Sunloaf", search.Stdout, StringComparison.Ordinal);
        Assert.Contains("[", search.Stdout, StringComparison.Ordinal);

        var export = CliRunner.Run("export", "--format", "jsonl", "--store", store);
        Assert.Equal(0, export.ExitCode);
        string[] exported = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, exported.Length);
        Assert.All(exported, line =>
        {
            using var story = JsonDocument.Parse(line);
            Assert.Equal("1", story.RootElement.GetProperty("version").GetString());
            Assert.Equal(1, story.RootElement.GetProperty("stories").GetArrayLength());
        });
    }

    [Fact]
    public void The_default_store_is_corroborate_db_here_unless_CORROBORATE_STORE_names_another()
    {
        using TempFolder folder = StoreNews.Folder();
        string news = Path.Combine(folder.Path, "news");

        Assert.Equal(0, CliRunner.RunIn(folder.Path, null, "ingest", news).ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "corroborate.db")));

        string other = Path.Combine(folder.Path, "other.db");
        var environment = new Dictionary<string, string> { ["CORROBORATE_STORE"] = other };
        Assert.Equal(0, CliRunner.RunIn(folder.Path, environment, "ingest", Path.Combine(news, "chess.txt")).ExitCode);
        var stories = CliRunner.RunIn(folder.Path, environment, "stories");
        Assert.Single(stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
