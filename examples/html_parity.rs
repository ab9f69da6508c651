//! Compares lede's tag-soup tree with html5ever's over a folder of saved pages: for each page,
//! how many of the blocks (paragraphs, list items, headings, cells, titles) both parsers find
//! in the same order, out of the larger count; then the total and the pages that differ most.
//!
//!     python3 ../shared/eval/extract_bench.py --unpack /tmp/pages
//!     cargo run --release --example html_parity -- /tmp/pages
//!
//! Pages that are not UTF-8 are decoded as lede decodes them before both parsers see them.

#[path = "../tests/parity/mod.rs"]
mod parity;

use std::path::PathBuf;

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: html_parity FOLDER_OF_HTML_PAGES");
        std::process::exit(2);
    };
    let mut pages: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "htm"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    pages.sort();
    let (mut shared, mut total, mut identical) = (0, 0, 0);
    let mut rows = Vec::new();
    for page in &pages {
        let Ok(bytes) = std::fs::read(page) else {
            continue;
        };
        let html = String::from_utf8_lossy(&bytes);
        let ours = lede::article::html_outline(&html);
        let theirs = parity::html5ever_outline(&html);
        let (same, of) = parity::agreement(&ours, &theirs);
        shared += same;
        total += of;
        identical += usize::from(ours == theirs);
        rows.push((same as f64 / of.max(1) as f64, page.clone(), same, of));
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "{} pages: {identical} identical outlines; {shared} of {total} blocks agree ({:.2}%)",
        pages.len(),
        100.0 * shared as f64 / total.max(1) as f64
    );
    for (share, page, same, of) in rows.iter().take(10).filter(|r| r.0 < 1.0) {
        println!("  {:.3}  {same}/{of}  {}", share, page.display());
    }
}
