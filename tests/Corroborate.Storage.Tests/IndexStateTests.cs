using Corroborate.Copies;
using Corroborate.Pipeline;
using Corroborate.Stories;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>The index state survives being cut into many parts and read back part by part.</summary>
public sealed class IndexStateTests : IDisposable
{
    private readonly Corpus _corpus = new(60, seed: 4);

    [Fact]
    public void A_state_cut_into_many_parts_reads_back_to_the_same_state()
    {
        var pipeline = Pipeline.Pipeline.CreateDefault();
        var (copies, stories) = (new InMemoryCopyIndex(), new InMemoryStoryIndex());
        PipelineRun run = new PipelineBuilder().UseCopyIndex(() => copies).UseStoryIndex(() => stories).Build().Start();
        foreach (PreparedDocument prepared in pipeline.ReadAndPrepare(_corpus.Files))
        {
            run.Add(prepared);
        }

        var parts = new List<byte[]>();
        IndexState.Save(copies, stories, (index, buffer, length) =>
        {
            Assert.Equal(parts.Count, index);
            parts.Add(buffer[..length]);
        }, partBytes: 1000);
        Assert.True(parts.Count > 5);
        Assert.All(parts.SkipLast(1), p => Assert.Equal(1000, p.Length));

        var (copiesBack, storiesBack) = IndexState.Load(parts, "test");
        var again = new List<byte[]>();
        IndexState.Save(copiesBack, storiesBack, (_, buffer, length) => again.Add(buffer[..length]), partBytes: 1000);
        Assert.Equal(parts.SelectMany(static p => p), again.SelectMany(static p => p));
    }

    [Fact]
    public void A_damaged_state_is_a_clear_store_error()
    {
        var error = Assert.Throws<StoreException>(() => IndexState.Load([[1, 2, 3, 4, 5]], "test store"));
        Assert.StartsWith("test store: the saved index state cannot be read", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _corpus.Dispose();
}
