namespace Corroborate.Storage;

/// <summary>How a store is opened.</summary>
public sealed record StoreOptions
{
    public static StoreOptions Default { get; } = new();

    /// <summary>
    /// Caps a SQLite file at this many pages (null: no cap). For tests, which produce "disk full" this way without a
    /// small disk; a host may use it as a quota.
    /// </summary>
    public long? SqliteMaxPages { get; init; }
}
