//! Which blocks of a page's story element are the story: the longest run of prose blocks
//! (long, or sentences, and few of their words in links), with the short blocks between them
//! (list items, subheads, one-line paragraphs) kept and link lists, teasers and the page's
//! furniture around them dropped.
//!
//! The story element of a page often holds more than the story: a gallery above it, a
//! "most popular" list below it, menus before it. Prose comes in runs; furniture comes as
//! short lines and links. A run ends where two link blocks, or many short lines that are not
//! list items, stand between prose blocks.

use super::meta;
use super::rendered::Block;

/// One block of text as the page's walker found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The text and heading level.
    pub block: Block,
    /// Characters of the text that were inside links.
    pub links: usize,
    /// Whether the block is a list item.
    pub list_item: bool,
}

/// What a block looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Prose: long, or a sentence, mostly not links.
    Good,
    /// Mostly links.
    Links,
    /// A heading.
    Heading,
    /// Anything else: a short line, a list item, a label.
    Short,
}

/// Shortest block that is prose whatever it ends with.
const LONG_CHARS: usize = 100;
/// Shortest sentence that is prose.
const SENTENCE_CHARS: usize = 40;
/// Link blocks between two prose blocks that end a run.
const MAX_LINK_GAP: usize = 2;
/// Short blocks (not list items) between two prose blocks that end a run.
const MAX_SHORT_GAP: usize = 12;
/// Short blocks (not list items) after the last prose block that may still be the story's.
const MAX_TAIL_SHORTS: usize = 3;

fn kind(piece: &Piece) -> Kind {
    if piece.block.level.is_some() {
        return Kind::Heading;
    }
    let chars = piece.block.text.chars().count();
    if chars == 0 {
        return Kind::Short;
    }
    if piece.links * 2 > chars {
        return Kind::Links;
    }
    let few_links = piece.links * 10 <= chars * 3;
    let prose =
        chars >= LONG_CHARS || (chars >= SENTENCE_CHARS && ends_sentence(&piece.block.text));
    if few_links && prose {
        Kind::Good
    } else {
        Kind::Short
    }
}

/// Whether text ends as a sentence does, closing quotes and brackets aside.
fn ends_sentence(text: &str) -> bool {
    let last = text
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*'])
        .chars()
        .next_back();
    matches!(
        last,
        Some('.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？')
    )
}

/// The story's blocks among a page element's pieces: the longest run of prose, and the
/// headline and metadata lines (byline, date) before it.
pub fn story(pieces: Vec<Piece>) -> Vec<Block> {
    let kinds: Vec<Kind> = pieces.iter().map(kind).collect();
    let Some((start, end)) = best_run(&pieces, &kinds) else {
        return pieces.into_iter().map(|p| p.block).collect();
    };
    let mut out = Vec::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        let keep = if i < start {
            piece.block.level == Some(1) || meta::parse_line(&piece.block.text).is_some()
        } else {
            i <= end && kinds[i] != Kind::Links
        };
        if keep {
            out.push(piece.block);
        }
    }
    out
}

/// The first and last index of the run of prose blocks with the most prose.
fn best_run(pieces: &[Piece], kinds: &[Kind]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut current: Option<(usize, usize, usize)> = None;
    let (mut link_gap, mut short_gap) = (0, 0);
    for (i, (piece, kind)) in pieces.iter().zip(kinds).enumerate() {
        match kind {
            Kind::Good => {
                let chars = piece.block.text.chars().count();
                current = match current {
                    Some((start, _, size))
                        if link_gap < MAX_LINK_GAP && short_gap < MAX_SHORT_GAP =>
                    {
                        Some((start, i, size + chars))
                    }
                    _ => {
                        if current.is_some_and(|c| best.is_none_or(|b| c.2 > b.2)) {
                            best = current;
                        }
                        Some((i, i, chars))
                    }
                };
                link_gap = 0;
                short_gap = 0;
            }
            Kind::Links => link_gap += 1,
            Kind::Short if !piece.list_item => short_gap += 1,
            Kind::Short | Kind::Heading => {}
        }
    }
    if current.is_some_and(|c| best.is_none_or(|b| c.2 > b.2)) {
        best = current;
    }
    let (start, mut end, _) = best?;
    // Short sentences right after the last long one still end the story ("Fares are
    // unchanged."), and so do the list items before them.
    let mut shorts = 0;
    for (i, (piece, kind)) in pieces.iter().zip(kinds).enumerate().skip(end + 1) {
        match kind {
            Kind::Links | Kind::Good => break,
            Kind::Heading => {}
            Kind::Short => {
                if !piece.list_item {
                    shorts += 1;
                }
                if shorts > MAX_TAIL_SHORTS {
                    break;
                }
                if ends_sentence(&piece.block.text) {
                    end = i;
                }
            }
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, links: usize) -> Piece {
        Piece {
            block: Block {
                text: text.to_string(),
                level: None,
            },
            links,
            list_item: false,
        }
    }

    const PROSE: &str = "The harbour board voted on Tuesday to reopen the pier, which has been shut since the storms in March.";

    #[test]
    fn furniture_around_the_prose_is_dropped() {
        let mut pieces = vec![piece("Image 2 of 9", 0), piece("By Mara Quist", 0)];
        for _ in 0..3 {
            pieces.push(piece(PROSE, 0));
        }
        pieces.push(piece("Short closing line.", 0));
        pieces.push(piece("Most Popular", 0));
        pieces.push(piece("Pier reopens after storm repairs", 32));
        pieces.push(piece("Ferry fares to rise next spring", 31));
        pieces.push(piece(PROSE, 0));
        let blocks = story(pieces);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["By Mara Quist", PROSE, PROSE, PROSE, "Short closing line."]
        );
    }

    #[test]
    fn list_items_and_short_lines_between_prose_stay() {
        let mut pieces = vec![piece(PROSE, 0)];
        for item in ["Weekdays: six", "Weekends: four", "Holidays: two"] {
            let mut p = piece(item, 0);
            p.list_item = true;
            pieces.push(p);
        }
        pieces.push(piece("A short line", 0));
        pieces.push(piece(PROSE, 0));
        assert_eq!(story(pieces).len(), 6);
    }
}
