//! Whether the analysis stays linear on inputs that once made it quadratic: `cargo bench
//! --bench scaling`.
//!
//! Each case is analysed at a size n and at 4n; 4× the input must cost less than 6× the time
//! (docs/performance.md records the table). The texts are generated here from a few invented
//! names and phrases, so their shape, not their words, is what is measured.

use std::path::PathBuf;

use divan::counter::BytesCount;
use lede::analysis;
use lede::article::{self, Article};

fn main() {
    divan::main();
}

/// The sizes of every case, in bytes of text: n and 4n.
const SIZES: [usize; 2] = [64_000, 256_000];

const SPEAKERS: [&str; 6] = [
    "Marit Holloway",
    "the harbour master",
    "Teodor Brandt",
    "a council spokesman",
    "she",
    "officials",
];
const VERBS: [&str; 6] = [
    "said",
    "told reporters",
    "argued",
    "insisted",
    "claimed",
    "believed",
];

/// Pieces made by `piece` until the text holds `bytes` bytes.
fn grow(bytes: usize, piece: impl Fn(usize) -> String) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&piece(i));
        i += 1;
    }
    text
}

fn article(body: &str) -> Article {
    article::from_source(
        PathBuf::from("generated.txt"),
        format!("Ferry talks\n\n{body}\n"),
    )
}

fn bench(bencher: divan::Bencher, article: &Article) {
    bencher
        .counter(BytesCount::new(article.text.len()))
        .bench(|| analysis::analyze(divan::black_box(article)));
}

/// One sentence of nested reported speech: every claim's content runs to the sentence's end.
#[divan::bench(args = SIZES, sample_count = 5)]
fn long_sentence(bencher: divan::Bencher, bytes: usize) {
    let body = grow(bytes, |i| {
        format!(
            "{} {} that the ferry to pier {i} could be late and ",
            SPEAKERS[i % 6],
            VERBS[i / 6 % 6]
        )
    });
    bench(bencher, &article(&format!("{body}nobody knew why.")));
}

/// One paragraph of short quotations, each with its speaker.
#[divan::bench(args = SIZES, sample_count = 5)]
fn many_quotes(bencher: divan::Bencher, bytes: usize) {
    let body = grow(bytes, |i| {
        format!("\"We sail at {i},\" {} said. ", SPEAKERS[i % 6])
    });
    bench(bencher, &article(&body));
}

/// Nothing but quotation marks, curly and straight, in one paragraph.
#[divan::bench(args = SIZES, sample_count = 5)]
fn quote_marks(bencher: divan::Bencher, bytes: usize) {
    let body = grow(bytes, |i| if i % 3 == 0 { "“" } else { "\"" }.to_string());
    bench(bencher, &article(&body));
}

/// Many paragraphs of named people, roles and pronouns making claims, the roles and
/// pronouns resolved against everyone named before.
#[divan::bench(args = SIZES, sample_count = 5)]
fn many_claims(bencher: divan::Bencher, bytes: usize) {
    let body = grow(bytes, |i| {
        format!(
            "Ferry operator Marit Holloway, the harbour master of pier {i}, said the crossing \
             would reopen. The harbour master {} the timetable was fixed. She said repairs \
             could take weeks, and {} {} that costs had doubled.\n\n",
            VERBS[i % 6],
            SPEAKERS[(i + 3) % 6],
            VERBS[(i + 1) % 6]
        )
    });
    bench(bencher, &article(&body));
}

/// The same short paragraph many times: every gap between paragraphs scores alike, the case
/// that made the search for topic boundaries quadratic.
#[divan::bench(args = SIZES, sample_count = 5)]
fn repeated_paragraphs(bencher: divan::Bencher, bytes: usize) {
    let body = grow(bytes, |_| {
        "The harbour master said the ferry would sail at dawn, weather permitting.\n\n".to_string()
    });
    bench(bencher, &article(&body));
}
