using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Storage.Json;

/// <summary>
/// The JSON kept in text columns: a story's snapshot (members and events) and a document's reading diagnostics.
/// Written field by field so stored bytes do not depend on serializer settings.
/// </summary>
internal static class StoredJson
{
    public static string Story(Story story) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("title", story.Title);
        WriteStrings(json, "articles", story.Articles);
        json.WriteStartArray("events");
        foreach (StoryEvent e in story.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("date", Date(e.Date));
            json.WriteString("dateEnd", Date(e.DateEnd));
            json.WriteString("label", e.Label);
            WriteStrings(json, "articles", e.Articles);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static Story ReadStory(string id, string snapshot)
    {
        using var document = JsonDocument.Parse(snapshot);
        JsonElement root = document.RootElement;
        var events = root.GetProperty("events").EnumerateArray().Select(e => new StoryEvent(
            e.GetProperty("id").GetString()!,
            ParseDate(e.GetProperty("date").GetString()),
            ParseDate(e.GetProperty("dateEnd").GetString()),
            e.GetProperty("label").GetString(),
            Strings(e.GetProperty("articles")))).ToImmutableArray();
        return new Story(id, root.GetProperty("title").GetString()!, Strings(root.GetProperty("articles")), events);
    }

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics) => Write(json =>
    {
        json.WriteStartArray();
        foreach (Diagnostic d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString());
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static List<Diagnostic> ReadDiagnostics(string text)
    {
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select(d => new Diagnostic(
            Enum.Parse<DiagnosticSeverity>(d.GetProperty("severity").GetString()!),
            d.GetProperty("code").GetString()!,
            d.GetProperty("message").GetString()!))];
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ImmutableArray<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(static s => s.GetString()!)];

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
