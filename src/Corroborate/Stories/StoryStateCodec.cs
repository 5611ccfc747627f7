namespace Corroborate.Stories;

/// <summary>
/// One story's state as bytes, in two parts: the head that scoring a candidate needs (titles, date range, centroid)
/// and the rest that only the story an article joins needs (members, events with their centroids). A store can
/// then keep stories out of memory, cache many heads cheaply, and restore both parts exactly: centroid weights in
/// their dictionary order (sums run in that order) and the cached norm, which decisions depend on. (Scoring a story
/// can recompute its norm, so a store writes the head again after that too: see <see cref="StoryCentroid.NormRecomputed"/>.)
/// </summary>
internal static class StoryStateCodec
{
    // Bumped whenever the layout below changes; a state written by another layout is refused, not misread.
    private const int Format = 1;

    /// <summary>What scoring a story needs: id, titles, date range and centroid (with its cached norm).</summary>
    public static byte[] WriteHead(StoryState story) => Bytes(writer =>
    {
        writer.Write(story.Id);
        WriteOptional(writer, story.Title);
        WriteOptional(writer, story.FallbackTitle);
        WriteDate(writer, story.First);
        WriteDate(writer, story.Last);
        story.Centroid.Write(writer);
    });

    /// <summary>The rest: member articles and events (with their centroids, ordinal cues and dates).</summary>
    public static byte[] WriteRest(StoryState story) => Bytes(writer =>
    {
        WriteStrings(writer, story.Articles);
        writer.Write(story.Events.Count);
        foreach (EventState e in story.Events)
        {
            writer.Write(e.Id);
            WriteStrings(writer, e.Articles);
            e.Centroid.Write(writer);
            writer.Write(e.Ordinals.Count);
            foreach (OrdinalCue cue in e.Ordinals)
            {
                writer.Write(cue.Ordinal);
                WriteOptional(writer, cue.Noun);
                writer.Write(cue.WordIndex);
            }

            writer.Write(e.Dates.Count);
            foreach (DateOnly date in e.Dates)
            {
                writer.Write(date.DayNumber);
            }
        }
    });

    /// <summary>Story number <paramref name="index"/> from what <see cref="WriteHead"/> wrote; its articles and events stay empty until <see cref="ReadRest"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes were written by another layout or are damaged.</exception>
    public static StoryState ReadHead(byte[] head, int index, int centroidTerms)
    {
        using BinaryReader reader = Reader(head);
        var story = new StoryState(reader.ReadString(), index, centroidTerms)
        {
            Title = ReadOptional(reader),
            FallbackTitle = ReadOptional(reader),
        };
        story.First = ReadDate(reader);
        story.Last = ReadDate(reader);
        story.Centroid.Read(reader);
        return story;
    }

    /// <summary>Adds what <see cref="WriteRest"/> wrote to a story read by <see cref="ReadHead"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes were written by another layout or are damaged.</exception>
    public static void ReadRest(byte[] rest, StoryState story, int centroidTerms)
    {
        using BinaryReader reader = Reader(rest);
        story.Articles.AddRange(ReadStrings(reader));
        int events = reader.ReadInt32();
        for (int k = 0; k < events; k++)
        {
            var e = new EventState(reader.ReadString(), centroidTerms);
            e.Articles.AddRange(ReadStrings(reader));
            e.Centroid.Read(reader);
            int ordinals = reader.ReadInt32();
            for (int o = 0; o < ordinals; o++)
            {
                e.Ordinals.Add(new OrdinalCue(reader.ReadInt32(), ReadOptional(reader), reader.ReadInt32()));
            }

            int dates = reader.ReadInt32();
            for (int d = 0; d < dates; d++)
            {
                e.Dates.Add(DateOnly.FromDayNumber(reader.ReadInt32()));
            }

            story.Events.Add(e);
        }
    }

    private static byte[] Bytes(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            write(writer);
        }

        return buffer.ToArray();
    }

    private static BinaryReader Reader(byte[] data)
    {
        var reader = new BinaryReader(new MemoryStream(data, writable: false), System.Text.Encoding.UTF8);
        int format = reader.ReadInt32();
        if (format != Format)
        {
            reader.Dispose();
            throw new InvalidDataException($"story state has layout {format}; this version reads layout {Format}");
        }

        return reader;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteStrings(BinaryWriter writer, List<string> values)
    {
        writer.Write(values.Count);
        foreach (string value in values)
        {
            writer.Write(value);
        }
    }

    private static List<string> ReadStrings(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var values = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }

    private static void WriteDate(BinaryWriter writer, DateOnly? date) => writer.Write(date?.DayNumber ?? -1);

    private static DateOnly? ReadDate(BinaryReader reader) => reader.ReadInt32() is int day and >= 0 ? DateOnly.FromDayNumber(day) : null;
}
