//! The Unicode word boundaries (UAX #29) of ASCII text and of English news's typographic
//! punctuation (curly quotes and apostrophes, dashes, the ellipsis, the no-break space), found
//! in one pass over the bytes from a handful of classes.
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

/// The class of the character at byte `k` of `bytes` and its length in bytes, for the
/// characters [`handles`] takes: ASCII, "‘" and "’" (which join like the full stop), the
/// other typographic marks and the no-break space (which join nothing). Past the end, `Other`
/// and no length.
fn char_at(bytes: &[u8], k: usize) -> (Class, usize) {
    match bytes.get(k) {
        None => (Class::Other, 0),
        Some(&b) if b.is_ascii() => (
            ASCII_CLASSES
                .get(usize::from(b))
                .copied()
                .unwrap_or(Class::Other),
            1,
        ),
        // U+00A0, the no-break space.
        Some(0xC2) => (Class::Other, 2),
        // U+2018 and U+2019 are E2 80 98 and E2 80 99; the other marks are E2 80 xx too.
        Some(0xE2) => match bytes.get(k + 2) {
            Some(0x98 | 0x99) => (Class::MidNumLet, 3),
            _ => (Class::Other, 3),
        },
        // Never for text `handles`; the span that would split it is refused.
        Some(_) => (Class::Other, 1),
    }
}

/// What a byte that continues a word run is, as bits (0 for every other byte): the word run
/// reads them from one table and learns the token's kind and capitals on the way.
const LOWER: u8 = 1;
/// An ASCII capital letter.
const UPPER: u8 = 2;
/// An ASCII digit.
const DIGIT: u8 = 4;
/// "_", which joins anything word-like.
const UNDERSCORE: u8 = 8;
/// Letters of either case.
const LETTER: u8 = LOWER | UPPER;

/// [`LOWER`], [`UPPER`], [`DIGIT`] or [`UNDERSCORE`] of every byte, by value.
const WORD_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The word-run bits of a byte.
fn bits_of(b: u8) -> u8 {
    WORD_BYTES[usize::from(b)]
}

/// The word-run bits of the byte at `k`, 0 past the end.
fn word_bits(bytes: &[u8], k: usize) -> u8 {
    bytes.get(k).map_or(0, |&b| bits_of(b))
}

/// The tokens of `text[span]`, which [`handles`], in `out`: its word-bound segments read in
/// one pass over the bytes with each one's kind seen as it is read, whitespace left out. For
/// these characters the rules reduce to runs: of spaces, of letters, digits and "_" (joined
/// across ".", "'", "’" or ":" between letters and across ".", "'", "’", "," or ";" between
/// digits), "\r\n"; every other character stands alone.
pub(super) fn byte_tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    use Class::*;
    let bytes = span.slice(text).as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let token = if bits_of(b) != 0 {
            Some(word_run(bytes, &mut i))
        } else if b == b' ' {
            // The space between words, the commonest byte after letters.
            i += 1 + run_length(bytes.get(i + 1..).unwrap_or_default(), |b| b == b' ');
            None
        } else {
            let (first, len) = char_at(bytes, i);
            i += len.max(1);
            match first {
                Cr => {
                    if bytes.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    None
                }
                Space | Lf | Newline => None,
                // The tab and the no-break space are whitespace.
                _ if matches!(b, b'\t' | 0xC2) => None,
                _ => Some((TokenKind::Punct, false, b.is_ascii())),
            }
        };
        if let Some((kind, upper, ascii)) = token
            && let Some(span) = Span::new(text, span.start() + start, span.start() + i)
        {
            out.push(Token {
                span,
                kind,
                upper,
                ascii,
            });
        }
    }
}

/// How many bytes at the start of `bytes` satisfy `keep`.
fn run_length(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    bytes.iter().position(|&b| !keep(b)).unwrap_or(bytes.len())
}

/// Reads a run of letters, digits and "_" from `*i` (one of them) to its end, and says what
/// the run is made of, whether it holds a capital and whether it is all ASCII. The bytes
/// inside a stretch are read from one table; only where a stretch ends is the character
/// there decoded, to see whether it joins the next stretch.
fn word_run(bytes: &[u8], i: &mut usize) -> (TokenKind, bool, bool) {
    use Class::*;
    let (mut seen, mut ascii) = (0u8, true);
    loop {
        let rest = bytes.get(*i..).unwrap_or_default();
        let mut len = 0;
        for &b in rest {
            let bits = bits_of(b);
            if bits == 0 {
                break;
            }
            seen |= bits;
            len += 1;
        }
        *i += len;
        // Most runs end at a byte that joins nothing (a space): only these start a mark that
        // may join two stretches.
        if !matches!(
            bytes.get(*i),
            Some(b'.' | b'\'' | b':' | b',' | b';' | 0xE2)
        ) {
            break;
        }
        // The kind of the stretch's last byte: a mid-word mark joins only the same kind on
        // both sides ("U.S", "3.5").
        let last = rest.get(len.wrapping_sub(1)).map_or(0, |&b| bits_of(b));
        let (here, len) = char_at(bytes, *i);
        let after = if len == 0 {
            0
        } else {
            word_bits(bytes, *i + len)
        };
        let across =
            (last & LETTER != 0 && matches!(here, MidLetter | MidNumLet) && after & LETTER != 0)
                || (last & DIGIT != 0 && matches!(here, MidNum | MidNumLet) && after & DIGIT != 0);
        if !across {
            break;
        }
        ascii &= len == 1;
        *i += len;
    }
    let kind = if seen & LETTER != 0 {
        TokenKind::Word
    } else if seen & DIGIT != 0 {
        TokenKind::Number
    } else {
        TokenKind::Punct
    };
    (kind, seen & UPPER != 0, ascii)
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
        let span = Span::whole(text);
        let mut ours = Vec::new();
        byte_tokens(text, span, &mut ours);
        let theirs: Vec<Token> =
            super::super::tokens(text, span, text.split_word_bound_indices()).collect();
        assert_eq!(ours, theirs, "{text:?}");
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
