using Corroborate.Copies;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reading;
using Corroborate.Stories;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// Saving and restoring the copy and story indexes mid-stream changes nothing: the rest of the stream gives the same
/// groups, links, stories and events as one uninterrupted run (what a store relies on to continue an ingest).
/// </summary>
public class IndexStateTests
{
    [Fact]
    public void A_run_saved_and_restored_half_way_ends_exactly_like_an_uninterrupted_run()
    {
        var pipeline = Corroborate.Pipeline.Pipeline.CreateDefault();
        var problems = new List<Diagnostic>();
        var documents = pipeline.ReadAndPrepare(InputFiles.Expand([SamplesFolder()], problems)).ToList();
        Assert.True(documents.Count > 10);

        var (copies, stories) = (new InMemoryCopyIndex(), new InMemoryStoryIndex());
        var uninterrupted = documents.SelectMany(d => d.Articles).Select(a => Add(copies, stories, a)).ToList();

        int half = documents.Count / 2;
        var (first, firstStories) = (new InMemoryCopyIndex(), new InMemoryStoryIndex());
        var resumed = documents.Take(half).SelectMany(d => d.Articles).Select(a => Add(first, firstStories, a)).ToList();
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            first.WriteState(writer);
            firstStories.WriteState(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var restored = InMemoryCopyIndex.ReadState(reader, new CopyOptions());
        var restoredStories = InMemoryStoryIndex.ReadState(reader, new StoryIndexOptions());
        resumed.AddRange(documents.Skip(half).SelectMany(d => d.Articles).Select(a => Add(restored, restoredStories, a)));

        Assert.Equal(uninterrupted, resumed);
        var ids = documents.SelectMany(d => d.Articles).Select(a => a.Id).ToList();
        Assert.Equal(ids.Select(copies.LinkOf), ids.Select(restored.LinkOf));
        Assert.Equal(ids.Select(id => string.Join(",", copies.GroupOf(id))), ids.Select(id => string.Join(",", restored.GroupOf(id))));
        Assert.Equal(Describe(stories.Stories()), Describe(restoredStories.Stories()));
    }

    [Fact]
    public void A_state_of_another_layout_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(999);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        Assert.Throws<InvalidDataException>(() => InMemoryCopyIndex.ReadState(reader, new CopyOptions()));
    }

    private static string Add(InMemoryCopyIndex copies, InMemoryStoryIndex stories, AnalyzedArticle article)
    {
        CopyLink? link = copies.Add(article);
        StoryAssignment placed = stories.Add(article, link);
        return $"{article.Id} {link?.CanonicalId} {link?.Kind} {placed.StoryId} {placed.EventId}";
    }

    private static List<string> Describe(IReadOnlyList<Story> stories) =>
        [.. stories.Select(s => $"{s.Id} {s.Title} {string.Join(",", s.Articles)} " +
            string.Join(" ", s.Events.Select(e => $"{e.Id}:{e.Date}:{e.DateEnd}:{e.Label}:{string.Join(",", e.Articles)}")))];

    private static string SamplesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string samples = Path.Combine(folder.FullName, "samples");
            if (Directory.Exists(samples) && File.Exists(Path.Combine(folder.FullName, "Corroborate.slnx")))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above the test output folder");
    }
}
