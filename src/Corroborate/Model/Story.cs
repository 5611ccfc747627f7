using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>A story: articles about one topic, split into events (distinct happenings at different times).</summary>
/// <param name="Articles">Member article ids in arrival order.</param>
public sealed record Story(string Id, string Title, ImmutableArray<string> Articles, ImmutableArray<StoryEvent> Events);

/// <summary>One happening inside a story, with the date or date range derived for it when one could be.</summary>
/// <param name="Label">A short human-readable label (e.g. an ordinal cue such as "second round"), or null.</param>
public sealed record StoryEvent(string Id, DateOnly? Date, DateOnly? DateEnd, string? Label, ImmutableArray<string> Articles);
