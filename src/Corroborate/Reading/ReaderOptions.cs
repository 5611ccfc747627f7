namespace Corroborate.Reading;

/// <summary>How documents are read and decoded.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this are skipped with a diagnostic: no news page is 64 MB of text. Enforced while reading
    /// (at most this many bytes and one more are read), so a file that grows or lies about its size is cut off too.
    /// </summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The bytes one run reads at most, counted by file size in path order: the files past it are not read and are
    /// named (<see cref="InputSelection.OverBudget"/>), so a mistaken path (a whole disk) cannot fill memory.
    /// </summary>
    public long MaxRunBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an impossible limit.</summary>
    public void Validate()
    {
        if (MaxFileBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), "The largest file read must be at least one byte.");
        }

        if (MaxRunBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRunBytes), "A run must be allowed to read at least one byte.");
        }
    }
}
