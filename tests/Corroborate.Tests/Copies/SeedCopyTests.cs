using Corroborate.Copies;
using Corroborate.Model;
using static Corroborate.Tests.Copies.CopyTexts;

namespace Corroborate.Tests.Copies;

/// <summary>Real data from the shared seeds (read at test time, never copied into the repo).</summary>
public class SeedCopyTests
{
    [Fact]
    public void Seed_001_is_a_truncated_copy_of_the_main_article_of_seed_000()
    {
        string seeds = TestSupport.SharedFolder.Seeds;
        string first = File.ReadAllText(Directory.GetFiles(seeds, "000_*.txt").Single());
        string second = File.ReadAllText(Directory.GetFiles(seeds, "001_*.txt").Single());

        // 000 has unrelated teasers after a "Related Articles" line; extraction is not this stage's job.
        int related = first.IndexOf("\nRelated Articles", StringComparison.Ordinal);
        Assert.True(related > 0);
        string main = first[..related];

        var index = new InMemoryCopyIndex();
        Assert.Null(index.Add(Analyze("000", main)));
        CopyLink? link = index.Add(Analyze("001", second));

        Assert.NotNull(link);
        Assert.Equal(("001", "000", CopyKind.Truncated), (link.ArticleId, link.CanonicalId, link.Kind));
        Assert.InRange(link.Containment, 0.8, 1.0);

        // Either arrival order gives the same canonical.
        var reversed = new InMemoryCopyIndex();
        reversed.Add(Analyze("001", second));
        reversed.Add(Analyze("000", main));
        Assert.Equal("000", reversed.LinkOf("001")?.CanonicalId);
        Assert.Equal(CopyKind.Truncated, reversed.LinkOf("001")?.Kind);
    }
}
