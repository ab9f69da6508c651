//! The Unicode word boundaries (UAX #29) of ASCII text, found byte by byte.
//!
//! `unicode-segmentation` looks every character up in its tables and was a twentieth of
//! `lede analyze`'s time; most sentences of English news are plain ASCII, where the rules
//! reduce to a handful of byte classes. The result is the library's exactly (a test compares
//! the two on every short string of the classes that matter), and text with any other
//! character goes to the library.

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

fn class(b: u8) -> Class {
    match b {
        b'\r' => Class::Cr,
        b'\n' => Class::Lf,
        0x0b | 0x0c => Class::Newline,
        b' ' => Class::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidNumLet,
        b',' | b';' => Class::MidNum,
        b'_' => Class::ExtendNumLet,
        _ => Class::Other,
    }
}

/// Whether the rules keep the bytes before and at `i` together (`0 < i < classes.len()`).
fn joined(classes: &[Class], i: usize) -> bool {
    use Class::*;
    let at = |k: Option<usize>| k.and_then(|k| classes.get(k)).copied();
    let (Some(before), Some(here)) = (at(i.checked_sub(1)), at(Some(i))) else {
        return false;
    };
    let earlier = at(i.checked_sub(2));
    let after = at(i.checked_add(1));
    let mid_letter = |c: Class| matches!(c, MidLetter | MidNumLet);
    let mid_num = |c: Class| matches!(c, MidNum | MidNumLet);
    match (before, here) {
        (Cr, Lf) => true,
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,
        (Space, Space) => true,
        (Letter | Digit, Letter | Digit) => true,
        (Letter, _) if mid_letter(here) => after == Some(Letter),
        (_, Letter) if mid_letter(before) => earlier == Some(Letter),
        (Digit, _) if mid_num(here) => after == Some(Digit),
        (_, Digit) if mid_num(before) => earlier == Some(Digit),
        (Letter | Digit | ExtendNumLet, ExtendNumLet) => true,
        (ExtendNumLet, Letter | Digit) => true,
        _ => false,
    }
}

/// The segments of ASCII `text` with their byte offsets, as
/// `UnicodeSegmentation::split_word_bound_indices` gives them.
pub(super) fn split_word_bound_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let classes: Vec<Class> = text.bytes().map(class).collect();
    let mut start = 0;
    let mut i = 1;
    std::iter::from_fn(move || {
        if start >= classes.len() {
            return None;
        }
        while i < classes.len() && joined(&classes, i) {
            i += 1;
        }
        let segment = (start, text.get(start..i).unwrap_or(""));
        start = i;
        i += 1;
        Some(segment)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// One byte of every class, and a second of the classes with several members.
    const ALPHABET: &[u8] = b"\r\n\x0b \taZ7:.',;_\"-";

    fn agrees(text: &str) {
        let ours: Vec<(usize, &str)> = split_word_bound_indices(text).collect();
        let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn every_short_string_splits_as_the_library_splits_it() {
        let n = ALPHABET.len();
        for len in 0..=4u32 {
            for mut code in 0..n.pow(len) {
                let mut bytes = Vec::new();
                for _ in 0..len {
                    bytes.push(ALPHABET[code % n]);
                    code /= n;
                }
                agrees(std::str::from_utf8(&bytes).unwrap_or_default());
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn longer_strings_split_as_the_library_splits_them(
            text in "[\r\n\x0b \taZ7:.',;_\"-]{0,40}"
        ) {
            agrees(&text);
        }
    }

    #[test]
    fn sentences_split_as_the_library_splits_them() {
        for text in [
            "The U.S. envoy's 3.5% offer, made at 4:30 p.m., won't pass_through  again.",
            "Rates rose 1,200.50 points; \"no,\" she said.\r\n\tItem (b) -- see e-mail.",
            "",
            "   ",
            "x",
        ] {
            agrees(text);
        }
    }
}
