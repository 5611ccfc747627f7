using Corroborate.Storage.Tests.Support;

namespace Corroborate.Storage.Tests;

/// <summary>Full-text search: stemmed words, the best match first, a snippet with the match marked, user syntax taken as words.</summary>
public abstract class SearchTests<T> : IDisposable
    where T : StoreTarget, new()
{
    private readonly T _target = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corroborate-search-" + Guid.NewGuid().ToString("N"));

    protected SearchTests()
    {
        Directory.CreateDirectory(_folder);
        Write("bridge.txt", "Marrowby council votes to rebuild the stone bridge",
            "The river council in Marrowby voted on Tuesday to rebuild the old stone bridge over the Osk. Council leader Ada Quist said the bridges of the valley were all in poor repair and the work would start in spring.");
        Write("bakery.txt", "Greywater Bakeries buys its rival Sunloaf",
            "Greywater Bakeries agreed on Monday to buy its rival Sunloaf for an undisclosed sum. The chief executive said the bakeries would keep both names and that no jobs would go this year.");
        Write("chess.txt", "Teenager from Hollin wins the junior chess title",
            "A fifteen-year-old from Hollin won the national junior chess title on Sunday after a sudden-death playoff. She said the final game was the hardest of the tournament and thanked her coach.");
        Ingest.Files(_target, Directory.GetFiles(_folder).Order(StringComparer.Ordinal), batchSize: 10);
    }

    [Fact]
    public void Finds_stemmed_words_best_match_first_with_a_marked_snippet()
    {
        using Store store = _target.OpenReader();
        var hits = store.Search("bridges", 10);
        SearchHit hit = Assert.Single(hits);
        Assert.Contains("bridge", hit.Title, StringComparison.Ordinal);
        Assert.Matches(@"\[bridges?\]", hit.Snippet);
        Assert.StartsWith("S", hit.StoryId, StringComparison.Ordinal);
    }

    [Fact]
    public void All_words_must_occur()
    {
        using Store store = _target.OpenReader();
        Assert.Single(store.Search("rival bakeries", 10));
        Assert.Empty(store.Search("rival chess", 10));
    }

    [Fact]
    public void Query_syntax_in_user_input_is_searched_for_not_obeyed()
    {
        using Store store = _target.OpenReader();
        Assert.Single(store.Search("chess (title*\" :", 10));
        Assert.Empty(store.Search("\"\" ( ) *", 10));
    }

    private void Write(string name, string title, string body) =>
        File.WriteAllText(Path.Combine(_folder, name), $"{title}\n\n{body}\n");

    public void Dispose()
    {
        _target.Dispose();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSearchTests : SearchTests<SqliteTarget>;

public sealed class PostgresSearchTests : SearchTests<PostgresTarget>;
