//! Making untrusted text safe to show on a terminal: article text, file names and everything
//! echoed from a config file go through the same few rules, whether the reader draws them,
//! `lede analyze` prints them or an error message quotes them.
//!
//! Control characters could steer the terminal (an ESC starts a sequence, BEL can end one that
//! sets the window title); bidirectional controls could make a line read in another order than
//! it is stored. None of them reach the terminal raw.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// Columns a tab becomes; articles have no tab stops worth keeping.
const TAB_WIDTH: usize = 4;

/// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
/// which reorder the text after them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Invisible format characters (Unicode category Cf, as of Unicode 15), plus the line and
/// paragraph separators: harmless in text but invisible, so machine output writes them as
/// escapes a person can see.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Whether a character may not reach a terminal as it is. Invisible format characters show
/// nothing, but terminals disagree on their width (tmux gives a soft hyphen none, the width
/// tables one), which would shift the rest of the line by a cell.
fn needs_replacing(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// The zero-width joiner and non-joiner, which shape the letters or emoji around them inside
/// one grapheme cluster and have no width anywhere.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// What one grapheme cluster of untrusted text looks like on screen: line breaks become
/// spaces, tabs become spaces, other control characters visible placeholders (`␛` for ESC,
/// `␇` for BEL, `�` for C1 controls and bidirectional controls); other invisible format
/// characters (a soft hyphen, a zero-width space) are left out.
pub fn cell_text(grapheme: &str) -> Cow<'_, str> {
    if !grapheme.chars().any(needs_replacing) {
        return Cow::Borrowed(grapheme);
    }
    let mut out = String::new();
    for c in grapheme.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\t' => out.push_str(&" ".repeat(TAB_WIDTH)),
            c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            c if c.is_control() || is_bidi_control(c) => out.push('�'),
            c if is_invisible_format(c) && !is_joiner(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A whole string made safe for one line of a terminal, for short untrusted strings (titles,
/// names, file names, config keys).
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_replacing) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.graphemes(true).map(cell_text).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_soft_hyphen_or_zero_width_space_takes_no_cell() {
        assert_eq!(sanitize("Ana\u{ad}toly Bre\u{200b}zin"), "Anatoly Brezin");
        assert_eq!(cell_text("\u{ad}"), "");
        // A joiner inside an emoji sequence stays.
        assert_eq!(
            sanitize("\u{1f469}\u{200d}\u{1f52c}"),
            "\u{1f469}\u{200d}\u{1f52c}"
        );
    }

    #[test]
    fn control_characters_become_visible_placeholders() {
        let text = "red \x1b[31mtext\x07 and\ttab\r";
        let shown = sanitize(text);
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(shown.contains("␛[31m"));
        assert!(shown.contains('␇'));
    }

    #[test]
    fn bidirectional_controls_are_replaced_and_other_text_kept() {
        assert_eq!(sanitize("abc\u{202e}def\u{2066}"), "abc�def�");
        assert_eq!(sanitize("Zoë 日本 👩‍👩‍👧"), "Zoë 日本 👩‍👩‍👧");
    }

    #[test]
    fn invisible_format_characters_include_the_bidi_controls_and_joiners() {
        for c in [
            '\u{200b}',
            '\u{200d}',
            '\u{feff}',
            '\u{ad}',
            '\u{2028}',
            '\u{e0041}',
        ] {
            assert!(is_invisible_format(c), "{c:?}");
        }
        for c in "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}".chars()
        {
            assert!(is_bidi_control(c) && is_invisible_format(c), "{c:?}");
        }
        for c in ['a', ' ', 'é', '日', '\u{2010}', '\u{2070}'] {
            assert!(!is_invisible_format(c), "{c:?}");
        }
    }
}
