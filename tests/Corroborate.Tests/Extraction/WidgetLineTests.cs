using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

/// <summary>Credit, footer and link-list lines recognized by their shape and generic widget vocabulary.</summary>
public class WidgetLineTests
{
    private const string ObservatoryBody =
        "The hilltop observatory reopened to the public on Saturday after a year of repairs to its copper dome.\n" +
        "Volunteers had raised money for a new motor, and the first evening tour sold out within an hour.\n" +
        "The trust that runs the site said it hopes to host school groups every week from the spring.\n";

    [Fact]
    public void Short_all_caps_line_after_a_counter_caption_is_a_credit_and_the_caption_goes_with_it()
    {
        string text = ObservatoryBody.Replace("Volunteers", "2 Visitors queue at the gate before the first tour.\nLUNDGREN STUDIOS\n\nVolunteers", StringComparison.Ordinal);
        Article a = Single(text);
        Assert.DoesNotContain("Visitors queue", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LUNDGREN", a.Text, StringComparison.Ordinal);
        Assert.Contains("new motor", a.Text, StringComparison.Ordinal);
        Assert.Single(a.Removed, r => r.Kind == RemovedKind.Caption);
        Assert.Single(a.Removed, r => r.Kind == RemovedKind.Credit);
    }

    [Fact]
    public void All_caps_line_with_credit_vocabulary_is_a_credit_even_without_a_caption()
    {
        string text = ObservatoryBody.Replace("Volunteers", "HILLCREST PRESS POOL\nVolunteers", StringComparison.Ordinal);
        Article a = Single(text);
        Assert.DoesNotContain("HILLCREST", a.Text, StringComparison.Ordinal);
        RemovedBlock credit = Assert.Single(a.Removed, r => r.Kind == RemovedKind.Credit);
        Assert.Equal("HILLCREST PRESS POOL", text[credit.Start..credit.End]);
    }

    [Fact]
    public void All_caps_subheading_between_paragraphs_without_credit_words_is_kept()
    {
        string text = ObservatoryBody.Replace("Volunteers", "A NEW MOTOR\nVolunteers", StringComparison.Ordinal);
        Article a = Single(text);
        Assert.Contains("A NEW MOTOR", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u00a9 Hillside Review 2024. All rights reserved.")]
    [InlineData("Copyright 2024 Hillside Review Ltd.")]
    [InlineData("All rights reserved.")]
    public void Copyright_footer_is_removed(string footer)
    {
        Article a = Single(ObservatoryBody + "\n" + footer + "\n");
        Assert.EndsWith("from the spring.", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Footer);
    }

    [Theory]
    [InlineData("More from Science: Comet visible to the naked eye next week | Planetarium adds late shows")]
    [InlineData("Read more: Amateur astronomers map a new asteroid | Night sky guide for March")]
    [InlineData("Comet visible to the naked eye next week | Planetarium adds late shows on Fridays")]
    public void Line_of_links_to_other_stories_is_removed(string links)
    {
        Article a = Single(ObservatoryBody + "\n" + links + "\n");
        Assert.DoesNotContain("Comet", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("asteroid", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.RelatedLinks);
    }

    [Fact]
    public void Supplied_by_note_most_read_list_and_follow_prompt_are_removed_and_the_host_is_the_outlet()
    {
        string text = ObservatoryBody
            + "(Reporting by Anna Veld; Editing by Tom Rusk)\n"
            + "This article was provided by Northern Newswire and has not been edited by Dale Gazette staff.\n\n"
            + "Most popular on Dale Gazette\n"
            + "1. Bakery on the square changes hands\n"
            + "2. Council approves new cycle lane\n\n"
            + "Follow Dale Gazette on Instagram for more pictures.\n";
        Article a = Single(text);
        Assert.EndsWith("from the spring.", a.Text, StringComparison.Ordinal);
        Assert.Equal("Dale Gazette", a.Outlet);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Footer);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Credit);
    }

    [Fact]
    public void Numbered_headline_list_after_the_article_end_is_removed_without_a_header()
    {
        string text = ObservatoryBody + "\n1. Bakery on the square changes hands\n2. Council approves new cycle lane\n3. Letters: Keep the night sky dark\n";
        Article a = Single(text);
        Assert.EndsWith("from the spring.", a.Text, StringComparison.Ordinal);
        Assert.Equal(3, a.Removed.Count(r => r.Kind == RemovedKind.RelatedLinks));
    }

    [Fact]
    public void Numbered_list_introduced_by_the_last_paragraph_is_kept()
    {
        string text = ObservatoryBody + "Tours on offer this season:\n1. Sunset tour of the dome\n2. Late telescope evening\n";
        Article a = Single(text);
        Assert.Contains("Sunset tour of the dome", a.Text, StringComparison.Ordinal);
        Assert.Contains("Late telescope evening", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_prompt_is_a_share_widget()
    {
        Article a = Single(ObservatoryBody + "Follow us on social media for live updates.\n");
        Assert.EndsWith("from the spring.", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.ShareWidget);
    }

    [Theory]
    [InlineData("Like many on Facebook, the trust's chair shared photos of the dome before and after the repairs.")]
    [InlineData("The repair budget has not been reviewed by the regional heritage board, the trust said.")]
    [InlineData("Visitors said the new shows were all rights and no wrongs, and several asked for more.")]
    public void Prose_that_mentions_widget_words_is_kept(string sentence)
    {
        Article a = Single(ObservatoryBody + sentence + "\n");
        Assert.Contains(sentence, a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_and_outlet_joined_by_a_bar_before_the_text_is_the_title()
    {
        Article a = Single("Observatory dome turns again after repairs | The Hillside Review\n\n" + ObservatoryBody);
        Assert.Equal("Observatory dome turns again after repairs | The Hillside Review", a.Title);
    }

    [Fact]
    public void Byline_between_headline_and_text_is_removed_and_the_headline_stays_the_title()
    {
        Article a = Single("Observatory dome turns again after repairs\n\nBy Mira Kettle and Olav Brun\n\n" + ObservatoryBody);
        Assert.Equal("Observatory dome turns again after repairs", a.Title);
        Assert.DoesNotContain("Mira Kettle", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Byline);
    }

    [Fact]
    public void Sentence_starting_with_by_is_prose_not_a_byline()
    {
        Article a = Single(ObservatoryBody + "By Sunday, the first three tours of the season had sold out.\n");
        Assert.Contains("By Sunday, the first three tours", a.Text, StringComparison.Ordinal);
    }
}
