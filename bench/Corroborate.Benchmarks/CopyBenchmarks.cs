using BenchmarkDotNet.Attributes;
using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Benchmarks;

/// <summary>The per-article costs of copy detection on a ~600-word article.</summary>
[MemoryDiagnoser]
public class CopyBenchmarks
{
    private readonly CopyOptions _options = new();
    private MinHasher _minHasher = null!;
    private uint[][] _signatures = [];
    private ulong[][] _inOrder = [];
    private string[] _words = [];
    private ulong[] _wordHashes = [];
    private ulong[] _shingles = [];
    private uint[] _signature = [];
    private ulong[] _keys = [];
    private AnalyzedArticle[] _articles = [];
    private readonly List<int> _candidates = [];

    [GlobalSetup]
    public void Setup()
    {
        _minHasher = new MinHasher(_options.Permutations, _options.Seed);
        AnalyzedArticle article = Analyze("bench", SyntheticText.Article(600, seed: 1));
        _words = [.. article.Words];
        _wordHashes = new ulong[_words.Length];
        _shingles = new ulong[_words.Length];
        _signature = new uint[_options.Permutations];
        _keys = new ulong[_options.Bands + _options.PrefixKeys];
        _articles = Enumerable.Range(0, 256).Select(i => Analyze("a" + i, SyntheticText.Article(600, seed: 100 + i))).ToArray();
        _signatures = new uint[_articles.Length][];
        _inOrder = new ulong[_articles.Length][];
        for (int i = 0; i < _articles.Length; i++)
        {
            string[] words = [.. _articles[i].Words];
            var hashes = new ulong[words.Length];
            Shingler.HashWords(words, hashes);
            _inOrder[i] = new ulong[words.Length];
            int count = Shingler.Shingle(hashes, _options.ShingleSize, _inOrder[i]);
            _inOrder[i] = _inOrder[i][..count];
            ulong[] distinct = [.. _inOrder[i]];
            int d = Shingler.SortDistinct(distinct);
            _signatures[i] = new uint[_options.Permutations];
            _minHasher.Compute(distinct.AsSpan(0, d), _signatures[i]);
        }
    }

    /// <summary>Word hashing, shingling, distinct sort and a 128-permutation MinHash signature.</summary>
    [Benchmark]
    public uint ShingleAndMinHash()
    {
        Shingler.HashWords(_words, _wordHashes);
        int count = Shingler.Shingle(_wordHashes, _options.ShingleSize, _shingles);
        int distinct = Shingler.SortDistinct(_shingles.AsSpan(0, count));
        _minHasher.Compute(_shingles.AsSpan(0, distinct), _signature);
        return _signature[0];
    }

    /// <summary>Bucket keys, candidate query and insertion, per article (256 distinct signatures into a fresh index).</summary>
    [Benchmark(OperationsPerInvoke = 256)]
    public int LshAddAndQuery()
    {
        var lsh = new LshKeys(_options);
        var buckets = new LshBuckets(_options.MaxBucketSize);
        int found = 0;
        for (int i = 0; i < _signatures.Length; i++)
        {
            int keys = lsh.Keys(_signatures[i], _inOrder[i], _keys);
            _candidates.Clear();
            buckets.Query(_keys.AsSpan(0, keys), _candidates);
            buckets.Add(_keys.AsSpan(0, keys), i);
            found += _candidates.Count;
        }

        return found;
    }

    /// <summary>The whole Add of the index (hashing, MinHash, LSH, confirmation) on distinct articles.</summary>
    [Benchmark(OperationsPerInvoke = 256)]
    public int IndexAdd256()
    {
        var index = new InMemoryCopyIndex(_options);
        foreach (AnalyzedArticle article in _articles)
        {
            index.Add(article);
        }

        return index.Count;
    }

    internal static AnalyzedArticle Analyze(string id, string text) =>
        TextAnalyzer.Analyze(new Article(id, id, id, 0, 0, text.Length, null, null, null, text, false, [], [], OffsetMap.Identity(0, text.Length)));
}
