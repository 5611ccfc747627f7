using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Corroborate.Model;

/// <summary>Stable ids from content: the same bytes or parts always give the same 16-hex-digit id.</summary>
internal static class ContentId
{
    public static string Of(ReadOnlySpan<byte> bytes) => Format(XxHash3.HashToUInt64(bytes));

    public static string Of(string text) => Of(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>An id for a thing identified by several parts, e.g. (document id, start, end).</summary>
    public static string Of(params ReadOnlySpan<string> parts) => Of(string.Join('\u001f', parts.ToArray()));

    private static string Format(ulong hash) => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
