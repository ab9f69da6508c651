//! The Unicode word boundaries (UAX #29) of ASCII text and of English news's typographic
//! punctuation (curly quotes and apostrophes, dashes, the ellipsis, the no-break space), found
//! character by character from a handful of classes.
//!
//! `unicode-segmentation` looks every character up in its tables and was a twentieth of
//! `lede analyze`'s time; most sentences of English news are plain ASCII with at most those
//! few other characters, where the rules reduce to a handful of classes. The result is the
//! library's exactly (a test compares the two on every short string of the classes that
//! matter), and text with any other character goes to the library.

use super::{Token, TokenKind};
use crate::span::Span;

/// The word-break property of an ASCII byte (UAX #29, table 3), the classes the rules use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Cr,
    Lf,
    /// Vertical tab and form feed.
    Newline,
    /// The space: runs of it stay together.
    Space,
    Letter,
    Digit,
    /// ":" joins letters.
    MidLetter,
    /// "." and "'" join letters and digits.
    MidNumLet,
    /// "," and ";" join digits.
    MidNum,
    /// "_" joins anything word-like.
    ExtendNumLet,
    Other,
}

const fn class(c: char) -> Class {
    match c {
        '\r' => Class::Cr,
        '\n' => Class::Lf,
        '\u{0b}' | '\u{0c}' => Class::Newline,
        ' ' => Class::Space,
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        ':' => Class::MidLetter,
        // The curly apostrophe and single quotes are MidNumLet like the full stop.
        '.' | '\'' | '‘' | '’' => Class::MidNumLet,
        ',' | ';' => Class::MidNum,
        '_' => Class::ExtendNumLet,
        _ => Class::Other,
    }
}

/// [`class`] of every ASCII byte, looked up by value.
const ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < table.len() {
        table[b] = class(b as u8 as char);
        b += 1;
    }
    table
};

/// Whether every character of `text` is one [`split_word_bound_indices`] knows: ASCII, or
/// typographic punctuation whose class is above or Other.
pub(super) fn handles(text: &str) -> bool {
    text.is_ascii()
        || text.chars().all(|c| {
            c.is_ascii() || matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '―' | '…' | '\u{a0}')
        })
}

/// Whether the rules keep the bytes before and at `i` together (`0 < i < classes.len()`).
fn joined(classes: &[Class], i: usize) -> bool {
    use Class::*;
    let at = |k: Option<usize>| k.and_then(|k| classes.get(k)).copied();
    let (Some(before), Some(here)) = (at(i.checked_sub(1)), at(Some(i))) else {
        return false;
    };
    // The characters two back and one ahead matter only around a mid-word mark: read then.
    let earlier = || at(i.checked_sub(2));
    let after = || at(i.checked_add(1));
    let mid_letter = |c: Class| matches!(c, MidLetter | MidNumLet);
    let mid_num = |c: Class| matches!(c, MidNum | MidNumLet);
    match (before, here) {
        (Cr, Lf) => true,
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,
        (Space, Space) => true,
        (Letter | Digit, Letter | Digit) => true,
        (Letter, _) if mid_letter(here) => after() == Some(Letter),
        (_, Letter) if mid_letter(before) => earlier() == Some(Letter),
        (Digit, _) if mid_num(here) => after() == Some(Digit),
        (_, Digit) if mid_num(before) => earlier() == Some(Digit),
        (Letter | Digit | ExtendNumLet, ExtendNumLet) => true,
        (ExtendNumLet, Letter | Digit) => true,
        _ => false,
    }
}

/// The segments of `text` (which [`handles`]) with their byte offsets, as
/// `UnicodeSegmentation::split_word_bound_indices` gives them.
pub(super) fn split_word_bound_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // Plain ASCII, most sentences, goes to `ascii_tokens`, which reads bytes without lists.
    let mut offsets = Vec::with_capacity(text.len());
    let mut classes = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        offsets.push(i);
        classes.push(class(c));
    }
    let offset = move |k: usize| offsets.get(k).copied().unwrap_or(text.len());
    let mut start = 0;
    let mut i = 1;
    std::iter::from_fn(move || {
        if start >= classes.len() {
            return None;
        }
        while i < classes.len() && joined(&classes, i) {
            i += 1;
        }
        let from = offset(start);
        let segment = (from, text.get(from..offset(i)).unwrap_or(""));
        start = i;
        i += 1;
        Some(segment)
    })
}

