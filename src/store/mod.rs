//! The library database (provisional: the store branch brings the real one).

pub mod card;

pub use card::{Card, PersonCount};

use std::path::PathBuf;

/// One article where a library search matched (provisional).
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// The article's path.
    pub article: PathBuf,
    /// Its headline.
    pub title: String,
    /// Its date as written.
    pub date: Option<String>,
    /// The matching paragraph or snippet.
    pub line: String,
    /// Byte offset of the match in the article's text.
    pub offset: usize,
}

/// One claim by or about a person somewhere in the library (provisional).
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow {
    /// The article's path.
    pub article: PathBuf,
    /// Its headline.
    pub title: String,
    /// Its date as written.
    pub date: Option<String>,
    /// Whether the person made the claim (else it is about them).
    pub by: bool,
    /// Who made it.
    pub speaker: String,
    /// The reporting verb.
    pub verb: String,
    /// What was said.
    pub content: String,
    /// The whole sentence.
    pub sentence: String,
    /// Where the sentence starts in the article's text.
    pub at: usize,
}
