using System.Text;
using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Tests.Reading;

public class TextDecoderTests
{
    private const string Sample = "Gr\u00fc\u00dfe from the \u201cquay\u201d \u2014 3\u00b0C";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Decodes_unicode_with_a_byte_order_mark(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];
        var (text, problem) = TextDecoder.Decode(bytes);
        Assert.Equal(Sample, text);
        Assert.Null(problem);
    }

    [Fact]
    public void Decodes_utf8_and_utf16_without_a_byte_order_mark()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)).Text);
        string ascii = "Plain words of a plain report, long enough to tell.";
        Assert.Equal(ascii, TextDecoder.Decode(Encoding.Unicode.GetBytes(ascii)).Text);
    }

    [Theory]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Decodes_utf32_without_a_byte_order_mark_by_its_zero_bytes(string encodingName)
    {
        // Read as UTF-16 (or as binary) these bytes gave text cut at the first NUL; every character must come back.
        string text = "Plain words of a plain report, long enough to tell. " + Sample + " Мост 桥";
        var (decoded, problem) = TextDecoder.Decode(Encoding.GetEncoding(encodingName).GetBytes(text));
        Assert.Equal(text, decoded);
        Assert.Null(problem);
        Assert.True(TextDecoder.IsWideEncoding(Encoding.GetEncoding(encodingName).GetBytes(text)));
    }

    [Fact]
    public void A_utf16_bom_followed_by_a_character_is_still_utf16()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("ok here")];
        Assert.Equal("ok here", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Falls_back_to_windows_1252_with_a_diagnostic()
    {
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94];
        var (text, problem) = TextDecoder.Decode(bytes);
        Assert.Equal("caf\u00e9 \u201cq\u201d", text);
        Assert.Equal("encoding-fallback", problem?.Code);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_is_replaced_and_reported()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'o', (byte)'k', 0xC3, 0x28];
        var (text, problem) = TextDecoder.Decode(bytes);
        Assert.StartsWith("ok", text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', text);
        Assert.Equal(DiagnosticSeverity.Warning, problem?.Severity);
    }
}
