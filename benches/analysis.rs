//! How fast lede turns articles into analyses: `cargo bench`.
//!
//! The figures are recorded in docs/performance.md. Words per second is the number that
//! matters: the reader analyses every article of a library when it opens.

use divan::counter::BytesCount;
use lede::analysis;
use lede::article::{self, Article};

fn main() {
    divan::main();
}

/// The embedded sample library, analysed article by article.
#[divan::bench]
fn analyze_samples(bencher: divan::Bencher) {
    let library = article::embedded_library();
    let bytes: usize = library.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| library.iter().map(analysis::analyze).count());
}

/// One very long article (every sample's body repeated), the case a user's huge file hits.
#[divan::bench]
fn analyze_huge_article(bencher: divan::Bencher) {
    let article = huge_article();
    bencher
        .counter(BytesCount::new(article.text.len()))
        .bench(|| analysis::analyze(divan::black_box(&article)));
}

/// Reading the sample library from source text, without analysis.
#[divan::bench]
fn load_samples() -> usize {
    article::embedded_library().len()
}

fn huge_article() -> Article {
    let library = article::embedded_library();
    let mut text = String::from("A very long article\n\n");
    for _ in 0..40 {
        for a in &library {
            for p in &a.paragraphs {
                text.push_str(a.slice(*p));
                text.push_str("\n\n");
            }
        }
    }
    let dir = std::env::temp_dir().join(format!("lede-bench-{}", std::process::id()));
    let path = dir.join("huge.txt");
    let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &text));
    let article = written
        .ok()
        .and_then(|()| article::read_file(&path).ok())
        .unwrap_or_else(|| panic!("cannot write the benchmark article to {}", path.display()));
    let _ = std::fs::remove_dir_all(&dir);
    article
}
