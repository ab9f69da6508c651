//! The hand-written and gazetteer lists as hash maps with a bit array in front.
//!
//! Nearly every word the analysis asks a list about is not in it: the title list is asked of
//! most words of a sentence, the place and organisation lists of every name and its words.
//! A miss in a hash map still hashes the word and probes a slot; here a word whose length,
//! first byte and last byte match no listed word's is turned away by one bit, read without
//! touching the word's other bytes. The bits only rule words out: a word they let through is
//! looked up as before, so every answer is the map's own.

use std::borrow::Borrow;
use std::hash::Hash;

use super::HashMap;

/// A word list keyed by strings, with the bits of the classes of its keys.
pub(crate) struct Listed<K, V> {
    map: HashMap<K, V>,
    /// One bit per class of key (see [`class`]), set when some key has that class; a power
    /// of two of bits, about sixteen per key.
    bits: Box<[u64]>,
    /// 32 less the base-2 logarithm of the number of bits: how far a class's mixed bits are
    /// shifted down.
    shift: u32,
}

/// The class of a word of `len` bytes, `first` and `last` being its first and last bytes
/// (both 0 for the empty word), as an index into a power of two of bits, `shift` being 32
/// less its logarithm: the three mixed by a multiply and read from the top, where the
/// multiply mixes best.
fn class(len: usize, first: u8, last: u8, shift: u32) -> usize {
    let packed = (len.min(255) as u32) << 16 | u32::from(first) << 8 | u32::from(last);
    (packed.wrapping_mul(0x9e37_79b1) >> shift) as usize
}

/// The class of `word`'s bytes.
fn class_of(word: &[u8], shift: u32) -> usize {
    class(
        word.len(),
        word.first().copied().unwrap_or(0),
        word.last().copied().unwrap_or(0),
        shift,
    )
}

impl<K: Borrow<str> + Hash + Eq, V> Listed<K, V> {
    /// The list of `map`'s keys and values.
    pub(crate) fn new(map: HashMap<K, V>) -> Self {
        let bits = (map.len() * 16).next_power_of_two().max(64);
        let shift = 32 - bits.trailing_zeros();
        let mut words = vec![0u64; bits / 64].into_boxed_slice();
        for key in map.keys() {
            let c = class_of(key.borrow().as_bytes(), shift);
            if let Some(w) = words.get_mut(c / 64) {
                *w |= 1 << (c % 64);
            }
        }
        Listed {
            map,
            bits: words,
            shift,
        }
    }

    /// Whether some key may have the class of a word of `len` bytes from `first` to `last`.
    fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let c = class(len, first, last, self.shift);
        self.bits
            .get(c / 64)
            .is_some_and(|w| w & (1 << (c % 64)) != 0)
    }

    /// The value of `word`, if listed.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        let (first, last) = (bytes.first().copied(), bytes.last().copied());
        if !self.may_hold(bytes.len(), first.unwrap_or(0), last.unwrap_or(0)) {
            return None;
        }
        self.map.get(word)
    }

    /// Whether `word` is listed.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Whether `word`, lower-cased, may be listed, read without lower-casing it: an ASCII
    /// word keeps its length in lower case, and only its first and last bytes are lowered
    /// for the bits. A word beyond ASCII may be (its lower case can differ in length).
    pub(super) fn may_hold_lower(&self, word: &str) -> bool {
        !word.is_ascii() || self.may_hold_lower_ascii(word)
    }

    /// [`Listed::may_hold_lower`] of a word its caller knows to be ASCII, without reading
    /// it again (for a word beyond ASCII the answer means nothing).
    pub(super) fn may_hold_lower_ascii(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (first, last) = (bytes.first().copied(), bytes.last().copied());
        self.may_hold(
            bytes.len(),
            first.map_or(0, |b| b.to_ascii_lowercase()),
            last.map_or(0, |b| b.to_ascii_lowercase()),
        )
    }

    /// The listed words.
    #[cfg(test)]
    pub(super) fn keys(&self) -> impl Iterator<Item = &K> {
        self.map.keys()
    }

    /// How many words are listed.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_the_maps_and_most_misses_are_turned_away() {
        let words = [
            "mayor",
            "Berlin",
            "minister",
            "",
            "a",
            "prime",
            "Ünal",
            "lieutenant-colonel",
            "x",
        ];
        let map: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let listed = Listed::new(map.clone());
        let mut asked = words.map(str::to_string).to_vec();
        for w in words {
            asked.extend([
                format!("{w}s"),
                w.to_uppercase(),
                w.chars().skip(1).collect(),
                w.chars().rev().collect(),
            ]);
        }
        // Other words of many lengths and letters.
        let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
        for i in 0..2_000 {
            asked.push(format!(
                "{}{}{}",
                letter(i),
                "o".repeat(i % 11),
                letter(i / 26)
            ));
        }
        let mut turned_away = 0;
        for w in &asked {
            assert_eq!(listed.get(w), map.get(w.as_str()), "{w:?}");
            let lower = w.to_lowercase();
            if map.contains_key(lower.as_str()) {
                assert!(listed.may_hold_lower(w), "{w:?}");
                if w.is_ascii() {
                    assert!(listed.may_hold_lower_ascii(w), "{w:?}");
                }
            }
            if !listed.may_hold(
                w.len(),
                w.bytes().next().unwrap_or(0),
                w.bytes().last().unwrap_or(0),
            ) {
                turned_away += 1;
            }
        }
        assert_eq!(listed.len(), words.len());
        assert_eq!(listed.keys().count(), words.len());
        // Nine words in 256 bits: most of the 2,000 other words are told apart by the bits.
        assert!(
            turned_away > asked.len() / 2,
            "{turned_away} of {}",
            asked.len()
        );
    }
}
