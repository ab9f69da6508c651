//! A library of articles: files and folders from the command line, or the samples embedded in
//! the binary.
//!
//! Loading never stops at a bad file: each one that cannot be read is reported with its path
//! and reason, and the rest still load. A file may hold several articles (a feed's entries).

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::thread;

use crate::files::{self, ReadError};
use crate::sanitize::sanitize;

use super::feed::{self, FeedError};
use super::{Article, Format, charset, html, markdown, plain};

/// Largest article file lede reads; anything bigger is almost surely not an article.
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// File extensions a folder walk picks up; files named on the command line are read whatever
/// their name.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "rss", "atom", "xml", "json",
];

/// Articles loaded together, in path order.
pub type Library = Vec<Article>;

/// Why one file could not become an article.
#[derive(Debug, thiserror::Error)]
pub struct LoadError {
    /// The file that failed.
    pub path: PathBuf,
    /// What was wrong with it, in words a reader can act on.
    pub reason: String,
}

impl fmt::Display for LoadError {
    /// `path: reason`, with any control character in the file name (which could steer a
    /// terminal) shown as a placeholder.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display().to_string();
        write!(f, "{}: {}", sanitize(&path), self.reason)
    }
}

impl LoadError {
    fn new(path: &Path, reason: impl Into<String>) -> LoadError {
        LoadError {
            path: path.to_path_buf(),
            reason: reason.into(),
        }
    }
}

/// The sample articles compiled into the binary, by file name, so `lede` with no arguments
/// works anywhere. A test checks that this list and `assets/articles/` agree.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "berlin-peace-talks.txt",
        include_str!("../../assets/articles/berlin-peace-talks.txt"),
    ),
    (
        "central-bank-rates.txt",
        include_str!("../../assets/articles/central-bank-rates.txt"),
    ),
    (
        "clinic-quotes.txt",
        include_str!("../../assets/articles/clinic-quotes.txt"),
    ),
    (
        "festival-names.txt",
        include_str!("../../assets/articles/festival-names.txt"),
    ),
    (
        "harbour-council-vote.md",
        include_str!("../../assets/articles/harbour-council-vote.md"),
    ),
    (
        "rail-strike-report.txt",
        include_str!("../../assets/articles/rail-strike-report.txt"),
    ),
    (
        "storm-coast-update.md",
        include_str!("../../assets/articles/storm-coast-update.md"),
    ),
    (
        "water-main-note.txt",
        include_str!("../../assets/articles/water-main-note.txt"),
    ),
];

/// The pseudo folder the embedded samples' paths start with, so their read marks and
/// database rows never mix with files on disk.
pub const EMBEDDED: &str = "embedded";

/// The sample articles as a library, under the pseudo folder `embedded/`.
pub fn embedded_library() -> Library {
    SAMPLES
        .iter()
        .flat_map(|(name, text)| {
            read_source(PathBuf::from(EMBEDDED).join(name), (*text).to_string()).unwrap_or_default()
        })
        .collect()
}

