using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Reporting;

/// <summary>Writes one story's brief (per event), timeline and coverage table into the Markdown report.</summary>
internal static class MarkdownBriefWriter
{
    public static void Write(TextWriter output, StoryPicture picture)
    {
        Story story = picture.Story;
        StoryBrief brief = picture.Brief;
        var conflicts = new Dictionary<string, Conflict>(StringComparer.Ordinal);
        foreach (Conflict conflict in picture.Conflicts)
        {
            conflicts.TryAdd(conflict.Id, conflict);
        }

        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (Fact fact in picture.Facts)
        {
            facts.TryAdd(fact.Id, fact);
        }

        var assessments = picture.Assessments.ToDictionary(a => a.Article, StringComparer.Ordinal);
        output.WriteLine("### Brief");
        output.WriteLine();
        if (IsEmpty(brief.Overall))
        {
            output.WriteLine("No facts were compared across the sources of this story.");
            output.WriteLine();
        }
        else
        {
            // Events in timeline order, so the brief reads as the story unfolded.
            var events = story.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (StoryEvent storyEvent in brief.Timeline.Where(t => events.ContainsKey(t.Event)).Select(t => events[t.Event]))
            {
                if (brief.Events.GetValueOrDefault(storyEvent.Id) is { } eventBrief)
                {
                    output.WriteLine($"#### Event `{storyEvent.Id}`{MarkdownReportWriter.EventHeading(storyEvent)}");
                    output.WriteLine();
                    WriteEventBrief(output, eventBrief, conflicts, assessments);
                }
            }
        }

        WriteUpdates(output, picture.Corroboration.Updates);
        WriteTimeline(output, brief);
        MarkdownCoverageWriter.Write(output, brief.Coverage, facts);
    }

    /// <summary>Numbers that changed between reports of different days: the story moving on, listed apart from conflicts.</summary>
    private static void WriteUpdates(TextWriter output, System.Collections.Immutable.ImmutableArray<Update> updates)
    {
        if (updates.IsEmpty)
        {
            return;
        }

        output.WriteLine("#### Updates");
        output.WriteLine();
        foreach (Update update in updates)
        {
            output.WriteLine($"- {Escape(update.Key.Words)}: {Escape(update.Old.Text.Trim())} → {Escape(update.New.Text.Trim())}");
            foreach (UpdateValue value in new[] { update.Old, update.New })
            {
                output.WriteLine($"  - {value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {Outlet(value.Outlet)}: “{Escape(value.Source.Sentence)}” (`{value.Article}`)");
            }
        }

        output.WriteLine();
    }

    private static void WriteEventBrief(TextWriter output, Brief brief, IReadOnlyDictionary<string, Conflict> conflicts, IReadOnlyDictionary<string, Assessment> assessments)
    {
        if (IsEmpty(brief))
        {
            output.WriteLine("Nothing to compare in this event.");
            output.WriteLine();
            return;
        }

        WriteSentences(output, "What independent sources agree on", brief.Agreed);
        WriteSentences(output, "Claims from a single source", brief.SingleSource);
        var inScope = brief.Conflicts.Where(conflicts.ContainsKey).Select(id => conflicts[id]).ToList();
        if (inScope.Count > 0)
        {
            output.WriteLine("**Conflicts**");
            output.WriteLine();
            foreach (Conflict conflict in inScope)
            {
                output.WriteLine($"- {Escape(conflict.Summary)}");
                foreach (Claim claim in conflict.Claims)
                {
                    output.WriteLine($"  - {Outlet(claim.Outlet)}: “{Escape(claim.Text)}” (`{claim.Article}`, {Sources(claim.IndependentSources)})");
                }

                if (conflict.Record is not null)
                {
                    output.WriteLine($"  - Record: {Escape(conflict.Record)}");
                }
            }

            output.WriteLine();
        }

        if (brief.Unreliable.Length > 0)
        {
            output.WriteLine("**Flagged unreliable**");
            output.WriteLine();
            foreach (FlaggedArticle flagged in brief.Unreliable)
            {
                string reliability = flagged.Reliability.ToString("0.00", CultureInfo.InvariantCulture);
                output.WriteLine($"- {Outlet(flagged.Outlet)} (`{flagged.Article}`): reliability {reliability}");
                foreach (string reason in flagged.Reasons)
                {
                    output.WriteLine($"  - {Escape(reason)}");
                }

                // What a rewrite changed: each thing it states differently from the corroborated picture.
                foreach (Difference difference in assessments.GetValueOrDefault(flagged.Article)?.Differences ?? [])
                {
                    output.WriteLine($"  - states “{Escape(difference.States)}” where the others say “{Escape(difference.Corroborated)}”, in: “{Escape(difference.Source.Sentence)}”");
                }
            }

            output.WriteLine();
        }
    }

    private static void WriteSentences(TextWriter output, string heading, IEnumerable<BriefSentence> sentences)
    {
        bool first = true;
        foreach (BriefSentence sentence in sentences)
        {
            if (first)
            {
                output.WriteLine($"**{heading}**");
                output.WriteLine();
                first = false;
            }

            // A blank line ends the quote, so the attribution line is not folded into it.
            output.WriteLine($"> {Escape(sentence.Source.Sentence)}");
            output.WriteLine();
            output.WriteLine($"— {Cite(sentence.Source)}, {Sources(sentence.IndependentSources)}");
            output.WriteLine();
        }
    }

    private static void WriteTimeline(TextWriter output, StoryBrief brief)
    {
        if (brief.Timeline.IsEmpty)
        {
            return;
        }

        output.WriteLine("### Timeline");
        output.WriteLine();
        foreach (TimelineEntry entry in brief.Timeline)
        {
            string when = entry.Date switch
            {
                null => "undated",
                { } start when entry.DateEnd is { } end && end != start => $"{Iso(start)} to {Iso(end)}",
                { } start => Iso(start),
            };
            string label = entry.Label is null ? "" : $" — {Escape(entry.Label)}";
            string lead = entry.Lead is null ? "" : $": {Escape(entry.Lead.Sentence)} ({Cite(entry.Lead)})";
            output.WriteLine($"- **{when}**{label} (`{entry.Event}`){lead}");
        }

        output.WriteLine();
    }

    private static bool IsEmpty(Brief brief) =>
        brief.Agreed.IsEmpty && brief.SingleSource.IsEmpty && brief.Conflicts.IsEmpty && brief.Unreliable.IsEmpty;

    internal static string Cite(Citation citation) =>
        $"{Outlet(citation.Outlet)} (`{citation.Article}`, chars {citation.Start}–{citation.End})";

    internal static string Outlet(string? outlet) => outlet is null ? "unknown outlet" : $"**{Escape(outlet)}**";

    private static string Sources(int count) => count == 1 ? "1 independent source" : $"{count} independent sources";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Escape(string text) => MarkdownReportWriter.Escape(text);
}
