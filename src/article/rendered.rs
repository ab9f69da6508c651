//! The text of an article taken out of markup (a web page, a feed entry), laid out the way the
//! Markdown reader lays out its rendered text: the headline on the first line, then one block
//! per paragraph or heading, separated by blank lines.
//!
//! Keeping the same layout for every rendered format means the analysis sees the same shapes
//! whatever the source was.

use std::path::PathBuf;

use super::{Article, Format, Heading, first_sentence, meta, shorten_title};
use crate::span::Span;

/// Length of a title made from the first sentence.
const FALLBACK_TITLE_CHARS: usize = 80;

/// One block of rendered text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The words, whitespace collapsed; a line break the source forced is kept as `\n`.
    pub text: String,
    /// The heading level, or `None` for a paragraph.
    pub level: Option<u8>,
}

/// What the markup around the text says about the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// The headline.
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published, as written.
    pub date: Option<String>,
    /// The publication.
    pub source: Option<String>,
    /// The article's own address (canonical link, `og:url`, a feed item's link).
    pub url: Option<String>,
}

/// Lays out the headline and blocks as an article's text.
///
/// Level-1 headings before the first paragraph are the headline (the first gives the title
/// when `head` has none) and are not repeated; byline and date paragraphs right below it are
/// metadata, as in the other readers.
pub fn assemble(path: PathBuf, format: Format, mut head: Head, blocks: Vec<Block>) -> Article {
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next_if(|b| b.level == Some(1)) {
        if head.title.is_none() {
            head.title = Some(block.text);
        }
    }
    let mut text = String::new();
    let mut title_span = None;
    if let Some(title) = head.title.as_deref().filter(|t| !t.is_empty()) {
        text.push_str(title);
        title_span = Span::new(&text, 0, text.len());
    }
    let mut paragraphs = Vec::new();
    let mut headings = Vec::new();
    let (mut byline_span, mut date_span) = (None, None);
    for block in blocks {
        if block.text.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&block.text);
        let Some(span) = Span::new(&text, start, text.len()) else {
            continue;
        };
        match block.level {
            Some(level) => headings.push(Heading { span, level }),
            None if paragraphs.is_empty()
                && headings.is_empty()
                && let Some(found) = meta::parse_line(&block.text) =>
            {
                if found.byline.is_some() {
                    head.byline = head.byline.or(found.byline);
                    byline_span = byline_span.or(Some(span));
                }
                if found.date.is_some() {
                    head.date = head.date.or(found.date);
                    date_span = date_span.or(Some(span));
                }
                head.source = head.source.or(found.source);
            }
            None => paragraphs.push(span),
        }
    }
    if !text.is_empty() {
        text.push('\n');
    }
    let title = match head.title.filter(|t| !t.is_empty()) {
        Some(title) => title,
        None => paragraphs
            .first()
            .map(|p| shorten_title(first_sentence(p.slice(&text)), FALLBACK_TITLE_CHARS))
            .unwrap_or_default(),
    };
    Article {
        path,
        format,
        title,
        title_span,
        kicker: None,
        kicker_span: None,
        byline: head.byline,
        byline_span,
        date: head.date,
        date_span,
        source: head.source,
        text,
        paragraphs,
        headings,
        encoding: None,
        url: head.url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, level: Option<u8>) -> Block {
        Block {
            text: text.to_string(),
            level,
        }
    }

    #[test]
    fn headline_byline_headings_and_paragraphs() {
        let a = assemble(
            PathBuf::from("p.html"),
            Format::Html,
            Head::default(),
            vec![
                block("Harbour Plan Passes", Some(1)),
                block("By Ann Lee", None),
                block("The council voted.", None),
                block("What Next", Some(2)),
                block("Work starts in May.", None),
            ],
        );
        assert_eq!(a.title, "Harbour Plan Passes");
        assert_eq!(
            a.text,
            "Harbour Plan Passes\n\nBy Ann Lee\n\nThe council voted.\n\nWhat Next\n\nWork starts in May.\n"
        );
        assert_eq!(a.slice(a.title_span.unwrap()), "Harbour Plan Passes");
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.slice(a.byline_span.unwrap()), "By Ann Lee");
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(paragraphs, ["The council voted.", "Work starts in May."]);
        assert_eq!(a.slice(a.headings[0].span), "What Next");
    }

    #[test]
    fn head_title_wins_and_no_title_falls_back_to_the_first_sentence() {
        let head = Head {
            title: Some("Given".to_string()),
            ..Head::default()
        };
        let a = assemble(
            PathBuf::new(),
            Format::Html,
            head,
            vec![block("Other", Some(1)), block("Body.", None)],
        );
        assert_eq!(a.title, "Given");
        assert_eq!(a.text, "Given\n\nBody.\n");

        let a = assemble(
            PathBuf::new(),
            Format::Feed,
            Head::default(),
            vec![block("Rain fell all day. Then it stopped.", None)],
        );
        assert_eq!(a.title, "Rain fell all day");
        assert_eq!(a.title_span, None);
    }
}
