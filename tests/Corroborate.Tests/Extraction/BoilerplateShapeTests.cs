using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

/// <summary>Boilerplate recognised by shape, with no outlet or agency name in any rule (fictional lines written for these tests).</summary>
public class BoilerplateShapeTests
{
    private static Article Inserted(string lines) =>
        Single(LibraryBody.Replace("Supporters", lines + "\nSupporters", StringComparison.Ordinal));

    [Theory]
    [InlineData("Readers queue at the reopened reading room on Saturday. Photo: Ilse Marrow/Fernhill Courier")]
    [InlineData("Readers queue at the reopened reading room on Saturday. Image: FC/Ilse Marrow")]
    [InlineData("Readers queue at the reopened reading room on Saturday. Courtesy of the Harbour Trust")]
    [InlineData("📷 Readers queue at the reopened reading room on Saturday. Ilse Marrow 2026 FCR")]
    [InlineData("Caption: Readers queue at the reopened reading room on Saturday. Photo/Ilse Marrow")]
    [InlineData("[Photo: readers in the reading room. Courtesy of the Harbour Trust]")]
    public void Captions_with_credits_of_any_shape_are_removed(string caption)
    {
        Article a = Inserted(caption);
        Assert.DoesNotContain("Readers queue", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ilse Marrow", a.Text, StringComparison.Ordinal);
        Assert.Contains("4,000 signatures", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SPONSORED | Switch your energy plan and save 20% this winter. Terms apply.")]
    [InlineData("— Sponsored —")]
    [InlineData("Reklama / Advertisement")]
    [InlineData("Advertisement – Continue reading below")]
    [InlineData("Advertisement - scroll to continue")]
    public void Ad_slots_are_removed_by_their_label(string slot)
    {
        Article a = Inserted(slot);
        Assert.DoesNotContain(slot.Trim('—', ' '), a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Advertisement);
    }

    [Fact]
    public void A_mid_sentence_advertisement_is_cut_and_the_sentence_kept()
    {
        Article a = Single("The council said on Tuesday that the library ADVERTISEMENT would stay open for at least five more years.\n" + LibraryBody);
        Assert.Contains("the library would stay open", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fernhill Courier is now on WhatsApp. Click here to follow our channel.")]
    [InlineData("Subscribe to Courier Plus for daily council alerts and our weekly planning digest. First month free.")]
    [InlineData("Support local journalism. Become a Courier member from 4 euros a month.")]
    [InlineData("🎧 Listen to the council bulletin (2:14)")]
    [InlineData("Listen to the full interview")]
    public void Reader_prompts_are_removed_by_their_verb_object_and_address(string prompt)
    {
        Article a = Inserted(prompt);
        Assert.DoesNotContain(prompt[^12..], a.Text, StringComparison.Ordinal);
        Assert.Contains("4,000 signatures", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_sentence_with_prompt_words_is_kept()
    {
        Article a = Single(LibraryBody + "Support for the plan among council members rose to 60 percent last month.\n");
        Assert.Contains("Support for the plan among council members", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaser_tails_labelled_lists_and_related_boxes_are_removed()
    {
        string more = "The library's board said it would open on Sundays from April, staffed by volunteers from the reading circle.\n"
            + "A new children's corner will be paid for by a local shipping firm, which gave 40,000 euros last year.\n"
            + "The mayor said the vote showed that the town still valued its oldest public building.\n";
        Article a = Single(LibraryBody.Replace("Supporters", "READ ALSO:\n→ How the harbour library was built\n→ Five libraries worth a visit\n"
            + "Most watched: 1. Ferry timetable 2. Tide tables\nRead the full story at Fernhill Courier\nSupporters", StringComparison.Ordinal) + more);
        Assert.DoesNotContain("How the harbour library was built", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read the full story", a.Text, StringComparison.Ordinal);
        Assert.Contains("4,000 signatures", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Widgets_behind_an_icon_and_desk_initials_are_removed()
    {
        Article a = Single(LibraryBody.TrimEnd('\n') + " NWS KLM AB\n💬 14 Comments\nHarbourFan: great news\n");
        Assert.EndsWith("over two years.", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_share_bar_is_a_widget()
    {
        Article a = Inserted("Share on WhatsApp  Share on Facebook  Share on X  Email  Copy link");
        Assert.DoesNotContain("Share on", a.Text, StringComparison.Ordinal);
    }
}
