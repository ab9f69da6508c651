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
pub fn wrap(text: &str, span: Span, width: usize) -> Vec<Span> {
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
    let mut words = part.split_word_bound_indices().peekable();
    let mut pending_space = 0usize;
    while let Some((at, piece)) = words.next() {
        if is_space(piece) {
            pending_space += width_of_word(piece);
            continue;
        }
        // Glue adjacent non-space pieces into one unbreakable word ("U.S.-led", "don't").
        let mut end = at + piece.len();
        while let Some(&(next_at, next)) = words.peek() {
            if is_space(next) {
                break;
            }
            end = next_at + next.len();
            words.next();
        }
        let word = &part[at..end];
        let word_width = width_of_word(word);
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

    proptest::proptest! {
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
