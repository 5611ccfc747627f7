namespace Corroborate.Extraction;

/// <summary>What an HTML page states about itself in its head (title, site name, publication date); empty for plain text.</summary>
internal sealed record PageMetadata(string? Title, string? SiteName, DateOnly? Published)
{
    public static readonly PageMetadata None = new(null, null, null);
}
