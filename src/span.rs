//! Byte ranges into an article's text.
//!
//! Everything the analysis finds refers back to the article by a [`Span`] instead of copying
//! text, so the reader can highlight exactly what `lede analyze` reports and nothing is copied
//! per frame.

use serde::Serialize;

/// A half-open byte range `start..end` into one text that always falls on `char` boundaries.
///
/// The only way to build one is [`Span::new`], which checks the bounds against the text it
/// indexes, so slicing with a span can never panic on the text it was made for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span of `text`, or `None` when `start..end` is reversed, past the end or splits a
    /// character.
    pub fn new(text: &str, start: usize, end: usize) -> Option<Span> {
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Span { start, end })
    }

    /// The span of the whole of `text`.
    pub fn whole(text: &str) -> Span {
        Span {
            start: 0,
            end: text.len(),
        }
    }

    /// First byte of the range.
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the range.
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the range holds no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text this span covers; empty if `text` is not the text the span was made for and
    /// the range does not fit it.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span without leading and trailing whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = self.slice(text);
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.end - (s.len() - s.trim_end().len());
        Span {
            start,
            end: end.max(start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_rejects_ranges_that_split_a_character_or_run_past_the_end() {
        let text = "Zoë said";
        assert!(Span::new(text, 0, 3).is_none(), "splits ë");
        assert!(Span::new(text, 0, 4).is_some());
        assert!(Span::new(text, 4, 2).is_none(), "reversed");
        assert!(Span::new(text, 0, 100).is_none(), "past the end");
    }

    #[test]
    fn trim_and_slice_agree() {
        let text = "  Berlin  ";
        let span = Span::whole(text).trim(text);
        assert_eq!(span.slice(text), "Berlin");
        assert_eq!((span.start(), span.end()), (2, 8));
    }
}
