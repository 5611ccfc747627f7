using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the JSON contract of docs/output-format.md. Written field by field,
/// not by reflection, so the order of fields is part of the contract and the output is byte-stable.
/// </summary>
public static class JsonReportWriter
{
    public const string FormatVersion = "1";

    private static readonly Brief EmptyBrief = new([], [], [], []);

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(AnalysisResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(new HtmlSafeJsonStream(output), Options);
        json.WriteStartObject();
        json.WriteString("version", FormatVersion);
        WriteDiagnostics(json, "diagnostics", result.Diagnostics);
        json.WriteStartArray("documents");
        foreach (DocumentReport document in result.Documents)
        {
            json.WriteStartObject();
            json.WriteString("path", document.Path);
            json.WriteString("id", document.Id);
            json.WriteString("format", ContractNames.Of(document.Format));
            WriteDiagnostics(json, "diagnostics", document.Diagnostics);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("articles");
        foreach (ArticleReport article in result.Articles)
        {
            WriteArticle(json, article);
        }

        json.WriteEndArray();
        json.WriteStartArray("stories");
        foreach (StoryPicture picture in result.Stories)
        {
            WriteStory(json, picture);
        }

        json.WriteEndArray();
        JsonCorroborationWriter.Write(json, result);
        json.WriteEndObject();
    }

    public static string ToJson(AnalysisResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter json, ArticleReport report)
    {
        Article article = report.Article;
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("document", article.DocumentPath);
        json.WriteString("documentId", article.DocumentId);
        json.WriteNumber("index", article.Index);
        json.WriteNumber("start", article.Start);
        json.WriteNumber("end", article.End);
        json.WriteString("title", article.Title);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("wire", article.Wire);
        WriteDate(json, "published", article.Published);
        json.WriteString("text", article.Text);
        json.WriteBoolean("truncated", article.Truncated);
        json.WriteNumber("sentences", report.Analyzed.Sentences.Length);
        json.WriteNumber("words", report.Analyzed.Words.Length);
        json.WriteStartArray("removed");
        foreach (RemovedBlock block in article.Removed)
        {
            json.WriteStartObject();
            json.WriteNumber("start", block.Start);
            json.WriteNumber("end", block.End);
            json.WriteString("kind", ContractNames.Of(block.Kind));
            json.WriteString("reason", block.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("repairs");
        foreach (Repair repair in article.Repairs)
        {
            json.WriteStartObject();
            json.WriteNumber("start", repair.Start);
            json.WriteNumber("end", repair.End);
            json.WriteString("kind", ContractNames.Of(repair.Kind));
            json.WriteString("original", repair.Original);
            json.WriteString("replacement", repair.Replacement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("copyOf", report.Copy?.CanonicalId);
        json.WriteString("copyKind", report.Copy is null ? null : ContractNames.Of(report.Copy.Kind));
        if (report.Copy is null)
        {
            json.WriteNull("copySimilarity");
        }
        else
        {
            json.WriteStartObject("copySimilarity");
            json.WriteNumber("jaccard", Math.Round(report.Copy.Jaccard, 3));
            json.WriteNumber("containment", Math.Round(report.Copy.Containment, 3));
            json.WriteEndObject();
        }

        json.WriteString("story", report.StoryId);
        json.WriteString("event", report.EventId);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryPicture picture)
    {
        Story story = picture.Story;
        StoryBrief brief = picture.Brief;
        var groupIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SourceGroup group in picture.Sources)
        {
            groupIds.TryAdd(group.Lead, group.Id);
        }

        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        WriteIds(json, "articles", story.Articles);
        json.WriteStartArray("events");
        foreach (StoryEvent storyEvent in story.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", storyEvent.Id);
            WriteDate(json, "date", storyEvent.Date);
            WriteDate(json, "dateEnd", storyEvent.DateEnd);
            json.WriteString("label", storyEvent.Label);
            WriteIds(json, "articles", storyEvent.Articles);
            JsonBriefWriter.WriteBrief(json, brief.Events.GetValueOrDefault(storyEvent.Id) ?? EmptyBrief);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonBriefWriter.WriteBrief(json, brief.Overall);
        JsonBriefWriter.WriteTimeline(json, brief.Timeline);
        JsonBriefWriter.WriteCoverage(json, brief.Coverage, groupIds);
        json.WriteEndObject();
    }

    /// <summary>An array of strings, as a property when <paramref name="name"/> is given, else as an array value.</summary>
    internal static void WriteIds(Utf8JsonWriter json, string? name, IEnumerable<string> ids)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (string id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    internal static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", ContractNames.Of(diagnostic.Severity));
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
