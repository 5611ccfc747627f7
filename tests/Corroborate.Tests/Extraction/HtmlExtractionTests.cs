using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

public class HtmlExtractionTests
{
    private const string Page = """
        <!doctype html>
        <html><head><title>Harbour library saved | Coastal Daily</title>
        <meta property="og:site_name" content="Coastal Daily">
        <meta property="article:published_time" content="2025-03-14T09:00:00Z">
        <script>var tracking = "The city council voted";</script>
        <style>p { color: red; }</style></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="share-bar"><a href="#">Share</a> <a href="#">Follow</a></div>
        <article class="story">
          <h1>Harbour library saved after council vote</h1>
          <div class="story-body">
            <p>The city council voted on Tuesday to keep the old harbour library open for at least five more years, ending a long campaign.</p>
            <figure><img src="a.jpg"><figcaption>Volunteers in the reading room. Photo: Jane Roe</figcaption></figure>
            <p>Supporters had collected more than 4,000 signatures in a month, and the reading room was full during the debate &amp; the vote.</p>
            <p>Advertisement</p>
            <h2>Roof repairs</h2>
            <p>The building will need a new roof, which the council expects to cost about 300,000 euros over two years, officials said.</p>
            <p>The head librarian said she was <a href="/x">relieved</a> and would extend opening hours on Saturdays from next month.</p>
          </div>
        </article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes for the winter</a></li><li><a href="/b">Mountain road reopens</a></li></ul></aside>
        <footer><p>Copyright Coastal Daily. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Main_content_is_found_and_furniture_dropped()
    {
        RawDocument doc = Html(Page);
        Article a = Assert.Single(Extractor.Extract(doc).Articles);

        Assert.StartsWith("The city council voted", a.Text, StringComparison.Ordinal);
        Assert.Contains("debate & the vote.", a.Text, StringComparison.Ordinal);
        Assert.Contains("\nRoof repairs\n", a.Text, StringComparison.Ordinal);
        Assert.Contains("she was relieved and would extend", a.Text, StringComparison.Ordinal);
        foreach (string junk in new[] { "Home", "Share", "Follow", "Volunteers in the reading room", "Advertisement", "Ferry", "Copyright", "tracking" })
        {
            Assert.DoesNotContain(junk, a.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Harbour library saved after council vote", a.Title);
        Assert.Equal("Coastal Daily", a.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 14), a.Published);
    }

    [Fact]
    public void Clean_text_maps_back_to_the_markup()
    {
        RawDocument doc = Html(Page);
        Article a = Assert.Single(Extractor.Extract(doc).Articles);
        OffsetsAreInside(doc, a);
        Assert.InRange(a.Start, 0, doc.Text.Length);
        Assert.InRange(a.End, a.Start, doc.Text.Length);
        ExtractionAssert.SentencesMapBack(doc.Text, a);

        int supporters = a.Text.IndexOf("Supporters", StringComparison.Ordinal);
        Assert.Equal(doc.Text.IndexOf("Supporters", StringComparison.Ordinal), a.Map.ToSource(supporters));
        int relieved = a.Text.IndexOf("relieved", StringComparison.Ordinal);
        Assert.Equal(doc.Text.IndexOf("relieved", StringComparison.Ordinal), a.Map.ToSource(relieved));
        Assert.True(a.Start > doc.Text.IndexOf("<article", StringComparison.Ordinal));
    }
}
