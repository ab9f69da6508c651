//! One document as a line of JSON, written field by field rather than through serde: the JSON
//! lines of a library are several times its text, and serde_json escaped every key of every
//! span and mention anew and passed over every string twice (once for JSON's escapes, once
//! for [`super::escape_invisible`]'s). The output is byte for byte what serde_json followed by
//! `escape_invisible` writes, which the tests check on articles and on hostile strings; the
//! pretty JSON and RON keep serde's derives.

use std::fmt::Write as _;

use super::{Document, may_start_escape, needs_escape};
use crate::analysis::{Claim, ClaimKind, Cue, Entity, EntityKind, Section, Speaker};
use crate::span::Span;

/// `doc` as one line of JSON, newline included.
pub(super) fn line(doc: &Document<'_>) -> String {
    // The text plus about three times it in spans, names and mentions, measured on news.
    let mut out = Line(String::with_capacity(doc.text.len() * 4 + 1024));
    out.document(doc);
    out.0.push('\n');
    out.0
}

/// The line being written.
struct Line(String);

impl Line {
    fn raw(&mut self, json: &str) {
        self.0.push_str(json);
    }

    fn uint(&mut self, n: usize) {
        self.raw(itoa::Buffer::new().format(n));
    }

    fn float(&mut self, x: f32) {
        if x.is_finite() {
            self.raw(zmij::Buffer::new().format_finite(x));
        } else {
            self.raw("null");
        }
    }

    fn boolean(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    /// A JSON string: quotes, backslashes and C0 controls escaped as serde_json escapes them,
    /// and the characters of [`needs_escape`] as `\u` escapes. Runs of eight plain ASCII
    /// bytes, most of any text, are checked at once and copied whole.
    fn str(&mut self, s: &str) {
        self.0.push('"');
        let bytes = s.as_bytes();
        let (mut copied, mut at) = (0, 0);
        while at < bytes.len() {
            if let Some(chunk) = bytes.get(at..at + 8)
                && let Ok(chunk) = <[u8; 8]>::try_from(chunk)
                && plain_ascii(u64::from_le_bytes(chunk))
            {
                at += 8;
                continue;
            }
            let Some(&b) = bytes.get(at) else { break };
            let escape: Option<&str> = match b {
                b'"' => Some("\\\""),
                b'\\' => Some("\\\\"),
                b'\n' => Some("\\n"),
                b'\t' => Some("\\t"),
                b'\r' => Some("\\r"),
                0x08 => Some("\\b"),
                0x0c => Some("\\f"),
                _ => None,
            };
            let width = if b < 0x80 { 1 } else { utf8_width(b) };
            let special = escape.is_some()
                || b < 0x20
                || (may_start_escape(b)
                    && s.get(at..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(needs_escape));
            if special {
                self.0.push_str(s.get(copied..at).unwrap_or_default());
                match escape {
                    Some(escape) => self.0.push_str(escape),
                    None => {
                        let c = s.get(at..).and_then(|rest| rest.chars().next());
                        let mut units = [0u16; 2];
                        for unit in c.unwrap_or_default().encode_utf16(&mut units) {
                            let _ = write!(self.0, "\\u{unit:04x}");
                        }
                    }
                }
                copied = at + width;
            }
            at += width;
        }
        self.0.push_str(s.get(copied..).unwrap_or_default());
        self.0.push('"');
    }

    /// A list, each item written by `item`.
    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.0.push('[');
        for (n, value) in items.iter().enumerate() {
            if n > 0 {
                self.0.push(',');
            }
            item(self, value);
        }
        self.0.push(']');
    }

    /// A span's keys, inside an object whose other keys follow.
    fn span_keys(&mut self, span: Span) {
        self.raw("\"start\":");
        self.uint(span.start());
        self.raw(",\"end\":");
        self.uint(span.end());
    }

    fn span(&mut self, span: Span) {
        self.raw("{");
        self.span_keys(span);
        self.raw("}");
    }

    fn document(&mut self, doc: &Document<'_>) {
        self.raw("{\"path\":");
        self.str(&doc.path);
        self.raw(",\"format\":\"");
        self.raw(doc.format.name());
        self.raw("\",\"title\":");
        self.str(doc.title);
        let fields = [
            (",\"kicker\":", doc.kicker),
            (",\"byline\":", doc.byline),
            (",\"date\":", doc.date),
            (",\"source\":", doc.source),
            (",\"language\":", doc.language),
            (",\"url\":", doc.url),
            (",\"encoding\":", doc.encoding),
        ];
        for (key, value) in fields {
            self.raw(key);
            self.opt_str(value);
        }
        self.raw(",\"text\":");
        self.str(doc.text);
        self.raw(",\"paragraphs\":");
        self.list(doc.paragraphs, |out, &span| out.span(span));
        self.raw(",\"sentences\":");
        self.list(doc.sentences, |out, &span| out.span(span));
        self.raw(",\"sections\":");
        self.list(doc.sections, Self::section);
        self.raw(",\"entities\":");
        self.list(doc.entities, Self::entity);
        self.raw(",\"claims\":");
        self.list(doc.claims, Self::claim);
        self.raw("}");
    }

    fn section(&mut self, section: &Section) {
        self.raw("{\"title\":");
        self.str(&section.title);
        self.raw(",\"generated\":");
        self.boolean(section.generated);
        self.raw(",");
        self.span_keys(section.span);
        self.raw("}");
    }

    fn entity(&mut self, entity: &Entity) {
        self.raw("{\"id\":");
        self.uint(entity.id);
        self.raw(",\"kind\":\"");
        self.raw(entity_kind_name(entity.kind));
        self.raw("\",\"name\":");
        self.str(&entity.name);
        self.raw(",\"key\":");
        self.str(&entity.key);
        self.raw(",\"aliases\":");
        self.list(&entity.aliases, |out, alias| out.str(alias));
        self.raw(",\"role\":");
        self.opt_str(entity.role.as_deref());
        self.raw(",\"mentions\":");
        self.list(&entity.mentions, |out, mention| {
            out.raw("{");
            out.span_keys(mention.span);
            out.raw(",\"text\":");
            out.str(&mention.text);
            out.raw("}");
        });
        self.raw(",\"salience\":");
        self.float(entity.salience);
        self.raw("}");
    }

    fn claim(&mut self, claim: &Claim) {
        self.raw("{\"id\":");
        self.uint(claim.id);
        self.raw(",\"kind\":\"");
        self.raw(claim_kind_name(claim.kind));
        self.raw("\",\"speaker\":");
        match &claim.speaker {
            Some(speaker) => self.speaker(speaker),
            None => self.raw("null"),
        }
        self.raw(",\"cue\":");
        match &claim.cue {
            Some(cue) => self.cue(cue),
            None => self.raw("null"),
        }
        self.raw(",\"content\":");
        self.span(claim.content);
        self.raw(",\"sentence\":");
        self.span(claim.sentence);
        self.raw(",\"section\":");
        self.uint(claim.section);
        self.raw(",\"about\":");
        self.list(&claim.about, |out, &id| out.uint(id));
        self.raw(",\"score\":");
        self.float(claim.score);
        self.raw(",\"hedged\":");
        self.boolean(claim.hedged);
        self.raw("}");
    }

    fn speaker(&mut self, speaker: &Speaker) {
        self.raw("{");
        self.span_keys(speaker.span);
        self.raw(",\"text\":");
        self.str(&speaker.text);
        self.raw(",\"entity\":");
        match speaker.entity {
            Some(id) => self.uint(id),
            None => self.raw("null"),
        }
        self.raw(",\"name\":");
        self.opt_str(speaker.name.as_deref());
        self.raw("}");
    }

    fn cue(&mut self, cue: &Cue) {
        self.raw("{");
        self.span_keys(cue.span);
        self.raw(",\"text\":");
        self.str(&cue.text);
        self.raw("}");
    }
}

/// Whether eight bytes are all printable ASCII with no quote or backslash: nothing in them
/// is escaped. (Standard word-at-a-time tests: a byte below 0x20, a byte with the top bit,
/// a byte equal to `"`, `\` or DEL.)
fn plain_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let special = below_space
        | (word & HIGH)
        | has_zero(word ^ (ONES * u64::from(b'"')))
        | has_zero(word ^ (ONES * u64::from(b'\\')))
        | has_zero(word ^ (ONES * 0x7f));
    special == 0
}

