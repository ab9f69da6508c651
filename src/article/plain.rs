//! Plain-text articles, whose text is the file's content byte for byte.
//!
//! The file is cut into lines and blocks (runs of lines between blank lines). The first block
//! may open with a headline: a kicker line ("News") and a title line, or a title line alone,
//! followed by metadata lines (a "By …" byline, a date line, `Source: …`). Below it, each block
//! is either one paragraph per line (the layout of articles copied from the web, where lines
//! are long or each ends a sentence) or hard-wrapped text (one paragraph, or one per indented
//! first line); a short line standing alone between prose blocks is a subheading. A text
//! without a recognisable title gets its first sentence, shortened, as title; so does a file
//! of a single line, which is one paragraph, so that every stage of the analysis treats it as
//! body text. The rules, with examples, are in `docs/analysis-format.md`.
//!
//! Offsets index the file: a byte order mark, CRLF line endings and trailing spaces stay in the
//! text and only fall outside the spans.

use std::path::PathBuf;

use super::meta::{self, Meta};
use super::{Article, Format, Heading, first_sentence, shorten_title};
use crate::span::Span;

/// Longest line, in characters, that can still be a headline.
const MAX_TITLE_CHARS: usize = 200;
/// Longest line, in words, that can still be a headline.
const MAX_TITLE_WORDS: usize = 30;
/// Longest line, in words, that can still be a kicker.
const MAX_KICKER_WORDS: usize = 4;
/// Longest kicker, in characters.
const MAX_KICKER_CHARS: usize = 40;
/// Longest line, in characters, of hard-wrapped text; a longer line inside a block means the
/// block holds one paragraph per line.
const MAX_WRAPPED_LINE_CHARS: usize = 100;
/// Longest headline, in words, that is written as a sentence with a period.
const MAX_SENTENCE_HEADLINE_WORDS: usize = 15;
/// Longest subheading, in words and characters.
const MAX_SUBHEADING_WORDS: usize = 10;
const MAX_SUBHEADING_CHARS: usize = 80;
/// Length of a title made from the first sentence.
const FALLBACK_TITLE_CHARS: usize = 80;

/// Words a hard-wrapped line often ends with, and a headline never does.
const DANGLING_WORDS: &[&str] = &[
    "a", "an", "the", "to", "of", "and", "or", "in", "on", "for", "with", "by", "at", "from",
    "that", "as", "is", "was", "were", "be", "but", "his", "her", "their", "its",
];

/// Reads a plain-text article; `text` becomes [`Article::text`] unchanged.
pub fn read(path: PathBuf, text: String) -> Article {
    let mut body = blocks(&text);
    let mut head = Head::default();
    if let Some(first) = body.first()
        && let Some((found, rest)) = headline(&text, first, body.get(1))
    {
        head = found;
        if let Some(block) = body.first_mut() {
            *block = rest;
        }
    }
    head.absorb_leading_meta(&text, &mut body);

    let mut paragraphs = Vec::new();
    let mut headings = Vec::new();
    for (i, block) in body.iter().enumerate() {
        match block.as_slice() {
            [line] if is_subheading(&text, *line, i, &body) => headings.push(Heading {
                span: *line,
                level: 2,
            }),
            _ => paragraphs.extend(paragraphs_of(&text, block)),
        }
    }
    let title = match head.title {
        Some(span) => span.slice(&text).to_string(),
        None => paragraphs
            .first()
            .map(|p| shorten_title(first_sentence(p.slice(&text)), FALLBACK_TITLE_CHARS))
            .unwrap_or_default(),
    };
    Article {
        path,
        format: Format::Text,
        title,
        title_span: head.title,
        kicker: head.kicker.map(|s| s.slice(&text).to_string()),
        kicker_span: head.kicker,
        byline: head.meta.byline,
        byline_span: head.byline_span,
        date: head.meta.date,
        date_span: head.date_span,
        source: head.meta.source,
        paragraphs,
        headings,
        text,
        encoding: None,
        url: None,
    }
}

/// What the top of the file says about the article.
#[derive(Default)]
struct Head {
    kicker: Option<Span>,
    title: Option<Span>,
    meta: Meta,
    byline_span: Option<Span>,
    date_span: Option<Span>,
}

