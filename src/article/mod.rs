//! Articles as read from disk: the text lede analyses and the metadata around it.
//!
//! Readers for each format turn a file's bytes into an [`Article`] (a feed into one per
//! entry); nothing here knows about the analysis or the terminal.

mod boilerplate;
mod charset;
mod date;
mod density;
mod entities;
mod entity_table;
mod feed;
mod front_matter;
mod html;
mod json_feed;
mod library;
mod linked_data;
mod markdown;
mod markup;
mod meta;
mod page_meta;
mod plain;
mod rendered;

pub use date::{Date, iso as iso_date, parse_date};
pub use library::{
    EMBEDDED, Library, Listed, LoadError, SAMPLES, any_listed, embedded_library, from_source,
    list_paths, load_paths, read_articles, read_bytes, read_file, read_listed, read_listed_bytes,
    read_source,
};
pub use markup::OUTLINE as HTML_OUTLINE_ELEMENTS;
pub use markup::outline as html_outline;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The kind of file an article came from; decides which reader builds it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: the article's text is the file's content byte for byte.
    #[default]
    Text,
    /// Markdown: the text is the rendered plain text, without markup.
    Markdown,
    /// A saved web page: the text is the story's rendered text, without the page around it.
    Html,
    /// One entry of an RSS or Atom feed, rendered like a page.
    Feed,
}

impl Format {
    /// Its name as `lede analyze` writes it and the library database stores it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Feed => "feed",
        }
    }
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
///
/// `Default` gives an empty plain-text article, so tests elsewhere can fill in only the fields
/// they need.
#[derive(Clone, Debug, Default, Serialize)]
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
    /// Where the byline line stands in `text`, when it is part of it; it is not a paragraph,
    /// but its names are still worth finding.
    pub byline_span: Option<Span>,
    /// Publication date as the source gives it.
    pub date: Option<String>,
    /// Where the date line stands in `text`, when it is part of it.
    pub date_span: Option<Span>,
    /// Publication or outlet.
    pub source: Option<String>,
    /// The text every span of the analysis indexes.
    pub text: String,
    /// The body paragraphs, in order; title, kicker and headings are not paragraphs.
    pub paragraphs: Vec<Span>,
    /// The source's own headings, in order.
    pub headings: Vec<Heading>,
    /// The legacy encoding the file was decoded from ("windows-1252", "UTF-16LE"); `None`
    /// for UTF-8, so the reader can say when text was converted.
    pub encoding: Option<String>,
    /// The article's own address when the source gives one (a page's canonical link or
    /// `og:url`, a feed item's link), so the reader can show and open it.
    pub url: Option<String>,
}

impl Article {
    /// The publication date as a calendar date, when the source gives one in a form lede
    /// knows; the library sorts by it and claims across articles follow it.
    pub fn published(&self) -> Option<Date> {
        self.date.as_deref().and_then(date::parse_date)
    }

    /// The words of a span of this article's text.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// Every part of the text that is read as words, in text order: kicker, title, byline and
    /// date lines, headings and paragraphs. They never overlap (a line that is both byline and
    /// date comes once), so sentence splitting can walk them and find the names of the byline
    /// and the headline as well as the body's.
    pub fn blocks(&self) -> Vec<Span> {
        let mut blocks: Vec<Span> = [
            self.kicker_span,
            self.title_span,
            self.byline_span,
            self.date_span,
        ]
        .into_iter()
        .flatten()
        .chain(self.headings.iter().map(|h| h.span))
        .chain(self.paragraphs.iter().copied())
        .collect();
        blocks.sort();
        blocks.dedup();
        blocks
    }
}

/// The text up to the end of its first sentence, good enough for a fallback headline.
///
/// It skips the periods of short capitalised abbreviations and initials ("Dr.", "J.") so a
/// headline is not cut to "Dr".
pub fn first_sentence(paragraph: &str) -> &str {
    let mut word_start = 0;
    for (i, c) in paragraph.char_indices() {
        if c.is_whitespace() {
            word_start = i + c.len_utf8();
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = paragraph.get(i + 1..).unwrap_or("");
        let next = after.chars().next();
        if !next.is_none_or(char::is_whitespace) {
            continue;
        }
        let word = paragraph.get(word_start..i).unwrap_or("");
        let abbreviation = c == '.'
            && word.chars().next().is_some_and(char::is_uppercase)
            && (word.chars().count() <= 3 || word.contains('.'));
        if !abbreviation {
            let end = if c == '.' { i } else { i + 1 };
            return paragraph.get(..end).unwrap_or(paragraph);
        }
    }
    paragraph
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
