//! Web pages and feeds saved in Windows-1252 or ISO-8859-1, which older news sites still
//! serve: they are read when the markup declares that charset, instead of being refused as
//! "not UTF-8".
//!
//! Only a declaration in the markup counts (`<meta charset="windows-1252">`,
//! `content="text/html; charset=iso-8859-1"`, `<?xml … encoding="ISO-8859-1"?>`); text that
//! is simply not UTF-8 is still refused, because guessing a charset garbles names.

use super::entities::windows_1252;

/// How far into the file a charset declaration is looked for.
const DECLARATION_BYTES: usize = 2048;

/// Charset names read as Windows-1252 (a superset of ISO-8859-1, as browsers treat it).
const SINGLE_BYTE: &[&str] = &[
    "windows-1252",
    "cp1252",
    "iso-8859-1",
    "iso8859-1",
    "latin1",
    "latin-1",
    "l1",
];

/// Whether the bytes are markup declaring a single-byte Western charset.
pub fn declares_windows_1252(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(DECLARATION_BYTES)];
    let head: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    if !head
        .trim_start_matches('\u{ef}')
        .trim_start()
        .starts_with('<')
    {
        return false;
    }
    ["charset=", "encoding="].iter().any(|key| {
        head.match_indices(key).any(|(at, _)| {
            let value = head
                .get(at + key.len()..)
                .unwrap_or("")
                .trim_start_matches(['"', '\'', ' ']);
            let end = value
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(value.len());
            SINGLE_BYTE.contains(&value.get(..end).unwrap_or(""))
        })
    })
}

/// The text of Windows-1252 bytes.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => windows_1252(u32::from(b)),
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_single_byte_pages_are_decoded() {
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><p>Caf\xe9 \x93open\x94</p>";
        assert!(declares_windows_1252(page));
        assert_eq!(
            decode_windows_1252(page),
            "<html><head><meta charset=\"ISO-8859-1\"></head><p>Café “open”</p>"
        );
        assert!(declares_windows_1252(
            b"<?xml version='1.0' encoding='windows-1252'?><rss>"
        ));
        assert!(declares_windows_1252(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">"
        ));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_checked_and_decoded_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let mut page = b"<meta charset=latin1>".to_vec();
            page.extend(&bytes);
            proptest::prop_assert!(declares_windows_1252(&page));
            let _ = declares_windows_1252(&bytes);
            proptest::prop_assert_eq!(decode_windows_1252(&bytes).chars().count(), bytes.len());
        }
    }

    #[test]
    fn other_text_is_not_guessed() {
        assert!(!declares_windows_1252(b"Caf\xe9 charset=latin1"));
        assert!(!declares_windows_1252(b"<meta charset=\"utf-8\">"));
        assert!(!declares_windows_1252(b"<meta charset=\"latin10\">"));
        assert!(!declares_windows_1252(b""));
    }
}
