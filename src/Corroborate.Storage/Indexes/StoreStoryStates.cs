using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Corroborate.Stories;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage.Indexes;

/// <summary>
/// The story index's state in the store. A story is a <c>story_states</c> row in two parts: the <c>head</c> that
/// scoring a candidate needs (titles, dates, centroid) and the <c>rest</c> that only the story an article joins needs
/// (members, events). Stories are cached least-recently-used up to <see cref="CachedFeatures"/> centroid features;
/// between batches a story keeps only its head in the cache, so many candidates fit. Where each article was placed
/// is a <c>story_placements</c> row. Document frequencies and posting lists (<c>story_terms</c>) stay in memory,
/// loaded once per session: they grow with the vocabulary, not with the number of articles, and every article reads
/// hundreds of them. New and changed rows are written by <see cref="Flush"/>, inside the batch's transaction.
/// </summary>
/// <param name="cachedFeatures">Cache size (tests make it tiny, so every batch evicts).</param>
internal sealed class StoreStoryStates(StoryIndexOptions options, int cachedFeatures = StoreStoryStates.CachedFeatures) : IStoryStates
{
    /// <summary>
    /// Centroid features (~100 bytes each) of the stories kept in memory between batches, ~150 MB: the heads of
    /// about 6,000 stories, more than the stories of one 30-day window in the synthetic benchmark.
    /// </summary>
    public const int CachedFeatures = 1_500_000;

    private readonly Dictionary<int, Cached> _cache = [];
    private readonly HashSet<int> _changed = [];
    private readonly Dictionary<string, (int Story, string EventId)> _placements = new(StringComparer.Ordinal);
    private readonly List<string> _placed = [];
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
        Upserts.Write(Sql, "story_placements", ["article_id", "story", "event_id"],
            _placed.Select(a => new object?[] { a, (long)_placements[a].Story, _placements[a].EventId }));
        Upserts.Write(Sql, "story_states", ["number", "id", "head", "rest"],
            _changed.Order().Select(n => _cache[n].Story).Select(static s => new object?[] { (long)s.Index, s.Id, StoryStateCodec.WriteHead(s), StoryStateCodec.WriteRest(s) }));

        // A story only scored, not joined, may have recomputed its cached norm: that is state too.
        var rescored = _cache.Values.Select(static c => c.Story).Where(s => s.Centroid.NormRecomputed && !_changed.Contains(s.Index)).OrderBy(static s => s.Index);
        Upserts.Update(Sql, "story_states", [("number", "BIGINT"), ("head", null)], rescored.Select(static s => new object?[] { (long)s.Index, StoryStateCodec.WriteHead(s) }));
        foreach (Cached cached in _cache.Values)
        {
            cached.Story.Centroid.NormRecomputed = false;
        }

        Frequencies.Changed!.Clear();
        Candidates.Changed!.Clear();
        _changed.Clear();
        _placements.Clear();
        _placed.Clear();
        _statements = null;
        Trim();
    }

    /// <summary>After a rollback, or when another process wrote: nothing cached can be trusted.</summary>
    public void Forget()
    {
        _cache.Clear();
        _changed.Clear();
        _placements.Clear();
        _placed.Clear();
        _statements = null;
        _count = -1;
    }

    public StoryState Head(int index)
    {
        if (!_cache.TryGetValue(index, out Cached? cached))
        {
            byte[] head = (byte[])(Sql.Scalar("SELECT head FROM story_states WHERE number = @number", ("@number", (long)index))
                ?? throw new InvalidDataException($"story {index} is missing from the store"));
            _cache[index] = cached = new Cached(RowDecoding.Read("the state of story " + index.ToString(CultureInfo.InvariantCulture), () => StoryStateCodec.ReadHead(head, index, options.CentroidTerms)));
        }

        cached.LastUse = ++_clock;
        return cached.Story;
    }

    public StoryState Get(int index)
    {
        StoryState story = Head(index);
        Cached cached = _cache[index];
        if (!cached.Full)
        {
            byte[] rest = (byte[])Sql.Scalar("SELECT rest FROM story_states WHERE number = @number", ("@number", (long)index))!;
            RowDecoding.Read("the state of story " + index.ToString(CultureInfo.InvariantCulture), () =>
            {
                StoryStateCodec.ReadRest(rest, story, options.CentroidTerms);
                return true;
            });
            cached.Full = true;
        }

        return story;
    }

    public void Add(StoryState story)
    {
        _cache[story.Index] = new Cached(story) { Full = true, LastUse = ++_clock };
        _changed.Add(story.Index);
        _count++;
    }

    public void Changed(StoryState story)
    {
        // Flush writes members and events too: a story held as a head alone would lose them.
        if (!_cache[story.Index].Full)
        {
            throw new InvalidOperationException($"story {story.Id} was changed without its members and events loaded");
        }

        _changed.Add(story.Index);
    }

    public bool TryGetPlacement(string articleId, out StoryState story, out EventState placedIn)
    {
        (story, placedIn) = (null!, null!);
        // Placements of the batch's own articles, and of the copies it meets, are asked for again and again.
        if (!_placements.TryGetValue(articleId, out var placement))
        {
            using DbDataReader reader = Sql.Reader("SELECT story, event_id FROM story_placements WHERE article_id = @id", ("@id", articleId));
            if (!reader.Read())
            {
                return false;
            }

            _placements[articleId] = placement = (checked((int)reader.GetInt64(0)), reader.GetString(1));
        }

        story = Get(placement.Story);
        string eventId = placement.EventId;
        placedIn = story.Events.FindLast(e => e.Id == eventId) ?? throw new InvalidDataException($"event {eventId} is missing from story {story.Id}");
        return true;
    }

    public void Place(string articleId, StoryState story, EventState placedIn)
    {
        _placements[articleId] = (story.Index, placedIn.Id);
        _placed.Add(articleId);
    }

    /// <summary>
    /// Between batches (everything written back): stories drop their members and events, which only a story being
    /// joined needs, and the least recently used heads go once the cache holds more than <see cref="CachedFeatures"/>.
    /// </summary>
    private void Trim()
    {
        long features = 0;
        foreach (Cached cached in _cache.Values)
        {
            if (cached.Full)
            {
                cached.Story.Articles.Clear();
                cached.Story.Events.Clear();
                cached.Full = false;
            }

            features += cached.Story.Centroid.Count;
        }

        if (features <= cachedFeatures)
        {
            return;
        }

        foreach (var (index, cached) in _cache.OrderBy(static p => p.Value.LastUse).ToList())
        {
            if (features <= cachedFeatures * 3L / 4)
            {
                break;
            }

            _cache.Remove(index);
            features -= cached.Story.Centroid.Count;
        }
    }

    private Statements Sql => _statements ?? throw new InvalidOperationException("the story state is used outside a batch");

    private sealed class Cached(StoryState story)
    {
        public StoryState Story { get; } = story;

        /// <summary>Whether the members and events are loaded (else only the head is).</summary>
        public bool Full { get; set; }

        public long LastUse { get; set; }
    }
}
