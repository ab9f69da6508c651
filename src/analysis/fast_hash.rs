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
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
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
