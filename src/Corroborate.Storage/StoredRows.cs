using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>An article as stored: where it is, what it says, and where copies and stories put it.</summary>
public sealed record StoredArticle(
    string Id,
    string DocumentId,
    int Index,
    int Start,
    int End,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string Text,
    bool Truncated,
    string StoryId,
    string EventId,
    CopyLink? Copy);

/// <summary>A story as listed: its snapshot plus the latest date among its events and articles.</summary>
public sealed record StoredStory(Story Story, DateOnly? LastDate)
{
    public string Id => Story.Id;
}

/// <summary>One search result, best first.</summary>
public sealed record SearchHit(string ArticleId, string? Title, string? Outlet, string StoryId, string Snippet, double Score);

/// <summary>How many of each thing a store holds.</summary>
public sealed record StoreCounts(long Documents, long Articles, long Stories);

/// <summary>What one ingest batch did.</summary>
public sealed record BatchOutcome(int Documents, int Articles, int Duplicates);
