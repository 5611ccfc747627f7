using System.Text;
using Corroborate.Model;
using Corroborate.Reading;

namespace Corroborate.Tests.Reading;

/// <summary>The seam for new inputs: a source yields decoded documents with their origin and what it already knows.</summary>
public sealed class DocumentSourceTests
{
    private const string Body =
        "Ferry crews in Harlow Sound walked out on Tuesday over night-shift pay. The union said 240 crew members joined the strike.\n\n" +
        "Services to the outer islands were cancelled, and the operator said talks would resume on Thursday.\n";

    /// <summary>A feed-like source: each item's text, with the item's own title, outlet and date.</summary>
    private sealed class FeedLikeSource(params (string Link, string Text, KnownMetadata Known)[] items) : IDocumentSource
    {
        public int Enumerations { get; private set; }

        public IReadOnlyList<Diagnostic> Problems => [];

        public IEnumerable<RawDocument> Read(DocumentReader reader)
        {
            Enumerations++;
            foreach (var (link, text, known) in items)
            {
                yield return DocumentReader.FromBytes("feed.xml#" + link, Encoding.UTF8.GetBytes(text)) with
                {
                    Origin = new DocumentOrigin(OriginKind.FeedItem, link, "feed.xml"),
                    Known = known,
                };
            }
        }
    }

    [Fact]
    public void Known_metadata_wins_over_what_extraction_reads()
    {
        var known = new KnownMetadata(Url: "https://example.test/ferry", Title: "Ferry crews strike", Outlet: "Sound Courier", Published: new DateOnly(2025, 3, 4), Author: "Lena Moor");
        var source = new FeedLikeSource(("https://example.test/ferry", "A headline the page shows\n\n" + Body, known));

        AnalysisResult result = Corroborate.Pipeline.Pipeline.CreateDefault().Analyze(source);

        Article article = result.Articles[0].Article;
        Assert.Equal("Ferry crews strike", article.Title);
        Assert.Equal("Sound Courier", article.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 4), article.Published);
        Assert.Equal("Lena Moor", article.Author);
        Assert.Equal("feed.xml#https://example.test/ferry", result.Documents[0].Path);
    }

    [Fact]
    public void Without_known_metadata_extraction_decides()
    {
        var source = new FeedLikeSource(("a", "Ferry crews strike\n\n" + Body, KnownMetadata.None));

        Article article = Corroborate.Pipeline.Pipeline.CreateDefault().Analyze(source).Articles[0].Article;

        Assert.Null(article.Outlet);
        Assert.Null(article.Published);
        Assert.Null(article.Author);
    }

    [Fact]
    public void A_batch_reads_its_source_once()
    {
        var source = new FeedLikeSource(("a", "One\n\n" + Body, KnownMetadata.None), ("b", "Two\n\n" + Body.Replace("240", "250", StringComparison.Ordinal), KnownMetadata.None));

        AnalysisResult result = Corroborate.Pipeline.Pipeline.CreateDefault().Analyze(source);

        Assert.Equal(1, source.Enumerations);
        Assert.Equal(2, result.Documents.Length);
    }

    [Fact]
    public void A_file_source_reports_missing_paths_as_problems_of_the_run()
    {
        string missing = Path.Combine(Path.GetTempPath(), "corroborate-no-such-" + Guid.NewGuid().ToString("N"));

        AnalysisResult result = Corroborate.Pipeline.Pipeline.CreateDefault().Analyze(new FileSource([missing]));

        Assert.False(result.AnythingAnalyzed);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
