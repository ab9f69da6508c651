//! The database's tables, and the migrations that bring an older database up to date.
//!
//! `PRAGMA user_version` holds the schema version. Each step of [`MIGRATIONS`] takes the
//! database from one version to the next inside one transaction, so a crash mid-way leaves
//! the old version whole; a database newer than this lede is refused rather than guessed at.

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// One step per schema version: `MIGRATIONS[n]` takes version `n` to `n + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: files, articles, their people and claims, the full-text index and the user's state.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    -- One row per file lede has looked at. `path` is the canonical path's bytes.
    CREATE TABLE files (
        id       INTEGER PRIMARY KEY,
        path     BLOB NOT NULL UNIQUE,
        size     INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        hash     INTEGER NOT NULL,
        analyser TEXT NOT NULL,
        failure  TEXT
    );

    -- One row per article (a feed gives several): what the library lists, small enough that
    -- ten thousand rows are read in a few milliseconds. `analyser` is the build that made it.
    CREATE TABLE articles (
        id        INTEGER PRIMARY KEY,
        file_id   INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        ord       INTEGER NOT NULL,
        path      BLOB NOT NULL,
        format    TEXT NOT NULL,
        title     TEXT NOT NULL,
        kicker    TEXT,
        source    TEXT,
        date      TEXT,
        published TEXT,
        words     INTEGER NOT NULL,
        language  TEXT,
        claims    INTEGER NOT NULL,
        analysed  INTEGER NOT NULL,
        analyser  TEXT NOT NULL
    );
    CREATE INDEX articles_by_file ON articles(file_id, ord);
    CREATE INDEX articles_by_path ON articles(path);

    -- Each article's text and `blob`, the encoded article and analysis without the text (NULL
    -- when the analysis was skipped), apart from `articles` so listing never reads them. The
    -- title is repeated for the full-text index, whose content this table is.
    CREATE TABLE bodies (
        id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        text  TEXT NOT NULL,
        blob  BLOB
    );

    -- Every entity of every article, by the key the article's analysis gave it.
    CREATE TABLE entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        key        TEXT NOT NULL,
        name       TEXT NOT NULL,
        aliases    TEXT NOT NULL,
        mentions   INTEGER NOT NULL,
        by_count   INTEGER NOT NULL,
        about      INTEGER NOT NULL
    );
    CREATE INDEX entities_by_article ON entities(article_id);
    CREATE INDEX entities_by_key ON entities(key);

    CREATE TABLE claims (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        speaker    TEXT NOT NULL,
        verb       TEXT NOT NULL,
        content    TEXT NOT NULL,
        sentence   TEXT NOT NULL
    );
    CREATE INDEX claims_by_article ON claims(article_id);

    -- Who each claim is by (`by` = 1) or about, by entity key.
    CREATE TABLE claim_keys (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        key      TEXT NOT NULL,
        by       INTEGER NOT NULL
    );
    CREATE INDEX claim_keys_by_key ON claim_keys(key);
    CREATE INDEX claim_keys_by_claim ON claim_keys(claim_id);

    -- Full text of titles and texts, kept in step with `bodies` by hand (external content).
    CREATE VIRTUAL TABLE search USING fts5(
        title, text, content='bodies', content_rowid='id', tokenize='unicode61'
    );

    -- The user's state, by article path as the reader shows it.
    CREATE TABLE read_marks (
        article TEXT PRIMARY KEY
    ) WITHOUT ROWID;
    CREATE TABLE positions (
        article TEXT PRIMARY KEY,
        offset  INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE stars (
        article TEXT NOT NULL,
        at      INTEGER NOT NULL,
        PRIMARY KEY (article, at)
    ) WITHOUT ROWID;
    "#,
];

/// The schema version this lede writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Why a database could not be brought to this lede's schema.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    /// Written by a newer lede, whose tables this one does not know.
    #[error("the database was written by a newer lede (schema {found}, this lede knows {VERSION})")]
    Newer {
        /// The database's version.
        found: i64,
    },
    /// SQLite refused a step.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Brings the database to [`VERSION`], one transaction per step. Each step takes the write
/// lock before reading the version, so two lede processes starting at once on a new database
/// never both create its tables.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrationError> {
    loop {
        let tx: Transaction<'_> = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if found > VERSION {
            return Err(MigrationError::Newer { found });
        }
        let Some(step) = usize::try_from(found).ok().and_then(|n| MIGRATIONS.get(n)) else {
            return Ok(());
        };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", found + 1)?;
        tx.commit()?;
    }
}
