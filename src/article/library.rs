//! A library of articles: files and folders from the command line, or the samples embedded in
//! the binary.
//!
//! Loading never stops at a bad file: each one that cannot be read is reported with its path
//! and reason, and the rest still load.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::thread;

use super::{Article, markdown, plain};

/// Largest article file lede reads; anything bigger is almost surely not an article.
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// File extensions a folder walk picks up; files named on the command line are read whatever
/// their name.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
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

/// The sample articles compiled into the binary, so `lede` with no arguments works anywhere.
pub fn embedded_library() -> Library {
    const SAMPLES: &[(&str, &str)] = &[
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
    SAMPLES
        .iter()
        .map(|(name, text)| parse(PathBuf::from("embedded").join(name), text.to_string()))
        .collect()
}

/// Loads every article under `paths` (files, folders searched recursively, `-` for standard
/// input), in sorted path order, reading files in parallel. Failures come back beside the
/// articles instead of stopping the load.
pub fn load_paths(paths: &[PathBuf]) -> (Library, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || path.is_file() {
            files.push(path.clone());
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut errors);
            found.sort();
            files.extend(found);
        } else {
            errors.push(LoadError::new(path, "no such file or folder"));
        }
    }

    let workers = thread::available_parallelism().map_or(1, usize::from);
    let chunk = files.len().div_ceil(workers).max(1);
    let results: Vec<Result<Article, LoadError>> = thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| read_file(p)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });

    let mut articles = Vec::new();
    for result in results {
        match result {
            Ok(article) => articles.push(article),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(LoadError::new(dir, format!("cannot list folder: {e}"))),
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, found, errors);
        } else if is_article_name(&path) {
            found.push(path);
        }
    }
}

fn is_article_name(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => ARTICLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()),
        None => true,
    }
}

/// Reads one file (or standard input for `-`) into an article.
pub fn read_file(path: &Path) -> Result<Article, LoadError> {
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        fs::File::open(path).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| LoadError::new(path, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(
            path,
            format!(
                "larger than {} MiB; lede reads articles, not archives",
                MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    if bytes.contains(&0) {
        return Err(LoadError::new(
            path,
            "binary file (contains NUL bytes), skipped",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        LoadError::new(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {}), skipped",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    let shown = if path.as_os_str() == "-" {
        PathBuf::from("<stdin>")
    } else {
        path.to_path_buf()
    };
    Ok(parse(shown, text))
}

/// Picks the reader by file extension.
fn parse(path: PathBuf, text: String) -> Article {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("md" | "markdown") => markdown::read(path, &text),
        _ => plain::read(path, text),
    }
}
