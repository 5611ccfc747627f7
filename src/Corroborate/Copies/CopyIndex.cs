using System.Buffers;
using System.Runtime.InteropServices;
using Corroborate.Model;

namespace Corroborate.Copies;

/// <summary>
/// Copy detection: shingles → MinHash → LSH candidates (Jaccard bands and prefix keys) → confirmation by Jaccard
/// and containment → union-find groups whose canonical is the most complete member.
/// <para>
/// Per article the index keeps only its MinHash signature (128 × 4 bytes), its distinct shingle count, word count
/// and word-sequence hash, not its shingle set (≈ 8 bytes × words). Confirmation compares the stored signature
/// of an indexed article with the full shingle set of the arriving one, which is in hand while it is added: the
/// share of the indexed article's MinHash samples found in that set estimates |A∩B|/|A| without bias (±0.04).
/// Lower <see cref="CopyOptions.Permutations"/> and <see cref="CopyOptions.Bands"/> to trade accuracy for memory.
/// </para>
/// What it learned lives in an <see cref="ICopyState"/>: in memory (<see cref="InMemoryCopyIndex"/>) or in a store,
/// with the same decisions either way. Single writer: not thread-safe; the same input order always gives the same
/// groups and links.
/// </summary>
public class CopyIndex : ICopyIndex
{
    private readonly CopyOptions _options;
    private readonly MinHasher _minHasher;
    private readonly LshKeys _lsh;
    private readonly CopyClassifier _classifier;
    private readonly ICopyState _state;
    private readonly CopyGroups _groups;
    private readonly List<int> _candidateScratch = [];

    internal CopyIndex(CopyOptions options, ICopyState state)
    {
        options.Validate();
        _options = options;
        _minHasher = new MinHasher(options.Permutations, options.Seed);
        _lsh = new LshKeys(options);
        _classifier = new CopyClassifier(options);
        _state = state;
        _groups = new CopyGroups(state);
    }

    public int Count => _state.Count;

    /// <summary>Adds an article; adding an id a second time changes nothing and returns its current link.</summary>
    public CopyLink? Add(AnalyzedArticle article)
    {
        if (_state.TryGetNumber(article.Id, out int known))
        {
            return LinkOf(known);
        }

        var words = article.Words;
        int index = _state.Count;
        if (words.Length < _options.MinWords)
        {
            _state.Append(CopyRecord.Alone(index, article.Id, null, 0, words.Length, 0));
            return null;
        }

        int shingleCount = Shingler.Count(words.Length, _options.ShingleSize);
        ulong[] wordHashes = ArrayPool<ulong>.Shared.Rent(words.Length);
        ulong[] inOrder = ArrayPool<ulong>.Shared.Rent(shingleCount);
        ulong[] distinct = ArrayPool<ulong>.Shared.Rent(shingleCount);
        uint[] lowBits = ArrayPool<uint>.Shared.Rent(shingleCount);
        ulong[] keys = ArrayPool<ulong>.Shared.Rent(_lsh.MaxKeys);
        try
        {
            Span<ulong> hashes = wordHashes.AsSpan(0, words.Length);
            Shingler.HashWords(words, hashes);
            ulong sequence = Shingler.SequenceHash(hashes);
            Shingler.Shingle(hashes, _options.ShingleSize, inOrder);
            inOrder.AsSpan(0, shingleCount).CopyTo(distinct);
            int distinctCount = Shingler.SortDistinct(distinct.AsSpan(0, shingleCount));

            var signature = new uint[_minHasher.Permutations];
            _minHasher.Compute(distinct.AsSpan(0, distinctCount), signature);
            Span<uint> lows = lowBits.AsSpan(0, distinctCount);
            for (int i = 0; i < distinctCount; i++)
            {
                lows[i] = (uint)distinct[i];
            }

            lows.Sort();
            var entry = CopyRecord.Alone(index, article.Id, signature, distinctCount, words.Length, sequence);
            _state.Append(entry);

            int keyCount = _lsh.Keys(signature, inOrder.AsSpan(0, shingleCount), keys);
            ReadOnlySpan<ulong> keySpan = keys.AsSpan(0, keyCount);
            Confirm(index, entry, lows, Candidates(sequence, keySpan));
            _state.AddToBuckets(keySpan, index);
            _state.AddSequence(sequence, index);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(wordHashes);
            ArrayPool<ulong>.Shared.Return(inOrder);
            ArrayPool<ulong>.Shared.Return(distinct);
            ArrayPool<uint>.Shared.Return(lowBits);
            ArrayPool<ulong>.Shared.Return(keys);
        }

        return LinkOf(index);
    }

