using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Cli.Tests;

/// <summary>
/// Pages anyone can write reach the report: no markup from a source may render when the Markdown report is
/// viewed, and the JSON must be safe to embed in a page. Fictional pages written for the test.
/// </summary>
public class HostileMarkupTests
{
    private const string Body =
        "The harbour board in Saltmere voted on Thursday to close the north pier for repairs. " +
        "Board chair Wenna Troy said the work would take six weeks and cost about 2 million pounds. " +
        "Fishing crews will moor at the south quay until the pier reopens.";

    private static TempFolder HostilePages()
    {
        var folder = new TempFolder();
        folder.File("entities.html",
            "<html><head><title>Pier closes &lt;script&gt;alert(1)&lt;/script&gt;</title>" +
            "<meta property=\"og:site_name\" content=\"&lt;img src=x onerror=alert(2)&gt;\"></head><body><article>" +
            "<h1>Pier closes &lt;b&gt;now&lt;/b&gt;</h1>" +
            $"<p>{Body} Details at &lt;a href=\"javascript:alert(3)\"&gt;here&lt;/a&gt; and &lt;iframe src=x&gt;.</p>" +
            "</article></body></html>");
        folder.File("plain.txt",
            "Saltmere pier shut <script>alert(4)</script>\n\n" +
            $"{Body} See [the board's notice](javascript:alert(5)) and ![map](javascript:alert(6)) or <javascript:alert(7)>.\n" +
            "Crews said the <b>closure</b> came as no surprise.\n");
        return folder;
    }

    [Fact]
    public void The_markdown_report_renders_no_markup_and_no_link_from_a_source()
    {
        using var folder = HostilePages();
        var outcome = CliRunner.Run("analyze", folder.Path, "--show-removed");

        Assert.Equal(0, outcome.ExitCode);
        CliRunner.AssertNoStackTrace(outcome);
        // The sources' words are all there, shown rather than rendered.
        Assert.Contains("Saltmere", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<(?:script|img|iframe|a|b)\\b", RegexOptions.IgnoreCase), RemoveCodeSpans(outcome.Stdout));
        Assert.DoesNotContain("](javascript:", outcome.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<javascript:", outcome.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_json_report_escapes_the_characters_that_would_end_a_script_element()
    {
        using var folder = HostilePages();
        var outcome = CliRunner.Run("analyze", folder.Path, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("<", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(">", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("&", outcome.Stdout, StringComparison.Ordinal);
        // The escapes mean the same characters: the values read back unchanged.
        using var json = JsonDocument.Parse(outcome.Stdout);
        string texts = string.Join("\n", json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Contains("<b>closure</b>", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_escapes_them_too()
    {
        using var folder = HostilePages();
        using var store = new TempFolder();
        string location = Path.Combine(store.Path, "news.db");
        Assert.Equal(0, CliRunner.Run("ingest", folder.Path, "--store", location).ExitCode);

        var outcome = CliRunner.Run("export", "--format", "jsonl", "--store", location);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Saltmere", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("&", outcome.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A code span (a document path, a repaired span) shows markup as text; only the rest could render.</summary>
    private static string RemoveCodeSpans(string markdown) => Regex.Replace(markdown, "(`+)(?:(?!\\1).)*?\\1", "");
}