/// The tokens of `text[span]`, which is plain ASCII (most sentences), in `out`: the segments
/// [`split_word_bound_indices`] gives, read in one pass over the bytes with each one's kind
/// seen as it is read, whitespace left out. The rules reduce to runs: of spaces, of letters,
/// digits and "_" (joined across ".", "'" or ":" between letters and across ".", "'", ","
/// or ";" between digits), "\r\n"; every other byte stands alone.
pub(super) fn ascii_tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    use Class::*;
    let bytes = span.slice(text).as_bytes();
    let class_at = |k: usize| {
        bytes
            .get(k)
            .and_then(|&b| ASCII_CLASSES.get(usize::from(b)))
            .copied()
            .unwrap_or(Other)
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let first = class_at(i);
        i += 1;
        let kind = match first {
            Space => {
                while class_at(i) == Space {
                    i += 1;
                }
                None
            }
            Cr => {
                if class_at(i) == Lf {
                    i += 1;
                }
                None
            }
            Lf | Newline => None,
            Letter | Digit | ExtendNumLet => Some(word_run(&class_at, first, &mut i)),
            _ if b == b'\t' => None,
            _ => Some(TokenKind::Punct),
        };
        if let Some(kind) = kind
            && let Some(span) = Span::new(text, span.start() + start, span.start() + i)
        {
            out.push(Token { span, kind });
        }
    }
}

/// Reads on from a letter, digit or "_" (`first`, just before `*i`) to the end of its run,
/// and says what the run is made of.
fn word_run(class_at: &impl Fn(usize) -> Class, first: Class, i: &mut usize) -> TokenKind {
    use Class::*;
    let (mut letters, mut digits, mut last) = (first == Letter, first == Digit, first);
    loop {
        let here = class_at(*i);
        if !matches!(here, Letter | Digit | ExtendNumLet) {
            // A mid-word mark joins only the same kind on both sides ("U.S", "3.5").
            let after = class_at(*i + 1);
            let across =
                (last == Letter && matches!(here, MidLetter | MidNumLet) && after == Letter)
                    || (last == Digit && matches!(here, MidNum | MidNumLet) && after == Digit);
            if !across {
                break;
            }
            *i += 1;
        }
        last = class_at(*i);
        letters |= last == Letter;
        digits |= last == Digit;
        *i += 1;
    }
    if letters {
        TokenKind::Word
    } else if digits {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// One character of every class, a second of the classes with several members, and every
    /// character beyond ASCII the splitter takes.
    const ALPHABET: &[char] = &[
        '\r', '\n', '\u{0b}', ' ', '\t', 'a', 'Z', '7', ':', '.', '\'', ',', ';', '_', '"', '-',
        '‘', '’', '“', '”', '–', '—', '―', '…', '\u{a0}',
    ];

    fn agrees(text: &str) {
        assert!(handles(text), "{text:?}");
        let ours: Vec<(usize, &str)> = split_word_bound_indices(text).collect();
        let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
        if text.is_ascii() {
            let span = Span::whole(text);
            let mut by_bytes = Vec::new();
            ascii_tokens(text, span, &mut by_bytes);
            let by_segments: Vec<Token> =
                super::super::tokens(text, span, theirs.into_iter()).collect();
            assert_eq!(by_bytes, by_segments, "{text:?}");
        }
    }

    #[test]
    fn every_short_string_splits_as_the_library_splits_it() {
        let n = ALPHABET.len();
        for len in 0..=4u32 {
            for mut code in 0..n.pow(len) {
                let mut text = String::new();
                for _ in 0..len {
                    text.push(ALPHABET[code % n]);
                    code /= n;
                }
                agrees(&text);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn longer_strings_split_as_the_library_splits_them(
            text in "[\r\n\x0b \taZ7:.',;_\"‘’“”–—―…\u{a0}-]{0,40}"
        ) {
            agrees(&text);
        }
    }

    #[test]
    fn sentences_split_as_the_library_splits_them() {
        for text in [
            "The U.S. envoy's 3.5% offer, made at 4:30 p.m., won't pass_through  again.",
            "Rates rose 1,200.50 points; \"no,\" she said.\r\n\tItem (b) -- see e-mail.",
            "“We won’t,” O’Brien said — twice… in the ’90s – at 4\u{a0}p.m.",
            "",
            "   ",
            "x",
        ] {
            agrees(text);
        }
    }
}
