//! Turning untrusted article text into terminal cells: sanitising and wrapping.
//!
//! Article text may hold control characters and escape sequences; none of them may reach the
//! terminal. The rules live in [`crate::sanitize`], shared with `lede analyze` and the config's
//! error messages. Every grapheme cluster goes through [`cell_text`] both when lines are measured
//! and when they are drawn, so wrapping and drawing always agree on widths. Widths come from
//! `unicode-width` on whole grapheme clusters, so CJK and emoji take their two columns.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

pub use crate::sanitize::{cell_text, sanitize};
use crate::span::Span;

/// Display width of one grapheme cluster once sanitised.
pub fn grapheme_width(grapheme: &str) -> usize {
    cell_text(grapheme).width()
}

/// Display width of a string once sanitised.
pub fn width(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

/// Whether a grapheme is a place to break a line.
fn is_space(grapheme: &str) -> bool {
    grapheme.chars().all(char::is_whitespace)
}

/// Splits `span` of `text` into lines of at most `width` columns, breaking between words and
/// inside a word only when it is longer than a line. Lines hold no leading or trailing spaces.
/// An empty or all-space span gives no lines; a zero width gives none either.
///
/// Words are the runs between Unicode word boundaries (UAX #29) that hold no space, glued
/// together ("U.S.-led", "don't"). Most text breaks only at ASCII spaces, tabs and line ends
/// ([`breaks_only_at_ascii_spaces`]); it is split by bytes and an ASCII word measured by its
/// length, which gives the same lines many times faster: a 5 MB article is wrapped on every
/// change of width.
pub fn wrap(text: &str, span: Span, width: usize) -> Vec<Span> {
    let part = span.slice(text);
    if breaks_only_at_ascii_spaces(part) {
        wrap_pieces(text, span, width, ascii_pieces(part))
    } else {
        wrap_pieces(text, span, width, segment_pieces(part))
    }
}

/// A run of words, or of spaces, of a block being wrapped: its byte range in the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    at: usize,
    end: usize,
    space: bool,
}

/// The pieces of `part` from its UAX #29 word boundaries, adjacent non-space pieces glued.
fn segment_pieces(part: &str) -> impl Iterator<Item = Piece> + '_ {
    let mut words = part.split_word_bound_indices().peekable();
    std::iter::from_fn(move || {
        let (at, piece) = words.next()?;
        if is_space(piece) {
            return Some(Piece {
                at,
                end: at + piece.len(),
                space: true,
            });
        }
        let mut end = at + piece.len();
        while let Some(&(next_at, next)) = words.peek() {
            if is_space(next) {
                break;
            }
            end = next_at + next.len();
            words.next();
        }
        Some(Piece {
            at,
            end,
            space: false,
        })
    })
}

/// The pieces of `part` split at ASCII spaces, tabs and line ends, for text where those are
/// the only places UAX #29 puts spaces (see [`breaks_only_at_ascii_spaces`]). Runs of spaces
/// come as one piece, which measures the same as UAX #29's several.
fn ascii_pieces(part: &str) -> impl Iterator<Item = Piece> + '_ {
    let bytes = part.as_bytes();
    let is_ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let mut at = 0;
    std::iter::from_fn(move || {
        let first = *bytes.get(at)?;
        let space = is_ws(first);
        let len = bytes
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .position(|&b| is_ws(b) != space)
            .unwrap_or(bytes.len() - at);
        let piece = Piece {
            at,
            end: at + len,
            space,
        };
        at += len;
        Some(piece)
    })
}

/// Whether UAX #29 would split `part` into spaces and words exactly where its ASCII spaces,
/// tabs and line ends are: it holds no other space (a no-break space, a vertical tab) and no
/// space is joined to a mark or format character after it.
fn breaks_only_at_ascii_spaces(part: &str) -> bool {
    let mut after_space = false;
    for c in part.chars() {
        if c.is_whitespace() {
            if !matches!(c, ' ' | '\t' | '\n' | '\r') {
                return false;
            }
            after_space = true;
            continue;
        }
        if after_space && !c.is_ascii() {
            // Whether a space and this character stay one piece (a combining mark does).
            let mut buf = [0u8; 5];
            buf[0] = b' ';
            let pair = c.encode_utf8(&mut buf[1..]).len() + 1;
            let joined = std::str::from_utf8(&buf[..pair])
                .map_or(true, |s| s.split_word_bounds().nth(1).is_none());
            if joined {
                return false;
            }
        }
        after_space = false;
    }
    true
}

/// The display width of a word or run of spaces: an ASCII one has as many columns as bytes
/// (control characters show as one-column pictures) unless a tab is in it.
fn piece_width(piece: &str) -> usize {
    if piece.is_ascii() && !piece.contains('\t') {
        piece.len()
    } else {
        width_of_word(piece)
    }
}

