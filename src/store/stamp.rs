//! What a file looked like when it was stored: enough to tell, without reading it, that it is
//! unchanged, and by its bytes' hash that a touched file is still the same article.

use std::fs::Metadata;

/// A file's size, modification time and content hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (negative before it).
    pub mtime_ns: i64,
    /// XXH3 of the bytes: the same on every run and platform.
    pub hash: u64,
}

impl Stamp {
    /// The stamp of bytes just read from a file with `meta`.
    pub fn of(meta: &Metadata, bytes: &[u8]) -> Stamp {
        Stamp {
            size: bytes.len() as u64,
            mtime_ns: mtime_ns(meta),
            hash: hash(bytes),
        }
    }

    /// Whether a file with `meta` looks untouched since this stamp (size and time alike), so
    /// it need not be read.
    pub fn looks_unchanged(&self, meta: &Metadata) -> bool {
        self.size == meta.len() && self.mtime_ns == mtime_ns(meta)
    }
}

/// The bytes' hash as stamps keep it.
pub fn hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// A file's modification time in nanoseconds since the epoch; 0 where the system has none.
pub fn mtime_ns(meta: &Metadata) -> i64 {
    let Ok(modified) = meta.modified() else {
        return 0;
    };
    match modified.duration_since(std::time::UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_nanos()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_nanos()).map_or(i64::MIN, |n| -n),
    }
}
