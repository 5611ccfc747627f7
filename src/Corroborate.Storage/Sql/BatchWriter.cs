using Corroborate.Model;
using Corroborate.Storage.Dialects;
using Corroborate.Storage.Json;

namespace Corroborate.Storage.Sql;

/// <summary>
/// The document, article and story rows of one ingest batch, on the batch transaction's statements (which the index
/// states share). The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal sealed class BatchWriter(Statements statements, StoreDialect dialect)
{
    private readonly Statements _statements = statements;

    public bool HasDocument(string id) =>
        _statements.Scalar("SELECT 1 FROM documents WHERE id = @id", ("@id", id)) is not null;

    /// <summary>Inserts a document; returns its number, which orders documents as the indexes saw them.</summary>
    public long InsertDocument(RawDocument document) =>
        Convert.ToInt64(_statements.Scalar(
            "INSERT INTO documents (id, path, format, text, diagnostics) VALUES (@id, @path, @format, @text, @diagnostics) RETURNING seq",
            ("@id", document.Id), ("@path", document.Path), ("@format", document.Format.ToString()), ("@text", StoredText.Write(document.Text)),
            ("@diagnostics", StoredJson.Diagnostics(document.Diagnostics))), System.Globalization.CultureInfo.InvariantCulture);

    public void InsertArticle(AnalyzedArticle analyzed, StoryAssignment placed)
    {
        Article a = analyzed.Article;
        string? title = StoredText.WriteNullable(a.Title);
        string text = StoredText.Write(a.Text);
        object? seq = _statements.Scalar(
            """
            INSERT INTO articles (id, document_id, idx, start_offset, end_offset, title, outlet, published, text, truncated, story_id, event_id)
            VALUES (@id, @document, @idx, @start, @end, @title, @outlet, @published, @text, @truncated, @story, @event)
            RETURNING seq
            """,
            ("@id", a.Id), ("@document", a.DocumentId), ("@idx", (long)a.Index), ("@start", (long)a.Start), ("@end", (long)a.End),
            ("@title", title), ("@outlet", StoredText.WriteNullable(a.Outlet)), ("@published", StoredJson.Date(a.Published)), ("@text", text),
            ("@truncated", a.Truncated ? 1L : 0L), ("@story", placed.StoryId), ("@event", placed.EventId));
        dialect.IndexForSearch(_statements, Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture), title, text);
    }

    /// <summary>Rewrites the copy link of each article (null: it is its group's canonical, or alone).</summary>
    public void UpdateCopyLinks(IEnumerable<(string ArticleId, CopyLink? Link)> links) =>
        Upserts.Update(_statements, "articles",
            [("id", "TEXT"), ("copy_of", "TEXT"), ("copy_kind", "TEXT"), ("jaccard", "DOUBLE PRECISION"), ("containment", "DOUBLE PRECISION")],
            links.Select(static l => new object?[] { l.ArticleId, l.Link?.CanonicalId, l.Link?.Kind.ToString(), l.Link?.Jaccard, l.Link?.Containment }));

    public void UpsertStory(Story story)
    {
        DateOnly? last = story.Events.SelectMany(static e => new[] { e.Date, e.DateEnd }).Max();
        _statements.Execute(
            """
            INSERT INTO stories (id, title, article_count, last_date, snapshot) VALUES (@id, @title, @count, @last, @snapshot)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count, last_date = excluded.last_date, snapshot = excluded.snapshot
            """,
            ("@id", story.Id), ("@title", StoredText.Write(story.Title)), ("@count", (long)story.Articles.Length), ("@last", StoredJson.Date(last)),
            ("@snapshot", StoredJson.Story(story)));
    }
}
