using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

/// <summary>Mastheads, wires, stated sources and title shapes (fictional pages written for these tests).</summary>
public class OutletAndTitleTests
{
    [Theory]
    [InlineData("\U0001F441 12.4K views   \u23F1 4 min")]
    [InlineData("3,210 views \u00b7 6 min read")]
    [InlineData("\U0001F4AC 88 comments  \U0001F501 1.2K shares")]
    public void A_line_of_counter_notes_under_the_headline_is_not_the_title(string notes)
    {
        string text = "FERNHILL COURIER\nNews | Council\n\nCouncil keeps the harbour library open for five more years\n\n4 March 2026\n" + notes + "\n\n" + LibraryBody;
        Assert.Equal("Council keeps the harbour library open for five more years", Single(text).Title);
    }

    [Fact]
    public void The_masthead_is_the_outlet_and_its_tagline_is_not_article_text()
    {
        string text = "FERNHILL COURIER\nYour town. Your paper.\nNews | Council\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("FERNHILL COURIER", a.Outlet);
        Assert.Equal("Council keeps the harbour library open for five more years", a.Title);
        Assert.DoesNotContain("Your town", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masthead_with_a_tagline_or_a_frequency_gives_only_its_name()
    {
        string text = "Radio Fernhill 101.7 — News\nHome | News | Traffic | Weather\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody;
        Assert.Equal("Radio Fernhill", Single(text).Outlet);
    }

    [Theory]
    [InlineData("Channel 9", "Channel 9")]
    [InlineData("Harbour 24 | Home | News | Weather", "Harbour 24")]
    [InlineData("Radio 1 — Fernhill", "Radio 1")]
    [InlineData("Fernhill Courier 2026", "Fernhill Courier")]
    [InlineData("Fernhill Courier No. 412", "Fernhill Courier")]
    [InlineData("Fernhill Courier 04.03.2026", "Fernhill Courier")]
    [InlineData("Fernhill Courier 10:15", "Fernhill Courier")]
    public void A_short_number_after_a_masthead_name_is_part_of_it_but_a_date_or_edition_is_not(string masthead, string outlet)
    {
        string text = masthead + "\nNews | Council\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody;
        Assert.Equal(outlet, Single(text).Outlet);
    }

    [Fact]
    public void A_name_closing_with_a_publication_word_is_a_masthead_without_a_menu()
    {
        string text = "Lindholm Herald\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody;
        Assert.Equal("Lindholm Herald", Single(text).Outlet);
        Assert.Null(Single("BREAKING NEWS\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody).Outlet);
    }

    [Fact]
    public void A_page_that_opens_with_its_headline_has_no_masthead()
    {
        string text = "Council Keeps Library Open\nVote follows a petition signed by 4,000 residents\n\n" + LibraryBody;
        Assert.Null(Single(text).Outlet);
        text = "Council keeps the harbour library open\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Null(a.Outlet);
        Assert.Equal("Council keeps the harbour library open", a.Title);
    }

    [Fact]
    public void A_wire_credit_is_the_wire_and_the_masthead_stays_the_outlet()
    {
        string text = "The Lindholm Ledger\nWorld | Baltic | Business\n\nCouncil keeps the harbour library open for five more years\n\nLINDHOLM, March 4 (Baltic Coast Press) - "
            + LibraryBody;
        Article a = Single(text);
        Assert.Equal("The Lindholm Ledger", a.Outlet);
        Assert.Equal("Baltic Coast Press", a.Wire);
    }

    [Fact]
    public void A_wire_named_in_the_byline_is_the_wire_not_the_title()
    {
        string text = "The Lindholm Ledger\nHome › News › Towns\n\nCouncil keeps the harbour library open for five more years\n\nNorthern Wire Service\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("The Lindholm Ledger", a.Outlet);
        Assert.Equal("Northern Wire Service", a.Wire);
        Assert.Equal("Council keeps the harbour library open for five more years", a.Title);
    }

    [Theory]
    [InlineData("Freedom Of The Press")]
    [InlineData("Lindholm Opens New Space Agency")]
    [InlineData("Fernhill Gets Its Own Press")]
    public void A_title_case_headline_with_a_wire_word_is_the_title_not_a_wire(string headline)
    {
        string text = "The Lindholm Ledger\nWorld | Baltic | Business\n\n" + headline + "\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal(headline, a.Title);
        Assert.Null(a.Wire);
    }

    [Theory]
    [InlineData("Freedom Of The Press", false)]
    [InlineData("Fernhill Gets Its Own Press", false)]
    [InlineData("Agencia de Prensa del Sur", true)]
    [InlineData("Baltic Coast Press", true)]
    [InlineData("IT Press Agency", true)]
    public void A_wire_name_reads_as_a_name_not_as_a_headline(string name, bool wire) =>
        Assert.Equal(wire, Corroborate.Extraction.WireNames.IsWire(name, new Corroborate.Extraction.ExtractionOptions()));

    [Fact]
    public void A_teaser_tail_states_where_the_story_is_published()
    {
        string text = "Coastwatch Digest — all the news\n\nCouncil keeps the harbour library open for five more years\n\n" + LibraryBody
            + "Continue reading on Fernhill Courier ›\n";
        Article a = Single(text);
        Assert.Equal("Fernhill Courier", a.Outlet);
        Assert.DoesNotContain("Continue reading", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_part_of_the_date_line_states_the_outlet()
    {
        string text = "Coastwatch Digest\n\nCouncil keeps the harbour library open for five more years\nSource: Fernhill Courier | 04.03.2026\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("Fernhill Courier", a.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 4), a.Published);
    }

    [Fact]
    public void Names_section_labels_and_reader_tools_under_the_headline_are_not_the_title()
    {
        string text = "Council keeps the harbour library open for five more years\n\nFernhill | Local Politics\n\nIlse Marrow, Lindholm\n\n"
            + "Listen to this article ▶ 02:41\n\nFont size A A A | Print\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("Council keeps the harbour library open for five more years", a.Title);
        Assert.DoesNotContain("Listen to this article", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cookie_banner_is_neither_the_title_nor_text()
    {
        string text = "Council keeps the harbour library open for five more years\n\nCookie notice: we use cookies for statistics. Accept / Settings\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.Equal("Council keeps the harbour library open for five more years", a.Title);
        Assert.DoesNotContain("cookies", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_title_loses_the_site_name_it_ends_with()
    {
        string html = "<html><head><title>Harbour library stays open - Fernhill Courier</title><meta property=\"og:site_name\" content=\"Fernhill Courier\"></head><body><article>"
            + string.Concat(LibraryBody.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => "<p>" + p + "</p>")) + "</article></body></html>";
        Article a = Assert.Single(Extractor.Extract(Html(html)).Articles);
        Assert.Equal("Fernhill Courier", a.Outlet);
        Assert.Equal("Harbour library stays open", a.Title);
    }
}
