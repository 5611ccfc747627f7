using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>
/// Saving and restoring the whole state, so a store can persist the index with each batch and a later run
/// continues exactly where the last one stopped (same candidates, same groups, same links).
/// </summary>
public sealed partial class InMemoryCopyIndex
{
    // Bumped whenever the layout below changes; a state written by another layout is refused, not misread.
    private const int StateFormat = 1;

    /// <summary>Writes the full state: entries in arrival order, the copy groups and the LSH buckets.</summary>
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(StateFormat);
        writer.Write(_entries.Count);
        foreach (Entry entry in _entries)
        {
            writer.Write(entry.Id);
            writer.Write(entry.Signature?.Length ?? -1);
            foreach (uint value in entry.Signature ?? [])
            {
                writer.Write(value);
            }

            writer.Write(entry.Shingles);
            writer.Write(entry.Words);
            writer.Write(entry.Sequence);
            writer.Write(entry.Partner);
            writer.Write((int)entry.Edge.Kind);
            writer.Write(entry.Edge.Jaccard);
            writer.Write(entry.Edge.Containment);
        }

        _groups.WriteState(writer);
        _lsh.WriteState(writer);
    }

    /// <summary>An index holding the state written by <see cref="WriteState"/> with the same options.</summary>
    /// <exception cref="InvalidDataException">The state was written by another layout or is damaged.</exception>
    public static InMemoryCopyIndex ReadState(BinaryReader reader, CopyOptions options)
    {
        int format = reader.ReadInt32();
        if (format != StateFormat)
        {
            throw new InvalidDataException($"copy index state has layout {format}; this version reads layout {StateFormat}");
        }

        var index = new InMemoryCopyIndex(options);
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            string id = reader.ReadString();
            int length = reader.ReadInt32();
            uint[]? signature = length < 0 ? null : new uint[length];
            for (int k = 0; k < length; k++)
            {
                signature![k] = reader.ReadUInt32();
            }

            int shingles = reader.ReadInt32();
            int words = reader.ReadInt32();
            ulong sequence = reader.ReadUInt64();
            int partner = reader.ReadInt32();
            var edge = new Edge((CopyKind)reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble());
            index._entries.Add(new Entry(id, signature, shingles, words, sequence) { Partner = partner, Edge = edge });
            index._byId.Add(id, i);

            // As in Add: only articles long enough to be signed are reachable by their word sequence, first one wins.
            if (signature is not null)
            {
                index._bySequence.TryAdd(sequence, i);
            }
        }

        index._groups.ReadState(reader);
        index._lsh.ReadState(reader);
        return index;
    }
}
