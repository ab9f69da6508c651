//! A log file for finding out what lede did, off by default: `LEDE_LOG=debug` (or `error`,
//! `warn`, `info`, `trace`) appends to `lede.log` in the state folder (`~/.local/state/lede`
//! on Linux). The reader owns the terminal, so nothing of this goes to the screen.

use std::ffi::OsStr;
use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing::level_filters::LevelFilter;

/// The environment variable that turns the log on, with its level.
pub const LOG_ENV: &str = "LEDE_LOG";

/// The log's file name in the state folder.
pub const LOG_FILE: &str = "lede.log";

/// The level asked for by `LEDE_LOG`'s value: none when unset or empty (no log), an error
/// naming the levels when it is not one.
pub fn level(value: Option<&OsStr>) -> Result<Option<LevelFilter>, String> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    match text.trim().to_ascii_lowercase().as_str() {
        "off" | "0" => Ok(None),
        "error" => Ok(Some(LevelFilter::ERROR)),
        "warn" | "warning" => Ok(Some(LevelFilter::WARN)),
        "info" => Ok(Some(LevelFilter::INFO)),
        "debug" | "1" => Ok(Some(LevelFilter::DEBUG)),
        "trace" => Ok(Some(LevelFilter::TRACE)),
        _ => Err(format!(
            "{LOG_ENV}={} is not a level; use error, warn, info, debug or trace (no log is kept)",
            crate::sanitize::sanitize(&text)
        )),
    }
}

/// Starts the log when `LEDE_LOG` asks for one, appending to `lede.log` in `folder`; gives
/// the file's path, or a message to show when it could not be started (lede goes on without).
pub fn start(folder: Option<&Path>) -> Result<Option<PathBuf>, String> {
    let Some(level) = level(std::env::var_os(LOG_ENV).as_deref())? else {
        return Ok(None);
    };
    let folder = folder.ok_or_else(|| {
        format!("{LOG_ENV} is set but this system has no state folder for lede's log")
    })?;
    let path = folder.join(LOG_FILE);
    let shown = crate::sanitize::sanitize(&path.display().to_string()).into_owned();
    fs::create_dir_all(folder)
        .and_then(|()| OpenOptions::new().create(true).append(true).open(&path))
        .map_err(|e| format!("cannot write the log {shown}: {e} (no log is kept)"))
        .and_then(|file| {
            tracing_subscriber::fmt()
                .with_max_level(level)
                .with_ansi(false)
                .with_writer(Mutex::new(file))
                .try_init()
                .map_err(|e| format!("cannot start the log: {e}"))
        })?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "lede started");
    Ok(Some(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_read_and_anything_else_is_explained() {
        assert_eq!(level(None), Ok(None));
        assert_eq!(level(Some(OsStr::new(""))), Ok(None));
        assert_eq!(level(Some(OsStr::new("off"))), Ok(None));
        assert_eq!(
            level(Some(OsStr::new("DEBUG"))),
            Ok(Some(LevelFilter::DEBUG))
        );
        assert_eq!(level(Some(OsStr::new("warn"))), Ok(Some(LevelFilter::WARN)));
        let message = level(Some(OsStr::new("loud\u{1b}[31m"))).unwrap_err();
        assert!(
            message.contains("error, warn, info, debug or trace"),
            "{message}"
        );
        assert!(!message.contains('\u{1b}'), "{message}");
    }
}
