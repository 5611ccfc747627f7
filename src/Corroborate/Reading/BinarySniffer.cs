namespace Corroborate.Reading;

/// <summary>Tells binary files (images, archives, executables) from text by the share of control bytes at their start.</summary>
internal static class BinarySniffer
{
    /// <summary>Call only for bytes that are not UTF-16, where zero bytes are normal.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 4096)];
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return head.Length > 0 && control > head.Length / 20;
    }
}
