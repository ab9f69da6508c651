//! Paths as the database keeps them: the exact bytes of the canonical path (so a name that is
//! not UTF-8 still finds its file again), and the conditions that pick the files under a root.

use std::path::{Path, PathBuf};

/// A path's bytes as stored.
pub fn bytes(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

/// A path back from its stored bytes.
pub fn from_bytes(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// An SQL condition on the column `column` that holds for a file that is one of `roots` or
/// lies under one of them, and its parameters: per root, the root itself or the byte range
/// of paths that start with `root/`, which the column's index answers.
pub fn under(column: &str, roots: &[PathBuf]) -> (String, Vec<Vec<u8>>) {
    if roots.is_empty() {
        return ("0".to_string(), Vec::new());
    }
    let mut parts = Vec::new();
    let mut params = Vec::new();
    for root in roots {
        let exact = bytes(root);
        let mut low = exact.clone();
        if low.last() != Some(&b'/') {
            low.push(b'/');
        }
        // Every path starting with `low` sorts before `low` with its last byte raised by one
        // ('/' + 1 is '0').
        let mut high = low.clone();
        if let Some(last) = high.last_mut() {
            *last += 1;
        }
        let n = params.len();
        parts.push(format!(
            "({column} = ?{} OR ({column} >= ?{} AND {column} < ?{}))",
            n + 1,
            n + 2,
            n + 3
        ));
        params.extend([exact, low, high]);
    }
    (format!("({})", parts.join(" OR ")), params)
}
