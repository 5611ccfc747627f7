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
}
