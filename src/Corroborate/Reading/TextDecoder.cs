using System.Text;
using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>
/// Decodes document bytes: a BOM decides (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE: UTF-32 first, since its LE BOM begins
/// with UTF-16's); otherwise UTF-32 without BOM when three bytes of every four are zero, UTF-16 without BOM when every
/// other byte is zero, then strict UTF-8, and Windows-1252 as the last resort (with a diagnostic, since it always "works").
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, Diagnostic? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeStrict(new UTF32Encoding(false, false, true), bytes[4..], "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeStrict(new UTF32Encoding(true, false, true), bytes[4..], "utf-32be");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be");
        }

        if (LooksLikeUtf32(bytes, out bool bigEndian32))
        {
            return DecodeStrict(new UTF32Encoding(bigEndian32, false, true), bytes, bigEndian32 ? "utf-32be" : "utf-32le");
        }

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "utf-16be" : "utf-16le");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            string text = Encoding.GetEncoding(1252).GetString(bytes);
            return (text, new Diagnostic(DiagnosticSeverity.Info, "encoding-fallback", "not valid UTF-8; decoded as Windows-1252"));
        }
    }

    private static (string, Diagnostic?) DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return (encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            string text = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")).GetString(bytes);
            return (text, new Diagnostic(DiagnosticSeverity.Warning, "invalid-encoding", $"invalid {name} byte sequences were replaced with U+FFFD"));
        }
    }

    /// <summary>UTF-16 or UTF-32 (by BOM or by the pattern of zero bytes): zero bytes are normal there, not a sign of binary.</summary>
    public static bool IsWideEncoding(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || LooksLikeUtf32(bytes, out _) || LooksLikeUtf16(bytes, out _);

    /// <summary>
    /// Text in UTF-32 has zeros in the two high bytes of every four in its first few hundred bytes, and a non-zero low
    /// byte in nearly every code point: the first of each four (LE) or the last (BE).
    /// </summary>
    private static bool LooksLikeUtf32(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length, 512) & ~3;
        if (n < 8)
        {
            return false;
        }

        Span<int> zeros = stackalloc int[4];
        for (int i = 0; i < n; i++)
        {
            zeros[i & 3] += bytes[i] == 0 ? 1 : 0;
        }

        // The two highest bytes are zero below U+10000 (all living scripts); the next one only for Latin, so it is not required.
        double most = n / 4 * 0.9, few = n / 4 * 0.1;
        if (zeros[3] > most && zeros[2] > most && zeros[0] < few)
        {
            return true;
        }

        if (zeros[0] > most && zeros[1] > most && zeros[3] < few)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    /// <summary>Plain ASCII-range text in UTF-16 has a zero in every other byte of its first few hundred bytes.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length, 512) & ~1;
        if (n < 4)
        {
            return false;
        }

        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        int pairs = n / 2;
        if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.1)
        {
            return true;
        }

        if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.1)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }
}
