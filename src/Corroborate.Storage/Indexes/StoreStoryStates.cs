using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Corroborate.Stories;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage.Indexes;

/// <summary>
/// The story index's state in the store. Stories (with their events and centroids) are <c>story_states</c> rows
/// held in a least-recently-used cache of <see cref="CachedStories"/>; where each article was placed is a
/// <c>story_placements</c> row. Document frequencies and posting lists (<c>story_terms</c>) stay in memory, loaded
/// once per session: they grow with the vocabulary, not with the number of articles, and every article reads
/// hundreds of them. Changed rows are written back by <see cref="Flush"/>, inside the batch's transaction.
/// </summary>
internal sealed class StoreStoryStates(StoryIndexOptions options) : IStoryStates
{
    /// <summary>Stories kept in memory between batches; a story in use by the current batch is never evicted.</summary>
    public const int CachedStories = 4096;

    private readonly Dictionary<int, (StoryState Story, long LastUse)> _cache = [];
    private readonly HashSet<int> _changed = [];
    private Statements? _statements;
    private long _clock;
    private int _count = -1;

    public DocumentFrequencies Frequencies { get; } = new();

    public CandidateIndex Candidates { get; } = new(options.PostingCap);

    public int Count => _count;

    /// <summary>Starts a batch on the write transaction's statements, loading the terms when this session has not yet.</summary>
    public void Begin(Statements statements)
    {
        _statements = statements;
        if (_count >= 0)
        {
            return;
        }

        _count = Convert.ToInt32(statements.Scalar("SELECT count(*) FROM story_states"), CultureInfo.InvariantCulture);
        int documents = Convert.ToInt32(statements.Scalar("SELECT value FROM index_progress WHERE name = 'story_documents'") ?? 0L, CultureInfo.InvariantCulture);
        var counts = new List<(string, int)>();
        Candidates.Clear();
        using (DbDataReader reader = statements.Reader("SELECT feature, documents, postings FROM story_terms"))
        {
            while (reader.Read())
            {
                string feature = reader.GetString(0);
                counts.Add((feature, checked((int)reader.GetInt64(1))));
                byte[] postings = (byte[])reader.GetValue(2);
                if (postings.Length > 0)
                {
                    Candidates.Load(feature, MemoryMarshal.Cast<byte, int>(postings).ToArray());
                }
            }
        }

        Frequencies.Load(documents, counts);
        Frequencies.Changed = [];
        Candidates.Changed = [];
    }

    /// <summary>Writes back what the batch changed (terms, stories) inside its transaction, then trims the cache.</summary>
    public void Flush()
    {
        var features = new SortedSet<string>(Frequencies.Changed!, StringComparer.Ordinal);
        features.UnionWith(Candidates.Changed!);
        Upserts.Write(Sql, "story_terms", ["feature", "documents", "postings"],
            features.Select(f => new object?[] { f, (long)Frequencies.Count(f), MemoryMarshal.AsBytes(Candidates.Postings(f).ToArray().AsSpan()).ToArray() }));
        Upserts.Write(Sql, "index_progress", ["name", "value"], [["story_documents", (long)Frequencies.Documents]]);
        Upserts.Write(Sql, "story_states", ["number", "id", "data"],
            _changed.Order().Select(n => new object?[] { (long)n, _cache[n].Story.Id, StoryStateCodec.Write(_cache[n].Story) }));
        Frequencies.Changed!.Clear();
        Candidates.Changed!.Clear();
        _changed.Clear();
        _statements = null;
        if (_cache.Count > CachedStories)
        {
            foreach (int old in _cache.OrderBy(static p => p.Value.LastUse).Take(_cache.Count - CachedStories).Select(static p => p.Key).ToList())
            {
                _cache.Remove(old);
            }
        }
    }

    /// <summary>After a rollback, or when another process wrote: nothing cached can be trusted.</summary>
    public void Forget()
    {
        _cache.Clear();
        _changed.Clear();
        _statements = null;
        _count = -1;
    }

    public StoryState Get(int index)
    {
        if (_cache.TryGetValue(index, out var cached))
        {
            _cache[index] = (cached.Story, ++_clock);
            return cached.Story;
        }

        byte[] data = (byte[])(Sql.Scalar("SELECT data FROM story_states WHERE number = @number", ("@number", (long)index))
            ?? throw new InvalidDataException($"story {index} is missing from the store"));
        StoryState story = StoryStateCodec.Read(data, index, options.CentroidTerms);
        _cache[index] = (story, ++_clock);
        return story;
    }

    public void Add(StoryState story)
    {
        _cache[story.Index] = (story, ++_clock);
        _changed.Add(story.Index);
        _count++;
    }

    public void Changed(StoryState story) => _changed.Add(story.Index);

    public bool TryGetPlacement(string articleId, out StoryState story, out EventState placedIn)
    {
        (story, placedIn) = (null!, null!);
        int storyIndex;
        string eventId;
        using (DbDataReader reader = Sql.Reader("SELECT story, event_id FROM story_placements WHERE article_id = @id", ("@id", articleId)))
        {
            if (!reader.Read())
            {
                return false;
            }

            (storyIndex, eventId) = (checked((int)reader.GetInt64(0)), reader.GetString(1));
        }

        story = Get(storyIndex);
        placedIn = story.Events.FindLast(e => e.Id == eventId) ?? throw new InvalidDataException($"event {eventId} is missing from story {story.Id}");
        return true;
    }

    public void Place(string articleId, StoryState story, EventState placedIn) =>
        Sql.Execute("INSERT INTO story_placements (article_id, story, event_id) VALUES (@id, @story, @event)",
            ("@id", articleId), ("@story", (long)story.Index), ("@event", placedIn.Id));

    private Statements Sql => _statements ?? throw new InvalidOperationException("the story state is used outside a batch");
}
