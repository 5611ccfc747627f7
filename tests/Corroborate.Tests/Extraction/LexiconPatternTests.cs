using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

/// <summary>The patterns built from lexicon files recognize what the files list, and only that.</summary>
public class LexiconPatternTests
{
    [Theory]
    [InlineData("Share on Reddit", true)]
    [InlineData("Share | Tweet | Email", true)]
    [InlineData("Share this story on WhatsApp", true)]
    [InlineData("Share on Instagram", false)] // Instagram is a follow-prompt network only (social-networks.tsv)
    [InlineData("Share the road", false)]
    public void Share_widgets_are_widget_words_and_share_button_networks(string line, bool widget) =>
        Assert.Equal(widget, Patterns.ShareWidget().IsMatch(line));

    [Theory]
    [InlineData("Follow us on Instagram for live updates.", true)]
    [InlineData("Follow us on social media", true)]
    [InlineData("Follow us on Pinterest", false)] // a share-button network only
    public void Follow_prompts_name_follow_prompt_networks(string line, bool prompt) =>
        Assert.Equal(prompt, Patterns.FollowPrompt().IsMatch(line));

    [Theory]
    [InlineData("AFP via Getty Images", true)]
    [InlineData("Photo: Reuters / Jo Eld", true)]
    [InlineData("Handout", true)]
    [InlineData("Jo Eld via Getty Images", true)]
    [InlineData("Northline Pictures", false)]
    public void Agency_credits_name_an_agency_or_a_stand_in(string line, bool credit) =>
        Assert.Equal(credit, Patterns.AgencyCredit().IsMatch(line));

    [Theory]
    [InlineData("NORTHSIDE PHOTO AGENCY", true)]
    [InlineData("STAFF / POOL", true)]
    [InlineData("northside photo agency", false)]
    [InlineData("PHOTOGRAPHERS UNITE", false)]
    public void All_caps_credit_words_are_whole_upper_case_words(string line, bool credit) =>
        Assert.Equal(credit, Patterns.CreditVocabulary().IsMatch(line));

    [Theory]
    [InlineData("2 Sept 2025", 9)]
    [InlineData("Monday, June 2, 2025", 6)]
    [InlineData("Dec. 24, 2024", 12)]
    public void Dateline_months_come_from_the_month_names(string line, int month) =>
        Assert.Equal(month, DatelineParser.Parse(line, ExtractionOptions.Default)?.Month);
}
