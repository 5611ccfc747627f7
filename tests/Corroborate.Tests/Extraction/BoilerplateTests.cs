using Corroborate.Model;
using static Corroborate.Tests.Extraction.Fixtures;

namespace Corroborate.Tests.Extraction;

public class BoilerplateTests
{
    [Fact]
    public void Photo_captions_and_agency_credit_lines_are_removed()
    {
        string text = LibraryBody.Replace("Supporters", "3 Volunteers carry boxes of books into the reading room on Saturday.\nAFP via Getty Images\nSupporters", StringComparison.Ordinal)
            + "3 The harbour library was built in 1911.\nREUTERS\nThe vote passed by nine votes to four.\n";
        Article a = Single(text);
        Assert.DoesNotContain("Volunteers carry", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Getty", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("REUTERS", a.Text, StringComparison.Ordinal);
        Assert.Contains("nine votes to four", a.Text, StringComparison.Ordinal);
        Assert.Equal(2, a.Removed.Count(r => r.Kind == RemovedKind.Caption));
        Assert.Equal(2, a.Removed.Count(r => r.Kind == RemovedKind.Credit));
    }

    [Fact]
    public void A_labelled_photo_credit_of_any_photographer_and_the_caption_above_it_are_removed()
    {
        string text = "Children wave paper lanterns on the quay on Sunday evening.\nPhoto: Mara Lind / Coastal Photo Desk\n\n" + LibraryBody;
        Article a = Single(text);
        Assert.DoesNotContain("paper lanterns", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mara Lind", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Caption);
        Assert.StartsWith(LibraryBody[..30], a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advertisement_inside_a_paragraph_is_cut_and_the_paragraph_kept()
    {
        string text = "The museum reopened on Friday after a two-year renovation. Advertisement Visitors queued for an hour to see the new whale skeleton, which hangs in the main hall.\nThe director said entry will stay free for children.\n";
        Article a = Single(text);
        Assert.Contains("renovation. Visitors queued", a.Text, StringComparison.Ordinal);
        RemovedBlock ad = Assert.Single(a.Removed, r => r.Kind == RemovedKind.Advertisement);
        Assert.Contains("Advertisement", text[ad.Start..ad.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_widgets_credits_and_prompts_are_removed_with_their_kinds()
    {
        string text = LibraryBody + "With Gazette wires\nHashtags\nSign up for our free morning newsletter\nComments\n";
        Article a = Single(text);
        Assert.EndsWith("over two years.", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Credit);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Tags);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.SignIn);
    }

    [Fact]
    public void Read_the_original_article_gives_the_outlet_and_is_cut()
    {
        string text = "Harbour library saved after council vote\n" + LibraryBody.TrimEnd('\n') + " Read the original article on Coastal Daily Sign in to access your account\n";
        Article a = Single(text);
        Assert.Equal("Coastal Daily", a.Outlet);
        Assert.DoesNotContain("Read the original", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_the_latest_from_footer_gives_the_outlet()
    {
        Article a = Single(LibraryBody + "For the latest from Harbour Radio, and .\n");
        Assert.Equal("Harbour Radio", a.Outlet);
        Assert.DoesNotContain("latest", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_references_heading_over_a_numbered_list_starts_the_reference_list()
    {
        string text = LibraryBody + "References\n1. Kelvar Library Trust – Annual Report, March 2031\n2. \"Library saved\" – Coastal Daily\n";
        Article a = Single(text);
        Assert.DoesNotContain("Annual Report", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("References", a.Text, StringComparison.Ordinal);
        Assert.Equal(3, a.Removed.Count(r => r.Kind == RemovedKind.References));

        // The same heading over ordinary paragraphs is no reference list.
        Article plain = Single(LibraryBody + "Sources\nThe council said the library would stay open for at least five more years after the petition.\n");
        Assert.DoesNotContain(plain.Removed, r => r.Kind == RemovedKind.References);
    }

    [Fact]
    public void References_and_bullet_summary_after_the_end_are_kept_apart()
    {
        string text = LibraryBody +
            "[1] Council keeps library open - Coastal Daily\n[2] Roof repairs planned - Valley Times\n" +
            "- The council voted to keep the harbour library open for at least five more years after a petition.\n";
        Article a = Single(text);
        Assert.DoesNotContain("[1]", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("petition", a.Text, StringComparison.Ordinal);
        Assert.Equal(2, a.Removed.Count(r => r.Kind == RemovedKind.References));
        Assert.Single(a.Removed, r => r.Kind == RemovedKind.Summary);
    }

    [Fact]
    public void Html_comment_remnants_are_removed()
    {
        Article a = Single(LibraryBody + "<!– <!– \n");
        Assert.DoesNotContain("<!", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_repeated_across_many_documents_are_boilerplate()
    {
        var frequencies = new Corroborate.Extraction.LineFrequencies();
        string promo = "Get the Harbour app for the best local coverage.";
        for (int i = 0; i < 5; i++)
        {
            frequencies.AddDocument($"Story number {i} about something else entirely.\n{promo}\n");
        }

        Article a = Assert.Single(Extractor.Extract(PlainDoc(LibraryBody + promo + "\n"), frequencies).Articles);
        Assert.DoesNotContain("Harbour app", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Kind == RemovedKind.Repeated);
        Assert.Equal(5, frequencies.DocumentCount(promo.ToUpperInvariant()));
    }

    [Fact]
    public void Lines_shared_by_a_few_copies_of_one_story_are_kept()
    {
        var frequencies = new Corroborate.Extraction.LineFrequencies();
        for (int i = 0; i < 3; i++)
        {
            frequencies.AddDocument(LibraryBody);
        }

        frequencies.AddDocument("An unrelated note about the weather.\n");
        Article a = Assert.Single(Extractor.Extract(PlainDoc(LibraryBody), frequencies).Articles);
        Assert.DoesNotContain(a.Removed, r => r.Kind == RemovedKind.Repeated);
        Assert.Equal(Assert.Single(Extractor.Extract(PlainDoc(LibraryBody)).Articles).Text, a.Text);
    }

    [Fact]
    public void Empty_document_gives_a_diagnostic_not_an_exception()
    {
        var result = Extract("  \n ");
        Assert.Empty(result.Articles);
        Assert.Contains(result.Diagnostics, d => d.Code == "empty-document");
    }
}
