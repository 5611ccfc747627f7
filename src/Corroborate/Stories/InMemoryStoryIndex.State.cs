using Corroborate.Model;

namespace Corroborate.Stories;

/// <summary>
/// Saving and restoring the whole state, so a store can persist the index with each batch and a later run
/// continues exactly where the last one stopped: document frequencies, the inverted index, and every story
/// and event with its centroid (including the cached norm, which decisions depend on).
/// </summary>
public sealed partial class InMemoryStoryIndex
{
    // Bumped whenever the layout below changes; a state written by another layout is refused, not misread.
    private const int StateFormat = 1;

    /// <summary>The current snapshot of the story the article was placed in, or null when it was never added.</summary>
    public Story? StoryOf(string articleId) =>
        _placed.TryGetValue(articleId, out var placed) ? placed.Story.Snapshot() : null;

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(StateFormat);
        _df.WriteState(writer);
        _candidates.WriteState(writer);
        writer.Write(_stories.Count);
        foreach (StoryState story in _stories)
        {
            writer.Write(story.Id);
            WriteOptional(writer, story.Title);
            WriteOptional(writer, story.FallbackTitle);
            WriteStrings(writer, story.Articles);
            WriteDate(writer, story.First);
            WriteDate(writer, story.Last);
            story.Centroid.WriteState(writer);
            writer.Write(story.Events.Count);
            foreach (EventState e in story.Events)
            {
                writer.Write(e.Id);
                WriteStrings(writer, e.Articles);
                e.Centroid.WriteState(writer);
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
        }
    }

    /// <summary>An index holding the state written by <see cref="WriteState"/> with the same options.</summary>
    /// <exception cref="InvalidDataException">The state was written by another layout or is damaged.</exception>
    public static InMemoryStoryIndex ReadState(BinaryReader reader, StoryIndexOptions options)
    {
        int format = reader.ReadInt32();
        if (format != StateFormat)
        {
            throw new InvalidDataException($"story index state has layout {format}; this version reads layout {StateFormat}");
        }

        var index = new InMemoryStoryIndex(options);
        index._df.ReadState(reader);
        index._candidates.ReadState(reader);
        int stories = reader.ReadInt32();
        for (int s = 0; s < stories; s++)
        {
            var story = new StoryState(reader.ReadString(), s, options.CentroidTerms)
            {
                Title = ReadOptional(reader),
                FallbackTitle = ReadOptional(reader),
            };
            story.Articles.AddRange(ReadStrings(reader));
            story.First = ReadDate(reader);
            story.Last = ReadDate(reader);
            story.Centroid.ReadState(reader);
            int events = reader.ReadInt32();
            for (int k = 0; k < events; k++)
            {
                var e = new EventState(reader.ReadString(), options.CentroidTerms);
                e.Articles.AddRange(ReadStrings(reader));
                e.Centroid.ReadState(reader);
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
                foreach (string article in e.Articles)
                {
                    index._placed[article] = (story, e);
                }
            }

            index._stories.Add(story);
        }

        return index;
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
