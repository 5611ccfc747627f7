using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

/// <summary>Small fictional documents, written for these tests.</summary>
internal static class Fixtures
{
    public static readonly ArticleExtractor Extractor = new();

    public static RawDocument PlainDoc(string text) => new(ContentId.Of(text), "test.txt", DocumentFormat.PlainText, text, []);

    public static RawDocument Html(string html) => new(ContentId.Of(html), "test.html", DocumentFormat.Html, html, []);

    public static ExtractionResult Extract(string text) => Extractor.Extract(PlainDoc(text));

    public static Article Single(string text) => Assert.Single(Extract(text).Articles);

    public const string LibraryBody =
        "The city council voted on Tuesday to keep the old harbour library open for at least five more years.\n" +
        "Supporters had collected more than 4,000 signatures in a month, and the reading room was full during the debate.\n" +
        "The building will need a new roof, which the council expects to cost about 300,000 euros over two years.\n";

    public static void OffsetsAreInside(RawDocument document, Article a)
    {
        foreach (RemovedBlock r in a.Removed)
        {
            Assert.True(r.Start >= 0 && r.Start <= r.End && r.End <= document.Text.Length, $"{r.Kind} {r.Start}-{r.End}");
        }

        foreach (Repair r in a.Repairs)
        {
            Assert.True(r.Start >= 0 && r.Start <= r.End && r.End <= document.Text.Length, $"{r.Kind} {r.Start}-{r.End}");
        }
    }
}
