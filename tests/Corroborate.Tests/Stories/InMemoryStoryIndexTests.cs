using System.Text.Json;
using Corroborate.Model;
using Corroborate.Stories;
using static Corroborate.Tests.Stories.StoryTestKit;

namespace Corroborate.Tests.Stories;

/// <summary>Fictional bundles, written for these tests: two look-alike stories, a story with two dated events.</summary>
public class InMemoryStoryIndexTests
{
    // Two stories of the same kind (a harbour bridge collapse) in different towns with different officials.
    private static readonly AnalyzedArticle[] Bridges =
    [
        Analyzed("a1", "A footbridge over the Velden harbour collapsed during a storm, injuring four people. Mayor Ilse Brandvoort said engineers from Velden would inspect every bridge. Brandvoort ordered the harbour closed while divers searched the water near the Velden quay.", title: "Velden harbour bridge collapses"),
        Analyzed("b1", "The old road bridge at Castelmaro fell into the river after days of rain. Governor Tomasz Oyelaran called it a disaster for Castelmaro and promised a new crossing. Oyelaran said traffic would be diverted through the hills around Castelmaro for months.", title: "Castelmaro bridge falls into river"),
        Analyzed("a2", "Divers in Velden found no further victims after the footbridge collapse at the harbour. Mayor Ilse Brandvoort thanked rescuers and said the Velden quay would reopen once Brandvoort's inspectors finished their work on the harbour bridges."),
        Analyzed("b2", "Engineers blamed rotten supports for the Castelmaro road bridge collapse. Governor Tomasz Oyelaran said Castelmaro would get a temporary crossing, and Oyelaran asked the ministry for funds to rebuild the river bridge."),
        Analyzed("a3", "Velden reopened its quay a week after the harbour footbridge collapse. Ilse Brandvoort, the mayor of Velden, said the harbour would get a steel bridge, and Brandvoort promised new inspections."),
        Analyzed("b3", "A temporary crossing opened at Castelmaro, replacing the river bridge that collapsed. Tomasz Oyelaran, governor, said Castelmaro drivers had waited long enough, and Oyelaran praised the engineers."),
    ];

    // One story (fictional fishing-quota talks) with two rounds two weeks apart; dated and relative cues.
    private static readonly AnalyzedArticle[] QuotaTalks =
    [
        Analyzed("q1", "Fishery ministers of Norland and Estavia met in Port Alder on Monday for talks on herring quotas. Minister Sanna Virtanova of Norland said the talks were useful. Estavia's minister Pavel Drugan wants a larger herring quota for Estavia.", new DateOnly(2026, 4, 6)),
        Analyzed("q2", "Norland and Estavia ended herring quota talks in Port Alder without a deal yesterday. Sanna Virtanova and Pavel Drugan agreed to meet again. The herring quota dispute between Norland and Estavia has lasted two seasons.", new DateOnly(2026, 4, 7)),
        Analyzed("q3", "Herring quota talks between Norland and Estavia resumed in Port Alder on Monday. Sanna Virtanova said Norland had a new offer on the herring quota, while Pavel Drugan said Estavia would study it.", new DateOnly(2026, 4, 20)),
        Analyzed("q4", "Norland and Estavia reached a herring quota deal in Port Alder. Pavel Drugan and Sanna Virtanova signed the herring agreement on April 20, ending the quota dispute between Estavia and Norland.", new DateOnly(2026, 4, 21)),
    ];

    [Fact]
    public void Look_alike_stories_about_different_people_and_places_separate()
    {
        var index = new InMemoryStoryIndex();
        var placed = Run(index, Bridges);
        Assert.Equal("a1,a2,a3 | b1,b2,b3", Partition(placed.Values.GroupBy(a => a.StoryId).Select(g => g.Select(a => a.ArticleId))));
        Assert.Equal(["Velden harbour bridge collapses", "Castelmaro bridge falls into river"], index.Stories().Select(s => s.Title));
        Assert.Equal("S" + ContentId.Of("a1"), index.Stories()[0].Id);
    }

    [Fact]
    public void A_story_splits_into_events_by_dates_resolved_from_the_text()
    {
        var index = new InMemoryStoryIndex();
        Run(index, QuotaTalks);
        Story story = Assert.Single(index.Stories());
        Assert.Equal(2, story.Events.Length);
        Assert.Equal(["q1", "q2"], story.Events[0].Articles.AsEnumerable());
        Assert.Equal(["q3", "q4"], story.Events[1].Articles.AsEnumerable());

        // q1 is dated Monday April 6 and says "on Monday"; q2 says "yesterday" on April 7: one day.
        Assert.Equal(new DateOnly(2026, 4, 6), story.Events[0].Date);
        Assert.Null(story.Events[0].DateEnd);
        Assert.Equal(new DateOnly(2026, 4, 20), story.Events[1].Date);
    }

