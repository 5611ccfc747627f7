using Corroborate.Mentions;
using Corroborate.Model;

namespace Corroborate.Tests.Mentions;

public class ReferenceListReaderTests
{
    [Theory]
    [InlineData("[1] Port talks end without a deal - The Aldvik Courier", "The Aldvik Courier")]
    [InlineData("[2] Harbour strike spreads – Nordic Wire", "Nordic Wire")]
    [InlineData("Harbour strike spreads (Coastal Daily, 2024)", "Coastal Daily")]
    [InlineData("https://www.example-news.org/2024/05/strike", "example-news.org")]
    [InlineData("Just a sentence without a source.", null)]
    [InlineData("1. Kelvar Health Board – Weekly Situation Report, June 2031", "Kelvar Health Board")]
    [InlineData("2. \"Ferry fares to double\" – Islands Gazette", "Islands Gazette")]
    [InlineData("3. Islands Gazette – \"Ferry fares to double\"", "Islands Gazette")]
    public void Outlet_of_a_line(string line, string? outlet) => Assert.Equal(outlet, ReferenceListReader.OutletOf(line));

    [Fact]
    public void Distinct_outlets_in_order_from_reference_blocks()
    {
        string doc = "Body text.\n[1] A - Nordic Wire\n[2] B - Coastal Daily\n[3] C - Nordic Wire\n";
        int start = doc.IndexOf('[', StringComparison.Ordinal);
        ArticleMentions m = MentionTexts.Of("Body text.", new RemovedBlock(start, doc.Length, RemovedKind.References, "reference list entry"));
        Assert.Empty(m.ReferencedOutlets);

        var article = Corroborate.Text.TextAnalyzer.Analyze(new Article("t", "t", "t.txt", 0, 0, 10, null, null, null, "Body text.", false,
            [new RemovedBlock(start, doc.Length, RemovedKind.References, "reference list entry")], [], OffsetMap.Identity(0, 10)));
        Assert.Equal(new[] { "Nordic Wire", "Coastal Daily" }, MentionStage.Default.Find(article, doc).ReferencedOutlets.ToArray());
    }
}
