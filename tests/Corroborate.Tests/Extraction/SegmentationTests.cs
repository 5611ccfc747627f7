using Corroborate.Extraction;
using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

public class SegmentationTests
{
    private const string Page =
        "Harbour library saved after council vote\n" + LibraryBody +
        "Comments\nNo comments yet...\nRelated Articles\n" +
        "Coastal Daily\n12 minutes ago\n- Coastal Daily\n" +
        "Ferry timetable changes for the winter season\n" +
        "The island ferry will run four times a day from November, the operator said on Monday. Passengers travelling with bicycles must book a place in advance, and the late evening crossing will be dropped until spring because too few people used it last winter. The operator said the savings would pay for repairs to the pier.\n" +
        "Valley Times\n3 hours ago\n- Valley Times\n" +
        "Mountain road reopens after landslide\n" +
        "Crews cleared the last of the rocks on…\n";

    [Fact]
    public void Teaser_with_a_body_becomes_its_own_article_and_a_blurb_does_not()
    {
        ExtractionResult result = Extract(Page);

        Assert.Equal(2, result.Articles.Length);
        Article main = result.Articles[0];
        Article teaser = result.Articles[1];
        Assert.Equal("Harbour library saved after council vote", main.Title);
        Assert.StartsWith("The city council voted", main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments", main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry", main.Text, StringComparison.Ordinal);
        Assert.Equal(1, teaser.Index);
        Assert.Equal("Ferry timetable changes for the winter season", teaser.Title);
        Assert.Equal("Coastal Daily", teaser.Outlet);
        Assert.StartsWith("The island ferry", teaser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("minutes ago", teaser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mountain road", teaser.Text, StringComparison.Ordinal);
        Assert.Contains(main.Removed, r => r.Kind == RemovedKind.RelatedLinks && Page[r.Start..r.End].Contains("Mountain road", StringComparison.Ordinal));
    }

    [Fact]
    public void A_teaser_written_headline_first_above_its_outlet_and_time_line_is_its_own_article()
    {
        string page = "Harbour library saved after council vote\n" + LibraryBody + "\nMORE HEADLINES\n\n" +
            "Ferry timetable changes for the winter season\n" +
            "Coastal Daily  ·  12 minutes ago\n" +
            "The island ferry will run four times a day from November, the operator said on Monday. Passengers travelling with bicycles must book a place in advance, and the late evening crossing will be dropped until spring because too few people used it.\n\n" +
            "Mountain road reopens after landslide\n" +
            "40 minutes ago\n" +
            "Crews cleared the last of the rocks from the mountain road on Tuesday, and the regional roads office said both lanes would stay open through the winter. Drivers should still expect short stops while the retaining wall is repaired over the next weeks.\n\n" +
            "Load more headlines\n";

        ExtractionResult result = Extract(page);

        Assert.Equal(3, result.Articles.Length);
        Article ferry = result.Articles[1];
        Assert.Equal("Ferry timetable changes for the winter season", ferry.Title);
        Assert.Equal("Coastal Daily", ferry.Outlet);
        Assert.StartsWith("The island ferry", ferry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("minutes ago", ferry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mountain road", ferry.Text, StringComparison.Ordinal);
        Assert.Equal("Mountain road reopens after landslide", result.Articles[2].Title);
        Assert.DoesNotContain("Ferry timetable", result.Articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_above_the_first_lines_time_header_dates_the_main_article_and_starts_no_teaser()
    {
        // The main article's own headline and "N minutes ago" line come first; a later bare time line starts nothing
        // that shares the main article's start.
        string page = "Weirside evacuates homes as river rises\n\nPublished 2031-11-06\n\n6 minutes ago\n\n" + LibraryBody +
            "\nComments\n\nAbout forty homes were emptied at Weirside, the rescue service said, and the river kept rising all night.\n\n6 minutes ago\n\n" +
            "The warden said the river had been diverted twice, and that the embankment would hold.\n";

        ExtractionResult result = Extract(page);

        Assert.Equal(result.Articles.Length, result.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(0, result.Articles[0].Index);
    }

    [Fact]
    public void Article_ids_are_content_ids_of_document_and_start()
    {
        RawDocument doc = PlainDoc(Page);
        foreach (Article a in Extractor.Extract(doc).Articles)
        {
            Assert.Equal(ContentId.Of(doc.Id, a.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)), a.Id);
            OffsetsAreInside(doc, a);
            ExtractionAssert.SentencesMapBack(doc.Text, a);
        }
    }

    [Fact]
    public void Link_list_after_a_related_header_is_removed_not_an_article()
    {
        string text = "Share and Follow\n" + LibraryBody + "Share and Follow\nYou May Also Like\n" +
            "Chess club wins regional title\n\nYoung players from the north side beat…\n" +
            "Bakery marks fifty years\n\nThe family-run bakery on Mill Street opened its…\n";
        Article a = Single(text);
        Assert.DoesNotContain("Chess", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.ShareWidget);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.RelatedLinks);
    }
}
