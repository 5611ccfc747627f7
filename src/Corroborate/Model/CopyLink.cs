namespace Corroborate.Model;

/// <summary>An article that copies another; <see cref="CanonicalId"/> is its group's most complete member.</summary>
public sealed record CopyLink(string ArticleId, string CanonicalId, CopyKind Kind, double Jaccard, double Containment);