impl Head {
    /// Takes in one metadata line; the first byline, date and source win.
    fn absorb(&mut self, line: Span, meta: Meta) {
        if self.meta.byline.is_none() && meta.byline.is_some() {
            self.meta.byline = meta.byline;
            self.byline_span = Some(line);
        }
        if self.meta.date.is_none() && meta.date.is_some() {
            self.meta.date = meta.date;
            self.date_span = Some(line);
        }
        if self.meta.source.is_none() {
            self.meta.source = meta.source;
        }
    }

    /// Removes the metadata lines that open the body (a byline or date line below the
    /// headline, perhaps in blocks of their own).
    fn absorb_leading_meta(&mut self, text: &str, body: &mut Vec<Vec<Span>>) {
        body.retain(|block| !block.is_empty());
        while let Some(block) = body.first_mut() {
            let Some(line) = block.first().copied() else {
                body.remove(0);
                continue;
            };
            let Some(meta) = meta::parse_line(line.slice(text)) else {
                break;
            };
            self.absorb(line, meta);
            block.remove(0);
            if block.is_empty() {
                body.remove(0);
            }
        }
    }
}

/// The headline at the top of the first block, and what remains of the block below it.
/// `next_block` is the block after it, which decides whether a short sentence standing alone
/// is a headline.
fn headline(
    text: &str,
    block: &[Span],
    next_block: Option<&Vec<Span>>,
) -> Option<(Head, Vec<Span>)> {
    if next_block.is_none() && block.len() == 1 {
        // A file of one line is body text, whatever it looks like.
        return None;
    }
    let line = |i: usize| block.get(i).map(|s| s.slice(text));
    let words = |s: &str| s.split_whitespace().count();
    let (kicker, title, next) = match (line(0), line(1)) {
        (Some(k), Some(t)) if is_kicker_like(k) && is_title_like(t) && words(t) > words(k) => {
            (block.first().copied(), block.get(1).copied()?, 2)
        }
        (Some(t), _) if is_title_like(t) => (None, block.first().copied()?, 1),
        (Some(t), None) if is_sentence_headline(text, t, next_block) => {
            (None, block.first().copied()?, 1)
        }
        _ => return None,
    };
    let mut head = Head {
        kicker,
        title: Some(title),
        ..Head::default()
    };
    let mut rest = block.get(next..).unwrap_or_default();
    while let [line, tail @ ..] = rest {
        let Some(meta) = meta::parse_line(line.slice(text)) else {
            break;
        };
        head.absorb(*line, meta);
        rest = tail;
    }
    // Prose right below a title line in the same block: accept the title only when the prose
    // reads as paragraphs, not as the continuation of a hard-wrapped first line.
    if let Some(first) = rest.first()
        && head.kicker.is_none()
        && head.byline_span.is_none()
        && head.date_span.is_none()
    {
        let opens_fresh = first
            .slice(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'«(".contains(c));
        let dangling = title
            .slice(text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| DANGLING_WORDS.contains(&w.to_lowercase().as_str()));
        if !opens_fresh || dangling || !line_per_paragraph(text, rest) {
            return None;
        }
    }
    Some((head, rest.to_vec()))
}

/// A subheading: a short headline-like line standing alone between prose blocks, as articles
/// copied from the web keep them. Not the first or last block, and not followed by another
/// such line (a run of short lines is a list or an address, not a heading). Lines closed by a
/// period or an exclamation mark (photo credits, datelines, exclamations) are prose, and so is
/// a question unless it is in title case and has no "Q:" label (an interview's questions are
/// paragraphs).
fn is_subheading(text: &str, line: Span, index: usize, body: &[Vec<Span>]) -> bool {
    let heading_like = |span: Span| {
        let words = span.slice(text);
        let question = words.ends_with('?');
        // The cheap tests first: this is asked of every line standing alone, and most are
        // prose closed by a period.
        !words.ends_with(['.', '!', '"', '”', '’', '\'', '»', ')'])
            && !words.starts_with(['"', '“', '‘', '\'', '«', '(', '-', '—', '–'])
            && words.chars().nth(MAX_SUBHEADING_CHARS).is_none()
            && words.split_whitespace().nth(MAX_SUBHEADING_WORDS).is_none()
            && is_title_like(words)
            && (!question || (is_title_case(words) && !words.contains(':')))
    };
    let prose = |block: Option<&Vec<Span>>| match block.map(Vec::as_slice) {
        Some([only]) => !heading_like(*only),
        Some(lines) => !lines.is_empty(),
        None => false,
    };
    index > 0
        && heading_like(line)
        && prose(body.get(index + 1))
        && prose(index.checked_sub(1).and_then(|i| body.get(i)))
}

/// A headline written as a short sentence with a period ("Ruiz wins harbour seat in
/// Marlow."), as many outlets do: alone in the first block, at most 15 words, and followed by a
/// paragraph at least twice as long (and 15 words or more), as a lead paragraph is. A short
/// first sentence followed by more short ones is prose.
fn is_sentence_headline(text: &str, line: &str, next_block: Option<&Vec<Span>>) -> bool {
    let words = line
        .split_whitespace()
        .take(MAX_SENTENCE_HEADLINE_WORDS + 1)
        .count();
    let enough = (2 * words).max(MAX_SENTENCE_HEADLINE_WORDS);
    // The next block's words, counted only as far as the question needs.
    let next_words = next_block
        .and_then(|block| Some(block.first()?.cover(*block.last()?)))
        .map_or(0, |span| {
            span.slice(text).split_whitespace().take(enough).count()
        });
    line.ends_with('.')
        && words <= MAX_SENTENCE_HEADLINE_WORDS
        && is_title_like(line.trim_end_matches('.'))
        && next_words >= enough
}

/// Every line's span without its line ending and surrounding whitespace, in runs of non-blank
/// lines. Lines that are only a separator ("* * *", "---") count as blank. A byte order mark
/// is left out of the first line.
fn blocks(text: &str) -> Vec<Vec<Span>> {
    let mut blocks = Vec::new();
    let mut block = Vec::new();
    for line in lines(text) {
        if line.is_empty() || is_separator(line.slice(text)) {
            if !block.is_empty() {
                blocks.push(std::mem::take(&mut block));
            }
        } else {
            block.push(line);
        }
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    blocks
}

/// Lines end at `\n`, `\r\n` or a lone `\r`. Lazy, so a file of blank lines costs no memory.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let first = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    // Most files have no carriage return: their lines' ends are found by `str::find`'s
    // search for one byte, many bytes at a time, instead of a test of every byte.
    let carriage_returns = text.contains('\r');
    let bytes = text.as_bytes();
    let next_end = move |from: usize| {
        let rest = bytes.get(from..).unwrap_or_default();
        let found = if carriage_returns {
            (0..rest.len()).find(|&i| match rest.get(i) {
                Some(b'\n') => true,
                Some(b'\r') => rest.get(i + 1) != Some(&b'\n'),
                _ => false,
            })
        } else {
            text.get(from..).and_then(|rest| rest.find('\n'))
        };
        found.map(|i| from + i)
    };
    let mut start = Some(first);
    std::iter::from_fn(move || {
        loop {
            let from = start?;
            let end = next_end(from);
            start = end.map(|end| end + 1);
            if let Some(line) = Span::new(text, from, end.unwrap_or(text.len())) {
                return Some(line.trim(text));
            }
        }
    })
}

/// A line of only rule characters ("* * *", "---"), at least three of them. Asked of every
/// line, so the test that fails at a prose line's first letter comes first.
fn is_separator(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || "-*_=~#·•—–".contains(c))
        && line.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// The paragraphs of one block: one per line, or hard-wrapped paragraphs, each starting at an
/// indented line when the block indents its first lines (the layout of typed letters and old
/// wire copy), else the whole block.
fn paragraphs_of(text: &str, block: &[Span]) -> Vec<Span> {
    if line_per_paragraph(text, block) {
        return block.to_vec();
    }
    let indented = |line: &Span| {
        text.get(..line.start())
            .is_some_and(|before| before.ends_with([' ', '\t']))
    };
    let indents_paragraphs =
        block.iter().skip(1).any(indented) && !block.iter().skip(1).all(indented);
    let mut out: Vec<Span> = Vec::new();
    for line in block {
        match out.last_mut() {
            Some(paragraph) if !(indents_paragraphs && indented(line)) => {
                *paragraph = paragraph.cover(*line);
            }
            _ => out.push(*line),
        }
    }
    out
}

/// Whether each line of a block is a paragraph: every line but the last ends a sentence, or
/// some line is too long to be hard-wrapped.
fn line_per_paragraph(text: &str, block: &[Span]) -> bool {
    let inner = block
        .get(..block.len().saturating_sub(1))
        .unwrap_or_default();
    inner.iter().all(|line| ends_sentence(line.slice(text)))
        || inner.iter().any(|line| {
            line.slice(text)
                .chars()
                .nth(MAX_WRAPPED_LINE_CHARS)
                .is_some()
        })
}

fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(['"', '”', '»']) {
        return true;
    }
    line.trim_end_matches([')', ']', '’', '\''])
        .ends_with(['.', '!', '?', ':', '…'])
}

