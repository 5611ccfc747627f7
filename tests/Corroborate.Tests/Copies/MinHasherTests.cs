using Corroborate.Copies;

namespace Corroborate.Tests.Copies;

public class MinHasherTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void Signatures_estimate_jaccard_and_containment(double shared)
    {
        var hasher = new MinHasher(128, new CopyOptions().Seed);
        var random = new Random(3);
        ulong[] a = Enumerable.Range(0, 1000).Select(_ => (ulong)random.NextInt64()).ToArray();
        // B holds a share of A plus as many new shingles: |A∩B| = shared·1000.
        int common = (int)(shared * 1000);
        ulong[] b = [.. a.Take(common), .. Enumerable.Range(0, 1000 - common).Select(_ => (ulong)random.NextInt64())];
        Array.Sort(a);
        Array.Sort(b);
        var sigA = new uint[128];
        var sigB = new uint[128];
        hasher.Compute(a, sigA);
        hasher.Compute(b, sigB);

        double trueJaccard = common / (2000.0 - common);
        Assert.InRange(MinHasher.Jaccard(sigA, sigB), trueJaccard - 0.15, trueJaccard + 0.15);
        uint[] lowB = b.Select(h => (uint)h).Order().ToArray();
        Assert.InRange(MinHasher.SampleContainment(sigA, lowB), shared - 0.15, shared + 0.15);
    }

    [Fact]
    public void The_vectorized_and_scalar_paths_give_the_same_signature()
    {
        var hasher = new MinHasher(130, 42); // 130: not a multiple of the vector width, so the tail loop runs too
        var random = new Random(9);
        ulong[] shingles = Enumerable.Range(0, 700).Select(_ => (ulong)random.NextInt64()).Order().ToArray();
        var vectorized = new uint[130];
        var scalar = new uint[130];

        hasher.Compute(shingles, vectorized, vectorized: true);
        hasher.Compute(shingles, scalar, vectorized: false);

        Assert.Equal(scalar, vectorized);
    }
}
