//! The big word lists as the hash tables `build.rs` lays out (`build/lexicon_tables.rs`):
//! ready in the binary, so nothing is parsed or hashed before the first article, and a
//! lookup reads a slot, the word's end and its bytes.

use crate::analysis::fast_hash::word_hash;

/// One word list: words with one fixed-size value each, found by their hash.
pub(super) struct Table {
    /// The words, end to end.
    keys: &'static [u8],
    /// 0, then where each word ends in `keys` (u32, little-endian): word `i` is
    /// `ends[i]..ends[i + 1]`.
    ends: &'static [u8],
    /// Each word's value, `width` bytes, little-endian.
    values: &'static [u8],
    width: usize,
    /// A power of two of u32 slots: 0 when empty, else the top byte of the word's hash above
    /// its index + 1, placed from the hash's low bits on and onwards.
    slots: &'static [u8],
}

macro_rules! table {
    ($name:literal, $width:expr) => {
        Table {
            keys: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".keys")),
            ends: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".ends")),
            values: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".values")),
            width: $width,
            slots: include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".slots")),
        }
    };
}

/// Common words and their SCOWL level (`common_words.tsv`).
pub(super) static COMMON: Table = table!("common", 1);
/// Words and their count in English books (`word_freq.tsv`).
pub(super) static FREQ: Table = table!("freq", 8);
/// Given names and their weight (`given_names.tsv`).
pub(super) static GIVEN: Table = table!("given", 4);
/// Surnames and their weight (`surnames.tsv`).
pub(super) static SURNAMES: Table = table!("surnames", 4);

/// The `index`th little-endian u32 of `bytes`.
fn u32_at(bytes: &[u8], index: usize) -> Option<u32> {
    let word = bytes.get(index.wrapping_mul(4)..)?.first_chunk::<4>()?;
    Some(u32::from_le_bytes(*word))
}

impl Table {
    /// How many words the table holds.
    fn len(&self) -> usize {
        (self.ends.len() / 4).saturating_sub(1)
    }

    /// The value bytes of `word`, if listed.
    fn find(&self, word: &str) -> Option<&'static [u8]> {
        let mask = (self.slots.len() / 4).checked_sub(1)?;
        let hash = word_hash(word.as_bytes());
        let tag = (hash >> 56) as u32;
        let mut slot = hash as usize;
        // At most half the slots are full, so an empty one ends every search; the bound only
        // guards against a damaged table.
        for _ in 0..=mask {
            slot &= mask;
            let entry = u32_at(self.slots, slot)?;
            if entry == 0 {
                return None;
            }
            if entry >> 24 == tag {
                let index = ((entry & 0x00ff_ffff) as usize).checked_sub(1)?;
                let (start, end) = (u32_at(self.ends, index)?, u32_at(self.ends, index + 1)?);
                if end.wrapping_sub(start) as usize == word.len()
                    && self.keys.get(start as usize..end as usize) == Some(word.as_bytes())
                {
                    let at = index * self.width;
                    return self.values.get(at..at + self.width);
                }
            }
            slot += 1;
        }
        None
    }

    /// A one-byte value.
    pub(super) fn u8(&self, word: &str) -> Option<u8> {
        self.find(word)?.first().copied()
    }

    /// An eight-byte count.
    pub(super) fn u64(&self, word: &str) -> Option<u64> {
        Some(u64::from_le_bytes(self.find(word)?.try_into().ok()?))
    }

    /// A four-byte weight.
    pub(super) fn f32(&self, word: &str) -> Option<f32> {
        Some(f32::from_bits(u32::from_le_bytes(
            self.find(word)?.try_into().ok()?,
        )))
    }

    /// The largest eight-byte value.
    pub(super) fn max_u64(&self) -> Option<u64> {
        (0..self.len())
            .filter_map(|i| {
                let bytes = self.values.get(i * 8..i * 8 + 8)?;
                Some(u64::from_le_bytes(bytes.try_into().ok()?))
            })
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of a list, read the slow way, is found in its table with its value (the
    /// last one for a word listed twice), and words not listed are not.
    #[test]
    fn the_tables_hold_exactly_the_lists() {
        let lists: [(&str, &Table); 4] = [
            (
                include_str!("../../../assets/lexicon/common_words.tsv"),
                &COMMON,
            ),
            (include_str!("../../../assets/lexicon/word_freq.tsv"), &FREQ),
            (
                include_str!("../../../assets/lexicon/given_names.tsv"),
                &GIVEN,
            ),
            (
                include_str!("../../../assets/lexicon/surnames.tsv"),
                &SURNAMES,
            ),
        ];
        for (text, table) in lists {
            // Each value as the bytes the table should hold, or the row is skipped.
            let encode = |value: &str| -> Option<Vec<u8>> {
                Some(match table.width {
                    1 => vec![value.parse::<u8>().ok()?],
                    8 => value.parse::<u64>().ok()?.to_le_bytes().to_vec(),
                    _ => value.parse::<f32>().ok()?.to_bits().to_le_bytes().to_vec(),
                })
            };
            let mut expected = std::collections::HashMap::new();
            for line in text.lines().filter(|line| !line.starts_with('#')) {
                let mut columns = line.split('\t');
                if let (Some(key), Some(value)) = (columns.next(), columns.next())
                    && let Some(bytes) = encode(value)
                {
                    expected.insert(key, bytes);
                }
            }
            assert!(expected.len() > 1000);
            for (key, bytes) in &expected {
                assert_eq!(table.find(key), Some(bytes.as_slice()), "{key:?}");
            }
            assert_eq!(table.len(), expected.len());
            for absent in ["", "zzqxv", "Harbourmasterly", "x\tbad"] {
                assert_eq!(table.find(absent), None, "{absent:?}");
            }
        }
    }
}
