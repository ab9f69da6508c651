//! Questions across the library: full-text search, one person's claims, and its people.

use std::path::PathBuf;

/// One article that matches a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The article's path.
    pub article: PathBuf,
    /// Its headline.
    pub title: String,
    /// Its date as the source gives it.
    pub date: Option<String>,
    /// The paragraph (or a stretch of it) where the words matched, plain text.
    pub line: String,
    /// Byte offset of the match in the article's text, so the reader can go there.
    pub offset: usize,
}

/// One claim by or about a person, somewhere in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The article it is in.
    pub article: PathBuf,
    /// The article's headline.
    pub title: String,
    /// The article's date as the source gives it.
    pub date: Option<String>,
    /// Whether the person made the claim (rather than being named in it).
    pub by: bool,
    /// Who made it, as the article names them; empty for an unattributed assertion.
    pub speaker: String,
    /// The attributing verb ("said"); empty when there is none.
    pub verb: String,
    /// What was claimed.
    pub content: String,
    /// The whole sentence.
    pub sentence: String,
    /// Byte offset of the sentence's start in the article's text.
    pub at: usize,
}

/// One person across the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRow {
    /// The library key (a bare surname with one full name takes the full name's).
    pub key: String,
    /// The name most articles use.
    pub name: String,
    /// Other names for them, from every article.
    pub aliases: Vec<String>,
    /// Articles that name them.
    pub articles: usize,
    /// Claims they make.
    pub by: usize,
    /// Claims about them that they do not make.
    pub about: usize,
}
