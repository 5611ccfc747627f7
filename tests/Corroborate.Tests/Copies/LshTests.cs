using Corroborate.Copies;

namespace Corroborate.Tests.Copies;

public class LshTests
{
    [Fact]
    public void An_over_full_bucket_stops_growing_so_lookups_stay_bounded()
    {
        var options = new CopyOptions { MaxBucketSize = 8 };
        var lsh = new LshBuckets(options.MaxBucketSize);
        ulong[] keys = [1, 2, 3];
        for (int article = 0; article < 100; article++)
        {
            lsh.Add(keys, article);
        }

        var found = new List<int>();
        lsh.Query(keys, found);

        Assert.Equal(3 * 8, found.Count);
        Assert.Equal(Enumerable.Range(0, 8), found.Distinct().Order());
    }

    [Fact]
    public void Texts_with_the_same_start_share_prefix_keys_even_when_the_rest_differs()
    {
        var options = new CopyOptions();
        var lsh = new LshKeys(options);
        ulong[] start = Enumerable.Range(1, 40).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        ulong[] longer = [.. start, .. Enumerable.Range(100, 300).Select(i => (ulong)i * 0xC2B2AE3D27D4EB4FUL)];
        var keysA = new ulong[lsh.MaxKeys];
        var keysB = new ulong[lsh.MaxKeys];

        int a = lsh.Keys(new uint[options.Permutations], start, keysA);
        int b = lsh.Keys(Enumerable.Range(0, options.Permutations).Select(i => (uint)i).ToArray(), longer, keysB);

        Assert.Equal(options.Bands + options.PrefixKeys, a);
        Assert.Equal(keysA[options.Bands..a], keysB[options.Bands..b]);
        Assert.NotEqual(keysA[..options.Bands], keysB[..options.Bands]);
    }
}
