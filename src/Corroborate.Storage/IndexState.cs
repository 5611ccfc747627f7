using System.IO.Compression;
using Corroborate.Copies;
using Corroborate.Stories;

namespace Corroborate.Storage;

/// <summary>
/// The copy and story indexes as one blob: what a later ingest restores to continue exactly where the last one
/// stopped. zlib-compressed at the fastest level (Brotli, even at its fastest, cost seconds per save at 10k articles).
/// </summary>
internal static class IndexState
{
    public const string Name = "indexes";

    public static byte[] Save(InMemoryCopyIndex copies, InMemoryStoryIndex stories)
    {
        using var buffer = new MemoryStream();
        using (var compressed = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(compressed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            copies.WriteState(writer);
            stories.WriteState(writer);
        }

        return buffer.ToArray();
    }

    /// <exception cref="StoreException">The state is damaged or from another layout.</exception>
    public static (InMemoryCopyIndex Copies, InMemoryStoryIndex Stories) Load(byte[] data, string display)
    {
        try
        {
            using var compressed = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var reader = new BinaryReader(compressed, System.Text.Encoding.UTF8);
            return (InMemoryCopyIndex.ReadState(reader, new CopyOptions()), InMemoryStoryIndex.ReadState(reader, new StoryIndexOptions()));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new StoreException($"{display}: the saved index state cannot be read ({e.Message})", e);
        }
    }
}
