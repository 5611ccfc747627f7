namespace Corroborate.Reading;

public sealed record ReaderOptions
{
    /// <summary>Files larger than this are skipped with a diagnostic: no news page is 64 MB of text.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