fn wrap_pieces(
    text: &str,
    span: Span,
    width: usize,
    pieces: impl Iterator<Item = Piece>,
) -> Vec<Span> {
    let mut lines = Vec::new();
    if width == 0 {
        return lines;
    }
    let base = span.start();
    let part = span.slice(text);
    // The line being built: its start, the end of its last word, and its width so far.
    let mut line: Option<(usize, usize, usize)> = None;
    let push = |lines: &mut Vec<Span>, start: usize, end: usize| {
        if let Some(s) = Span::new(text, base + start, base + end) {
            lines.push(s);
        }
    };
    let mut pending_space = 0usize;
    for Piece { at, end, space } in pieces {
        let Some(word) = part.get(at..end) else {
            continue;
        };
        if space {
            pending_space += piece_width(word);
            continue;
        }
        let word_width = piece_width(word);
        match line {
            Some((start, _, used)) if used + pending_space + word_width <= width => {
                line = Some((start, end, used + pending_space + word_width));
            }
            _ => {
                if let Some((start, last, _)) = line.take() {
                    push(&mut lines, start, last);
                }
                if word_width <= width {
                    line = Some((at, end, word_width));
                } else {
                    // Break an over-long word by graphemes.
                    let mut start = at;
                    let mut used = 0;
                    for (offset, g) in word.grapheme_indices(true) {
                        let w = grapheme_width(g);
                        if used + w > width && used > 0 {
                            push(&mut lines, start, at + offset);
                            start = at + offset;
                            used = 0;
                        }
                        used += w;
                    }
                    line = Some((start, end, used));
                }
            }
        }
        pending_space = 0;
    }
    if let Some((start, last, _)) = line {
        push(&mut lines, start, last);
    }
    lines
}

fn width_of_word(word: &str) -> usize {
    word.graphemes(true).map(grapheme_width).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize) -> Vec<&str> {
        wrap(text, Span::whole(text), width)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn wraps_between_words_within_the_width() {
        let text = "the quick brown fox jumps over the lazy dog";
        let lines = wrapped(text, 10);
        assert_eq!(
            lines,
            ["the quick", "brown fox", "jumps over", "the lazy", "dog"]
        );
        assert!(lines.iter().all(|l| width(l) <= 10));
    }

    #[test]
    fn breaks_words_longer_than_a_line() {
        assert_eq!(wrapped("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let text = "日本語のテキスト 👩‍👩‍👧 ok";
        for line in wrapped(text, 5) {
            assert!(width(line) <= 5, "{line:?} is {} wide", width(line));
        }
        assert_eq!(width("日本"), 4);
        assert_eq!(width("👩‍👩‍👧"), 2);
    }

    #[test]
    fn zero_width_gives_no_lines_and_never_panics() {
        assert!(wrapped("some words", 0).is_empty());
        assert!(wrapped("", 10).is_empty());
        assert!(wrapped("   ", 10).is_empty());
    }

    #[test]
    fn control_characters_are_measured_as_their_placeholders() {
        let text = "red \x1b[31mtext\x07 and\ttab\r";
        assert_eq!(width(text), sanitize(text).chars().count());
    }

    #[test]
    fn wrapped_lines_of_text_with_escapes_fit_once_sanitised() {
        let text = "\x1b[31m\x1b[31m\x1b[31m danger\x07\x07\x07\x07 \t\t\tx";
        for line in wrapped(text, 6) {
            assert!(sanitize(line).chars().count() <= 6, "{line:?}");
        }
    }

    #[test]
    fn a_zero_width_mark_before_a_wide_grapheme_stays_with_it_on_a_narrow_line() {
        let text = "\u{fe00}\u{1d300}";
        let lines = wrap(text, Span::whole(text), 1);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].slice(text), text);
    }

    /// The lines of the UAX #29 way, whatever the text.
    fn wrapped_by_segments(text: &str, width: usize) -> Vec<Span> {
        let span = Span::whole(text);
        wrap_pieces(text, span, width, segment_pieces(text))
    }

    #[test]
    fn text_with_other_spaces_or_marks_after_spaces_takes_the_uax29_way() {
        assert!(breaks_only_at_ascii_spaces(
            "“Quoted,” she said.\tThen\r\nmore: 日本"
        ));
        assert!(!breaks_only_at_ascii_spaces("10\u{a0}km"));
        assert!(!breaks_only_at_ascii_spaces("a \u{301}b"));
        assert!(!breaks_only_at_ascii_spaces("a\u{202f}b"));
        let text = "a \u{301}b c\u{a0}d ef";
        assert_eq!(
            wrap(text, Span::whole(text), 3),
            wrapped_by_segments(text, 3)
        );
    }

    proptest::proptest! {
        #[test]
        fn the_fast_way_gives_the_lines_of_the_uax29_way(
            text in "[a-z .,'\t\n\r\u{1b}\u{7f}“”’é日👩\u{200d}\u{301}\u{a0}\u{202f}-]{0,80}",
            columns in 1usize..20,
        ) {
            proptest::prop_assert_eq!(
                wrap(&text, Span::whole(&text), columns),
                wrapped_by_segments(&text, columns)
            );
        }

        #[test]
        fn any_text_wraps_within_the_width_and_draws_without_controls(
            text in "(?s).{0,200}",
            columns in 1usize..30,
        ) {
            for line in wrap(&text, Span::whole(&text), columns) {
                let shown = sanitize(line.slice(&text));
                proptest::prop_assert!(
                    !shown.chars().any(|c| c.is_control() || crate::sanitize::is_bidi_control(c)),
                    "{:?}",
                    shown
                );
                // A single grapheme wider than the line may stand alone (with any zero-width
                // marks beside it); anything else fits.
                let graphemes = line
                    .slice(&text)
                    .graphemes(true)
                    .filter(|g| grapheme_width(g) > 0)
                    .count();
                proptest::prop_assert!(width(&shown) <= columns || graphemes == 1, "{:?}", shown);
            }
        }
    }
}
