//! The library database: every article lede has read, its analysis, the people and claims
//! across the library, a full-text index, and what the user did (read marks, positions,
//! stars), in one SQLite file in lede's data folder.
//!
//! Opening a library reads cards from here instead of analysing every file again; [`sync`]
//! brings the database in step with the folders; the reader decodes one article's analysis
//! ([`Store::body`]) only when it is opened. Each write of the user's state is its own short
//! transaction, so a `kill -9` loses nothing committed and two lede processes never overwrite
//! each other's marks. A database that cannot be used is set aside with a message, never a
//! reason not to start; the user's article files are only ever read.

mod blob;
mod card;
mod paths;
mod query;
mod schema;
mod stamp;
mod state;
pub mod state_file;
pub mod stream;
pub mod sync;

pub use card::{Card, PersonCount};
pub use query::{ClaimRow, Hit, PersonRow};
pub use stamp::Stamp;

use std::collections::HashMap;

use crate::span::Span;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, Transaction, params};

use crate::analysis::{Analysis, EntityKind};
use crate::article::{Article, Format};

/// The build of the analysis (hash of the readers, the analysis and the word lists, from
/// `build.rs`).
const BUILD_VERSION: &str = env!("LEDE_ANALYSER_VERSION");

/// What made a stored row's analysis: the build, and the user's own words when there are
/// any. A row made by any other build, or with other words, is stale.
pub fn analyser_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| match crate::analysis::user::fingerprint() {
        "" => BUILD_VERSION.to_string(),
        words => format!("{BUILD_VERSION}+{words}"),
    })
}

/// The environment variable naming the folder of the library database.
pub const DATA_DIR_ENV: &str = "LEDE_DATA_DIR";

/// The database's file name inside the data folder.
const FILE_NAME: &str = "library.sqlite3";

/// How long a write waits for another lede process holding the database.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a database operation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused.
    #[error("library database: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// What database operations give.
pub type Result<T> = std::result::Result<T, Error>;

/// Where a store's database lives, so a second connection can be opened on it.
#[derive(Clone, Debug)]
enum Location {
    File(PathBuf),
    /// The name of an in-memory database shared by this process's connections.
    Memory(String),
}

/// One connection to the library database.
pub struct Store {
    conn: Connection,
    location: Location,
}

/// What was learnt about one file, to be stored in one go.
#[derive(Debug)]
pub enum Outcome {
    /// Read and analysed: its articles with their analyses.
    Analysed(Vec<(Article, Analysis)>),
    /// Read, but the analysis was skipped (it took too long): the articles are listed and
    /// searchable, and not analysed again until the file or lede changes.
    Unanalysed(Vec<Article>),
    /// Not readable, in words; not tried again until the file changes.
    Failed(String),
}