    [Fact]
    public void Background_days_a_dated_report_mentions_do_not_pull_it_out_of_its_happening()
    {
        // A fictional outbreak: two reports on Wednesday 10 June, one full of the days it began on, and a report of a
        // vaccination drive six days later that also recalls the outbreak's first days.
        AnalyzedArticle[] outbreak =
        [
            Analyzed("o1", "Typhoid cases rose again in Marrowvale on Wednesday. The outbreak began on Sunday, June 7, and by Sunday night the Marrowvale clinic had run out of beds. Health officer Lena Quist said the wells of Marrowvale were being tested.", new DateOnly(2026, 6, 10)),
            Analyzed("o2", "Marrowvale reported forty new typhoid cases on Wednesday, and health officer Lena Quist said the Marrowvale wells would stay closed until tests were done.", new DateOnly(2026, 6, 10)),
            Analyzed("o3", "A typhoid vaccination drive started in Marrowvale on Tuesday. Lena Quist said the outbreak, which began on June 7, had slowed since the Marrowvale wells were closed.", new DateOnly(2026, 6, 16)),
        ];
        var index = new InMemoryStoryIndex();
        Run(index, outbreak);
        Story story = Assert.Single(index.Stories());
        Assert.Equal("o1,o2 | o3", Partition(story.Events.Select(e => e.Articles.AsEnumerable())));
    }

    [Fact]
    public void An_undated_report_is_not_dated_by_a_background_day_it_names_once()
    {
        // A fictional trial: two dated reports of the verdict, and an undated live page that recalls the crime's day once.
        AnalyzedArticle[] trial =
        [
            Analyzed("t1", "A jury in Korvik convicted farmer Anton Helle of arson on Wednesday. Judge Mira Sand sentenced Helle to nine years for the barn fire that killed two workers in Korvik.", new DateOnly(2031, 3, 12)),
            Analyzed("t2", "Anton Helle was found guilty of arson by a Korvik jury on Wednesday, and Judge Mira Sand gave him nine years for the barn fire.", new DateOnly(2031, 3, 12)),
            Analyzed("t3", "Live: the Korvik arson verdict. The jury is back. Anton Helle, accused of setting the barn fire of 3 October 2029 that killed two workers, is guilty, Judge Mira Sand says; she sentences Helle to nine years."),
        ];
        var index = new InMemoryStoryIndex();
        Run(index, trial);
        Story story = Assert.Single(index.Stories());
        Assert.Equal("t1,t2,t3", Partition(story.Events.Select(e => e.Articles.AsEnumerable())));
    }

    [Fact]
    public void Ordinal_cues_split_undated_rounds_and_label_them()
    {
        AnalyzedArticle[] wage =
        [
            Analyzed("w1", "Union leader Dario Kessling and the Marvona rail company held a first round of wage talks. Kessling said Marvona rail workers want a raise; Marvona offered a bonus instead. The wage talks ended without a deal."),
            Analyzed("w2", "The first round of wage talks between Marvona rail and the union of Dario Kessling ended without agreement on pay. Kessling said rail workers may strike if Marvona keeps its bonus offer."),
            Analyzed("w3", "Marvona rail and Dario Kessling's union opened a second round of wage talks. Kessling called the new Marvona pay offer a step forward for rail workers, and the wage talks will continue."),
            Analyzed("w4", "In the second round of wage talks, Marvona rail raised its pay offer. Dario Kessling said rail workers would vote on the Marvona offer; Kessling dropped the strike threat."),
        ];
        var index = new InMemoryStoryIndex();
        Run(index, wage);
        Story story = Assert.Single(index.Stories());
        Assert.Equal(["first round", "second round"], story.Events.Select(e => e.Label));
        Assert.Equal(["w1", "w2"], story.Events[0].Articles.AsEnumerable());
        Assert.Equal(["w3", "w4"], story.Events[1].Articles.AsEnumerable());
        Assert.Equal("E" + ContentId.Of(story.Id, "w3"), story.Events[1].Id);
    }

    [Fact]
    public void A_copy_joins_its_canonical_story_and_event()
    {
        var index = new InMemoryStoryIndex();
        var first = index.Add(QuotaTalks[0], null);
        var other = Analyzed("copy", "A short unrelated text about gardening tools and compost.");
        var copy = index.Add(other, new CopyLink("copy", "q1", CopyKind.Truncated, 0.4, 1.0));
        Assert.Equal(first.StoryId, copy.StoryId);
        Assert.Equal(first.EventId, copy.EventId);
    }

    [Fact]
    public void Same_input_in_the_same_order_gives_byte_identical_results()
    {
        string Once()
        {
            var index = new InMemoryStoryIndex();
            var placed = Bridges.Concat(QuotaTalks).Select(a => index.Add(a, null)).ToList();
            return JsonSerializer.Serialize(new { placed, stories = index.Stories() });
        }

        Assert.Equal(Once(), Once());
    }

    [Fact]
    public void Well_separated_stories_get_the_same_partition_in_any_order()
    {
        var all = Bridges.Concat(QuotaTalks).ToArray();
        string PartitionOf(IEnumerable<AnalyzedArticle> order)
        {
            var index = new InMemoryStoryIndex();
            Run(index, order);
            return Partition(index.Stories().Select(s => s.Articles.AsEnumerable()));
        }

        Assert.Equal(PartitionOf(all), PartitionOf(all.Reverse()));
        Assert.Equal("a1,a2,a3 | b1,b2,b3 | q1,q2,q3,q4", PartitionOf(all));
    }

    [Fact]
    public void Adding_the_same_article_twice_changes_nothing()
    {
        var index = new InMemoryStoryIndex();
        var once = index.Add(Bridges[0], null);
        var twice = index.Add(Bridges[0], null);
        Assert.Equal(once, twice);
        Assert.Equal(["a1"], Assert.Single(index.Stories()).Articles.AsEnumerable());
    }
}
