namespace Corroborate.Reporting;

/// <summary>
/// A write-only stream in front of the report's JSON that writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as
/// <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>. In JSON those characters can only stand inside strings, where
/// the escape means the same character, so the document is unchanged for any reader; but a report embedded in a
/// page cannot end its script element (<c>&lt;/script&gt;</c>) or open a tag. Letters of every script, quotes and
/// dashes stay as they are (people read the JSON too), which the framework's escaping encoders do not allow.
/// </summary>
public sealed class HtmlSafeJsonStream(Stream inner) : Stream
{
    private static readonly byte[] LessThan = "\\u003C"u8.ToArray();
    private static readonly byte[] GreaterThan = "\\u003E"u8.ToArray();
    private static readonly byte[] Ampersand = "\\u0026"u8.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int special = buffer.IndexOfAny((byte)'<', (byte)'>', (byte)'&');
            if (special < 0)
            {
                inner.Write(buffer);
                return;
            }

            inner.Write(buffer[..special]);
            inner.Write(buffer[special] switch
            {
                (byte)'<' => LessThan,
                (byte)'>' => GreaterThan,
                _ => Ampersand,
            });
            buffer = buffer[(special + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
