using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Tests.Mentions;

/// <summary>The builder's finder list decides what the mentions stage finds.</summary>
public sealed class MentionFinderListTests : IDisposable
{
    private const string Text =
        "OSLO, May 2 (Nordwire) - The harbour council met on Monday. It is important to note that the stakes are high, " +
        "and only time will tell. The council approved the plan by 21 votes to 20.";

    private readonly string _directory = Directory.CreateTempSubdirectory("corroborate-finders-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ArticleMentions MentionsWith(Action<OrderedList<MentionFinder>> change)
    {
        string path = Path.Combine(_directory, "article.txt");
        File.WriteAllText(path, "Harbour council vote\n\nPublished 2025-05-02\n\n" + Text + "\n");
        var builder = new PipelineBuilder().WithParallelism(1);
        change(builder.MentionFinders);
        Corroborate.Pipeline.Pipeline pipeline = builder.Build();
        PreparedDocument prepared = pipeline.Prepare(pipeline.Read(path));
        return Assert.Single(prepared.Articles).Mentions;
    }

    [Fact]
    public void The_default_finders_read_the_wire_credit_stock_phrases_and_tally()
    {
        ArticleMentions mentions = MentionsWith(_ => { });

        Assert.Equal("wire:nordwire", mentions.Wire?.Origin);
        Assert.Equal(WireEvidence.DatelineCredit, mentions.Wire?.Evidence);
        Assert.True(mentions.FillerPhrases.Length >= 2);
        Assert.Equal("21-20", Assert.Single(mentions.Keyed, k => k.Key is VoteKey).Value);
    }

    [Fact]
    public void A_removed_finder_finds_nothing_and_the_others_still_run()
    {
        ArticleMentions mentions = MentionsWith(finders =>
        {
            Assert.True(finders.Remove<WireCreditFinder>());
            Assert.True(finders.Remove<FillerPhraseFinder>());
        });

        Assert.Null(mentions.Wire);
        Assert.Empty(mentions.FillerPhrases);
        Assert.Equal("21-20", Assert.Single(mentions.Keyed, k => k.Key is VoteKey).Value);
    }

    [Fact]
    public void A_finder_placed_before_what_it_reads_fails_the_build_naming_both()
    {
        Assert.NotEmpty(MentionsWith(_ => { }).HappeningDates);

        var withoutDates = new PipelineBuilder();
        withoutDates.MentionFinders.Remove<DateFinder>();
        var error = Assert.Throws<ArgumentException>(() => withoutDates.Build());
        Assert.Contains("HappeningDateFinder reads what DateFinder finds", error.Message, StringComparison.Ordinal);

        var peopleLast = new PipelineBuilder();
        peopleLast.MentionFinders.Remove<PeopleFinder>();
        peopleLast.MentionFinders.Add(new PeopleFinder());
        Assert.Contains("RoleFinder reads what PeopleFinder finds", Assert.Throws<ArgumentException>(() => peopleLast.Build()).Message, StringComparison.Ordinal);
    }
}