/// Loads every article under `paths` (files, folders searched recursively, `-` for standard
/// input), reading files in parallel. Files named on the command line keep their order; the
/// files found in one folder are sorted by path; a feed's entries keep the feed's order. A
/// path named twice is read once. Failures come back beside the articles instead of stopping
/// the load; an `.xml` file found in a folder that is not a feed is passed over in silence
/// (folders hold sitemaps and settings), but named on the command line it is reported.
pub fn load_paths(paths: &[PathBuf]) -> (Library, Vec<LoadError>) {
    let (files, mut errors) = list_paths(paths);
    let mut articles = Vec::new();
    for result in read_parallel(&files) {
        match result {
            Ok(found) => articles.extend(found),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

/// A file to read: found by a folder walk, or named by the user (whose name is read whatever
/// it is, and whose refusal is always reported).
#[derive(Clone, Debug)]
pub struct Listed {
    /// The file, as named or as the walk found it; `-` is standard input.
    pub path: PathBuf,
    /// Whether the user named it rather than a folder walk finding it.
    pub named: bool,
    /// What the listing saw of it (symbolic links followed), so a caller comparing sizes
    /// and times need not look again; `None` for standard input.
    pub meta: Option<fs::Metadata>,
}

/// The files [`load_paths`] would read, in its order, without reading them, and the paths
/// that could not even be looked at: the library database compares them with what it holds
/// before reading only the new and changed ones.
pub fn list_paths(paths: &[PathBuf]) -> (Vec<Listed>, Vec<LoadError>) {
    list_up_to(paths, usize::MAX)
}

/// Whether any file under `paths` is one lede would read, with the paths that could not be
/// looked at: the walk stops at the first file found, so a large folder answers at once.
pub fn any_listed(paths: &[PathBuf]) -> (bool, Vec<LoadError>) {
    let (found, errors) = list_up_to(paths, 1);
    (!found.is_empty(), errors)
}

/// [`list_paths`], stopping once `most` files are found in a folder.
fn list_up_to(paths: &[PathBuf], most: usize) -> (Vec<Listed>, Vec<LoadError>) {
    let mut files: Vec<Listed> = Vec::new();
    let mut errors = Vec::new();
    let named = |path: &Path, meta: Option<fs::Metadata>| Listed {
        path: path.to_path_buf(),
        named: true,
        meta,
    };
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(named(path, None));
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut seen = HashSet::new();
                walk(path, most, &mut found, &mut seen, &mut errors);
                found.sort_by(|a, b| a.0.cmp(&b.0));
                files.extend(found.into_iter().map(|(path, meta)| Listed {
                    path,
                    named: false,
                    meta: Some(meta),
                }));
            }
            Ok(meta) => match files::special_kind(&meta) {
                // Pipes, sockets and devices are refused before they are opened: reading a
                // pipe would wait for a writer and stall every other file of the run.
                Some(kind) => errors.push(LoadError::new(path, kind)),
                None => files.push(named(path, Some(meta))),
            },
            Err(e) => errors.push(LoadError::new(path, missing_reason(path, &e))),
        }
    }
    let mut seen = HashSet::new();
    files.retain(|f| seen.insert(f.path.clone()));
    (files, errors)
}

/// Reads one listed file's bytes (standard input for `-`), within the size limit, or says in
/// words why not.
pub fn read_listed_bytes(file: &Listed) -> Result<Vec<u8>, LoadError> {
    read_raw(&file.path).map_err(|refused| refused.error)
}

/// The articles a listed file's bytes hold: an `.xml` file a folder walk found that is not a
/// feed gives none, silently; named by the user, it is an error like any other.
pub fn read_listed(file: &Listed, bytes: Vec<u8>) -> Result<Vec<Article>, LoadError> {
    let shown = if file.path.as_os_str() == "-" {
        Path::new("<stdin>")
    } else {
        &file.path
    };
    match from_bytes(shown, bytes) {
        Err(refused) if refused.not_a_feed && !file.named => Ok(Vec::new()),
        result => result.map_err(|refused| refused.error),
    }
}

/// Reads files on every core, keeping their order.
fn read_parallel(files: &[Listed]) -> Vec<Result<Vec<Article>, LoadError>> {
    let workers = thread::available_parallelism().map_or(1, usize::from);
    let chunk = files.len().div_ceil(workers).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                (
                    part,
                    scope.spawn(move || {
                        part.iter()
                            .map(|file| read_listed_bytes(file).and_then(|b| read_listed(file, b)))
                            .collect()
                    }),
                )
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(part, handle)| {
                handle.join().unwrap_or_else(|_| {
                    // A reader bug must not make files vanish silently.
                    part.iter()
                        .map(|file| {
                            Err(LoadError::new(
                                &file.path,
                                "internal error while reading (a bug in lede)",
                            ))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect()
    })
}

/// Collects the article files under `dir`: regular files with an article extension or none,
/// skipping hidden entries. Folders reached twice through symbolic links are walked once.
fn walk(
    dir: &Path,
    most: usize,
    found: &mut Vec<(PathBuf, fs::Metadata)>,
    seen: &mut HashSet<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return errors.push(LoadError::new(
                dir,
                format!("cannot list folder: {}", io_reason(&e)),
            ));
        }
    };
    for entry in entries.flatten() {
        if found.len() >= most {
            return;
        }
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() && !is_saved_page_assets(&path) => {
                walk(&path, most, found, seen, errors);
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) if meta.is_file() && is_article_name(&path) => found.push((path, meta)),
            Ok(meta) if meta.is_file() => {}
            // Pipes, sockets and devices inside a folder are never articles (opening a pipe
            // would wait forever); one named like an article is reported.
            Ok(meta) => {
                if let Some(kind) = files::special_kind(&meta).filter(|_| is_article_name(&path)) {
                    errors.push(LoadError::new(&path, kind));
                }
            }
            Err(e) if is_article_name(&path) => {
                errors.push(LoadError::new(&path, missing_reason(&path, &e)));
            }
            Err(_) => {}
        }
    }
}

