//! Articles as read from disk: the text lede analyses and the metadata around it.
//!
//! Readers for each format turn a file's bytes into an [`Article`]; nothing here knows about
//! the analysis or the terminal.

mod library;
mod markdown;
mod plain;

pub use library::{Library, LoadError, embedded_library, load_paths, read_file};

use std::path::PathBuf;

use serde::Serialize;

use crate::span::Span;

/// The kind of file an article came from; decides which reader builds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: the article's text is the file's content byte for byte.
    Text,
    /// Markdown: the text is the rendered plain text, without markup.
    Markdown,
}

/// A heading the source itself gave, which starts a section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// The heading's words inside [`Article::text`].
    pub span: Span,
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
}

/// One article: its analysed text and what the source says about it.
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    /// Where the article was read from (a pseudo path such as `<stdin>` or `embedded/…` when
    /// it did not come from disk).
    pub path: PathBuf,
    /// Which reader built it.
    pub format: Format,
    /// The headline: the source's own, or a shortened first sentence when it has none.
    pub title: String,
    /// Where the headline stands in `text`, when it is part of it.
    pub title_span: Option<Span>,
    /// The short label above the headline ("News", "Analysis"), when there is one.
    pub kicker: Option<String>,
    /// Where the kicker stands in `text`.
    pub kicker_span: Option<Span>,
    /// Who wrote it, from front matter or a "By …" line.
    pub byline: Option<String>,
    /// Publication date as the source gives it.
    pub date: Option<String>,
    /// Publication or outlet.
    pub source: Option<String>,
    /// The text every span of the analysis indexes.
    pub text: String,
    /// The body paragraphs, in order; title, kicker and headings are not paragraphs.
    pub paragraphs: Vec<Span>,
    /// The source's own headings, in order.
    pub headings: Vec<Heading>,
}

impl Article {
    /// The words of a span of this article's text.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
}

/// Shortens a sentence to a headline of at most `max_chars` characters, cutting at a word
/// boundary and marking the cut with an ellipsis.
pub fn shorten_title(sentence: &str, max_chars: usize) -> String {
    let sentence = sentence.trim();
    if sentence.chars().count() <= max_chars {
        return sentence.trim_end_matches(['.', ':', ';', ',']).to_string();
    }
    let mut out = String::new();
    for word in sentence.split_whitespace() {
        let next = out.chars().count() + word.chars().count() + usize::from(!out.is_empty());
        if next > max_chars.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = sentence.chars().take(max_chars.saturating_sub(1)).collect();
    }
    let out = out
        .trim_end_matches([',', ';', ':', '-', '–', '—'])
        .to_string();
    out + "…"
}
