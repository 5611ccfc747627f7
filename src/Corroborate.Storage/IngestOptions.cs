namespace Corroborate.Storage;

/// <summary>How documents are added to a store.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Documents per transaction (default 200): a killed ingest loses at most one batch of work, never data.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>
    /// Called inside each batch's transaction just before it commits. Tests hold the transaction open here so that a
    /// process they kill dies inside a transaction, whatever the machine's speed.
    /// </summary>
    public Action? BeforeCommit { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an impossible batch size.</summary>
    public void Validate()
    {
        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), "A batch holds at least one document.");
        }
    }
}
