using System.Text.Json;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Writes the corroboration stage's records (sources, facts, conflicts, office checks, assessments) as top-level arrays.</summary>
internal static class JsonCorroborationWriter
{
    public static void Write(Utf8JsonWriter json, AnalysisResult corroboration)
    {
        json.WriteStartArray("sources");
        foreach (SourceGroup group in corroboration.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Id);
            json.WriteString("story", group.Story);
            json.WriteString("lead", group.Lead);
            json.WriteString("outlet", group.Outlet);
            json.WriteString("origin", group.Origin);
            JsonReportWriter.WriteIds(json, "articles", group.Articles);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("facts");
        foreach (Fact fact in corroboration.Facts)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();
        json.WriteStartArray("conflicts");
        foreach (Conflict conflict in corroboration.Conflicts)
        {
            WriteConflict(json, conflict);
        }

        json.WriteEndArray();
        json.WriteStartArray("updates");
        foreach (Update update in corroboration.Updates)
        {
            WriteUpdate(json, update);
        }

        json.WriteEndArray();
        json.WriteStartArray("officeChecks");
        foreach (OfficeCheck check in corroboration.OfficeChecks)
        {
            WriteOfficeCheck(json, check);
        }

        json.WriteEndArray();
        json.WriteStartArray("assessments");
        foreach (Assessment assessment in corroboration.Assessments)
        {
            WriteAssessment(json, assessment);
        }

        json.WriteEndArray();
    }

    private static void WriteFact(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("story", fact.Story);
        json.WriteString("event", fact.Event);
        json.WriteString("kind", ContractNames.Of(fact.Kind));
        json.WriteString("key", fact.Key.Text);
        json.WriteString("text", fact.Text);
        json.WriteString("value", fact.Value);
        json.WriteNumber("independentSources", fact.IndependentSources);
        json.WriteNumber("reliableSources", fact.ReliableSources);
        json.WriteStartArray("sources");
        foreach (Citation citation in fact.Sources)
        {
            JsonCitation.WriteObject(json, citation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteConflict(Utf8JsonWriter json, Conflict conflict)
    {
        json.WriteStartObject();
        json.WriteString("id", conflict.Id);
        json.WriteString("story", conflict.Story);
        json.WriteString("event", conflict.Event);
        json.WriteString("kind", ContractNames.Of(conflict.Kind));
        json.WriteString("key", conflict.Key.Text);
        json.WriteString("summary", conflict.Summary);
        json.WriteString("record", conflict.Record);
        json.WriteStartArray("claims");
        foreach (Claim claim in conflict.Claims)
        {
            // The claim's citation is flattened into it: its article is the cited article, so the offsets check against it.
            json.WriteStartObject();
            JsonCitation.WriteSource(json, claim.Source);
            json.WriteString("text", claim.Text);
            json.WriteString("value", claim.Value);
            json.WriteNumber("independentSources", claim.IndependentSources);
            json.WriteNumber("side", claim.Side);
            JsonCitation.WriteSpan(json, claim.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUpdate(Utf8JsonWriter json, Update update)
    {
        json.WriteStartObject();
        json.WriteString("id", update.Id);
        json.WriteString("story", update.Story);
        json.WriteString("kind", ContractNames.Of(update.Key.Kind));
        json.WriteString("key", update.Key.Text);
        json.WriteString("what", update.Key.Words);
        json.WriteString("summary", update.Summary);
        WriteUpdateValue(json, "old", update.Old);
        WriteUpdateValue(json, "new", update.New);
        json.WriteStartArray("events");
        foreach (string storyEvent in new[] { update.Old.Event, update.New.Event }.Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(storyEvent);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUpdateValue(Utf8JsonWriter json, string name, UpdateValue value)
    {
        json.WriteStartObject(name);
        JsonCitation.WriteSource(json, value.Source);
        json.WriteString("text", value.Text);
        json.WriteString("value", value.Value);
        json.WriteString("event", value.Event);
        JsonReportWriter.WriteDate(json, "date", value.Date);
        JsonCitation.WriteSpan(json, value.Source);
        json.WriteEndObject();
    }

    private static void WriteOfficeCheck(Utf8JsonWriter json, OfficeCheck check)
    {
        json.WriteStartObject();
        json.WriteString("article", check.Source.Article);
        json.WriteString("event", check.Event);
        json.WriteString("office", check.Office);
        json.WriteString("claimed", check.Claimed);
        json.WriteBoolean("former", check.Former);
        JsonReportWriter.WriteDate(json, "date", check.Date);
        json.WriteString("expected", check.Expected);
        json.WriteString("verdict", ContractNames.Of(check.Verdict));
        JsonCitation.WriteSpan(json, check.Source);
        json.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter json, Assessment assessment)
    {
        json.WriteStartObject();
        json.WriteString("article", assessment.Article);
        json.WriteNumber("reliability", Math.Round(assessment.Reliability, 3));
        json.WriteBoolean("unreliable", assessment.Unreliable);
        json.WriteStartArray("reasons");
        foreach (AssessmentReason reason in assessment.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("code", reason.Code);
            json.WriteString("text", reason.Text);
            json.WriteNumber("effect", Math.Round(reason.Effect, 3));
            json.WriteString("strength", ContractNames.Of(reason.Strength));
            JsonCitation.WriteObjectOrNull(json, "evidence", reason.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("differences");
        foreach (Difference difference in assessment.Differences)
        {
            json.WriteStartObject();
            json.WriteString("key", difference.Key.Text);
            json.WriteString("states", difference.States);
            json.WriteString("corroborated", difference.Corroborated);
            JsonCitation.WriteSpan(json, difference.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
