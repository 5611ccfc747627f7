using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Offices;
using Corroborate.Mentions;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Tests.Corroboration;

/// <summary>Builds fictional articles with hand-made mentions (people, roles, counts: the text finders' own are replaced), and runs the corroboration stage over one story of one event.</summary>
internal sealed class CorroborationKit
{
    private static readonly MentionStage TextFinders = new(
        [new PeopleFinder(), new DateFinder(), new HappeningDateFinder(), new ThingYearFinder(), new VenueFinder(), new LocalityFinder(), new VoteTallyFinder(), new WireCreditFinder(), new FillerPhraseFinder()]);

    private readonly List<ArticleReport> _articles = [];

    public ArticleBuilder Article(string id, string text, string? outlet = "Test Outlet", DateOnly? published = null, string? copyOf = null) =>
        new(this, id, text, outlet, published, copyOf);

    public StoryCorroboration Run(DateOnly? eventDate = null, OfficeRegistry? registry = null)
    {
        ImmutableArray<string> ids = [.. _articles.Select(a => a.Article.Id)];
        var story = new Story("S1", "test", ids, [new StoryEvent("E1", eventDate, null, null, ids)]);
        return new Corroborator(registry).Corroborate(story, _articles, Corroborator.OutletsOf(_articles));
    }

    /// <summary>Corroborates the articles as one story whose events hold the given article ids, in order (E1, E2, …).</summary>
    public StoryCorroboration RunInEvents(params string[][] events)
    {
        ImmutableArray<string> ids = [.. _articles.Select(a => a.Article.Id)];
        var story = new Story("S1", "test", ids, [.. events.Select((e, i) => new StoryEvent("E" + (i + 1), null, null, null, [.. e]))]);
        return new Corroborator(null).Corroborate(story, _articles, Corroborator.OutletsOf(_articles));
    }

    internal sealed class ArticleBuilder(CorroborationKit kit, string id, string text, string? outlet, DateOnly? published, string? copyOf)
    {
        private readonly List<RoleMention> _roles = [];
        private readonly List<QuantityMention> _quantities = [];
        private readonly List<DurationMention> _durations = [];
        private readonly List<PersonMention> _people = [];
        private readonly List<string> _references = [];
        private readonly List<QuoteMention> _quotes = [];
        private AnalyzedArticle? _analyzed;

        private AnalyzedArticle Analyzed => _analyzed ??= Analyze();

        public ArticleBuilder Role(string phrase, string title, string? jurisdiction, string holder, bool former = false)
        {
            var (start, end, sentence) = Find(phrase);
            _roles.Add(new RoleMention(title, jurisdiction, holder, former, sentence, start, end));
            return this;
        }

        public ArticleBuilder Quantity(string phrase, double low, double high, string countedKey)
        {
            var (start, end, sentence) = Find(phrase);
            _quantities.Add(new QuantityMention(low, new ValueRange(low, high), null, countedKey, countedKey, sentence, start, end));
            return this;
        }

        public ArticleBuilder Duration(string phrase, double low, double high, bool ofHappening = true)
        {
            var (start, end, sentence) = Find(phrase);
            _durations.Add(new DurationMention(new ValueRange(low, high), phrase, ofHappening, sentence, start, end));
            return this;
        }

        public ArticleBuilder Person(string name)
        {
            var (start, end, sentence) = Find(name);
            _people.Add(new PersonMention(name, sentence, start, end));
            return this;
        }

        /// <summary>A quotation: <paramref name="words"/> as they stand in the text, given to <paramref name="speaker"/>.</summary>
        public ArticleBuilder Quote(string words, string speaker)
        {
            var (start, end, sentence) = Find(words);
            _quotes.Add(new QuoteMention(speaker, sentence, start, end));
            return this;
        }

        public ArticleBuilder References(params string[] outlets)
        {
            _references.AddRange(outlets);
            return this;
        }

        public CorroborationKit Add()
        {
            // People, roles, quantities, durations and quotes are hand-made; dates, years, tallies, the wire credit and stock
            // phrases are read from the text by the real finders.
            ArticleMentions read = TextFinders.Find(Analyzed, text);
            AnalyzedArticle analyzed = Analyzed with
            {
                Mentions = read with { People = [.. _people], Roles = [.. _roles], Quantities = [.. _quantities], Durations = [.. _durations], ReferencedOutlets = [.. _references], Quotes = [.. _quotes] },
            };
            CopyLink? copy = copyOf is null ? null : new CopyLink(id, copyOf, CopyKind.Near, 0.9, 0.9);
            kit._articles.Add(new ArticleReport(analyzed, copy, "S1", "E1"));
            return kit;
        }

        private AnalyzedArticle Analyze()
        {
            var article = new Article(id, id, id + ".txt", 0, 0, text.Length, null, outlet, published, text, false, [], [], OffsetMap.Identity(0, text.Length));
            AnalyzedArticle analyzed = TextAnalyzer.Analyze(article);
            return analyzed with { SentenceSources = SentenceSources.Of(analyzed, text) };
        }

        private (int Start, int End, int Sentence) Find(string phrase)
        {
            int start = text.IndexOf(phrase, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{phrase}' not in the text of {id}");
            int sentence = Analyzed.Sentences.ToList().FindIndex(s => s.Start <= start && start < s.End);
            return (start, start + phrase.Length, sentence);
        }
    }
}