/// Whether a folder is the `NAME_files` folder a browser saves beside `NAME.html` (ads,
/// frames, scripts), whose pages are not articles.
fn is_saved_page_assets(dir: &Path) -> bool {
    let Some(name) = dir.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(page) = name.strip_suffix("_files") else {
        return false;
    };
    ["html", "htm"]
        .iter()
        .any(|ext| dir.with_file_name(format!("{page}.{ext}")).is_file())
}

fn is_article_name(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => ARTICLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()),
        None => true,
    }
}

/// Why a path that cannot even be looked at is skipped.
fn missing_reason(path: &Path, error: &io::Error) -> String {
    let dangling = error.kind() == io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        "broken symbolic link (its target does not exist)".to_string()
    } else if error.kind() == io::ErrorKind::NotFound {
        "no such file or folder".to_string()
    } else {
        io_reason(error)
    }
}

/// An I/O error in a few plain words.
fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a folder".to_string(),
        _ => error.to_string(),
    }
}

/// Reads one file (or standard input for `-`) into an article: for a feed, its first entry
/// ([`read_articles`] gives them all).
pub fn read_file(path: &Path) -> Result<Article, LoadError> {
    let articles = read_articles(path)?;
    articles.into_iter().next().ok_or_else(|| {
        LoadError::new(
            path,
            "no article in file (a bug in lede: readers report this)",
        )
    })
}

/// Reads every article one file (or standard input for `-`) holds: one, or a feed's entries.
pub fn read_articles(path: &Path) -> Result<Vec<Article>, LoadError> {
    read(path).map_err(|refused| refused.error)
}

/// Why a file was not read, and whether it was only some XML that is not a feed.
struct Refused {
    error: LoadError,
    not_a_feed: bool,
}

fn read(path: &Path) -> Result<Vec<Article>, Refused> {
    let bytes = read_raw(path)?;
    let shown = if path.as_os_str() == "-" {
        Path::new("<stdin>")
    } else {
        path
    };
    from_bytes(shown, bytes)
}

/// A file's bytes (standard input for `-`) within the size limit.
fn read_raw(path: &Path) -> Result<Vec<u8>, Refused> {
    let stdin = path.as_os_str() == "-";
    let shown = if stdin { Path::new("<stdin>") } else { path };
    let refuse = |reason: String, not_a_feed: bool| Refused {
        error: LoadError::new(shown, reason),
        not_a_feed,
    };
    let bytes = if stdin {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| refuse(format!("cannot read: {}", io_reason(&e)), false))?;
        bytes
    } else {
        files::read_regular(path, MAX_FILE_BYTES).map_err(|e| {
            let reason = match e {
                ReadError::NotAFile(kind) => kind.to_string(),
                ReadError::Io(e) => format!("cannot read: {}", io_reason(&e)),
                ReadError::TooLarge(_) => too_large(),
            };
            refuse(reason, false)
        })?
    };
    Ok(bytes)
}

/// Builds the articles a file's bytes hold, as reading the file at `path` would.
fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Vec<Article>, Refused> {
    let refuse = |reason: String, not_a_feed: bool| Refused {
        error: LoadError::new(path, reason),
        not_a_feed,
    };
    let (text, encoding) = decode(bytes).map_err(|reason| refuse(reason, false))?;
    let mut articles = parse(path.to_path_buf(), text).map_err(|why| match why {
        Unread::NotAFeed => refuse(FeedError::NotAFeed.reason().to_string(), true),
        Unread::Reason(reason) => refuse(reason, false),
    })?;
    for article in &mut articles {
        article.encoding = encoding.map(str::to_string);
    }
    Ok(articles)
}

