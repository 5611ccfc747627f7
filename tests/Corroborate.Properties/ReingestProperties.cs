using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Properties.Generators;
using Corroborate.Properties.Support;
using Corroborate.Reporting;
using Corroborate.Storage;
using Corroborate.Storage.Reading;
using CsCheck;

namespace Corroborate.Properties;

/// <summary>The store: ids are content hashes, so ingesting the same bytes again changes nothing.</summary>
public class ReingestProperties
{
    private static readonly Pipeline.Pipeline Engine = Pipeline.Pipeline.CreateDefault();

    private static readonly Gen<(CorpusSpec Corpus, int FirstBatch, int SecondBatch)> Cases =
        Gen.Select(NewsGen.Corpus(NewsGen.Profile.Any with { MaxTopics = 2 }), Gen.Int[1, 4], Gen.Int[1, 9]);

    /// <summary>
    /// A generated corpus ingested into a fresh SQLite store, then the same files again (in other batch sizes):
    /// the second run adds no document and no article and counts every document as a duplicate; the stored
    /// documents, articles (placement and copy link) and story snapshots, and each story's export JSON, are the
    /// same after it. The store also agrees with one in-memory pass of the engine over the same files.
    /// </summary>
    [Fact]
    public void Ingesting_the_same_files_again_changes_nothing()
    {
        Property.Check(Cases, 40, c => $"batches of {c.FirstBatch}, then {c.SecondBatch}\n" + TempCorpus.Print(c.Corpus), c =>
        {
            using var corpus = new TempCorpus(c.Corpus);
            string db = Path.Combine(corpus.Folder, "store.db");
            StoreLocation location = StoreLocation.Parse(db);

            Ingest(location, corpus.Files, c.FirstBatch);
            Snapshot before = Snapshot.Of(location);

            var again = Ingest(location, corpus.Files, c.SecondBatch);
            int usable = Engine.ReadAndPrepare(corpus.Files).Count(static p => !p.Failed);
            if (again.Documents != 0 || again.Articles != 0 || again.Duplicates != usable)
            {
                throw new PropertyFailedException($"the second ingest added {again.Documents} documents and {again.Articles} articles and counted {again.Duplicates} duplicates; expected 0, 0 and {usable}");
            }

            Snapshot after = Snapshot.Of(location);
            Property.SameText("stored documents, articles and stories before (expected) and after (actual) the second ingest", before.Contents, after.Contents);
            Property.SameText("export JSON before (expected) and after (actual) the second ingest", before.Export, after.Export);
            Property.SameText("stories and articles of one in-memory pass (expected) and of the store (actual)", InMemory(corpus.Files), before.Contents);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        });
    }

    /// <summary>
    /// At the session level: read and prepare (no batch pre-pass), commit in batches, the outcomes summed. This exercises
    /// the session's own duplicate check; `corroborate ingest` (DocumentIngest) also skips stored bytes before extraction.
    /// </summary>
    private static BatchOutcome Ingest(StoreLocation location, IReadOnlyList<string> files, int batchSize)
    {
        using Store store = Store.Open(location, write: true);
        IngestSession session = store.BeginIngest(Engine);
        var total = new BatchOutcome(0, 0, 0);
        foreach (PreparedDocument[] batch in Engine.ReadAndPrepare(files).Chunk(batchSize))
        {
            BatchOutcome outcome = session.Commit(batch);
            total = new BatchOutcome(total.Documents + outcome.Documents, total.Articles + outcome.Articles, total.Duplicates + outcome.Duplicates);
        }

        return total;
    }

    /// <summary>The engine alone over the same files, in the same terms as <see cref="Snapshot.Contents"/> (no document ids: the store lists those).</summary>
    private static string InMemory(IReadOnlyList<string> files)
    {
        PipelineRun run = Engine.Start();
        var documents = new SortedSet<string>(StringComparer.Ordinal);
        foreach (PreparedDocument prepared in Engine.ReadAndPrepare(files))
        {
            run.Add(prepared);
            if (!prepared.Failed)
            {
                documents.Add(prepared.Document.Id);
            }
        }

        AnalysisResult result = run.Result();
        return Snapshot.Describe(documents, result.Articles.Select(static a => Snapshot.Describe(a.Article.Id, a.Article.DocumentId, a.StoryId, a.EventId, a.Copy)), result.Stories.Select(static p => p.Story));
    }

    /// <summary>Everything observable in a store: documents, articles with placement and copy link, story snapshots; and the export of each story.</summary>
    private sealed record Snapshot(string Contents, string Export)
    {
        public static Snapshot Of(StoreLocation location)
        {
            using Store store = Store.Open(location, write: false);
            IReadOnlyList<StoredStory> stories = store.Stories(null);
            var articles = new List<string>();
            var export = new System.Text.StringBuilder();
            var reports = new StoreReports(store, Corroborate.Pipeline.Pipeline.CreateDefault());
            foreach (StoredStory story in stories)
            {
                IReadOnlyList<StoredArticle> stored = store.ArticlesOf(story.Id);
                articles.AddRange(stored.Select(static a => Describe(a.Id, a.DocumentId, a.StoryId, a.EventId, a.Copy)));
                AnalysisResult shown = reports.Show(story.Id)!;
                export.Append(JsonReportWriter.ToJson(shown)).Append('\n');
            }

            return new Snapshot(Describe(store.DocumentIds(), articles, stories.Select(static s => s.Story)), export.ToString());
        }

        public static string Describe(string id, string document, string story, string storyEvent, CopyLink? copy) =>
            $"{id} {document} {story} {storyEvent} {copy?.CanonicalId} {copy?.Kind}";

        public static string Describe(IEnumerable<string> documents, IEnumerable<string> articles, IEnumerable<Story> stories) =>
            "documents:\n" + string.Join('\n', documents.Order(StringComparer.Ordinal))
            + "\narticles:\n" + string.Join('\n', articles.Order(StringComparer.Ordinal))
            + "\nstories:\n" + string.Join('\n', stories.Select(static s =>
                $"{s.Id} '{s.Title}' [{string.Join(',', s.Articles)}] " + string.Join(' ', s.Events.Select(static e => $"{e.Id}:{e.Date}:{e.DateEnd}:{e.Label}:[{string.Join(',', e.Articles)}]"))));
    }
}
