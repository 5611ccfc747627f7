using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Writes the human report: stories → events → articles, copies folded under their canonical.</summary>
public static class MarkdownReportWriter
{
    public static void Write(AnalysisResult result, TextWriter output, bool showRemoved = false)
    {
        var byId = result.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        int copies = result.Articles.Count(a => a.Copy is not null);
        output.WriteLine("# Corroborate report");
        output.WriteLine();
        output.WriteLine($"{result.Documents.Length} documents, {result.Articles.Length} articles ({copies} copies), {result.Stories.Length} stories.");
        output.WriteLine();

        foreach (StoryPicture picture in result.Stories)
        {
            Story story = picture.Story;
            output.WriteLine($"## {Escape(Nonempty(story.Title, "(untitled story)"))}");
            output.WriteLine();
            output.WriteLine($"Story `{story.Id}`: {story.Articles.Length} article(s), {story.Events.Length} event(s).");
            output.WriteLine();
            MarkdownBriefWriter.Write(output, picture);
            foreach (StoryEvent storyEvent in story.Events)
            {
                output.WriteLine($"### Event `{storyEvent.Id}`{EventHeading(storyEvent)}");
                output.WriteLine();
                // Copies are folded under their canonical when both are in this event; one pass groups them.
                var members = storyEvent.Articles.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
                var inEvent = members.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
                ILookup<string, ArticleReport> copiesOf = members
                    .Where(a => a.Copy is not null && inEvent.Contains(a.Copy.CanonicalId))
                    .ToLookup(a => a.Copy!.CanonicalId, StringComparer.Ordinal);
                foreach (ArticleReport article in members)
                {
                    if (article.Copy is not null && inEvent.Contains(article.Copy.CanonicalId))
                    {
                        continue;
                    }

                    WriteArticle(output, article, "- ", showRemoved);
                    foreach (ArticleReport copy in copiesOf[article.Article.Id])
                    {
                        WriteArticle(output, copy, $"  - {ContractNames.Of(copy.Copy!.Kind)} copy: ", showRemoved);
                    }
                }

                output.WriteLine();
            }
        }

        WriteProblems(result, output);
    }

    private static void WriteArticle(TextWriter output, ArticleReport report, string prefix, bool showRemoved)
    {
        Article article = report.Article;
        string outlet = article.Outlet is null ? "unknown outlet" : $"**{Escape(article.Outlet)}**";
        string title = Escape(Nonempty(article.Title, FirstWords(article.Text)));
        string date = article.Published is { } d ? $", {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
        string truncated = article.Truncated ? ", truncated" : "";
        output.WriteLine($"{prefix}{outlet}: {title} (`{article.Id}`, {MarkdownText.Code(PrintableName.Of(article.DocumentPath))}{date}{truncated})");
        if (!showRemoved)
        {
            return;
        }

        string indent = new(' ', prefix.Length - prefix.TrimStart().Length + 2);
        foreach (RemovedBlock block in article.Removed)
        {
            output.WriteLine($"{indent}- removed {ContractNames.Of(block.Kind)} [{block.Start}, {block.End}): {Escape(block.Reason)}");
        }

        foreach (Repair repair in article.Repairs)
        {
            output.WriteLine($"{indent}- repaired {ContractNames.Of(repair.Kind)} [{repair.Start}, {repair.End}): {MarkdownText.Code(repair.Original)} → {MarkdownText.Code(repair.Replacement)}");
        }
    }

    private static void WriteProblems(AnalysisResult result, TextWriter output)
    {
        var problems = result.Diagnostics.Select(d => (Path: "", Diagnostic: d))
            .Concat(result.Documents.SelectMany(doc => doc.Diagnostics.Select(d => (doc.Path, Diagnostic: d))))
            .Where(p => p.Diagnostic.Severity != DiagnosticSeverity.Info)
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine("## Problems");
        output.WriteLine();
        foreach (var (path, diagnostic) in problems)
        {
            string where = path.Length == 0 ? "" : $"{Escape(PrintableName.Of(path))}: ";
            output.WriteLine($"- {where}{ContractNames.Of(diagnostic.Severity)} `{diagnostic.Code}`: {Escape(diagnostic.Message)}");
        }

        output.WriteLine();
    }

    internal static string EventHeading(StoryEvent storyEvent)
    {
        string label = storyEvent.Label is null ? "" : $" — {Escape(storyEvent.Label)}";
        string date = storyEvent.Date switch
        {
            null => "",
            { } start when storyEvent.DateEnd is { } end && end != start => $" ({Iso(start)} to {Iso(end)})",
            { } start => $" ({Iso(start)})",
        };
        return label + date;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Nonempty(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string FirstWords(string text)
    {
        string[] words = text.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 12 ? string.Join(' ', words[..12]) + " …" : string.Join(' ', words);
    }

    internal static string Escape(string text) => MarkdownText.Escape(text);
}
