namespace Corroborate.Reading;

/// <summary>How documents are read and decoded.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are skipped with a diagnostic: no news page is 64 MB of text.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an impossible limit.</summary>
    public void Validate()
    {
        if (MaxFileBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), "The largest file read must be at least one byte.");
        }
    }
}
