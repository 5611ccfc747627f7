using Corroborate.Copies;
using Corroborate.Model;
using static Corroborate.Tests.Copies.CopyTexts;

namespace Corroborate.Tests.Copies;

public class InMemoryCopyIndexTests
{
    [Fact]
    public void An_exact_copy_links_to_the_first_article()
    {
        var index = new InMemoryCopyIndex();
        Assert.Null(index.Add(Analyze("a", Original)));
        CopyLink? link = index.Add(Analyze("b", Original));

        Assert.NotNull(link);
        Assert.Equal(("b", "a", CopyKind.Exact), (link.ArticleId, link.CanonicalId, link.Kind));
        Assert.Equal(1.0, link.Jaccard);
        Assert.Equal(["a", "b"], index.GroupOf("a"));
    }

    [Fact]
    public void A_repunctuated_and_requoted_copy_has_the_same_words_so_it_is_exact()
    {
        var index = new InMemoryCopyIndex();
        index.Add(Analyze("a", Original));
        string copy = Repunctuated;
        // "storm.Mayor": the tokenizer splits at a point between letters, so the words stay the same.
        Assert.Contains("storm.Mayor", copy, StringComparison.Ordinal);
        Assert.Contains('\u201c', copy);

        CopyLink? link = index.Add(Analyze("b", copy));

        Assert.NotNull(link);
        Assert.Equal("a", link.CanonicalId);
        Assert.Equal(CopyKind.Exact, link.Kind);
    }

    [Fact]
    public void A_lightly_edited_copy_is_near()
    {
        var index = new InMemoryCopyIndex();
        index.Add(Analyze("a", Original));
        CopyLink? link = index.Add(Analyze("b", LightlyEdited));

        Assert.NotNull(link);
        Assert.Equal(CopyKind.Near, link.Kind);
        Assert.Equal("a", link.CanonicalId);
        Assert.InRange(link.Jaccard, 0.6, 0.99);
    }

    [Fact]
    public void A_truncated_copy_arriving_first_hands_the_canonical_to_the_original()
    {
        var index = new InMemoryCopyIndex();
        Assert.Null(index.Add(Analyze("cut", Truncated(0.35))));

        // The original is the most complete member, so it becomes canonical and has no link itself.
        Assert.Null(index.Add(Analyze("full", Original)));

        CopyLink? link = index.LinkOf("cut");
        Assert.NotNull(link);
        Assert.Equal(("cut", "full", CopyKind.Truncated), (link.ArticleId, link.CanonicalId, link.Kind));
        Assert.InRange(link.Containment, 0.9, 1.0);
        Assert.InRange(link.Jaccard, 0.2, 0.5);
    }

    [Fact]
    public void A_truncated_copy_arriving_after_the_original_links_to_it()
    {
        var index = new InMemoryCopyIndex();
        index.Add(Analyze("full", Original));
        CopyLink? link = index.Add(Analyze("cut", Truncated(0.35)));

        Assert.NotNull(link);
        Assert.Equal(("full", CopyKind.Truncated), (link.CanonicalId, link.Kind));
        Assert.InRange(link.Containment, 0.7, 1.0);
    }

    [Fact]
    public void An_article_on_the_same_topic_sharing_quotes_is_not_a_copy()
    {
        var index = new InMemoryCopyIndex();
        index.Add(Analyze("a", Original));

        Assert.Null(index.Add(Analyze("b", SameTopic)));
        Assert.Null(index.LinkOf("a"));
        Assert.Equal(["b"], index.GroupOf("b"));
    }

    [Fact]
    public void A_chain_of_copies_forms_one_group_with_the_longest_as_canonical()
    {
        var index = new InMemoryCopyIndex();
        index.Add(Analyze("cut", Truncated(0.4)));
        index.Add(Analyze("edited", LightlyEdited));
        index.Add(Analyze("repunctuated", Repunctuated));

        Assert.Equal(["cut", "edited", "repunctuated"], index.GroupOf("edited"));
        // The edited copy added "Entry is free." but dropped a longer sentence: the re-punctuated one is longer.
        Assert.Null(index.LinkOf("repunctuated"));
        Assert.Equal("repunctuated", index.LinkOf("cut")?.CanonicalId);
        Assert.Equal("repunctuated", index.LinkOf("edited")?.CanonicalId);
        Assert.Equal(CopyKind.Near, index.LinkOf("edited")?.Kind);
        Assert.Equal(CopyKind.Truncated, index.LinkOf("cut")?.Kind);
    }

    [Fact]
    public void Same_input_order_gives_the_same_links()
    {
        static string Run()
        {
            var index = new InMemoryCopyIndex();
            string[] ids = ["cut", "topic", "full", "edited", "again"];
            string[] texts = [Truncated(0.35), SameTopic, Original, LightlyEdited, Repunctuated];
            for (int i = 0; i < ids.Length; i++)
            {
                index.Add(Analyze(ids[i], texts[i]));
            }

            return string.Join('\n', ids.Select(id => index.LinkOf(id)?.ToString() ?? id + ": none"));
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Short_articles_and_repeated_ids_are_handled()
    {
        var index = new InMemoryCopyIndex();
        Assert.Null(index.Add(Analyze("tiny", "Photo by staff.")));
        Assert.Null(index.Add(Analyze("tiny2", "Photo by staff.")));
        Assert.Null(index.Add(Analyze("a", Original)));
        Assert.NotNull(index.Add(Analyze("b", Original)));
        Assert.NotNull(index.Add(Analyze("b", Original)));
        Assert.Equal(4, index.Count);
        Assert.Empty(index.GroupOf("unknown"));
        Assert.Null(index.LinkOf("unknown"));
    }
}
