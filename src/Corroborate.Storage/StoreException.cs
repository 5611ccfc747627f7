namespace Corroborate.Storage;

/// <summary>A store problem put in one line a user can act on (unreachable server, damaged file, full disk, newer schema).</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The damage line every backend and every path shares: <c>the store X is damaged (…)</c>.</summary>
    internal static StoreException Damaged(string display, string detail, Exception? inner = null)
    {
        string message = $"the store {display} is damaged ({detail}); restore it from a backup";
        return inner is null ? new StoreException(message) : new StoreException(message, inner);
    }
}
