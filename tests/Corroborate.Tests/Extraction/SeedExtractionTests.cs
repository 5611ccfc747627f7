using Corroborate.Tests.TestSupport;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Tests.Extraction;

/// <summary>The seed documents against /work/shared/eval/seeds-gold.json: counts, required and forbidden strings, metadata.</summary>
public class SeedExtractionTests
{
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string> Docs() => [.. SeedFiles.Gold().Select(g => g.Doc).Distinct()];

    [Theory]
    [MemberData(nameof(Docs))]
    public void Each_seed_gives_as_many_articles_as_the_gold_and_each_meets_its_strings(string doc)
    {
        var gold = SeedFiles.Gold().Where(g => g.Doc == doc).ToList();
        ExtractionResult result = Extractor.Extract(SeedFiles.Load(doc));

        Assert.Equal(gold.Count, result.Articles.Length);
        foreach (GoldArticle g in gold)
        {
            Article article = Assert.Single(result.Articles, a => a.Text.StartsWith(g.FirstWords, StringComparison.Ordinal));
            foreach (string s in g.MustContain)
            {
                Assert.Contains(s, article.Text, StringComparison.Ordinal);
            }

            foreach (string s in g.MustNotContain)
            {
                Assert.DoesNotContain(s, article.Text, StringComparison.Ordinal);
            }

            if (g.Title is not null)
            {
                Assert.Equal(g.Title, article.Title);
            }

            if (g.Outlet is not null)
            {
                Assert.Equal(g.Outlet, article.Outlet);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Docs))]
    public void Offsets_stay_inside_the_document_and_sentences_map_back(string doc)
    {
        RawDocument document = SeedFiles.Load(doc);
        foreach (Article a in Extractor.Extract(document).Articles)
        {
            Assert.InRange(a.Start, 0, document.Text.Length);
            Assert.InRange(a.End, a.Start, document.Text.Length);
            foreach (RemovedBlock r in a.Removed)
            {
                Assert.True(r.Start >= 0 && r.Start <= r.End && r.End <= document.Text.Length, $"{r.Kind} {r.Start}-{r.End}");
            }

            foreach (Repair r in a.Repairs)
            {
                Assert.True(r.Start >= 0 && r.Start <= r.End && r.End <= document.Text.Length, $"{r.Kind} {r.Start}-{r.End}");
                Assert.Equal(r.Original, document.Text[r.Start..r.End]);
            }

            ExtractionAssert.SentencesMapBack(document.Text, a);
        }
    }

    [Fact]
    public void Truncated_copy_is_marked_and_glued_sentences_are_repaired()
    {
        Article a = Assert.Single(Extractor.Extract(SeedFiles.Load(Seed("001"))).Articles);
        Assert.True(a.Truncated);
        Assert.EndsWith("Ukrainians", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Repairs, r => r.Kind == RepairKind.MissingSpace);
        Assert.Contains(a.Repairs, r => r.Kind == RepairKind.Truncation);
        Assert.DoesNotContain(".The ", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_list_and_bullet_summary_are_kept_apart_as_removed_blocks()
    {
        Article a = Assert.Single(Extractor.Extract(SeedFiles.Load(Seed("003"))).Articles);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.References);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Summary);
        Assert.DoesNotContain("[1]", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dateline_gives_the_publication_date()
    {
        Article a = Assert.Single(Extractor.Extract(SeedFiles.Load(Seed("004"))).Articles);
        Assert.Equal(new DateOnly(2025, 6, 2), a.Published);
    }

    private static string Seed(string prefix) => Path.GetFileName(Directory.GetFiles(SeedFiles.SeedsDir, prefix + "_*")[0]);
}

internal static class ExtractionAssert
{
    /// <summary>Each clean-text sentence starts, in the document, with the same characters (up to the first repair).</summary>
    public static void SentencesMapBack(string document, Article article)
    {
        foreach (Sentence s in SentenceSplitter.Split(article.Text))
        {
            int n = Math.Min(6, s.Length);
            (int start, int end) = article.Map.ToSource(s.Start, s.End);
            Assert.InRange(end, start, document.Length);
            Assert.Equal(article.Text.Substring(s.Start, n), document.Substring(start, n));
        }
    }
}

public class ConcurrencyTests
{
    [Fact]
    public void Parallel_extraction_gives_the_same_result_as_sequential()
    {
        var docs = Directory.GetFiles(SeedFiles.SeedsDir).Order().Select(f => SeedFiles.Load(Path.GetFileName(f))).ToArray();
        var extractor = new ArticleExtractor();
        string[] sequential = docs.Select(d => string.Join("|", extractor.Extract(d).Articles.Select(a => a.Id + a.Text))).ToArray();
        string[] parallel = new string[docs.Length];
        Parallel.For(0, docs.Length * 8, i => parallel[i % docs.Length] = string.Join("|", extractor.Extract(docs[i % docs.Length]).Articles.Select(a => a.Id + a.Text)));
        Assert.Equal(sequential, parallel);
    }
}
