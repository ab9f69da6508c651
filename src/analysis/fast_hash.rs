//! A fast, unkeyed hash for the words and term ids the analysis counts.
//!
//! It is the Fx multiply-rotate of `lexicon.rs` with a final rotation: Fx alone leaves the low
//! bits (those a hash table indexes by) depending on a word's first letters only, so tables of
//! tens of thousands of words fill with collisions. Keys are the article's own words, never a
//! hostile choice that needs a keyed hash, and an unkeyed hash gives the same result every run.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A hash set with [`WordHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// Fx with well-mixed low bits.
#[derive(Clone, Copy, Default)]
pub struct WordHasher {
    hash: u64,
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The multiply mixes upwards: bring the well-mixed high bits down.
        self.hash.rotate_left(26)
    }
}

/// The last 1–7 bytes of a key as one little-endian number, zero above them: read as two
/// overlapping loads (or three bytes), not copied into a buffer, since a copy of a variable
/// length calls `memcpy`, which cost more than the rest of a short word's hash.
fn tail(rest: &[u8]) -> u64 {
    let len = rest.len();
    let u32_at = |at: usize| {
        rest.get(at..at + 4)
            .and_then(|b| b.first_chunk::<4>())
            .map_or(0, |b| u64::from(u32::from_le_bytes(*b)))
    };
    let byte_at = |at: usize| rest.get(at).map_or(0, |&b| u64::from(b));
    if len >= 4 {
        // The two loads overlap on the same bytes at the same places.
        u32_at(0) | u32_at(len - 4) << (8 * (len - 4))
    } else if len > 0 {
        byte_at(0) | byte_at(len / 2) << (8 * (len / 2)) | byte_at(len - 1) << (8 * (len - 1))
    } else {
        0
    }
}

/// The [`WordHasher`] hash of a word's bytes alone: `build.rs` places the big word lists in
/// tables by it at build time, and [`crate::analysis::lexicon`] finds words in them by the
/// same function, so the two must never differ.
pub fn word_hash(bytes: &[u8]) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn a_tail_is_its_bytes_padded_with_zeros() {
        let bytes = [0x01, 0x82, 0x43, 0xf4, 0x05, 0x96, 0x27, 0xa8];
        for len in 1..8 {
            let mut buf = [0u8; 8];
            buf[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(tail(&bytes[..len]), u64::from_le_bytes(buf), "{len} bytes");
        }
    }

    #[test]
    fn words_sharing_their_first_letters_spread_over_the_low_bits() {
        let build = BuildHasherDefault::<WordHasher>::default();
        let words = [
            "station",
            "statement",
            "statistic",
            "stature",
            "status",
            "statue",
        ];
        let mut low: Vec<u64> = words.iter().map(|w| build.hash_one(w) & 0xffff).collect();
        low.sort_unstable();
        low.dedup();
        assert_eq!(low.len(), words.len());
    }
}
