namespace Corroborate.Model;

/// <summary>Where one article landed when it arrived: its story and the event inside that story.</summary>
public sealed record StoryAssignment(string ArticleId, string StoryId, string EventId);
