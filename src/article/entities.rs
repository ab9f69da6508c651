//! Character references in HTML and XML text (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`), so
//! a saved page's "&ldquo;No,&rdquo; she said" is analysed as the quote a reader sees.
//!
//! The named references are all of HTML5's (`entity_table.rs`, generated from the WHATWG
//! list). Numeric references in the C1 range (`&#146;`) are read as
//! Windows-1252, as browsers do, because old publishing systems wrote curly quotes that way.

use std::borrow::Cow;

use super::entity_table::NAMED;

/// Longest reference name looked up ("CounterClockwiseContourIntegral").
const MAX_NAME: usize = 31;

/// The text with every character reference it holds replaced by its character.
pub fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        match reference(after, &mut out) {
            Some(used) => {
                rest = after.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Writes the text a reference stands for to `out` and says how many bytes of `after` (the
/// text after `&`) it used, or `None` when `&` is a literal ampersand.
fn reference(after: &str, out: &mut String) -> Option<usize> {
    if let Some(number) = after.strip_prefix('#') {
        let (digits, radix, skip) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits
            .bytes()
            .take_while(|b| (*b as char).is_digit(radix))
            .count();
        if len == 0 {
            return None;
        }
        let value = digits
            .get(..len.min(8))
            .and_then(|d| u32::from_str_radix(d, radix).ok())
            .unwrap_or(u32::MAX);
        let used = skip + len + usize::from(digits.get(len..len + 1) == Some(";"));
        out.push(numeric(value));
        return Some(used);
    }
    let len = after
        .bytes()
        .take(MAX_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = after.get(..len)?;
    if after.get(len..len + 1) == Some(";") {
        return named(name).map(|text| {
            out.push_str(text);
            len + 1
        });
    }
    // Without the semicolon, only the references old pages really wrote that way, and not in
    // the middle of a link's query (`?a=1&copy=2`).
    let next = after.get(len..).and_then(|r| r.chars().next());
    let legacy = matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp")
        && !next.is_some_and(|c| c.is_alphanumeric() || c == '=');
    if legacy {
        return named(name).map(|text| {
            out.push_str(text);
            len
        });
    }
    None
}

/// A numeric reference's character, with browsers' repairs.
fn numeric(value: u32) -> char {
    if (0x80..=0x9f).contains(&value) {
        return windows_1252(value);
    }
    match char::from_u32(value) {
        Some('\0') | None => '\u{fffd}',
        Some(c) => c,
    }
}

/// The Windows-1252 character of a byte in the C1 range (U+FFFD for the five it leaves
/// undefined).
pub fn windows_1252(byte: u32) -> char {
    match byte {
        0x80 => '€',
        0x82 => '‚',
        0x83 => 'ƒ',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x88 => 'ˆ',
        0x89 => '‰',
        0x8a => 'Š',
        0x8b => '‹',
        0x8c => 'Œ',
        0x8e => 'Ž',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x98 => '˜',
        0x99 => '™',
        0x9a => 'š',
        0x9b => '›',
        0x9c => 'œ',
        0x9e => 'ž',
        0x9f => 'Ÿ',
        _ => '\u{fffd}',
    }
}

/// The text of a named reference (without `&` and `;`): one character, or two for a few
/// mathematical ones.
fn named(name: &str) -> Option<&'static str> {
    NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .and_then(|at| NAMED.get(at))
        .map(|(_, text)| *text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(
            decode("&ldquo;No,&rdquo; said Ren&eacute;e &mdash; twice&hellip; &amp; &lt;b&gt;"),
            "“No,” said Renée — twice… & <b>"
        );
        assert_eq!(
            decode("it&#8217;s it&#x2019;s it&#X2019;s"),
            "it’s it’s it’s"
        );
        assert_eq!(decode("&quot;a&apos;&nbsp;b&quot;"), "\"a'\u{a0}b\"");
    }

    #[test]
    fn every_html5_name() {
        assert_eq!(
            decode(
                "&Rarr; &check; &NotEqualTilde; &CounterClockwiseContourIntegral; &bigstar; &lbrace;&rbrace;"
            ),
            "↠ ✓ \u{2242}\u{338} ∳ ★ {}"
        );
        assert!(
            NAMED.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
        assert!(NAMED.iter().all(|(n, _)| n.len() <= MAX_NAME));
    }

    #[test]
    fn windows_1252_and_invalid_numbers() {
        assert_eq!(decode("&#146;&#151;"), "’—");
        assert_eq!(
            decode("&#0;&#xD800;&#99999999999;"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
    }

    #[test]
    fn literal_ampersands_stay() {
        assert_eq!(decode("AT&T & Co"), "AT&T & Co");
        assert_eq!(
            decode("a?x=1&copy=2 &unknown; &#; &#x;"),
            "a?x=1&copy=2 &unknown; &#; &#x;"
        );
        assert_eq!(decode("Fish &amp chips"), "Fish & chips");
        assert_eq!(decode("trailing &"), "trailing &");
    }
}
