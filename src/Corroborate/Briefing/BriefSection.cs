using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Briefing;

/// <summary>
/// Turns the facts of one brief section into cited sentences: one sentence per fact (facts shown by the same sentence
/// merge into it), most supported first, then in time order, capped, never a sentence already shown in the brief, and
/// only sentences the section may show.
/// </summary>
internal static class BriefSection
{
    public static ImmutableArray<BriefSentence> Build(StoryScope scope, SentencePicker picker, IEnumerable<Fact> facts, int cap, HashSet<string> shown, Func<Citation, bool> mayShow)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (Fact fact in facts)
        {
            if (picker.Pick(fact, mayShow) is not { } citation)
            {
                continue;
            }

            string key = SentenceKey.Of(citation.Sentence);
            if (shown.Contains(key))
            {
                continue;
            }

            if (!entries.TryGetValue(key, out Entry? entry))
            {
                entries[key] = entry = new Entry(citation, fact.Event, fact.ReliableSources);
                keys.Add(key);
            }
            else if (picker.Compare(citation, entry.Citation) < 0)
            {
                // The same words from two articles (copies): show the better-placed one.
                entry.Citation = citation;
                entry.Event = fact.Event;
            }

            // A sentence is as well supported as its least supported fact, never borrowing one fact's count for the rest.
            entry.Support = Math.Min(entry.Support, fact.ReliableSources);
            if (!entry.Facts.Contains(fact.Id))
            {
                entry.Facts.Add(fact.Id);
            }
        }

        var ordered = keys
            .Select(k => (Key: k, Entry: entries[k], Time: SentenceTime.Of(scope, entries[k].Citation, entries[k].Event)))
            .OrderByDescending(e => e.Entry.Support)
            .ThenBy(e => e.Time)
            .Take(cap)
            .ToList();
        foreach (var (key, _, _) in ordered)
        {
            shown.Add(key);
        }

        return [.. ordered.Select(e => new BriefSentence(e.Entry.Citation, e.Entry.Support, [.. e.Entry.Facts]))];
    }

    private sealed class Entry(Citation citation, string storyEvent, int support)
    {
        public Citation Citation { get; set; } = citation;

        public string Event { get; set; } = storyEvent;

        public int Support { get; set; } = support;

        public List<string> Facts { get; } = [];
    }
}
