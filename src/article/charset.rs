//! A file's bytes as text, whatever encoding it was saved in: UTF-8; UTF-16 with a byte order
//! mark (or plainly UTF-16 by its zero bytes); the charset a page or feed declares
//! (`<meta charset>`, `http-equiv`, `<?xml … encoding?>`), decoded as browsers decode it; and
//! for text that declares nothing and is not UTF-8, the charset Firefox's detector finds.
//! Binary files are refused with the reason.
//!
//! Text that is valid UTF-8 is always read as UTF-8, whatever it declares: a browser that
//! saves a page writes UTF-8 and often leaves the old declaration in place.

use chardetng::EncodingDetector;
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How far into the file a charset declaration is looked for.
const DECLARATION_BYTES: usize = 2048;

/// Control characters per thousand, other than tab, line breaks and form feed, above which
/// decoded "text" is binary.
const MAX_CONTROLS_PER_MILLE: usize = 10;

/// A file's text and the legacy encoding it was decoded from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name ("windows-1252", "UTF-16LE") when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// The text of a file's bytes, or why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom..).unwrap_or_default();
        // A UTF-8 file keeps its mark: plain text is the file's content byte for byte.
        return if encoding == UTF_8 {
            from_utf8(bytes)
        } else {
            Ok(with(encoding, body))
        };
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        return match utf16_without_bom(bytes) {
            Some(encoding) => Ok(with(encoding, bytes)),
            None => Err(format!("binary file (NUL byte at offset {at}), not text")),
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: None,
        });
    }
    let encoding = declared(bytes).unwrap_or_else(|| {
        let mut detector = EncodingDetector::new();
        detector.feed(bytes, true);
        detector.guess(None, true)
    });
    let decoded = with(encoding, bytes);
    if is_binary(&decoded.text) {
        return Err("binary file (control bytes throughout), not text".to_string());
    }
    Ok(decoded)
}

fn from_utf8(bytes: &[u8]) -> Result<Decoded, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: None,
        }),
        Err(e) => Err(format!(
            "not UTF-8 text although it starts with a UTF-8 byte order mark (invalid byte at offset {})",
            e.valid_up_to()
        )),
    }
}

/// Decodes with `encoding`; bytes it cannot map become U+FFFD, as in a browser.
fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let utf8 = encoding == UTF_8;
    Decoded {
        text: text.into_owned(),
        encoding: (!utf8).then(|| encoding.name()),
    }
}

/// UTF-16 without a byte order mark, told by every other byte of ASCII being zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let pairs = head.len() / 2;
    if pairs < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    if odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset markup declares in its first bytes (`<meta charset=…>`, `http-equiv`
/// `content="…; charset=…"`, `<?xml … encoding="…"?>`), by its WHATWG label.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(DECLARATION_BYTES))?;
    let head: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    if !head
        .trim_start_matches('\u{ef}')
        .trim_start()
        .starts_with('<')
    {
        return None;
    }
    ["charset=", "encoding="].iter().find_map(|key| {
        head.match_indices(key).find_map(|(at, _)| {
            let value = head
                .get(at + key.len()..)
                .unwrap_or("")
                .trim_start_matches(['"', '\'', ' ']);
            let end = value
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
                .unwrap_or(value.len());
            Encoding::for_label(value.get(..end)?.as_bytes())
        })
    })
}

/// Whether decoded text holds control characters throughout, as binary data does.
fn is_binary(text: &str) -> bool {
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    controls * 1000 > chars * MAX_CONTROLS_PER_MILLE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_decoded() {
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><p>Caf\xe9 \x93open\x94</p>";
        let d = decode(page).unwrap();
        assert_eq!(
            d.text,
            "<html><head><meta charset=\"ISO-8859-1\"></head><p>Café “open”</p>"
        );
        assert_eq!(d.encoding, Some("windows-1252"));
        let d = decode(
            b"<?xml version='1.0' encoding='windows-1251'?><rss>\xcc\xee\xf1\xea\xe2\xe0</rss>",
        )
        .unwrap();
        assert_eq!(
            d.text,
            "<?xml version='1.0' encoding='windows-1251'?><rss>Москва</rss>"
        );
        assert_eq!(d.encoding, Some("windows-1251"));
        let d = decode(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>\xb3\xf3d\xbc</p>",
        )
        .unwrap();
        assert!(d.text.ends_with("<p>łódź</p>"), "{}", d.text);
        assert_eq!(d.encoding, Some("ISO-8859-2"));
    }

    #[test]
    fn utf8_wins_over_a_stale_declaration() {
        let d = decode("<meta charset=\"windows-1252\"><p>Café</p>".as_bytes()).unwrap();
        assert_eq!(d.encoding, None);
        assert!(d.text.contains("Café"));
    }

    #[test]
    fn utf16_with_and_without_a_byte_order_mark() {
        let text = "Ferry “back” – €2";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap().text, text);
        assert_eq!(decode(&le).unwrap().encoding, Some("UTF-16LE"));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, text);
        let plain: Vec<u8> = "Ferry back on Monday"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&plain).unwrap().text, "Ferry back on Monday");
    }

    #[test]
    fn undeclared_legacy_text_is_detected() {
        let text = b"The council\x92s \x93open day\x94 costs \x8020 a head, the mayor said. It was a long day for everyone involved in the planning.";
        let d = decode(text).unwrap();
        assert!(
            d.text.contains("council’s “open day” costs €20"),
            "{}",
            d.text
        );
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn binary_is_refused() {
        assert!(
            decode(b"PK\x03\x04\x00\x00binary")
                .unwrap_err()
                .contains("binary")
        );
        let noise: Vec<u8> = (0u8..=255)
            .cycle()
            .skip(1)
            .take(600)
            .filter(|&b| b != 0)
            .collect();
        assert!(decode(&noise).unwrap_err().contains("binary"));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_decode_or_are_refused_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let mut page = b"<meta charset=latin1>".to_vec();
            page.extend(&bytes);
            let _ = decode(&page);
            let _ = decode(&bytes);
        }
    }
}
