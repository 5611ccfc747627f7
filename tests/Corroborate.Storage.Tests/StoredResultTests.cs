using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage.Reading;
using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary><c>show</c> and <c>export</c> build the engine's own result from the store: the same JSON as the engine's run for those articles.</summary>
public abstract class StoredResultTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly Corpus _corpus = new(90, seed: 9);

    [Fact]
    public void Each_stored_story_gives_the_engine_result_for_that_story()
    {
        AnalysisResult expected = Ingest.InMemory(_corpus.Files);
        Ingest.Files(_target, _corpus.Files, batchSize: 25);

        using Store store = _target.OpenReader();
        var stories = store.Stories(null);
        Assert.Equal(expected.Stories.Length, stories.Count);
        var reports = new StoreReports(store, Pipeline.Pipeline.CreateDefault());
        foreach (StoredStory story in stories)
        {
            AnalysisResult shown = reports.Show(story.Id)!;
            var ids = story.Story.Articles.ToHashSet(StringComparer.Ordinal);
            AnalysisResult reference = expected with
            {
                Articles = [.. expected.Articles.Where(a => ids.Contains(a.Article.Id))],
                Stories = [.. expected.Stories.Where(s => s.Id == story.Id)],
                Documents = [.. expected.Documents.Where(d => expected.Articles.Any(a => ids.Contains(a.Article.Id) && a.Article.DocumentId == d.Id))],
            };
            Assert.Equal(JsonReportWriter.ToJson(reference), JsonReportWriter.ToJson(shown));
        }
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteStoredResultTests : StoredResultTests<SqliteTarget>;

public sealed class PostgresStoredResultTests : StoredResultTests<PostgresTarget>;
