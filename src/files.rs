//! Reading the files lede is given — articles, the config, the state file — without being
//! stalled or swamped by them: only regular files are read, a pipe or device is refused before
//! it is opened, and no read takes more than a limit.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path is not a regular file (a named pipe, socket, device or folder).
    #[error("{0}")]
    NotAFile(&'static str),
    /// The file holds more than the limit.
    #[error("larger than {} MiB", .0 / 1024 / 1024)]
    TooLarge(u64),
    /// The system refused.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// What a path that is not a regular file is, in words, with what to do instead; `None` for a
/// regular file.
pub fn special_kind(meta: &Metadata) -> Option<&'static str> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some("is a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return Some(
                "is a named pipe, not a file; lede reads regular files only (to read from a \
                 pipe, send it to `lede analyze -`)",
            );
        }
        if kind.is_socket() {
            return Some("is a socket, not a file; lede reads regular files only");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("is a device, not a file; lede reads regular files only");
        }
    }
    Some("is not a regular file; lede reads regular files only")
}

/// Reads a regular file's bytes, at most `limit` of them. A pipe, socket or device is refused
/// before it is opened; the file is opened without waiting for a writer and checked again once
/// open, so one swapped for a pipe in between is refused too instead of blocking.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    if let Some(kind) = special_kind(&fs::metadata(path)?) {
        return Err(ReadError::NotAFile(kind));
    }
    let file = open_without_waiting(path)?;
    let meta = file.metadata()?;
    if let Some(kind) = special_kind(&meta) {
        return Err(ReadError::NotAFile(kind));
    }
    // `take` hides the file's size from `read_to_end`, which would then grow the buffer from 32
    // bytes up, one read call per doubling: room for the whole file makes it one call.
    let expected = meta.len().min(limit).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK only changes opening a pipe (which would otherwise wait for a writer) or a
    // device; reads from a regular file are unaffected.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("lede-files-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_regular_file_is_read_up_to_the_limit() {
        let dir = folder("limit");
        let path = dir.join("a.txt");
        fs::write(&path, "twelve bytes").unwrap();
        assert_eq!(read_regular(&path, 12).unwrap(), b"twelve bytes");
        assert!(matches!(
            read_regular(&path, 11),
            Err(ReadError::TooLarge(11))
        ));
    }

    #[test]
    fn folders_and_devices_are_refused() {
        let dir = folder("special");
        assert!(matches!(
            read_regular(&dir, 100),
            Err(ReadError::NotAFile(_))
        ));
        #[cfg(unix)]
        {
            let err = read_regular(Path::new("/dev/zero"), 100).unwrap_err();
            assert!(err.to_string().contains("device"), "{err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = folder("fifo");
        let fifo = dir.join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // With no writer, opening the pipe for reading would block this test forever.
        let err = read_regular(&fifo, 100).unwrap_err();
        assert!(err.to_string().contains("named pipe"), "{err}");
    }
}