/// How many bytes the UTF-8 character led by `lead` takes.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

fn entity_kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Group => "group",
    }
}

fn claim_kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quote => "quote",
        ClaimKind::Reported => "reported",
        ClaimKind::Belief => "belief",
        ClaimKind::Assertion => "assertion",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::escape_invisible;

    /// What serde_json and `escape_invisible` make of a string.
    fn by_serde(s: &str) -> String {
        escape_invisible(serde_json::to_string(s).unwrap_or_default())
    }

    fn by_hand(s: &str) -> String {
        let mut out = Line(String::new());
        out.str(s);
        out.0
    }

    /// Every string of up to three of the characters that are escaped, or border on the
    /// eight-byte runs, at every offset in a run of plain letters, and 20,000 random strings
    /// of them, come out as serde_json and `escape_invisible` write them.
    #[test]
    fn strings_are_escaped_as_serde_json_and_escape_invisible_escape_them() {
        let tricky = [
            '"',
            '\\',
            '\n',
            '\t',
            '\r',
            '\u{8}',
            '\u{c}',
            '\u{0}',
            '\u{1b}',
            '\u{1f}',
            ' ',
            '~',
            '\u{7f}',
            '\u{80}',
            '\u{9b}',
            '\u{a0}',
            '\u{ad}',
            'é',
            '\u{61c}',
            '\u{200b}',
            '\u{200e}',
            '\u{2028}',
            '\u{202e}',
            '\u{2066}',
            '“',
            '…',
            '\u{feff}',
            '\u{fff9}',
            '日',
            '😀',
            '\u{e0001}',
            'a',
        ];
        for a in tricky {
            for b in tricky {
                for c in tricky {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(by_hand(&s), by_serde(&s), "{s:?}");
                }
            }
            for at in 0..20 {
                let s = format!("{}{a}{}", "x".repeat(at), "y".repeat(at % 9));
                assert_eq!(by_hand(&s), by_serde(&s), "{s:?}");
            }
        }
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for n in 0..(seed % 40) {
                let pick = (seed >> (n % 50)) as usize;
                if pick.is_multiple_of(3) {
                    s.push_str("plain text");
                } else {
                    s.push(tricky[pick % tricky.len()]);
                }
            }
            assert_eq!(by_hand(&s), by_serde(&s), "{s:?}");
        }
    }

    /// Numbers as serde_json writes them: floats by the same formatter, and a float that is
    /// not finite as `null`.
    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for x in [
            0.0_f32,
            1.0,
            0.5,
            0.333_333_34,
            1e-7,
            123_456.79,
            f32::MAX,
            -0.25,
        ] {
            let mut out = Line(String::new());
            out.float(x);
            assert_eq!(out.0, serde_json::to_string(&x).unwrap_or_default());
        }
        let mut out = Line(String::new());
        out.float(f32::NAN);
        out.uint(usize::MAX);
        assert_eq!(out.0, format!("null{}", usize::MAX));
    }
}
