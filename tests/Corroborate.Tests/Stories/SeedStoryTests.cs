using Corroborate.Model;
using Corroborate.Stories;
using static Corroborate.Tests.Stories.StoryTestKit;

namespace Corroborate.Tests.Stories;

/// <summary>
/// The shared seed documents, read from disk (their text is never copied into the repository). Extraction
/// is built elsewhere, so the articles are cut here by hand: 000's main article ends at its "Related
/// Articles" line, after which come three unrelated teasers (a headline line, then a body line each).
/// </summary>
public class SeedStoryTests
{
    private static string Seed(string folder, string prefix) =>
        File.ReadAllText(Directory.GetFiles(folder, prefix + "_*.txt").Single());

    [Fact]
    public void Seeds_form_one_story_with_two_rounds_and_three_unrelated_teasers()
    {
        string folder = TestSupport.SharedFolder.Seeds;

        string s000 = Seed(folder, "000");
        int related = s000.IndexOf("Related Articles", StringComparison.Ordinal);
        string main = s000[..related];
        string[] after = s000[(related + "Related Articles".Length)..].Split('\n').Select(l => l.Trim()).ToArray();

        // A teaser body is a long line; its headline is the non-empty line before it.
        var teasers = new List<AnalyzedArticle>();
        for (int i = 0; i < after.Length; i++)
        {
            if (after[i].Length > 300)
            {
                string headline = after[..i].Last(l => l.Length > 0);
                teasers.Add(Analyzed("000-teaser" + teasers.Count, headline + "\n" + after[i], title: headline));
            }
        }

        Assert.Equal(3, teasers.Count);
        string s004 = Seed(folder, "004");
        var index = new InMemoryStoryIndex();
        var placed = new Dictionary<string, StoryAssignment>
        {
            ["000"] = index.Add(Analyzed("000", main), null),
        };
        foreach (var teaser in teasers)
        {
            placed[teaser.Id] = index.Add(teaser, null);
        }

        placed["001"] = index.Add(Analyzed("001", Seed(folder, "001")), new CopyLink("001", "000", CopyKind.Truncated, 0.3, 1.0));
        placed["002"] = index.Add(Analyzed("002", Seed(folder, "002")), null);
        placed["003"] = index.Add(Analyzed("003", Seed(folder, "003")), null);
        placed["004"] = index.Add(Analyzed("004", s004[(s004.IndexOf('\n') + 1)..], new DateOnly(2025, 6, 2)), null);

        string story = placed["000"].StoryId;
        Assert.Equal("000 001 002 003 004", string.Join(" ", new[] { "000", "001", "002", "003", "004" }.Where(id => placed[id].StoryId == story)));
        var teaserStories = teasers.Select(t => placed[t.Id].StoryId).ToHashSet();
        Assert.Equal(3, teaserStories.Count);
        Assert.DoesNotContain(story, teaserStories);

        // Two events: the first round {002, 003} and the second round {000, 001, 004}.
        Story s = index.Stories().Single(x => x.Id == story);
        Assert.Equal(2, s.Events.Length);
        Assert.Equal(placed["002"].EventId, placed["003"].EventId);
        Assert.Equal(placed["000"].EventId, placed["001"].EventId);
        Assert.Equal(placed["000"].EventId, placed["004"].EventId);
        Assert.NotEqual(placed["000"].EventId, placed["002"].EventId);

        StoryEvent second = s.Events.Single(e => e.Id == placed["004"].EventId);
        Assert.Equal("second round", second.Label);
        Assert.Equal(new DateOnly(2025, 6, 2), second.Date);
        Assert.StartsWith("first", s.Events.Single(e => e.Id == placed["002"].EventId).Label);
    }
}
