//! Plain-text articles, whose text is the file's content byte for byte.
//!
//! Two layouts are recognised: a kicker line and a title line above a blank line with one
//! paragraph per line below it, and a title line above paragraphs separated by blank lines.
//! A text without a recognisable title gets its first sentence, shortened, as title.

use std::path::PathBuf;

use super::{Article, Format, shorten_title};
use crate::span::Span;

/// Longest line, in characters, that can still be a headline.
const MAX_TITLE_CHARS: usize = 200;
/// Longest line, in words, that can still be a kicker.
const MAX_KICKER_WORDS: usize = 4;

/// Reads a plain-text article; `text` becomes [`Article::text`] unchanged.
pub fn read(path: PathBuf, text: String) -> Article {
    let lines = lines(&text);
    let blocks = blocks(&lines);

    let mut kicker_span = None;
    let mut title_span = None;
    let mut body_blocks = &blocks[..];
    if let [first, rest @ ..] = &blocks[..]
        && !rest.is_empty()
    {
        match first.as_slice() {
            [title] if is_title_like(title.slice(&text)) => {
                title_span = Some(*title);
                body_blocks = rest;
            }
            [kicker, title]
                if is_kicker_like(kicker.slice(&text)) && is_title_like(title.slice(&text)) =>
            {
                kicker_span = Some(*kicker);
                title_span = Some(*title);
                body_blocks = rest;
            }
            _ => {}
        }
    }

    let mut byline = None;
    let mut paragraphs = Vec::new();
    for block in body_blocks {
        for paragraph in paragraphs_of(&text, block) {
            let words = paragraph.slice(&text);
            if paragraphs.is_empty() && byline.is_none() && is_byline(words) {
                byline = Some(words["By ".len()..].trim().to_string());
                continue;
            }
            paragraphs.push(paragraph);
        }
    }

    let title = match title_span {
        Some(span) => span.slice(&text).trim().to_string(),
        None => paragraphs
            .first()
            .map(|p| shorten_title(first_sentence(p.slice(&text)), 80))
            .unwrap_or_default(),
    };
    Article {
        path,
        format: Format::Text,
        title,
        title_span,
        kicker: kicker_span.map(|s| s.slice(&text).trim().to_string()),
        kicker_span,
        byline,
        date: None,
        source: None,
        paragraphs,
        headings: Vec::new(),
        text,
    }
}

/// Every line's span without its line ending and surrounding whitespace; blank lines are empty
/// spans.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        if let Some(line) = Span::new(text, start, end) {
            out.push(line.trim(text));
        }
        start = end;
    }
    out
}

/// Runs of non-blank lines.
fn blocks(lines: &[Span]) -> Vec<Vec<Span>> {
    lines
        .split(|line| line.is_empty())
        .filter(|block| !block.is_empty())
        .map(<[Span]>::to_vec)
        .collect()
}

/// The paragraphs of one block: one per line when every line ends a sentence (the
/// one-paragraph-per-line layout), else the whole block as one hard-wrapped paragraph.
fn paragraphs_of(text: &str, block: &[Span]) -> Vec<Span> {
    let one_per_line = block.len() > 1
        && block[..block.len() - 1]
            .iter()
            .all(|line| ends_sentence(line.slice(text)));
    match (one_per_line, block.first(), block.last()) {
        (true, _, _) => block.to_vec(),
        (false, Some(first), Some(last)) => vec![first.cover(*last)],
        _ => Vec::new(),
    }
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', '…'])
}

fn is_title_like(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.chars().count() <= MAX_TITLE_CHARS
        && !line.ends_with(['.', ',', ';'])
        && line.chars().any(char::is_alphanumeric)
}

fn is_kicker_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_KICKER_WORDS).contains(&words) && is_title_like(line)
}

fn is_byline(line: &str) -> bool {
    line.starts_with("By ") && line.split_whitespace().count() <= 8 && !ends_sentence(line)
}

/// The text up to the first sentence end, good enough for a fallback headline.
fn first_sentence(paragraph: &str) -> &str {
    let bytes = paragraph.as_bytes();
    for (i, c) in paragraph.char_indices() {
        if matches!(c, '.' | '!' | '?')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
            && i > 20
        {
            return &paragraph[..i];
        }
    }
    paragraph
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str) -> Article {
        read(PathBuf::from("t.txt"), text.to_string())
    }

    fn paragraph_texts(article: &Article) -> Vec<&str> {
        article
            .paragraphs
            .iter()
            .map(|p| article.slice(*p))
            .collect()
    }

    #[test]
    fn kicker_title_blank_then_one_paragraph_per_line() {
        let a = read_str("World\nHarbour Talks Stall\n\nFirst one.\nSecond one.\nThird one.\n");
        assert_eq!(a.kicker.as_deref(), Some("World"));
        assert_eq!(a.title, "Harbour Talks Stall");
        assert_eq!(
            paragraph_texts(&a),
            ["First one.", "Second one.", "Third one."]
        );
    }

    #[test]
    fn title_then_blank_separated_hard_wrapped_paragraphs() {
        let a = read_str(
            "Rail Strike Enters Day Two\n\nUnions said the\nstrike would go on.\n\nTrains stood idle.\n",
        );
        assert_eq!(a.kicker, None);
        assert_eq!(a.title, "Rail Strike Enters Day Two");
        assert_eq!(
            paragraph_texts(&a),
            ["Unions said the\nstrike would go on.", "Trains stood idle."]
        );
    }

    #[test]
    fn text_without_title_uses_its_first_sentence() {
        let a = read_str(
            "A water main burst on Elm Street early on Tuesday, cutting supply to homes. Crews are at work.\n\nSupply returns tonight.\n",
        );
        assert!(a.title_span.is_none());
        assert!(a.title.starts_with("A water main burst"), "{}", a.title);
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn text_is_the_file_content_byte_for_byte() {
        let raw = "News\r\nTitle Here\r\n\r\nBody one.\r\nBody two.\r\n";
        let a = read_str(raw);
        assert_eq!(a.text, raw);
        assert_eq!(paragraph_texts(&a), ["Body one.", "Body two."]);
    }

    #[test]
    fn one_line_file_is_a_paragraph_not_lost() {
        let a = read_str("Just one line of text without a break");
        assert_eq!(a.paragraphs.len(), 1);
        assert!(!a.title.is_empty());
    }
}
