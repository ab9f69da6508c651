//! Computes the analyser version: a hash of everything that decides what an analysis holds
//! (the readers, the analysis, the word lists and the crate version), so the library database
//! re-analyses an article stored by any other build of lede, and only then. Lays out the big
//! word lists as hash tables (`build/lexicon_tables.rs`).

use std::fs;
use std::path::{Path, PathBuf};

#[path = "build/lexicon_tables.rs"]
mod lexicon_tables;

/// The folders whose files make an analysis what it is.
const INPUTS: &[&str] = &[
    "src/article",
    "src/analysis",
    "assets/lexicon",
    "src/span.rs",
];

/// FNV-1a over bytes: fixed, so the same sources give the same version on every machine.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            files(&entry.path(), out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut all);
    }
    all.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    fnv(&mut hash, env!("CARGO_PKG_VERSION").as_bytes());
    for file in &all {
        fnv(&mut hash, file.to_string_lossy().as_bytes());
        fnv(&mut hash, &fs::read(file).unwrap_or_default());
    }
    if let Some(out_dir) = std::env::var_os("OUT_DIR") {
        lexicon_tables::write(Path::new(&out_dir));
    }
    println!(
        "cargo:rustc-env=LEDE_ANALYSER_VERSION={}-{hash:016x}",
        env!("CARGO_PKG_VERSION")
    );
}