impl Store {
    /// Opens (creating folder and file) the database at `path`. A database that cannot be
    /// used comes back as a working store all the same, with a one-line message: a damaged
    /// file or one that is not a database is renamed aside (`….broken-<unix time>`) and a
    /// new one started; a locked, unwritable or newer one is left alone and this session's
    /// library lives in memory.
    pub fn open(path: &Path) -> (Store, Option<String>) {
        let shown = crate::sanitize::sanitize(&path.display().to_string()).into_owned();
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            let message = format!(
                "cannot create the folder of the library database {shown} ({e}); this session's library is kept in memory only"
            );
            return (Store::in_memory(), Some(message));
        }
        match Store::open_file(path) {
            Ok(store) => (store, None),
            Err(Problem::Damaged(why)) => {
                let aside = set_aside(path);
                let fresh = Store::open_file(path).ok();
                let message = match (&aside, &fresh) {
                    (Some(aside), Some(_)) => format!(
                        "library database {shown} was unusable ({why}); moved it to {} and started a new one",
                        crate::sanitize::sanitize(&aside.display().to_string())
                    ),
                    (Some(aside), None) => format!(
                        "library database {shown} was unusable ({why}); moved it to {}; this session's library is kept in memory only",
                        crate::sanitize::sanitize(&aside.display().to_string())
                    ),
                    (None, _) => format!(
                        "library database {shown} is unusable ({why}) and could not be moved aside; this session's library is kept in memory only"
                    ),
                };
                (fresh.unwrap_or_else(Store::in_memory), Some(message))
            }
            Err(Problem::Unusable(why)) => (
                Store::in_memory(),
                Some(format!(
                    "library database {shown} cannot be used ({why}); this session's library is kept in memory only"
                )),
            ),
        }
    }

    /// The database's usual place: `$LEDE_DATA_DIR/library.sqlite3`, else lede's folder in
    /// the platform's data folder (`~/.local/share/lede` on Linux); `None` on a system with
    /// neither.
    pub fn default_path() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir).join(FILE_NAME));
        }
        directories::ProjectDirs::from("", "", "lede").map(|dirs| dirs.data_dir().join(FILE_NAME))
    }

    /// Opens the database at [`Store::default_path`], or one in memory (with a message)
    /// where there is no such place.
    pub fn open_default() -> (Store, Option<String>) {
        match Store::default_path() {
            Some(path) => Store::open(&path),
            None => (
                Store::in_memory(),
                Some(format!(
                    "this system has no data folder lede knows; set ${DATA_DIR_ENV} to keep the library between sessions"
                )),
            ),
        }
    }

    /// Opens the database at `path` only to read analyses from it: `None` when there is no
    /// database there or it is not one this lede can read. Nothing is created, migrated or
    /// set aside, so `lede analyze` over scratch folders leaves the user's data alone.
    pub fn open_for_reading(path: &Path) -> Option<Store> {
        if !path.is_file() {
            return None;
        }
        let location = Location::File(path.to_path_buf());
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).ok()?;
        conn.busy_timeout(BUSY_TIMEOUT).ok()?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .ok()?;
        (version == schema::VERSION).then_some(Store { conn, location })
    }

    /// A new, empty database in memory, which lives as long as a connection to it.
    pub fn in_memory() -> Store {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        // SQLite's memdb: a name starting with '/' is shared by every connection of this
        // process, with ordinary locking (so the busy timeout works, unlike shared cache).
        let name = format!("file:/lede-{}-{n}?vfs=memdb", std::process::id());
        let location = Location::Memory(name);
        match Store::connect(&location) {
            Ok(store) => store,
            Err(_) => {
                // Only a SQLite built without memdb gets here; a private in-memory database
                // still serves this session (without `reopen`).
                let conn = Connection::open_in_memory()
                    .expect("SQLite can always open a private in-memory database");
                let mut store = Store {
                    conn,
                    location: Location::Memory(String::new()),
                };
                let _ = store.prepare();
                store
            }
        }
    }

    /// A second connection to the same database, for a worker thread.
    pub fn reopen(&self) -> rusqlite::Result<Store> {
        match &self.location {
            Location::File(path) => Store::open_file(path).map_err(|p| match p {
                Problem::Damaged(e) | Problem::Unusable(e) => {
                    rusqlite::Error::InvalidParameterName(e)
                }
            }),
            Location::Memory(name) if name.is_empty() => {
                Err(rusqlite::Error::InvalidParameterName(
                    "this in-memory database cannot be shared".to_string(),
                ))
            }
            location => Store::connect(location),
        }
    }

    fn open_file(path: &Path) -> std::result::Result<Store, Problem> {
        // A damage found by `verify` in an earlier session: set aside now, before use.
        if let Ok(reason) = std::fs::read_to_string(damage_marker(path)) {
            return Err(Problem::Damaged(reason.trim().to_string()));
        }
        let location = Location::File(path.to_path_buf());
        let mut store = Store::connect_raw(&location).map_err(Problem::from)?;
        // Reading the schema finds a file that is not a database or whose first pages are
        // damaged; the whole-file check costs a quarter second per 100 MB, so it is left
        // to `verify`, off the first frame.
        store
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |row| {
                row.get::<_, i64>(0)
            })
            .map_err(Problem::from)?;
        store.prepare().map_err(|e| match e {
            schema::MigrationError::Sqlite(e) => Problem::from(e),
            newer => Problem::Unusable(newer.to_string()),
        })?;
        Ok(store)
    }

    /// Checks the whole database (`PRAGMA quick_check`, a quarter second per 100 MB: for a
    /// worker thread, not the first frame). A damaged one is marked so that the next
    /// [`Store::open`] sets it aside; gives a one-line message saying so, `None` when sound.
    pub fn verify(&self) -> Option<String> {
        let check = self
            .conn
            .query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0));
        let reason = match check {
            Ok(ok) if ok == "ok" => return None,
            Ok(problem) => problem,
            Err(e) => e.to_string(),
        };
        match &self.location {
            Location::File(path) => {
                let _ = std::fs::write(damage_marker(path), &reason);
                Some(format!(
                    "library database {} is damaged ({reason}); it will be set aside when lede next starts",
                    crate::sanitize::sanitize(&path.display().to_string())
                ))
            }
            Location::Memory(_) => {
                Some(format!("library database in memory is damaged ({reason})"))
            }
        }
    }

    fn connect(location: &Location) -> rusqlite::Result<Store> {
        let mut store = Store::connect_raw(location)?;
        store.prepare().map_err(|e| match e {
            schema::MigrationError::Sqlite(e) => e,
            newer => rusqlite::Error::InvalidParameterName(newer.to_string()),
        })?;
        Ok(store)
    }

    fn connect_raw(location: &Location) -> rusqlite::Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = match location {
            Location::File(path) => Connection::open_with_flags(path, flags)?,
            Location::Memory(name) => Connection::open_with_flags(name, flags)?,
        };
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if let Location::File(_) = location {
            // WAL: readers never wait for the writer, and a commit is one append.
            let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // A library's list and people fit in 32 MB of page cache: a warm question reads
            // no page twice.
            conn.pragma_update(None, "cache_size", -32_768)?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store {
            conn,
            location: location.clone(),
        })
    }

    fn prepare(&mut self) -> std::result::Result<(), schema::MigrationError> {
        schema::migrate(&mut self.conn)
    }

    /// Stores what was learnt about one analysed file in one transaction, replacing its
    /// articles, their people, claims and full-text rows; gives their cards.
    pub fn put_file(
        &mut self,
        file: &Path,
        stamp: &Stamp,
        analysed: &[(Article, Analysis)],
    ) -> Result<Vec<Card>> {
        let tx = self.conn.transaction()?;
        let cards = write_file(&tx, file, stamp, Written::Analysed(analysed))?;
        tx.commit()?;
        Ok(cards)
    }

    /// Stores several files in one transaction (a sync's batch); gives the cards of their
    /// articles in order.
    pub fn put_many(&mut self, files: &[(PathBuf, Stamp, Outcome)]) -> Result<Vec<Card>> {
        let tx = self.conn.transaction()?;
        let mut cards = Vec::new();
        for (file, stamp, outcome) in files {
            let written = match outcome {
                Outcome::Analysed(list) => Written::Analysed(list),
                Outcome::Unanalysed(list) => Written::Unanalysed(list),
                Outcome::Failed(reason) => Written::Failed(reason),
            };
            cards.extend(write_file(&tx, file, stamp, written)?);
        }
        tx.commit()?;
        Ok(cards)
    }

    /// Records that a file could not be read, so it is not tried again until it changes; any
    /// articles it gave before are removed.
    /// Gives the paths of the articles the file held before.
    pub fn put_failure(
        &mut self,
        file: &Path,
        stamp: &Stamp,
        reason: &str,
    ) -> Result<Vec<PathBuf>> {
        let tx = self.conn.transaction()?;
        let removed = delete_articles(&tx, &paths::bytes(file))?;
        write_file(&tx, file, stamp, Written::Failed(reason))?;
        tx.commit()?;
        Ok(removed)
    }

    /// Records a touched file's new stamp when its bytes are the same, so it is not read
    /// again on the next sync.
    pub fn touch(&self, file: &Path, stamp: &Stamp) -> Result<()> {
        self.conn.execute(
            "UPDATE files SET size = ?2, mtime_ns = ?3, hash = ?4 WHERE path = ?1",
            params![
                paths::bytes(file),
                stamp.size as i64,
                stamp.mtime_ns,
                stamp.hash as i64
            ],
        )?;
        Ok(())
    }

    /// Forgets a file and its articles; gives the paths of the articles it held.
    pub fn remove_file(&mut self, file: &Path) -> Result<Vec<PathBuf>> {
        let tx = self.conn.transaction()?;
        let removed = delete_file(&tx, &paths::bytes(file))?;
        tx.commit()?;
        Ok(removed)
    }

    /// The stamps of every file stored under `roots` (files, or folders searched all the
    /// way down), by canonical path.
    pub fn stamps_under(&self, roots: &[PathBuf]) -> Result<HashMap<PathBuf, Stamp>> {
        Ok(self
            .files_under(roots)?
            .into_iter()
            .map(|f| (f.path, f.stamp))
            .collect())
    }

    /// The files stored under `roots`, with their stamps and the analyser that made them.
    fn files_under(&self, roots: &[PathBuf]) -> Result<Vec<StoredFile>> {
        let (condition, params) = paths::under("path", roots);
        let sql =
            format!("SELECT path, size, mtime_ns, hash, analyser FROM files WHERE {condition}");
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map(rusqlite::params_from_iter(params), |row| {
            Ok(StoredFile {
                path: paths::from_bytes(&row.get::<_, Vec<u8>>(0)?),
                stamp: Stamp {
                    size: row.get::<_, i64>(1)? as u64,
                    mtime_ns: row.get(2)?,
                    hash: row.get::<_, i64>(3)? as u64,
                },
                current: row.get::<_, String>(4)? == analyser_version(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every article whose file is one of `roots` or under one of them, in file-path order
    /// and a feed's order within its file, with their people; no analysis is decoded.
    pub fn cards(&self, roots: &[PathBuf]) -> Result<Vec<Card>> {
        let (mut cards, ids) = self.listing_with_ids(roots)?;
        self.add_people(roots, &mut cards, &ids)?;
        Ok(cards)
    }

    /// [`Store::cards`] without their people (the people of ten thousand articles take most
    /// of the time): what a first frame needs, the people following.
    pub fn listing(&self, roots: &[PathBuf]) -> Result<Vec<Card>> {
        Ok(self.listing_with_ids(roots)?.0)
    }

    fn listing_with_ids(&self, roots: &[PathBuf]) -> Result<(Vec<Card>, HashMap<i64, usize>)> {
        let (condition, params) = paths::under("f.path", roots);
        let sql = format!(
            "SELECT a.id, a.path, f.path, a.format, a.title, a.kicker, a.source, a.date, a.words,
                    a.language, a.claims, a.analysed
             FROM articles a JOIN files f ON f.id = a.file_id
             WHERE {condition} ORDER BY f.path, a.ord"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let mut ids: HashMap<i64, usize> = HashMap::new();
        let mut cards = Vec::new();
        let mut rows = statement.query(rusqlite::params_from_iter(&params))?;
        while let Some(row) = rows.next()? {
            ids.insert(row.get(0)?, cards.len());
            cards.push(Card {
                path: paths::from_bytes(&row.get::<_, Vec<u8>>(1)?),
                file: paths::from_bytes(&row.get::<_, Vec<u8>>(2)?),
                format: format_from(&row.get::<_, String>(3)?),
                title: row.get(4)?,
                kicker: row.get(5)?,
                source: row.get(6)?,
                date: row.get(7)?,
                words: row.get::<_, i64>(8)?.max(0) as usize,
                language: row.get(9)?,
                people: Vec::new(),
                claims: row.get::<_, i64>(10)?.max(0) as usize,
                analysed: row.get(11)?,
            });
        }
        Ok((cards, ids))
    }

    fn add_people(
        &self,
        roots: &[PathBuf],
        cards: &mut [Card],
        ids: &HashMap<i64, usize>,
    ) -> Result<()> {
        let (condition, params) = paths::under("f.path", roots);
        // A big list takes every person row and keeps those of its articles (a scan is
        // five times faster than looking each article's people up); a small one looks up.
        let everyone: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        let lookup = (cards.len() as i64).saturating_mul(2) < everyone;
        let sql = if lookup {
            format!(
                "SELECT e.article_id, e.key, e.name, e.aliases, e.mentions, e.by_count, e.about
                 FROM entities e JOIN articles a ON a.id = e.article_id
                 JOIN files f ON f.id = a.file_id
                 WHERE e.kind = 'person' AND {condition}"
            )
        } else {
            "SELECT article_id, key, name, aliases, mentions, by_count, about
             FROM entities WHERE kind = 'person'"
                .to_string()
        };
        let params = if lookup { params } else { Vec::new() };
        let mut statement = self.conn.prepare(&sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(&params))?;
        while let Some(row) = rows.next()? {
            let Some(card) = ids
                .get(&row.get::<_, i64>(0)?)
                .and_then(|&i| cards.get_mut(i))
            else {
                continue;
            };
            card.people.push(PersonCount {
                key: row.get(1)?,
                name: row.get(2)?,
                aliases: split_aliases(&row.get::<_, String>(3)?),
                mentions: row.get::<_, i64>(4)?.max(0) as usize,
                by: row.get::<_, i64>(5)?.max(0) as usize,
                about: row.get::<_, i64>(6)?.max(0) as usize,
            });
        }
        for card in cards.iter_mut() {
            card.people.sort_by(|a, b| {
                b.mentions
                    .cmp(&a.mentions)
                    .then_with(|| a.name.cmp(&b.name))
            });
        }
        Ok(())
    }

    /// How many articles lie under `roots`.
    pub fn count(&self, roots: &[PathBuf]) -> Result<usize> {
        let (condition, params) = paths::under("f.path", roots);
        let sql = format!(
            "SELECT count(*) FROM articles a JOIN files f ON f.id = a.file_id WHERE {condition}"
        );
        let n: i64 = self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(&params), |row| row.get(0))?;
        Ok(n.max(0) as usize)
    }

    /// One article and its analysis, decoded; `None` when it is not stored, was analysed by
    /// another build of lede, was not analysed, or its stored form does not hold together.
    pub fn body(&self, article: &Path) -> Result<Option<(Article, Analysis)>> {
        let found: Option<(String, Option<Vec<u8>>, String)> = self
            .conn
            .query_row(
                "SELECT b.text, b.blob, a.analyser FROM articles a JOIN bodies b ON b.id = a.id
                 WHERE a.path = ?1 ORDER BY a.id LIMIT 1",
                params![paths::bytes(article)],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        Ok(match found {
            Some((text, Some(bytes), analyser)) if analyser == analyser_version() => {
                blob::decode(article.to_path_buf(), text, &bytes)
            }
            _ => None,
        })
    }
}

/// A stored file's path, stamp and whether the analyser that made it is this one.
struct StoredFile {
    path: PathBuf,
    stamp: Stamp,
    current: bool,
}

/// Why a database file could not be used.
enum Problem {
    /// The file is not a database or is damaged: set it aside.
    Damaged(String),
    /// Locked, unwritable, newer: leave it alone.
    Unusable(String),
}

impl From<rusqlite::Error> for Problem {
    fn from(e: rusqlite::Error) -> Problem {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Problem::Damaged(e.to_string())
            }
            _ => Problem::Unusable(e.to_string()),
        }
    }
}

/// The file beside a database that says `verify` found it damaged, and why.
fn damage_marker(path: &Path) -> PathBuf {
    let mut marker = path.as_os_str().to_os_string();
    marker.push(".damaged");
    PathBuf::from(marker)
}

/// Renames a damaged database (and its WAL and shared-memory files) aside; gives where.
fn set_aside(path: &Path) -> Option<PathBuf> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut aside = path.as_os_str().to_os_string();
    aside.push(format!(".broken-{now}"));
    let aside = PathBuf::from(aside);
    std::fs::rename(path, &aside).ok()?;
    let _ = std::fs::remove_file(damage_marker(path));
    for extra in ["-wal", "-shm"] {
        let mut from = path.as_os_str().to_os_string();
        from.push(extra);
        let mut to = aside.as_os_str().to_os_string();
        to.push(extra);
        let _ = std::fs::rename(&from, &to);
    }
    Some(aside)
}

/// What to write for one file.
enum Written<'a> {
    Analysed(&'a [(Article, Analysis)]),
    Unanalysed(&'a [Article]),
    Failed(&'a str),
}

/// Separates aliases in their column (a unit separator never appears in a name).
const ALIAS_SEPARATOR: char = '\u{1f}';

fn split_aliases(joined: &str) -> Vec<String> {
    if joined.is_empty() {
        return Vec::new();
    }
    joined.split(ALIAS_SEPARATOR).map(str::to_string).collect()
}

fn format_from(name: &str) -> Format {
    match name {
        "markdown" => Format::Markdown,
        "html" => Format::Html,
        "feed" => Format::Feed,
        _ => Format::Text,
    }
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Group => "group",
    }
}

/// Deletes a file's articles (and through them their entities and claims) and their
/// full-text rows, then the file; gives the articles' paths.
fn delete_file(tx: &Transaction<'_>, file: &[u8]) -> rusqlite::Result<Vec<PathBuf>> {
    let removed = delete_articles(tx, file)?;
    tx.execute("DELETE FROM files WHERE path = ?1", params![file])?;
    Ok(removed)
}

fn delete_articles(tx: &Transaction<'_>, file: &[u8]) -> rusqlite::Result<Vec<PathBuf>> {
    let mut statement = tx.prepare_cached(
        "SELECT a.path FROM articles a JOIN files f ON f.id = a.file_id
         WHERE f.path = ?1 ORDER BY a.ord",
    )?;
    let removed = statement
        .query_map(params![file], |row| row.get::<_, Vec<u8>>(0))?
        .map(|p| p.map(|p| paths::from_bytes(&p)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if removed.is_empty() {
        return Ok(removed);
    }
    tx.execute(
        "INSERT INTO search(search, rowid, title, text)
         SELECT 'delete', b.id, b.title, b.text FROM bodies b JOIN articles a ON a.id = b.id
         JOIN files f ON f.id = a.file_id WHERE f.path = ?1",
        params![file],
    )?;
    tx.execute(
        "DELETE FROM articles WHERE file_id = (SELECT id FROM files WHERE path = ?1)",
        params![file],
    )?;
    Ok(removed)
}

/// Longest stretch of a claim's content or sentence kept in its row, in bytes: the rows are
/// for listing claims across the library, and one huge sentence with thousands of claims must
/// not be stored once per claim (the article's text has it whole).
const MAX_CLAIM_TEXT: usize = 1_000;

/// The words of `span`, or when they are longer than [`MAX_CLAIM_TEXT`] the stretch of them
/// from a little before `focus`, marked with `…` where cut.
fn excerpt(text: &str, span: Span, focus: usize) -> std::borrow::Cow<'_, str> {
    let words = span.slice(text);
    if words.len() <= MAX_CLAIM_TEXT {
        return words.into();
    }
    let floor = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = floor(focus.saturating_sub(MAX_CLAIM_TEXT / 4).max(span.start()));
    let end = floor((start + MAX_CLAIM_TEXT).min(span.end()));
    let mut cut = String::with_capacity(end - start + 6);
    if start > span.start() {
        cut.push('…');
    }
    cut.push_str(text.get(start..end).unwrap_or(""));
    if end < span.end() {
        cut.push('…');
    }
    cut.into()
}

/// Writes one file's row and replaces its articles; gives their cards.
fn write_file(
    tx: &Transaction<'_>,
    file: &Path,
    stamp: &Stamp,
    written: Written<'_>,
) -> rusqlite::Result<Vec<Card>> {
    let key = paths::bytes(file);
    delete_articles(tx, &key)?;
    let failure = match written {
        Written::Failed(reason) => Some(reason),
        _ => None,
    };
    let file_id: i64 = tx.query_row(
        "INSERT INTO files(path, size, mtime_ns, hash, analyser, failure)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
             hash = excluded.hash, analyser = excluded.analyser, failure = excluded.failure
         RETURNING id",
        params![
            key,
            stamp.size as i64,
            stamp.mtime_ns,
            stamp.hash as i64,
            analyser_version(),
            failure
        ],
        |row| row.get(0),
    )?;
    let pairs: Vec<(&Article, Option<&Analysis>)> = match written {
        Written::Analysed(list) => list.iter().map(|(a, x)| (a, Some(x))).collect(),
        Written::Unanalysed(list) => list.iter().map(|a| (a, None)).collect(),
        Written::Failed(_) => Vec::new(),
    };
    let mut cards = Vec::with_capacity(pairs.len());
    for (ord, (article, analysis)) in pairs.into_iter().enumerate() {
        let mut card = Card::new(article, analysis);
        card.file = file.to_path_buf();
        write_article(tx, file_id, ord, article, analysis, &card)?;
        cards.push(card);
    }
    Ok(cards)
}

fn write_article(
    tx: &Transaction<'_>,
    file_id: i64,
    ord: usize,
    article: &Article,
    analysis: Option<&Analysis>,
    card: &Card,
) -> rusqlite::Result<()> {
    let blob = analysis.map(|analysis| blob::encode(article, analysis));
    let article_id: i64 = tx
        .prepare_cached(
            "INSERT INTO articles(file_id, ord, path, format, title, kicker, source, date,
                 published, words, language, claims, analysed, analyser)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
             RETURNING id",
        )?
        .query_row(
            params![
                file_id,
                ord as i64,
                paths::bytes(&article.path),
                article.format.name(),
                article.title,
                article.kicker,
                article.source,
                article.date,
                article.published().map(crate::article::iso_date),
                card.words as i64,
                card.language,
                card.claims as i64,
                card.analysed,
                analyser_version(),
            ],
            |row| row.get(0),
        )?;
    tx.prepare_cached("INSERT INTO bodies(id, title, text, blob) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![article_id, article.title, article.text, blob])?;
    tx.prepare_cached("INSERT INTO search(rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![article_id, article.title, article.text])?;
    let Some(analysis) = analysis else {
        return Ok(());
    };
    let (by_counts, about_counts) = card::claim_counts(analysis);
    let mut entity_row = tx.prepare_cached(
        "INSERT INTO entities(article_id, kind, key, name, aliases, mentions, by_count, about)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for entity in &analysis.entities {
        let by = by_counts.get(&entity.id).copied().unwrap_or(0);
        let about = about_counts.get(&entity.id).copied().unwrap_or(0);
        let aliases = entity.aliases.join(&ALIAS_SEPARATOR.to_string());
        entity_row.execute(params![
            article_id,
            kind_name(entity.kind),
            entity.key,
            entity.name,
            aliases,
            entity.mentions.len() as i64,
            by as i64,
            about as i64
        ])?;
    }
    let mut claim_row = tx.prepare_cached(
        "INSERT INTO claims(article_id, at, speaker, verb, content, sentence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
    )?;
    let mut key_row =
        tx.prepare_cached("INSERT INTO claim_keys(claim_id, key, by) VALUES (?1, ?2, ?3)")?;
    let key_of = |id: usize| analysis.entities.get(id).map(|e| e.key.as_str());
    for claim in &analysis.claims {
        let speaker = claim.speaker.as_ref();
        let speaker_id = speaker.and_then(|s| s.entity);
        let speaker_name = speaker
            .map(|s| s.shown_name(&analysis.entities))
            .unwrap_or_default();
        let claim_id: i64 = claim_row.query_row(
            params![
                article_id,
                claim.sentence.start() as i64,
                speaker_name,
                claim.cue.as_ref().map_or("", |c| c.text.as_str()),
                excerpt(&article.text, claim.content, claim.content.start()),
                excerpt(&article.text, claim.sentence, claim.content.start())
            ],
            |row| row.get(0),
        )?;
        if let Some(key) = speaker_id.and_then(key_of) {
            key_row.execute(params![claim_id, key, true])?;
        }
        for &id in &claim.about {
            if Some(id) != speaker_id
                && let Some(key) = key_of(id)
            {
                key_row.execute(params![claim_id, key, false])?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
