namespace Corroborate.Copies;

/// <summary>
/// Parameters of copy detection. The defaults are tuned for news articles of a few hundred words;
/// every one is explained next to it, so a change can be argued against the reason.
/// </summary>
public sealed record CopyOptions
{
    /// <summary>
    /// Words per shingle (default 5). Long enough that stock phrases ("the head of the") shared by
    /// unrelated articles on the same topic rarely form a whole shingle; short enough that one edit
    /// damages only 5 shingles, so lightly edited copies keep a high Jaccard.
    /// </summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>
    /// MinHash permutations (default 128): the standard error of a Jaccard or containment estimate is
    /// about sqrt(p(1-p)/128) ≤ 0.044, tight enough for the thresholds below; 128 × 4 bytes per article.
    /// </summary>
    public int Permutations { get; init; } = 128;

    /// <summary>
    /// LSH bands (default 20) of <see cref="RowsPerBand"/> rows (default 5): the Jaccard route's
    /// threshold is about (1/20)^(1/5) ≈ 0.55, so a pair at Jaccard 0.7 becomes a candidate with
    /// probability 0.975 and at 0.8 with 0.9996, while each article costs only 20 bucket entries.
    /// </summary>
    public int Bands { get; init; } = 20;

    /// <inheritdoc cref="Bands"/>
    public int RowsPerBand { get; init; } = 5;

    /// <summary>
    /// The containment route (default 40 shingles, 4 keys): the smallest 4 shingle hashes of an
    /// article's first 40 shingles are indexed as extra keys. A copy cut short at 30–40 % has a Jaccard
    /// of only 0.3–0.4 with its original, which banded Jaccard LSH mostly misses, but it starts the
    /// same way, so both share these keys even when a few words (a title, a dateline) differ at the start.
    /// </summary>
    public int PrefixShingles { get; init; } = 40;

    /// <inheritdoc cref="PrefixShingles"/>
    public int PrefixKeys { get; init; } = 4;

    /// <summary>
    /// Most articles kept per bucket (default 32). A bucket of a common band (boilerplate, a wire story
    /// copied a hundred times) stops growing, so an add never scans a huge list; the first members of a
    /// popular copy group stay in the bucket, which is enough for a new copy to find the group.
    /// </summary>
    public int MaxBucketSize { get; init; } = 32;

    /// <summary>Most candidates confirmed per added article (default 48), best-hit first: keeps per-article cost flat.</summary>
    public int MaxCandidates { get; init; } = 48;

    /// <summary>Articles with fewer words (default 8) are not indexed: a caption-sized text says nothing about copying.</summary>
    public int MinWords { get; init; } = 8;

    /// <summary>A pair of about the same length is a near copy at this Jaccard or above (default 0.6).</summary>
    public double NearMinJaccard { get; init; } = 0.6;

    /// <summary>The shorter article is a truncated copy when at least this share of its shingles is in the longer (default 0.7)…</summary>
    public double TruncatedMinContainment { get; init; } = 0.7;

    /// <summary>…and it has at most this share of the longer one's words (default 0.8, "clearly shorter").</summary>
    public double TruncatedMaxLengthRatio { get; init; } = 0.8;

    /// <summary>Seed of the MinHash permutations (fixed, so signatures and output are stable across runs).</summary>
    public ulong Seed { get; init; } = 0x5EED_C0B1_E5C0_FFEEUL;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first impossible option.</summary>
    public void Validate()
    {
        Check(ShingleSize >= 1, nameof(ShingleSize));
        Check(Permutations >= 1, nameof(Permutations));
        Check(Bands >= 1 && RowsPerBand >= 1 && Bands * RowsPerBand <= Permutations, nameof(Bands));
        Check(PrefixShingles >= 1 && PrefixKeys >= 0, nameof(PrefixKeys));
        Check(MaxBucketSize >= 1 && MaxCandidates >= 1, nameof(MaxBucketSize));
        Check(NearMinJaccard is > 0 and <= 1, nameof(NearMinJaccard));
        Check(TruncatedMinContainment is > 0 and <= 1, nameof(TruncatedMinContainment));
        Check(TruncatedMaxLengthRatio is > 0 and < 1, nameof(TruncatedMaxLengthRatio));

        static void Check(bool ok, string name)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, "Invalid copy detection option.");
            }
        }
    }
}
