using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Writes a story's brief, timeline and coverage matrix, and an event's brief, inside the story objects.</summary>
internal static class JsonBriefWriter
{
    public static void WriteBrief(Utf8JsonWriter json, Brief brief)
    {
        json.WriteStartObject("brief");
        WriteSentences(json, "agreed", brief.Agreed);
        WriteSentences(json, "singleSource", brief.SingleSource);
        JsonReportWriter.WriteIds(json, "conflicts", brief.Conflicts);
        json.WriteStartArray("unreliable");
        foreach (FlaggedArticle flagged in brief.Unreliable)
        {
            json.WriteStartObject();
            json.WriteString("article", flagged.Article);
            json.WriteString("outlet", flagged.Outlet);
            json.WriteNumber("reliability", Math.Round(flagged.Reliability, 3));
            JsonReportWriter.WriteIds(json, "reasons", flagged.Reasons);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteTimeline(Utf8JsonWriter json, IEnumerable<TimelineEntry> timeline)
    {
        json.WriteStartArray("timeline");
        foreach (TimelineEntry entry in timeline)
        {
            json.WriteStartObject();
            json.WriteString("event", entry.Event);
            JsonReportWriter.WriteDate(json, "date", entry.Date);
            JsonReportWriter.WriteDate(json, "dateEnd", entry.DateEnd);
            json.WriteString("label", entry.Label);
            JsonCitation.WriteObjectOrNull(json, "lead", entry.Lead);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <param name="groupIds">The source group id of each row's lead article, when the corroboration stage named one.</param>
    public static void WriteCoverage(Utf8JsonWriter json, CoverageMatrix coverage, IReadOnlyDictionary<string, string> groupIds)
    {
        json.WriteStartObject("coverage");
        json.WriteStartArray("sources");
        foreach (CoverageSource source in coverage.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", groupIds.GetValueOrDefault(source.Article));
            json.WriteString("lead", source.Article);
            json.WriteString("outlet", source.Outlet);
            JsonReportWriter.WriteIds(json, "articles", source.Articles);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonReportWriter.WriteIds(json, "facts", coverage.Facts);
        json.WriteStartArray("cells");
        foreach (var row in coverage.Cells)
        {
            JsonReportWriter.WriteIds(json, null, row.Select(ContractNames.Of));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter json, string name, IEnumerable<BriefSentence> sentences)
    {
        json.WriteStartArray(name);
        foreach (BriefSentence sentence in sentences)
        {
            json.WriteStartObject();
            JsonCitation.WriteSource(json, sentence.Source);
            JsonCitation.WriteSpan(json, sentence.Source);
            json.WriteNumber("independentSources", sentence.IndependentSources);
            JsonReportWriter.WriteIds(json, "facts", sentence.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
