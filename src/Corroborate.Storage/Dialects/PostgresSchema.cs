namespace Corroborate.Storage.Dialects;

/// <summary>The PostgreSQL schema by version. A published version is never edited: a change is a new script.</summary>
internal static class PostgresSchema
{
    public const string Version1 =
        """
        CREATE TABLE documents (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            path text NOT NULL,
            format text NOT NULL,
            text text NOT NULL,
            diagnostics text NOT NULL
        );
        CREATE TABLE articles (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            document_id text NOT NULL REFERENCES documents(id),
            idx bigint NOT NULL,
            start_offset bigint NOT NULL,
            end_offset bigint NOT NULL,
            title text,
            outlet text,
            published text,
            text text NOT NULL,
            truncated bigint NOT NULL,
            story_id text NOT NULL,
            event_id text NOT NULL,
            copy_of text,
            copy_kind text,
            jaccard double precision,
            containment double precision,
            search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX articles_by_story ON articles(story_id, seq);
        CREATE INDEX articles_by_document ON articles(document_id);
        CREATE INDEX articles_search ON articles USING gin(search);
        CREATE TABLE stories (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            title text NOT NULL,
            article_count bigint NOT NULL,
            last_date text,
            snapshot text NOT NULL
        );
        CREATE TABLE index_state (
            name text NOT NULL,
            part bigint NOT NULL,
            version bigint NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (name, part)
        );
        """;

    /// <summary>
    /// The copy and story indexes as tables (replacing the serialized checkpoint of version 1), so an ingest keeps
    /// only a batch and a cache in memory. A version-1 store gets the tables empty and its documents are replayed
    /// into them by the first ingest (see <c>IngestSession</c>).
    /// </summary>
    public const string Version2 =
        """
        CREATE TABLE copy_articles (
            number bigint PRIMARY KEY,
            id text NOT NULL UNIQUE,
            signature bytea,
            shingles bigint NOT NULL,
            words bigint NOT NULL,
            sequence bigint NOT NULL,
            partner bigint NOT NULL,
            edge_kind bigint NOT NULL,
            edge_jaccard double precision NOT NULL,
            edge_containment double precision NOT NULL,
            parent bigint NOT NULL,
            canonical bigint NOT NULL,
            next_member bigint NOT NULL
        );
        CREATE TABLE copy_buckets (
            key bigint NOT NULL,
            number bigint NOT NULL,
            PRIMARY KEY (key, number)
        );
        CREATE TABLE copy_sequences (
            sequence bigint PRIMARY KEY,
            number bigint NOT NULL
        );
        CREATE TABLE story_states (
            number bigint PRIMARY KEY,
            id text NOT NULL,
            data bytea NOT NULL
        );
        CREATE TABLE story_placements (
            article_id text PRIMARY KEY,
            story bigint NOT NULL,
            event_id text NOT NULL
        );
        CREATE TABLE story_terms (
            feature text PRIMARY KEY,
            documents bigint NOT NULL,
            postings bytea NOT NULL
        );
        CREATE TABLE index_progress (
            name text PRIMARY KEY,
            value bigint NOT NULL
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
            number bigint PRIMARY KEY,
            id text NOT NULL,
            head bytea NOT NULL,
            rest bytea NOT NULL
        );
        DELETE FROM copy_articles;
        DELETE FROM copy_buckets;
        DELETE FROM copy_sequences;
        DELETE FROM story_placements;
        DELETE FROM story_terms;
        DELETE FROM index_progress;
        """;
}
