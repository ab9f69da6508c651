//! Words, numbers and punctuation with their byte spans.

use unicode_segmentation::UnicodeSegmentation;

use crate::span::Span;

mod ascii_words;

/// What a token is made of, which decides how later stages treat it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or periods ("O’Brien", "U.S").
    Word,
    /// Digits, possibly with inner separators ("3.5", "1,200", "4:30").
    Number,
    /// Anything else that is not whitespace: punctuation, symbols, emoji.
    Punct,
}

/// One token of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token stands in the text.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// Whether it holds an ASCII capital letter, seen as it was read, so that a caller needs
    /// not read its bytes again to know whether it has a lowercase form of its own.
    pub upper: bool,
    /// Whether it is all ASCII, seen the same way.
    pub ascii: bool,
}

/// Splits `text[span]` into tokens on Unicode word boundaries (UAX #29), skipping whitespace,
/// into `out` (cleared first): a caller that splits many sentences lends one buffer to all.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    let part = span.slice(text);
    if ascii_words::handles(part) {
        ascii_words::byte_tokens(text, span, out);
    } else {
        out.extend(tokens(text, span, part.split_word_bound_indices()));
    }
}

/// The tokens of the segments of `text[span]`, offsets relative to the span.
fn tokens<'a>(
    text: &'a str,
    span: Span,
    segments: impl Iterator<Item = (usize, &'a str)>,
) -> impl Iterator<Item = Token> {
    segments
        .filter(|(_, w)| !blank(w))
        .filter_map(move |(i, w)| {
            let start = span.start() + i;
            let token_span = Span::new(text, start, start + w.len())?;
            let kind = kind_of(w);
            Some(Token {
                span: token_span,
                kind,
                upper: w.bytes().any(|b| b.is_ascii_uppercase()),
                ascii: w.is_ascii(),
            })
        })
}

/// Whether a segment is only whitespace (as `str::trim` sees it); an ASCII one, most of them,
/// is read by bytes.
fn blank(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().all(|b| matches!(b, b'\t'..=b'\r' | b' '))
    } else {
        w.trim().is_empty()
    }
}

/// What a segment is made of; an ASCII one, most of them, is read by bytes (the ASCII
/// classes are the Unicode ones there).
fn kind_of(w: &str) -> TokenKind {
    if !w.is_ascii() {
        return char_kind(w);
    }
    let bytes = w.as_bytes();
    if bytes.iter().any(u8::is_ascii_alphabetic) {
        TokenKind::Word
    } else if bytes.iter().any(u8::is_ascii_digit) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// [`kind_of`] of any segment, character by character.
fn char_kind(w: &str) -> TokenKind {
    if w.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if w.chars().any(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_segments_read_by_bytes_as_by_characters() {
        let ascii = (0u8..128).map(char::from);
        for a in ascii.clone() {
            for b in ascii.clone().chain([' ']) {
                let w: String = [a, b].into_iter().collect();
                assert_eq!(kind_of(&w), char_kind(&w), "{w:?}");
                assert_eq!(blank(&w), w.trim().is_empty(), "{w:?}");
            }
        }
    }

    #[test]
    fn words_numbers_and_punctuation_keep_their_spans() {
        let text = "O’Brien paid 3.5 million, didn’t he?";
        let mut tokens = Vec::new();
        tokenize(text, Span::whole(text), &mut tokens);
        let words: Vec<_> = tokens.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "O’Brien",
                "paid",
                "3.5",
                "million",
                ",",
                "didn’t",
                "he",
                "?"
            ]
        );
        assert_eq!(tokens[2].kind, TokenKind::Number);
        assert_eq!(tokens[4].kind, TokenKind::Punct);
    }
}
