using System.Collections.Immutable;

namespace Corroborate.Model;

/// <summary>A source sentence placed in a brief, with how many independent sources support what it says and which facts it carries.</summary>
public sealed record BriefSentence(Citation Source, int IndependentSources, ImmutableArray<string> Facts);

/// <summary>An article the brief warns about, with its score and the reasons in words.</summary>
public sealed record FlaggedArticle(string Article, string? Outlet, double Reliability, ImmutableArray<string> Reasons);

/// <summary>
/// An extractive brief of one event or one whole story: only source sentences, each cited in place. Agreed
/// sentences come first, ordered by how many independent sources support them, then by time.
/// </summary>
/// <param name="Agreed">Sentences stating facts that two or more independent sources confirm.</param>
/// <param name="SingleSource">Sentences stating facts only one source gives.</param>
/// <param name="Conflicts">Ids of the conflicts in this scope (see <see cref="StoryCorroboration.Conflicts"/>).</param>
/// <param name="Unreliable">Articles in this scope flagged unreliable, and why.</param>
public sealed record Brief(
    ImmutableArray<BriefSentence> Agreed,
    ImmutableArray<BriefSentence> SingleSource,
    ImmutableArray<string> Conflicts,
    ImmutableArray<FlaggedArticle> Unreliable);

/// <summary>One event on a story's timeline, introduced by its lead sentence.</summary>
public sealed record TimelineEntry(string Event, DateOnly? Date, DateOnly? DateEnd, string? Label, Citation? Lead);

/// <summary>Whether one source states, omits or contradicts one fact.</summary>
public enum CoverageCell
{
    Confirmed,
    NotMentioned,
    Contradicted,
}

/// <summary>One row of a coverage matrix: an independent source (a copy group or wire origin, named by its lead article).</summary>
public sealed record CoverageSource(string Article, string? Outlet, ImmutableArray<string> Articles);

/// <summary>Sources × facts: which independent source confirms, omits or contradicts which fact. Cells[source][fact].</summary>
public sealed record CoverageMatrix(ImmutableArray<CoverageSource> Sources, ImmutableArray<string> Facts, ImmutableArray<ImmutableArray<CoverageCell>> Cells);

/// <summary>The brief of one story: the story-wide brief, one brief per event, the timeline and the coverage matrix.</summary>
public sealed record StoryBrief(
    string Story,
    Brief Overall,
    ImmutableDictionary<string, Brief> Events,
    ImmutableArray<TimelineEntry> Timeline,
    CoverageMatrix Coverage);
