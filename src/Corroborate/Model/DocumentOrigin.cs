namespace Corroborate.Model;

/// <summary>What kind of place a document came from.</summary>
public enum OriginKind
{
    /// <summary>A file on disk: <see cref="DocumentOrigin.Location"/> is its path.</summary>
    File,

    /// <summary>A page fetched from the web: the location is its URL.</summary>
    Url,

    /// <summary>One item of a feed or a JSONL file: the location is the item's link or id, the container the feed.</summary>
    FeedItem,

    /// <summary>One record of a web archive (WARC): the location is the record's target URI, the container the archive.</summary>
    ArchiveRecord,
}

/// <summary>Where a document came from, so a citation can be traced to its place of origin.</summary>
/// <param name="Container">The file that holds the document when it is one of many (a feed, an archive); else null.</param>
public sealed record DocumentOrigin(OriginKind Kind, string Location, string? Container = null)
{
    public static DocumentOrigin File(string path) => new(OriginKind.File, path);
}

/// <summary>
/// What a source already knows about a document before extraction (a feed item's title, link, date, author). Extraction
/// takes a known value over its own reading of the page; null means unknown.
/// </summary>
public sealed record KnownMetadata(
    string? Url = null,
    string? Title = null,
    string? Outlet = null,
    DateOnly? Published = null,
    string? Author = null,
    string? Language = null)
{
    public static KnownMetadata None { get; } = new();

    public bool IsEmpty => this == None;
}
