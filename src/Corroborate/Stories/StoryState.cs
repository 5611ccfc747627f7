using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>The mutable state of one story inside the index; snapshots are taken as immutable <see cref="Story"/> records.</summary>
internal sealed class StoryState(string id, int index, int centroidTerms)
{
    public string Id { get; } = id;

    public int Index { get; } = index;

    /// <summary>The title of the first member article that has one.</summary>
    public string? Title { get; set; }

    /// <summary>Shown while no member has a title: the founding article's first sentence.</summary>
    public string? FallbackTitle { get; init; }

    public List<string> Articles { get; } = [];

    public List<EventState> Events { get; } = [];

    public StoryCentroid Centroid { get; } = new(centroidTerms);

    public DateOnly? First { get; internal set; }

    public DateOnly? Last { get; internal set; }

    public void AddDate(DateOnly? date)
    {
        if (date is DateOnly d)
        {
            First = First is DateOnly f && f <= d ? f : d;
            Last = Last is DateOnly l && l >= d ? l : d;
        }
    }

    public Story Snapshot() =>
        new(Id, Title ?? FallbackTitle ?? "", [.. Articles], [.. Events.Select(static e => e.Snapshot())]);
}

/// <summary>The mutable state of one event of a story.</summary>
internal sealed class EventState(string id, int centroidTerms)
{
    public string Id { get; } = id;

    public List<string> Articles { get; } = [];

    public StoryCentroid Centroid { get; } = new(centroidTerms);

    /// <summary>Ordinal cues of member articles, counted, for the event's ordinal and label.</summary>
    public List<OrdinalCue> Ordinals { get; } = [];

    public List<DateOnly> Dates { get; } = [];

    /// <summary>The ordinal most members state (ties: the first stated), or null.</summary>
    public int? Ordinal => Ordinals.Count == 0 ? null
        : Ordinals.GroupBy(static o => o.Ordinal).OrderByDescending(static g => g.Count()).First().Key;

    public string? Label
    {
        get
        {
            int? ordinal = Ordinal;
            if (ordinal is null)
            {
                return null;
            }

            // Prefer a label with a noun ("second round") over a bare ordinal ("second").
            return Ordinals.Where(o => o.Ordinal == ordinal)
                .GroupBy(static o => o.Label)
                .OrderBy(static g => g.First().Noun is null ? 1 : 0).ThenByDescending(static g => g.Count())
                .First().Key;
        }
    }

    public Corroborate.Model.StoryEvent Snapshot()
    {
        DateOnly? first = Dates.Count == 0 ? null : Dates.Min();
        DateOnly? last = Dates.Count == 0 ? null : Dates.Max();
        return new(Id, first, last == first ? null : last, Label, [.. Articles]);
    }
}
