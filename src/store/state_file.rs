//! The state file older ledes kept (`state.ron`): which articles were read and where each was
//! left. The library database imports it once ([`super::Store::import_state`]) and leaves it
//! as a backup; the reader still reads and writes it until it keeps its state in the database.
//!
//! The state file is lede's own; when it cannot be read it is reported and ignored, never a
//! reason not to start.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::files::{self, ReadError};

/// Largest state file read: read marks for hundreds of thousands of articles.
const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

/// Read marks and reading positions, by article path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// Articles opened before.
    #[serde(default)]
    pub read: HashSet<String>,
    /// Byte offset of the line at the top of the view when each article was left.
    #[serde(default)]
    pub positions: HashMap<String, usize>,
    /// Starred claims: the article and the claim's sentence start.
    #[serde(default)]
    pub stars: HashSet<(String, usize)>,
}

impl Saved {
    /// Reads the state file. A missing file is a first run; a broken one comes back as a
    /// message for the status line, with empty state.
    pub fn load(path: &Path) -> (Saved, Option<String>) {
        let text = match files::read_regular(path, MAX_STATE_BYTES)
            .and_then(|bytes| String::from_utf8(bytes).map_err(|e| io::Error::other(e).into()))
        {
            Ok(text) => text,
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
                return (Saved::default(), None);
            }
            Err(e) => {
                return (
                    Saved::default(),
                    Some(format!(
                        "state file {} unreadable ({e}); read marks start afresh",
                        path.display()
                    )),
                );
            }
        };
        match ron::from_str(&text) {
            Ok(saved) => (saved, None),
            Err(e) => (
                Saved::default(),
                Some(format!(
                    "state file {}:{} is corrupt ({}); ignored, it will be rewritten on quit",
                    path.display(),
                    e.span.start.line,
                    e.code
                )),
            ),
        }
    }

    /// Writes the state file, creating its folder; written beside and renamed, so a crash
    /// never leaves half a file.
    pub fn store(&self, path: &Path) -> io::Result<()> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(io::Error::other)?;
        // One partial file per process, so two lede sessions saving at once never write into
        // the same half-written file; the last rename wins whole.
        let partial = path.with_extension(format!("ron.partial.{}", std::process::id()));
        let mut file = fs::File::create(&partial)?;
        file.write_all(text.as_bytes())?;
        // On disk before the rename, so a power cut leaves the old file or the new, never an
        // empty one.
        file.sync_all()?;
        fs::rename(&partial, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("lede-saved-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir.join("state.ron")
    }

    #[test]
    fn state_round_trips_through_the_file() {
        let path = temp("round");
        let mut saved = Saved::default();
        saved.read.insert("a.txt".into());
        saved.positions.insert("a.txt".into(), 42);
        saved.store(&path).unwrap();
        assert_eq!(Saved::load(&path), (saved, None));
    }

    #[test]
    fn a_corrupt_state_file_is_reported_and_ignored() {
        let path = temp("corrupt");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, "(read: [\"a\", positions: oops").unwrap();
        let (saved, problem) = Saved::load(&path);
        assert_eq!(saved, Saved::default());
        let problem = problem.unwrap();
        assert!(
            problem.contains("corrupt") && problem.contains("state.ron"),
            "{problem}"
        );
    }

    #[test]
    fn a_missing_state_file_is_a_first_run() {
        assert_eq!(Saved::load(&temp("missing")), (Saved::default(), None));
    }
}
