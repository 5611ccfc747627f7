using System.Text.Json;

namespace Corroborate.Storage.Sql;

/// <summary>
/// A stored value that cannot be turned back into what was written: unparseable JSON, an unknown enum name, a bad
/// date, a binary index state of an unknown layout or of the wrong length. The store reports it as damage (exit 4),
/// never as an internal error.
/// </summary>
internal sealed class DamagedRowException(string message, Exception inner) : Exception(message, inner);

/// <summary>Wraps the decoding of stored rows, and only that: an engine error elsewhere stays an engine error.</summary>
internal static class RowDecoding
{
    /// <param name="what">What is being read, for the message ("a row of documents").</param>
    public static T Read<T>(string what, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw Damaged(what, e);
        }
    }

    public static DamagedRowException Damaged(string what, Exception e) => new($"{what} cannot be read: {e.Message}", e);

    public static bool IsDecodingFailure(Exception e) => e is JsonException or FormatException or InvalidCastException
        or ArgumentException or OverflowException or KeyNotFoundException or InvalidOperationException
        or InvalidDataException or EndOfStreamException or IndexOutOfRangeException or NullReferenceException;
}