/// Builds the articles a file's raw bytes hold, exactly as loading a file named `path` with
/// those bytes would (size limit, encoding checks, reader by name or content), without
/// touching the disk: the fuzz targets and their corpus test feed lede through it.
pub fn read_bytes(path: &Path, bytes: Vec<u8>) -> Result<Vec<Article>, LoadError> {
    from_bytes(path, bytes).map_err(|refused| refused.error)
}

/// An article's text from its bytes in whatever encoding they are in (`charset.rs`), with the
/// legacy encoding's name, or why they are not text.
fn decode(bytes: Vec<u8>) -> Result<(String, Option<&'static str>), String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let charset::Decoded { text, encoding } = charset::decode(&bytes)?;
    // Byte order marks anywhere (files glued together keep theirs) are as blank as spaces.
    if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err("empty file, nothing to read".to_string());
    }
    Ok((text, encoding))
}

fn too_large() -> String {
    format!(
        "larger than {} MiB; lede reads articles, not archives",
        MAX_FILE_BYTES / 1024 / 1024
    )
}

/// The reader a file's name, or else its first characters, call for.
fn format_of(path: &Path, text: &str) -> Format {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm" | "xhtml") => Format::Html,
        Some("rss" | "atom" | "xml" | "json") => Format::Feed,
        Some("txt" | "text") => Format::Text,
        // No extension, an unknown one, or standard input: look at the content.
        _ => {
            let start = text.trim_start_matches('\u{feff}').trim_start();
            let head = start.get(..start.len().min(16)).unwrap_or(start);
            let head = head.to_ascii_lowercase();
            if head.starts_with("<!doctype html") || head.starts_with("<html") {
                Format::Html
            } else if (head.starts_with('<') || head.starts_with('{'))
                && feed::looks_like_feed(start)
            {
                Format::Feed
            } else {
                Format::Text
            }
        }
    }
}

/// Why a text gave no article.
enum Unread {
    /// XML that is not a feed.
    NotAFeed,
    /// Anything else, in words.
    Reason(String),
}

fn parse(path: PathBuf, text: String) -> Result<Vec<Article>, Unread> {
    match format_of(&path, &text) {
        Format::Text => Ok(vec![plain::read(path, text)]),
        Format::Markdown => Ok(vec![markdown::read(path, &text)]),
        Format::Html => html::read(path, &text)
            .map(|a| vec![a])
            .map_err(Unread::Reason),
        Format::Feed => feed::read(&path, &text).map_err(|e| match e {
            FeedError::NotAFeed => Unread::NotAFeed,
            FeedError::Empty => Unread::Reason(e.reason().to_string()),
        }),
    }
}

/// Builds the articles a file's text holds, choosing the reader by the file's extension:
/// `.md` and `.markdown` are Markdown, `.html`, `.htm` and `.xhtml` web pages, `.rss`,
/// `.atom` and `.xml` feeds, `.txt` and `.text` plain text; any other name is a web page when
/// the text starts like one (`<!DOCTYPE html`, `<html`), a feed when its root element is a
/// feed's, and plain text otherwise. Fails, with the reason in words, when a page or feed
/// holds no article.
pub fn read_source(path: PathBuf, text: String) -> Result<Vec<Article>, String> {
    parse(path, text).map_err(|why| match why {
        Unread::NotAFeed => FeedError::NotAFeed.reason().to_string(),
        Unread::Reason(reason) => reason,
    })
}

/// Builds one article from a file's text, as [`read_source`] does: for a feed, its first
/// entry; a page or feed without text gives an article with no text.
pub fn from_source(path: PathBuf, text: String) -> Article {
    let format = format_of(&path, &text);
    let fallback = Article {
        path: path.clone(),
        format,
        ..Article::default()
    };
    parse(path, text)
        .ok()
        .and_then(|articles| articles.into_iter().next())
        .unwrap_or(fallback)
}