    public CopyLink? LinkOf(string articleId) =>
        _state.TryGetNumber(articleId, out int index) ? LinkOf(index) : null;

    public IReadOnlyList<string> GroupOf(string articleId) =>
        _state.TryGetNumber(articleId, out int index)
            ? _groups.Members(index).ConvertAll(m => _state.Get(m).Id)
            : [];

    /// <summary>Candidates ranked by shared keys (an exact-sequence match first), ties by arrival; at most <see cref="CopyOptions.MaxCandidates"/>.</summary>
    private List<(int Article, int Hits)> Candidates(ulong sequence, ReadOnlySpan<ulong> keys)
    {
        List<int> found = _candidateScratch;
        found.Clear();
        _state.QueryBuckets(keys, found);
        found.Sort();
        var ranked = new List<(int Article, int Hits)>();
        for (int i = 0; i < found.Count;)
        {
            int j = i;
            while (j < found.Count && found[j] == found[i])
            {
                j++;
            }

            ranked.Add((found[i], j - i));
            i = j;
        }

        if (_state.TryGetBySequence(sequence, out int same))
        {
            ranked.Add((same, int.MaxValue));
        }

        ranked.Sort(static (x, y) => x.Hits != y.Hits ? y.Hits.CompareTo(x.Hits) : x.Article.CompareTo(y.Article));
        if (ranked.Count > _options.MaxCandidates)
        {
            ranked.RemoveRange(_options.MaxCandidates, ranked.Count - _options.MaxCandidates);
        }

        return ranked;
    }

    private void Confirm(int index, CopyRecord added, ReadOnlySpan<uint> addedLowBits, List<(int Article, int Hits)> candidates)
    {
        _state.Prefetch(candidates.ConvertAll(static c => c.Article));
        int lastArticle = -1;
        foreach (var (candidate, _) in candidates)
        {
            // The same article can come twice (exact route and buckets); a candidate already in our
            // group adds nothing: one confirmed member links the whole group.
            if (candidate == lastArticle || _groups.Find(candidate) == _groups.Find(index))
            {
                continue;
            }

            lastArticle = candidate;
            CopyRecord other = _state.Get(candidate);
            double sampled = MinHasher.SampleContainment(other.Signature, addedLowBits);
            CopyVerdict verdict = _classifier.Classify(
                other.Sequence == added.Sequence,
                sampled * other.Shingles,
                other.Shingles,
                added.Shingles,
                other.Words,
                added.Words);
            if (verdict.Kind is not CopyKind kind)
            {
                continue;
            }

            var edge = new CopyEdge(kind, verdict.Jaccard, verdict.Containment);
            if (_state.Get(index) is { Partner: < 0 } current)
            {
                _state.Set(index, current with { Partner = candidate, Edge = edge });
            }

            if (other.Partner < 0)
            {
                _state.Set(candidate, other with { Partner = index, Edge = edge });
            }

            _groups.Union(index, candidate);
        }
    }

    private CopyLink? LinkOf(int index)
    {
        int canonical = _groups.CanonicalOf(index);
        if (canonical == index)
        {
            return null;
        }

        CopyRecord entry = _state.Get(index);
        CopyRecord target = _state.Get(canonical);
        if (entry.Partner != canonical && entry.Signature is { } signature && target.Signature is { } targetSignature)
        {
            // Linked through another member: measure against the canonical itself when the signatures
            // alone confirm it (a copy of a copy may be too far from the canonical to confirm directly).
            double jaccard = MinHasher.Jaccard(signature, targetSignature);
            CopyVerdict verdict = _classifier.Classify(
                entry.Sequence == target.Sequence,
                CopyClassifier.IntersectionFromJaccard(jaccard, entry.Shingles, target.Shingles),
                entry.Shingles,
                target.Shingles,
                entry.Words,
                target.Words);
            if (verdict.Kind is CopyKind kind)
            {
                return new CopyLink(entry.Id, target.Id, kind, verdict.Jaccard, verdict.Containment);
            }
        }

        CopyEdge edge = entry.Edge;
        return new CopyLink(entry.Id, target.Id, edge.Kind, edge.Jaccard, edge.Containment);
    }
}
