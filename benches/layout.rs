//! How long the reader takes to lay out the first screen of a huge article: `cargo bench
//! --bench layout`. The figures are recorded in docs/performance.md.
//!
//! The cases are generated here from invented sentences: one 5 MB line, 200,000 short
//! paragraphs, and a feed of 50,000 items (read into articles, the step before any layout).

use std::path::PathBuf;

use lede::analysis::Analysis;
use lede::article::{self, Article};
use lede::tui::doc::Doc;

fn main() {
    divan::main();
}

const SENTENCE: &str = "The harbour master said the ferry to Kjelvik would sail at dawn, \
                        weather permitting, and that “nobody should worry” about the tide. ";

fn plain(text: String) -> Article {
    article::from_source(PathBuf::from("huge.txt"), text)
}

/// A 5 MB article on one line.
fn one_line() -> Article {
    let mut text = String::from("One very long line\n\n");
    while text.len() < 5_000_000 {
        text.push_str(SENTENCE);
    }
    text.push('\n');
    plain(text)
}

/// 200,000 one-sentence paragraphs.
fn many_paragraphs() -> Article {
    let mut text = String::from("Two hundred thousand paragraphs\n\n");
    for _ in 0..200_000 {
        text.push_str(SENTENCE);
        text.push_str("\n\n");
    }
    plain(text)
}

/// The first screen: the layout made and wrapped to a reading width, the top lines read.
fn first_screen(article: &Article) -> usize {
    let analysis = Analysis::default();
    let mut doc = Doc::new(article, &analysis);
    doc.rewrap(article, 72);
    doc.lines_in(0, 50).len()
}

#[divan::bench(sample_count = 5)]
fn first_screen_of_one_5mb_line(bencher: divan::Bencher) {
    let article = one_line();
    bencher.bench(|| first_screen(divan::black_box(&article)));
}

#[divan::bench(sample_count = 5)]
fn first_screen_of_200k_paragraphs(bencher: divan::Bencher) {
    let article = many_paragraphs();
    bencher.bench(|| first_screen(divan::black_box(&article)));
}

/// Reading a 50,000-item feed into its articles.
#[divan::bench(sample_count = 3)]
fn read_50k_item_feed(bencher: divan::Bencher) {
    let mut feed = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title>\n",
    );
    for k in 0..50_000 {
        feed.push_str(&format!(
            "<item><title>Ferry news {k}</title><link>https://gazette.example/{k}</link>\
             <description>{SENTENCE}</description></item>\n"
        ));
    }
    feed.push_str("</channel></rss>\n");
    bencher.bench(|| {
        article::read_source(PathBuf::from("feed.rss"), divan::black_box(feed.clone()))
            .map_or(0, |a| a.len())
    });
}
