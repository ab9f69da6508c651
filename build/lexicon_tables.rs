//! The four big word lists (common words, word frequencies, given names, surnames) as hash
//! tables laid out at build time, so that a run of lede finds them ready in the binary instead
//! of parsing 180,000 rows and building four hash maps before its first article.
//!
//! Each table is four files in `OUT_DIR`, read by `src/analysis/lexicon/table.rs`:
//! `NAME.keys` (the words, end to end), `NAME.ends` (0, then where each word ends, u32), `NAME.values`
//! (each word's value, little-endian) and `NAME.slots` (u32 per slot, a power of two at least
//! twice the words: 0 when empty, else the top byte of the word's hash above its index + 1).

use std::fs;
use std::path::Path;

#[path = "../src/analysis/fast_hash.rs"]
#[allow(dead_code)]
mod fast_hash;

/// How a list's second column is read, as the lexicon read it with `str::parse`.
#[derive(Clone, Copy)]
enum Value {
    U8,
    U64,
    F32,
}

/// The tables: file name in `assets/lexicon/`, table name, and value type.
const TABLES: &[(&str, &str, Value)] = &[
    ("common_words.tsv", "common", Value::U8),
    ("word_freq.tsv", "freq", Value::U64),
    ("given_names.tsv", "given", Value::F32),
    ("surnames.tsv", "surnames", Value::F32),
];

/// The first two columns of each row, as the lexicon's reader cut them: lines starting with
/// `#` and lines without a tab are skipped, a line may end in "\r\n", the value stops at a
/// second tab.
fn pairs(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, rest)) = line.split_once('\t') else {
            continue;
        };
        let value = rest.split_once('\t').map_or(rest, |(value, _)| value);
        out.push((key, value));
    }
    out
}

/// A value's bytes, or `None` where the lexicon's reader skipped the row.
fn encode(value: &str, kind: Value) -> Option<Vec<u8>> {
    Some(match kind {
        Value::U8 => vec![value.parse::<u8>().ok()?],
        Value::U64 => value.parse::<u64>().ok()?.to_le_bytes().to_vec(),
        Value::F32 => value.parse::<f32>().ok()?.to_bits().to_le_bytes().to_vec(),
    })
}

/// Writes every table into `out_dir`.
pub fn write(out_dir: &Path) {
    for &(file, name, kind) in TABLES {
        let path = Path::new("assets/lexicon").join(file);
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        // In the order of first appearance; a word listed again takes its last value, as
        // inserting into a map did.
        let mut words: Vec<(&str, Vec<u8>)> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (key, value) in pairs(&text) {
            let Some(bytes) = encode(value, kind) else {
                continue;
            };
            match index.get(key) {
                Some(&i) => words[i] = (key, bytes),
                None => {
                    index.insert(key, words.len());
                    words.push((key, bytes));
                }
            }
        }
        let size = (words.len() * 2).next_power_of_two().max(2);
        assert!(words.len() < 1 << 24, "{file}: too many words for a table");
        let mut slots = vec![0u32; size];
        let (mut keys, mut ends, mut values) =
            (Vec::new(), 0u32.to_le_bytes().to_vec(), Vec::new());
        for (i, (key, value)) in words.iter().enumerate() {
            keys.extend_from_slice(key.as_bytes());
            ends.extend_from_slice(&(keys.len() as u32).to_le_bytes());
            values.extend_from_slice(value);
            let hash = fast_hash::word_hash(key.as_bytes());
            let tag = (hash >> 56) as u32;
            let mut slot = hash as usize & (size - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = (tag << 24) | (i as u32 + 1);
        }
        let slots: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
        for (ext, bytes) in [
            ("keys", &keys),
            ("ends", &ends),
            ("values", &values),
            ("slots", &slots),
        ] {
            let out = out_dir.join(format!("{name}.{ext}"));
            fs::write(&out, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
        }
    }
}