/// A headline: short, one sentence at most, not closed by a period, not a metadata line and
/// not starting in lower case.
fn is_title_like(line: &str) -> bool {
    let line = line.trim();
    let Some(first) = line.chars().next() else {
        return false;
    };
    line.chars().any(char::is_alphanumeric)
        && !first.is_lowercase()
        // Counted only up to the limits: most lines asked about are whole paragraphs.
        && line.chars().nth(MAX_TITLE_CHARS).is_none()
        && line.split_whitespace().nth(MAX_TITLE_WORDS).is_none()
        && (!line.ends_with(['.', ',', ';', ':'])
            || ends_with_acronym(line)
            || (line.ends_with('.') && is_title_case(line)))
        && !has_inner_sentence_end(line)
        && meta::parse_line(line).is_none()
}

fn is_kicker_like(line: &str) -> bool {
    let words = line.split_whitespace().take(MAX_KICKER_WORDS + 1).count();
    (1..=MAX_KICKER_WORDS).contains(&words)
        && line.chars().nth(MAX_KICKER_CHARS).is_none()
        && !line.trim_end().ends_with(['?', '!'])
        && is_title_like(line)
}

/// Headline style: most words of four letters or more are capitalised ("Only 24 Percent of
/// Donors Are Small Donors."), which a sentence of prose never is.
fn is_title_case(line: &str) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() < 4 || !word.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        long += 1;
        if word.chars().next().is_some_and(char::is_uppercase) {
            capitalised += 1;
        }
    }
    long >= 3 && capitalised * 10 >= long * 8
}

