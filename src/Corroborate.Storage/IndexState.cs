using System.IO.Compression;
using Corroborate.Copies;
using Corroborate.Stories;

namespace Corroborate.Storage;

/// <summary>
/// The copy and story indexes as a compressed byte stream, stored in parts of <see cref="PartBytes"/>: what a later
/// ingest restores to continue exactly where the last one stopped. Parts are written while the state is being
/// serialized and read while it is being restored, so neither side ever holds the whole state as one buffer
/// (at 100k articles it is ~140 MB compressed). zlib at the fastest level: Brotli, even at its fastest, cost
/// seconds per save at 10k articles.
/// </summary>
internal static class IndexState
{
    public const string Name = "indexes";
    public const int PartBytes = 4 << 20;

    /// <summary>
    /// Serializes both indexes, handing each finished part to <paramref name="writePart"/> in order as (number,
    /// buffer, length). The buffer is reused for the next part: copy what you keep.
    /// </summary>
    public static void Save(InMemoryCopyIndex copies, InMemoryStoryIndex stories, Action<int, byte[], int> writePart, int partBytes = PartBytes)
    {
        using var parts = new PartWriter(writePart, partBytes);
        using (var compressed = new ZLibStream(parts, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(compressed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            copies.WriteState(writer);
            stories.WriteState(writer);
        }
    }

    /// <param name="parts">The parts in order.</param>
    /// <exception cref="StoreException">The state is damaged or from another layout.</exception>
    public static (InMemoryCopyIndex Copies, InMemoryStoryIndex Stories) Load(IEnumerable<byte[]> parts, string display)
    {
        try
        {
            using var compressed = new ZLibStream(new PartReader(parts), CompressionMode.Decompress);
            using var reader = new BinaryReader(compressed, System.Text.Encoding.UTF8);
            return (InMemoryCopyIndex.ReadState(reader, new CopyOptions()), InMemoryStoryIndex.ReadState(reader, new StoryIndexOptions()));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new StoreException($"{display}: the saved index state cannot be read ({e.Message})", e);
        }
    }

    /// <summary>A write-only stream that cuts what it is given into parts.</summary>
    private sealed class PartWriter(Action<int, byte[], int> writePart, int partBytes) : Stream
    {
        private readonly byte[] _buffer = new byte[partBytes];
        private int _filled;
        private int _part;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                int take = Math.Min(buffer.Length, _buffer.Length - _filled);
                buffer[..take].CopyTo(_buffer.AsSpan(_filled));
                _filled += take;
                buffer = buffer[take..];
                if (_filled == _buffer.Length)
                {
                    Emit();
                }
            }
        }

        public override void Flush()
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && (_filled > 0 || _part == 0))
            {
                Emit();
            }

            base.Dispose(disposing);
        }

        private void Emit()
        {
            // One buffer for every part: a fresh 4 MB array per part went to the large object heap, and at 100k
            // articles each checkpoint left ~140 MB of it behind (measured: peak working set 1.66 GB → see docs/store.md).
            writePart(_part++, _buffer, _filled);
            _filled = 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A read-only stream over parts fetched one at a time.</summary>
    private sealed class PartReader(IEnumerable<byte[]> parts) : Stream
    {
        private readonly IEnumerator<byte[]> _parts = parts.GetEnumerator();
        private byte[] _current = [];
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_position == _current.Length)
            {
                if (!_parts.MoveNext())
                {
                    return 0;
                }

                (_current, _position) = (_parts.Current, 0);
            }

            int take = Math.Min(buffer.Length, _current.Length - _position);
            _current.AsSpan(_position, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _parts.Dispose();
            }

            base.Dispose(disposing);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
