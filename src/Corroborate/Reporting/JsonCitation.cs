using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>
/// Writes a citation's fields into the current JSON object. Checkers treat any object with article, sentence, start
/// and end as a citation, so these fields always come together and always describe the same cited sentence.
/// </summary>
internal static class JsonCitation
{
    /// <summary>article, outlet, then the rest of the object's fields, then sentence, start, end.</summary>
    public static void WriteSource(Utf8JsonWriter json, Citation citation)
    {
        json.WriteString("article", citation.Article);
        json.WriteString("outlet", citation.Outlet);
    }

    public static void WriteSpan(Utf8JsonWriter json, Citation citation)
    {
        json.WriteString("sentence", citation.Sentence);
        json.WriteNumber("start", citation.Start);
        json.WriteNumber("end", citation.End);
    }

    public static void WriteObject(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        WriteSource(json, citation);
        WriteSpan(json, citation);
        json.WriteEndObject();
    }

    public static void WriteObjectOrNull(Utf8JsonWriter json, string name, Citation? citation)
    {
        if (citation is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WritePropertyName(name);
        WriteObject(json, citation);
    }
}