/// "… Says U.S." ends with a period without ending a sentence.
fn ends_with_acronym(line: &str) -> bool {
    line.rsplit(' ').next().is_some_and(|word| {
        word.len() >= 4
            && word
                .split_terminator('.')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
    })
}

/// A period after a word that is no abbreviation (lower case, or five letters or more),
/// followed by a new capitalised word: "It met on Tuesday. Then …".
fn has_inner_sentence_end(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let [before, after] = pair else {
            return false;
        };
        let Some(stem) = before.strip_suffix(['.', '!', '?']) else {
            return false;
        };
        let letters = stem.chars().all(char::is_alphabetic);
        let lower = stem.chars().count() >= 2 && stem.chars().all(char::is_lowercase);
        letters
            && (lower || stem.chars().count() >= 5)
            && after.chars().next().is_some_and(char::is_uppercase)
    })
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
        assert_eq!(a.slice(a.title_span.unwrap()), "Harbour Talks Stall");
        assert_eq!(a.slice(a.kicker_span.unwrap()), "World");
        assert_eq!(
            paragraph_texts(&a),
            ["First one.", "Second one.", "Third one."]
        );
    }

    #[test]
    fn long_lines_are_paragraphs_even_without_a_final_period() {
        let long = "word ".repeat(30);
        let raw = format!("Title Line\n\n{long}\n{long}end.\n");
        let a = read_str(&raw);
        assert_eq!(a.paragraphs.len(), 2);
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
    fn indented_first_lines_start_hard_wrapped_paragraphs() {
        let a = read_str(
            "Harbour Plan Approved\n\n    The council voted on Tuesday to approve\nthe plan after a long debate.\n    Residents said they\nwould fight on.\n",
        );
        assert_eq!(
            paragraph_texts(&a),
            [
                "The council voted on Tuesday to approve\nthe plan after a long debate.",
                "Residents said they\nwould fight on."
            ]
        );
        // A block indented throughout is one paragraph.
        let a = read_str("Title Here\n\n  The council voted\n  on Tuesday.\n");
        assert_eq!(paragraph_texts(&a), ["The council voted\n  on Tuesday."]);
    }

    #[test]
    fn text_without_title_uses_its_first_sentence() {
        let a = read_str(
            "A water main burst on Elm Street early on Tuesday, cutting supply to homes. Crews are at work.\n\nSupply returns tonight.\n",
        );
        assert!(a.title_span.is_none());
        assert_eq!(
            a.title,
            "A water main burst on Elm Street early on Tuesday, cutting supply to homes"
        );
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn first_line_that_is_a_sentence_is_not_a_title() {
        for raw in [
            "The council met on Tuesday.\n\nIt voted to approve the plan.\n",
            "The council met on Tuesday. It voted\n\nThe plan passed.\n",
            "residents were told to boil water\n\nThe plan passed.\n",
        ] {
            let a = read_str(raw);
            assert!(a.title_span.is_none(), "{raw:?}");
            assert_eq!(a.paragraphs.len(), 2, "{raw:?}");
        }
    }

    #[test]
    fn short_sentence_headline_above_a_long_lead() {
        let a = read_str(
            "Clinic waits grow as winter nears.\n\nPatients at the Riverside clinic waited an average of six hours last week, the longest on record, according to figures released on Monday.\n\nStaff said more beds were needed.\n",
        );
        assert_eq!(a.title, "Clinic waits grow as winter nears.");
        assert!(a.title_span.is_some());
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn hard_wrapped_first_paragraph_is_not_mistaken_for_a_title() {
        let a = read_str(
            "Residents of Millbrook were told on Tuesday to boil their water after the\nWater Board found bacteria in the supply.\n\nCrews are at work.\n",
        );
        assert!(a.title_span.is_none());
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn title_and_standfirst_in_one_block() {
        let a = read_str("Storm Nears Coast\nThousands have left their homes.\n\nWinds rose.\n");
        assert_eq!(a.title, "Storm Nears Coast");
        assert_eq!(
            paragraph_texts(&a),
            ["Thousands have left their homes.", "Winds rose."]
        );
    }

    #[test]
    fn text_is_the_file_content_byte_for_byte() {
        let raw = "\u{feff}News  \r\nTitle Here\t\r\n\r\nBody one.\r\nBody two.  \r\n\r\n\r\n";
        let a = read_str(raw);
        assert_eq!(a.text, raw);
        assert_eq!(a.kicker.as_deref(), Some("News"));
        assert_eq!(a.title, "Title Here");
        assert_eq!(
            a.kicker_span.unwrap().start(),
            3,
            "after the byte order mark"
        );
        assert_eq!(paragraph_texts(&a), ["Body one.", "Body two."]);
    }

    #[test]
    fn old_mac_line_endings_split_lines() {
        let a = read_str("Title Here\r\rBody one.\rBody two.\r");
        assert_eq!(a.title, "Title Here");
        assert_eq!(paragraph_texts(&a), ["Body one.", "Body two."]);
    }

    #[test]
    fn lines_end_at_every_kind_of_line_ending() {
        // Each byte tested in turn, as the lines were first found.
        fn by_bytes(text: &str) -> Vec<Span> {
            let first = if text.starts_with('\u{feff}') { 3 } else { 0 };
            let bytes = text.as_bytes();
            let mut start = first;
            let mut out = Vec::new();
            for end in (first..bytes.len())
                .filter(|&i| match bytes[i] {
                    b'\n' => true,
                    b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                    _ => false,
                })
                .chain([text.len()])
            {
                out.extend(Span::new(text, start, end).map(|s| s.trim(text)));
                start = end + 1;
            }
            out
        }
        for text in [
            "",
            "\n",
            "one line",
            "Title\n\nFirst one.\nSecond one.\n",
            "Title\r\n\r\nFirst one.\r\nSecond.",
            "Old Mac\r\rBody.\r",
            "\u{feff}Marked\nBody\n\n",
            "mixed\r\nendings\rhere\n\r\n  indented  \n",
            "\r",
            "\r\n\r",
        ] {
            assert_eq!(lines(text).collect::<Vec<_>>(), by_bytes(text), "{text:?}");
        }
    }

    #[test]
    fn byline_and_date_lines_are_metadata_not_paragraphs() {
        let a = read_str(
            "Harbour Vote Passes\nBy Jane Doe\n14 October 2026\n\nThe council voted.\n\nIt was close.\n",
        );
        assert_eq!(a.title, "Harbour Vote Passes");
        assert_eq!(a.kicker, None);
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(a.slice(a.byline_span.unwrap()), "By Jane Doe");
        assert_eq!(a.date.as_deref(), Some("14 October 2026"));
        assert_eq!(a.slice(a.date_span.unwrap()), "14 October 2026");
        assert_eq!(paragraph_texts(&a), ["The council voted.", "It was close."]);

        let a = read_str("News\nHarbour Vote Passes\n\nBy Jane Doe\nThe council voted.\n");
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(paragraph_texts(&a), ["The council voted."]);
    }

    #[test]
    fn a_sentence_opening_with_by_stays_prose() {
        let a = read_str("Queues Grow\n\nBy 4:30 p.m. on Monday, 23 ambulances waited.\n");
        assert_eq!(a.byline, None);
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn separator_lines_split_blocks_and_are_not_paragraphs() {
        let a = read_str("Title Here\n\nOne.\n\n* * *\n\nTwo.\n---\nThree.\n");
        assert_eq!(paragraph_texts(&a), ["One.", "Two.", "Three."]);
    }

    #[test]
    fn one_headline_line_is_a_paragraph_with_that_title() {
        let a = read_str("Ukraine Talks Continue in Berlin\n");
        assert_eq!(a.title, "Ukraine Talks Continue in Berlin");
        assert!(a.title_span.is_none());
        assert_eq!(paragraph_texts(&a), ["Ukraine Talks Continue in Berlin"]);
    }

    #[test]
    fn kicker_and_title_alone_have_no_paragraphs() {
        let a = read_str("News\nUkraine Talks Continue in Berlin\n");
        assert_eq!(a.kicker.as_deref(), Some("News"));
        assert_eq!(a.title, "Ukraine Talks Continue in Berlin");
        assert!(a.paragraphs.is_empty());
    }

    #[test]
    fn one_sentence_line_is_a_paragraph() {
        let a = read_str("The council approved the plan on Tuesday.");
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.title_span.is_none());
        assert_eq!(a.title, "The council approved the plan on Tuesday");
    }

    #[test]
    fn lone_short_lines_between_paragraphs_are_subheadings() {
        let a = read_str(
            "Harbour Plan Approved\n\nThe council voted.\n\nWhat the plan includes\n\nNew homes are planned.\n\nWhat Happens Next?\n\nA ruling is due.\n",
        );
        let headings: Vec<_> = a.headings.iter().map(|h| a.slice(h.span)).collect();
        assert_eq!(headings, ["What the plan includes", "What Happens Next?"]);
        assert_eq!(
            paragraph_texts(&a),
            [
                "The council voted.",
                "New homes are planned.",
                "A ruling is due."
            ]
        );
    }

    #[test]
    fn short_lines_that_are_not_subheadings() {
        // A quote, a run of short lines, a sign-off at the end, a first line of the body.
        let a = read_str(
            "Title Here\n\nOpening line\n\nThe council voted.\n\n“We won”\n\nIt was close.\n\nJane Doe\n\nAnn Lee\n\nThey spoke.\n\nQ: Did you vote?\n\nI did.\n\nJohn Roe / Kelsport Courier.\n\nIt rained.\n\nReporting by Jane Doe\n",
        );
        assert!(a.headings.is_empty(), "{:?}", a.headings);
        assert_eq!(a.paragraphs.len(), 12);
    }

    #[test]
    fn empty_and_blank_texts_have_no_paragraphs() {
        for raw in ["", "\n\n  \n", "\u{feff}", "***\n"] {
            let a = read_str(raw);
            assert!(a.paragraphs.is_empty(), "{raw:?}");
            assert_eq!(a.title, "", "{raw:?}");
        }
    }

    #[test]
    fn headlines_may_end_with_an_acronym_or_a_question() {
        assert!(is_title_like("Talks Stall, Says U.S."));
        assert!(is_title_like("Is the Harbour Plan Worth £240m?"));
        assert!(!is_title_like("The talks stalled."));
        assert!(is_title_like(
            "Only 24 Percent of Her Donors Give Small Sums."
        ));
        assert!(!is_title_like(
            "Only 24 per cent of her donors give small sums."
        ));
        assert!(!is_title_like(
            "The Council met Kelsport Harbour Holdings on Tuesday. It agreed."
        ));
        assert!(!is_title_like("Talks stalled. Envoys left"));
        assert!(is_title_like("Dr. Okafor Warns of Winter Queues"));
    }
}
