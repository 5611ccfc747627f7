namespace Corroborate.Storage.Dialects;

/// <summary>The SQLite schema by version. A published version is never edited: a change is a new script.</summary>
internal static class SqliteSchema
{
    public const string Version1 =
        """
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            diagnostics TEXT NOT NULL
        );
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            title TEXT,
            outlet TEXT,
            published TEXT,
            text TEXT NOT NULL,
            truncated INTEGER NOT NULL,
            story_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            copy_of TEXT,
            copy_kind TEXT,
            jaccard REAL,
            containment REAL
        );
        CREATE INDEX articles_by_story ON articles(story_id, seq);
        CREATE INDEX articles_by_document ON articles(document_id);
        CREATE TABLE stories (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            last_date TEXT,
            snapshot TEXT NOT NULL
        );
        CREATE TABLE index_state (
            name TEXT NOT NULL,
            part INTEGER NOT NULL,
            version INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (name, part)
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
        """;

    /// <summary>
    /// The copy and story indexes as tables (replacing the serialized checkpoint of version 1), so an ingest keeps
    /// only a batch and a cache in memory. A version-1 store gets the tables empty and its documents are replayed
    /// into them by the first ingest (see <c>IngestSession</c>).
    /// </summary>
    public const string Version2 =
        """
        CREATE TABLE copy_articles (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            signature BLOB,
            shingles INTEGER NOT NULL,
            words INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            partner INTEGER NOT NULL,
            edge_kind INTEGER NOT NULL,
            edge_jaccard REAL NOT NULL,
            edge_containment REAL NOT NULL,
            parent INTEGER NOT NULL,
            canonical INTEGER NOT NULL,
            next_member INTEGER NOT NULL
        );
        CREATE TABLE copy_buckets (
            key INTEGER NOT NULL,
            number INTEGER NOT NULL,
            PRIMARY KEY (key, number)
        ) WITHOUT ROWID;
        CREATE TABLE copy_sequences (
            sequence INTEGER PRIMARY KEY,
            number INTEGER NOT NULL
        );
        CREATE TABLE story_states (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            data BLOB NOT NULL
        );
        CREATE TABLE story_placements (
            article_id TEXT PRIMARY KEY,
            story INTEGER NOT NULL,
            event_id TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE story_terms (
            feature TEXT PRIMARY KEY,
            documents INTEGER NOT NULL,
            postings BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE index_progress (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );
        DROP TABLE IF EXISTS index_state;
        """;

    /// <summary>
    /// A story's state in two parts, the head that scoring reads and the rest that joining reads, so an ingest can
    /// cache many heads. The index tables are emptied and the first ingest rebuilds them from the stored documents,
    /// as after version 1 (copy and story state are replayed together: which story a copy joins depends on the copy
    /// links as they were when it arrived).
    /// </summary>
    public const string Version3 =
        """
        DROP TABLE story_states;
        CREATE TABLE story_states (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            head BLOB NOT NULL,
            rest BLOB NOT NULL
        );
        DELETE FROM copy_articles;
        DELETE FROM copy_buckets;
        DELETE FROM copy_sequences;
        DELETE FROM story_placements;
        DELETE FROM story_terms;
        DELETE FROM index_progress;
        """;
}
