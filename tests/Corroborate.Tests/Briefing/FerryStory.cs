using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Tests.Briefing;

/// <summary>
/// A small fictional story, built by hand: a ferry runs aground on Lake Verna (event E1, 2025-04-02), is refloated
/// (E2, 2025-04-05), and services resume (E3, undated). a2 copies a1 and arrives first; a6 contradicts the passenger count.
/// Each article sits in its own document after a header line, so offsets into the document differ from offsets into the text.
/// </summary>
internal sealed class FerryStory
{
    public const string StoryId = "S1";

    private static readonly (string Id, string Outlet, string? Published, string Event, string Text)[] Texts =
    [
        ("a2", "Lakeside Digest", "2025-04-02", "E1", "The ferry Morning Gull ran aground near Tallow Point on Wednesday. All 84 passengers were brought ashore by lifeboat crews. The captain said fog had hidden the channel markers."),
        ("a1", "Verna Courier", "2025-04-02", "E1", "The ferry Morning Gull ran aground near Tallow Point on Wednesday. All 84 passengers were brought ashore by lifeboat crews. The captain said fog had hidden the channel markers."),
        ("a3", "Tallow Herald", "2025-04-02", "E1", "All 84 passengers were brought ashore by lifeboat crews. The ferry Morning Gull struck rocks near Tallow Point on Wednesday. A harbour pilot named Oren Vask guided the lifeboats."),
        ("a5", "Ridge Post", null, "E3", "Ferry services on Lake Verna resumed with a spare vessel. Tickets bought for the Morning Gull remain valid."),
        ("a4", "Verna Courier", "2025-04-05", "E2", "Salvage crews refloated the Morning Gull on Saturday. The operator said repairs would take six weeks. Transport Minister Ilse Brandt ordered an inquiry."),
        ("a6", "Shore Times", "2025-04-03", "E1", "Officials said 90 passengers were aboard the Morning Gull. The ferry was built in 1998."),
    ];

    public FerryStory(string directory)
    {
        Directory.CreateDirectory(directory);
        var articles = new List<ArticleReport>();
        foreach (var (id, outlet, published, storyEvent, text) in Texts)
        {
            string header = $"{outlet.ToUpperInvariant()}\n\n";
            string path = Path.Combine(directory, id + ".txt");
            File.WriteAllText(path, header + text + "\n");
            DateOnly? date = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
            var article = new Article(id, "doc-" + id, path, 0, header.Length, header.Length + text.Length, null, outlet, date, text, false, [], [], OffsetMap.Identity(header.Length, text.Length));
            AnalyzedArticle analyzed = TextAnalyzer.Analyze(article);
            analyzed = analyzed with { SentenceSources = SentenceSources.Of(analyzed, header + text + "\n") };
            CopyLink? copy = id == "a2" ? new CopyLink("a2", "a1", CopyKind.Exact, 1, 1) : null;
            articles.Add(new ArticleReport(analyzed, copy, StoryId, storyEvent));
        }

        Articles = [.. articles];
        Story = new Story(StoryId, "Ferry runs aground on Lake Verna", [.. Texts.Select(t => t.Id)],
        [
            new StoryEvent("E2", new DateOnly(2025, 4, 5), null, null, ["a4"]),
            new StoryEvent("E3", null, null, "services resume", ["a5"]),
            new StoryEvent("E1", new DateOnly(2025, 4, 2), null, null, ["a2", "a1", "a3", "a6"]),
        ]);
    }

    public ImmutableArray<ArticleReport> Articles { get; }

    public Story Story { get; }

    public Citation Cite(string article, int sentence) =>
        Articles.Single(a => a.Article.Id == article).Analyzed.Cite(sentence) ?? throw new InvalidOperationException($"{article}:{sentence} is not citable");

    public ImmutableArray<SourceGroup> Groups =>
    [
        new("G1", StoryId, "a1", "Verna Courier", "copies", ["a1", "a2"]),
        new("G2", StoryId, "a3", "Tallow Herald", null, ["a3"]),
        new("G3", StoryId, "a5", "Ridge Post", null, ["a5"]),
        new("G4", StoryId, "a4", "Verna Courier", null, ["a4"]),
        new("G5", StoryId, "a6", "Shore Times", null, ["a6"]),
    ];

    /// <summary>F1 (3 sources) and F2+F5 (2 sources, one sentence) agree; F3, F4, F7 come from one source; F8 repeats F1's sentence in a3.</summary>
    public ImmutableArray<Fact> Facts =>
    [
        new("F1", StoryId, "E1", new QuantityKey("passenger"), "passengers: 84", "84", 3, 3, [Cite("a2", 1), Cite("a1", 1), Cite("a3", 0)]),
        new("F2", StoryId, "E1", new StatementKey(), "The ferry ran aground near Tallow Point.", "aground", 2, 2, [Cite("a1", 0), Cite("a3", 1)]),
        new("F3", StoryId, "E1", new StatementKey(), "The captain blamed fog.", "fog", 1, 1, [Cite("a1", 2)]),
        new("F4", StoryId, "E2", new HappeningDateKey(HappeningPhase.Start), "refloated: 2025-04-05", "2025-04-05", 1, 1, [Cite("a4", 0)]),
        new("F5", StoryId, "E1", new PlaceKey(), "place: Tallow Point", "Tallow Point", 2, 2, [Cite("a3", 1), Cite("a1", 0)]),
        new("F7", StoryId, "E1", new RoleKey(null, "harbour pilot"), "harbour pilot: Oren Vask", "Oren Vask", 1, 1, [Cite("a3", 2)]),
        new("F8", StoryId, "E1", new StatementKey(), "Lifeboats brought passengers ashore.", "ashore", 1, 1, [Cite("a3", 0)]),
    ];

    public ImmutableArray<Conflict> Conflicts =>
    [
        new("C1", StoryId, "E1", ConflictKind.Number, new QuantityKey("passenger"), "passengers: 84 (Verna Courier) vs 90 (Shore Times)",
        [
            new Claim("a1", "Verna Courier", "84 passengers", "84", Cite("a1", 1), 3, 0),
            new Claim("a6", "Shore Times", "90 passengers", "90", Cite("a6", 0), 1, 1),
        ], null),
    ];

    public StoryCorroboration Corroboration => new(
        Groups,
        Facts,
        Conflicts,
        [new OfficeCheck("a4", "E2", "Transport Minister of Verna", "Ilse Brandt", false, new DateOnly(2025, 4, 5), "Ilse Brandt", OfficeVerdict.Matches, Cite("a4", 2))],
        [
            new Assessment("a3", 0.8, [], []),
            new Assessment("a6", 0.3, [new AssessmentReason("contradicts-majority", "states 90 passengers where three sources say 84", -0.4)],
                [new Difference(new QuantityKey("passenger"), "90", "84", Cite("a6", 0))]),
        ]);

    public AnalysisResult Result(StoryCorroboration? corroboration = null)
    {
        var documents = Articles.Select(a => new DocumentReport(a.Article.DocumentId, a.Article.DocumentPath, DocumentFormat.PlainText, [])).ToImmutableArray();
        StoryCorroboration found = corroboration ?? Corroboration;
        var picture = new StoryPicture(Story, Articles, found, Corroborate.Briefing.BriefBuilder.Default.Build(Story, Articles, found));
        return new AnalysisResult(documents, Articles, [picture], []);
    }
}
