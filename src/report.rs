//! What `lede analyze` prints: one document per article, in JSON, JSON lines, RON or text.
//!
//! The JSON shape is a contract with scripts and with the evaluation in `shared/eval`; see
//! `docs/analysis-format.md`.

use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::{Analysis, Claim, Entity, EntityKind, Section};
use crate::article::{Article, Format};
use crate::sanitize::{is_invisible_format, sanitize};
use crate::span::Span;

mod jsonl;

/// The output formats of `lede analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One pretty-printed JSON array of documents.
    Json,
    /// One JSON document per line.
    Jsonl,
    /// Rust Object Notation, pretty-printed.
    Ron,
    /// A readable summary for a person.
    Text,
}

/// One analysed article as printed: the article's fields beside its analysis.
#[derive(Serialize)]
pub struct Document<'a> {
    path: String,
    format: Format,
    title: &'a str,
    kicker: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    source: Option<&'a str>,
    language: Option<&'a str>,
    url: Option<&'a str>,
    encoding: Option<&'a str>,
    text: &'a str,
    paragraphs: &'a [Span],
    sentences: &'a [Span],
    sections: &'a [Section],
    entities: &'a [Entity],
    claims: &'a [Claim],
}

impl<'a> Document<'a> {
    /// Pairs an article with its analysis for printing.
    pub fn new(article: &'a Article, analysis: &'a Analysis) -> Document<'a> {
        Document {
            path: article.path.display().to_string(),
            format: article.format,
            title: &article.title,
            kicker: article.kicker.as_deref(),
            byline: article.byline.as_deref(),
            date: article.date.as_deref(),
            source: article.source.as_deref(),
            language: analysis.language,
            url: article.url.as_deref(),
            encoding: article.encoding.as_deref(),
            text: &article.text,
            paragraphs: &article.paragraphs,
            sentences: &analysis.sentences,
            sections: &analysis.sections,
            entities: &analysis.entities,
            claims: &analysis.claims,
        }
    }
}

/// What to tell a reader about an article that is not in English: its language, and that
/// names and claims were not looked for. The reader's status line says the same.
pub fn language_note(language: Option<&str>) -> Option<String> {
    language
        .filter(|&code| !crate::analysis::language::is_english(Some(code)))
        .map(|code| {
            format!(
                "{} text: names and claims are found in English only",
                crate::analysis::language::name(code)
            )
        })
}

/// Renders documents in the chosen format.
///
/// JSON escapes C0 controls itself; DEL, the C1 controls and the invisible format characters
/// (bidirectional controls, zero-width characters) are escaped here too, so printing an
/// article's text to a terminal can never send it a control sequence or reorder a line. RON
/// escapes all of them already, and the text summary replaces controls with placeholders.
pub fn render(documents: &[Document<'_>], format: OutputFormat) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => escape_invisible(serde_json::to_string_pretty(documents)? + "\n"),
        OutputFormat::Jsonl => documents.iter().map(jsonl::line).collect(),
        OutputFormat::Ron => {
            ron::ser::to_string_pretty(documents, ron::ser::PrettyConfig::default())? + "\n"
        }
        OutputFormat::Text => documents.iter().map(summary).collect::<Vec<_>>().join("\n"),
    })
}

/// What starts the output of documents written one at a time ([`render_item`]), so
/// `lede analyze` can print a library without holding it all; a stream holds at least one.
pub fn render_start(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Json => "[\n",
        _ => "",
    }
}

/// One document of a stream, exactly as it stands in [`render`]'s output of all of them:
/// `first` says whether it is the first. RON cannot be streamed this way (its pretty
/// printer lays out the whole list), so it is rendered alone, as a one-item list would be.
pub fn render_item(
    doc: &Document<'_>,
    format: OutputFormat,
    first: bool,
) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => {
            let mut out = String::from(if first { "" } else { ",\n" });
            for (n, line) in serde_json::to_string_pretty(doc)?.lines().enumerate() {
                if n > 0 {
                    out.push('\n');
                }
                out.push_str("  ");
                out.push_str(line);
            }
            escape_invisible(out)
        }
        OutputFormat::Jsonl => jsonl::line(doc),
        OutputFormat::Ron => render(std::slice::from_ref(doc), format)?,
        OutputFormat::Text => {
            let summary = summary(doc);
            if first {
                summary
            } else {
                format!("\n{summary}")
            }
        }
    })
}

/// What ends the output of documents written one at a time (a stream holds at least one).
pub fn render_end(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Json => "\n]\n",
        _ => "",
    }
}

/// Whether serialised JSON must write a character as a `\u` escape: DEL and the C1 controls,
/// which serde_json leaves raw, and the invisible format characters, bidirectional controls
/// among them, which would reorder or hide text in a terminal or pager.
fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Whether a byte of serialised JSON may start a character of [`needs_escape`]: the UTF-8
/// lead bytes of DEL, the C1 controls and the invisible format characters, and the C0
/// controls but the newline between documents.
fn may_start_escape(b: u8) -> bool {
    matches!(
        b,
        0x7f | 0xc2 | 0xd8 | 0xdb | 0xdc | 0xe0 | 0xe1 | 0xe2 | 0xef | 0xf0 | 0xf3
    ) || (b < 0x20 && b != b'\n')
}

/// The characters of `json` that [`escape_invisible`] writes as escapes, with their offsets,
/// looked for at the bytes of [`may_start_escape`] only: the JSON of a library is megabytes of
/// text, and a check of every character was a tenth of `lede analyze`'s time. Runs of 32
/// bytes of printable ASCII and newlines, most of any JSON, are passed over whole (a check
/// the compiler does many bytes at a time).
fn escapes(json: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    const RUN: usize = 32;
    json.as_bytes()
        .chunks(RUN)
        .enumerate()
        .filter(|(_, chunk)| {
            !chunk.iter().fold(true, |plain, &b| {
                plain & ((0x20..0x7f).contains(&b) | (b == b'\n'))
            })
        })
        .flat_map(|(run, chunk)| {
            chunk
                .iter()
                .enumerate()
                .filter(|&(_, &b)| may_start_escape(b))
                .map(move |(i, _)| run * RUN + i)
        })
        .filter_map(|at| {
            let c = json.get(at..)?.chars().next()?;
            needs_escape(c).then_some((at, c))
        })
}

/// Writes the characters of [`needs_escape`] in serialised JSON as `\u` escapes (a surrogate
/// pair above U+FFFF). Outside strings JSON is ASCII, so every such character is inside a
/// string and the escape keeps its value: the parsed text is unchanged. The text between
/// them is copied in runs, not character by character.
pub fn escape_invisible(json: String) -> String {
    if escapes(&json).next().is_none() {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    let mut copied = 0;
    for (at, c) in escapes(&json) {
        out.push_str(json.get(copied..at).unwrap_or_default());
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{unit:04x}");
        }
        copied = at + c.len_utf8();
    }
    out.push_str(json.get(copied..).unwrap_or_default());
    out
}

/// Text from an article made safe to print on one line of a terminal (see
/// [`crate::sanitize`]), cut to `max` chars.
fn clean(text: &str, max: usize) -> String {
    let safe = sanitize(text);
    match safe.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &safe[..at]),
        None => safe.into_owned(),
    }
}

/// Longest field shown on one line of the text summary.
const MAX_FIELD_CHARS: usize = 200;
/// Longest claim content shown in the text summary.
const MAX_CLAIM_CHARS: usize = 160;

/// "1 section", "3 sections".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A person-readable summary of one document.
fn summary(doc: &Document<'_>) -> String {
    let mut out = String::new();
    let text = doc.text;
    let format = match doc.format {
        Format::Text => "plain text",
        Format::Markdown => "Markdown",
        Format::Html => "HTML page",
        Format::Feed => "feed entry",
    };
    let _ = writeln!(out, "{} ({format})", clean(&doc.path, MAX_FIELD_CHARS));
    if let Some(kicker) = doc.kicker {
        let _ = writeln!(out, "  {}", clean(kicker, MAX_FIELD_CHARS).to_uppercase());
    }
    let _ = writeln!(out, "  {}", clean(doc.title, MAX_FIELD_CHARS));
    let meta: Vec<String> = [
        doc.byline
            .map(|b| format!("by {}", clean(b, MAX_FIELD_CHARS))),
        doc.date.map(|d| clean(d, MAX_FIELD_CHARS)),
        doc.source.map(|s| clean(s, MAX_FIELD_CHARS)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "  {}", meta.join(" · "));
    }
    if let Some(url) = doc.url {
        let _ = writeln!(out, "  {}", clean(url, MAX_FIELD_CHARS));
    }
    if let Some(encoding) = doc.encoding {
        let _ = writeln!(out, "  decoded from {}", clean(encoding, MAX_FIELD_CHARS));
    }
    let _ = writeln!(
        out,
        "  {}, {}, {}, {}, {}",
        count(doc.paragraphs.len(), "paragraph", "paragraphs"),
        count(doc.sentences.len(), "sentence", "sentences"),
        count(doc.sections.len(), "section", "sections"),
        count(doc.entities.len(), "entity", "entities"),
        count(doc.claims.len(), "claim", "claims"),
    );
    if let Some(note) = language_note(doc.language) {
        let _ = writeln!(out, "  {note}");
    }

    if !doc.sections.is_empty() {
        let _ = writeln!(out, "\n  Sections");
    }
    for (n, section) in doc.sections.iter().enumerate() {
        let inside: Vec<usize> = (0..doc.paragraphs.len())
            .filter(|&i| {
                doc.paragraphs
                    .get(i)
                    .is_some_and(|p| section.span.contains(*p))
            })
            .collect();
        let paragraphs = match (inside.first(), inside.last()) {
            (Some(a), Some(b)) if a == b => format!("¶{}", a + 1),
            (Some(a), Some(b)) => format!("¶{}–{}", a + 1, b + 1),
            _ => String::new(),
        };
        let mark = if section.generated { ", generated" } else { "" };
        let _ = writeln!(
            out,
            "    {}. {} ({paragraphs}{mark})",
            n + 1,
            clean(&section.title, MAX_FIELD_CHARS)
        );
    }

    let kinds = [
        (EntityKind::Person, "People"),
        (EntityKind::Organization, "Organisations"),
        (EntityKind::Place, "Places"),
        (EntityKind::Group, "Groups"),
    ];
    for (kind, label) in kinds {
        let names: Vec<String> = doc
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| format!("{} ({})", clean(&e.name, MAX_FIELD_CHARS), e.mentions.len()))
            .collect();
        if !names.is_empty() {
            let _ = writeln!(out, "\n  {label}: {}", names.join(", "));
        }
    }

    if !doc.claims.is_empty() {
        let _ = writeln!(out, "\n  Claims");
    }
    for claim in doc.claims {
        let who = claim
            .speaker
            .as_ref()
            .map(|s| s.name.as_deref().unwrap_or(&s.text))
            .unwrap_or("(unattributed)");
        let cue = claim.cue.as_ref().map_or("asserts", |c| c.text.as_str());
        let mut tags = vec![format!("{:?}", claim.kind).to_lowercase()];
        if claim.hedged {
            tags.push("hedged".to_string());
        }
        let _ = writeln!(
            out,
            "    - {} {}: {} [{}]",
            clean(who, MAX_FIELD_CHARS),
            clean(cue, MAX_FIELD_CHARS),
            clean(claim.content.slice(text), MAX_CLAIM_CHARS),
            tags.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{ClaimKind, Cue, Mention, Speaker};
    use crate::article::from_source;
    use std::path::PathBuf;

    #[test]
    fn documents_written_one_at_a_time_read_as_all_at_once() {
        let library = crate::analysis::analyze_library(crate::article::embedded_library());
        let documents: Vec<Document<'_>> =
            library.iter().map(|(a, x)| Document::new(a, x)).collect();
        for format in [OutputFormat::Json, OutputFormat::Jsonl, OutputFormat::Text] {
            for docs in [&documents[..1], &documents[..]] {
                let mut streamed = render_start(format).to_string();
                for (n, doc) in docs.iter().enumerate() {
                    streamed += &render_item(doc, format, n == 0).unwrap();
                }
                streamed += render_end(format);
                assert_eq!(streamed, render(docs, format).unwrap(), "{format:?}");
            }
        }
    }

    /// An analysis with one entity and one claim, as the later stages will fill it.
    fn filled(article: &Article) -> Analysis {
        let text = &article.text;
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            Span::new(text, start, start + needle.len()).unwrap()
        };
        let mut analysis = crate::analysis::analyze(article);
        analysis.entities = vec![Entity {
            id: 0,
            kind: EntityKind::Person,
            name: "Ann Lee".into(),
            key: "person:ann lee".into(),
            aliases: vec!["Lee".into()],
            role: Some("Mayor".into()),
            mentions: vec![Mention {
                span: at("Ann Lee"),
                text: "Ann Lee".into(),
            }],
            salience: 0.9,
        }];
        analysis.claims = vec![Claim {
            id: 0,
            kind: ClaimKind::Quote,
            speaker: Some(Speaker {
                span: at("Ann Lee"),
                text: "Ann Lee".into(),
                entity: Some(0),
                name: Some("Ann Lee".into()),
            }),
            cue: Some(Cue {
                span: at("said"),
                text: "said".into(),
            }),
            content: at("We will rebuild\u{9b}2J"),
            sentence: at("Mayor Ann Lee said"),
            section: 0,
            about: vec![],
            score: 0.8,
            hedged: false,
        }];
        analysis
    }

    fn sample() -> Article {
        from_source(
            PathBuf::from("n.txt"),
            "Storm Hits\n\nMayor Ann Lee said: \"We will rebuild\u{9b}2J.\"\n".to_string(),
        )
    }

    /// The JSON lines written by hand are byte for byte serde_json's followed by
    /// `escape_invisible`, on the samples, on every fixture article of the tests (pages,
    /// feeds, legacy charsets) and on a filled analysis whose text holds a C1 control.
    #[test]
    fn json_lines_are_what_serde_json_writes_escaped() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut articles, _) = crate::article::load_paths(&[
            root.join("tests/fixtures"),
            root.join("assets/articles"),
        ]);
        articles.extend(crate::article::embedded_library());
        assert!(
            articles.len() > 20,
            "only {} fixture articles",
            articles.len()
        );
        let mut analysed: Vec<(Article, Analysis)> = articles
            .into_iter()
            .map(|article| {
                let analysis = crate::analysis::analyze(&article);
                (article, analysis)
            })
            .collect();
        let article = sample();
        let analysis = filled(&article);
        analysed.push((article, analysis));
        for (article, analysis) in &analysed {
            let doc = Document::new(article, analysis);
            let by_serde = escape_invisible(serde_json::to_string(&doc).unwrap() + "\n");
            assert_eq!(jsonl::line(&doc), by_serde, "{}", article.path.display());
        }
    }

    #[test]
    fn json_keeps_the_contract_keys_and_escapes_c1_controls() {
        let article = sample();
        let analysis = filled(&article);
        let out = render(&[Document::new(&article, &analysis)], OutputFormat::Jsonl).unwrap();
        assert!(!out.contains('\u{9b}'), "raw C1 control in {out}");
        let value: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(
            value["text"],
            article.text.as_str(),
            "escaping keeps the value"
        );
        let mention = &value["entities"][0]["mentions"][0];
        assert_eq!(mention["start"], 18);
        assert_eq!(mention["end"], 25);
        assert_eq!(value["claims"][0]["speaker"]["start"], 18);
        assert_eq!(value["claims"][0]["cue"]["text"], "said");
        assert_eq!(value["claims"][0]["content"]["end"], 52);
    }

    #[test]
    fn invisible_characters_are_escaped_wherever_they_fall_in_the_json() {
        // Plain ASCII runs are passed over whole: the character must be found at every
        // offset, on either side of a run's edge and across it.
        for hidden in ['\u{202e}', '\u{85}', '\u{7f}', '\u{1b}', '\u{e0001}'] {
            for at in 0..80 {
                let text = format!("{}{hidden}{}", "a".repeat(at), "b".repeat(40));
                let json = serde_json::to_string(&text).unwrap_or_default() + "\n";
                let escaped = escape_invisible(json);
                assert!(!escaped.contains(hidden), "{hidden:?} at {at}");
                let back: String = serde_json::from_str(escaped.trim_end()).unwrap_or_default();
                assert_eq!(back, text, "{hidden:?} at {at}");
            }
        }
        // Several in one document, beside characters beyond ASCII that stay as they are.
        let text = "Zoë’s \u{200b}note\u{7f}: “fine”\u{2066}, \u{85}end…\u{e0001}".repeat(3);
        let escaped = escape_invisible(serde_json::to_string(&text).unwrap_or_default());
        assert!(
            escaped.contains("Zoë’s \\u200bnote\\u007f: “fine”\\u2066, \\u0085end…\\udb40\\udc01")
        );
        let back: String = serde_json::from_str(&escaped).unwrap_or_default();
        assert_eq!(back, text);
        let plain = "{\"text\":\"Ministers met on Tuesday.\"}\n".repeat(5);
        assert_eq!(escape_invisible(plain.clone()), plain);
    }

    #[test]
    fn ron_output_parses_back() {
        let article = sample();
        let analysis = filled(&article);
        let out = render(&[Document::new(&article, &analysis)], OutputFormat::Ron).unwrap();
        let value: ron::Value = ron::from_str(&out).unwrap();
        assert!(
            matches!(value, ron::Value::Seq(ref docs) if docs.len() == 1),
            "{out}"
        );
        assert!(out.contains("\"Ann Lee\""));
    }

    #[test]
    fn text_summary_is_readable_and_terminal_safe() {
        let article = sample();
        let analysis = filled(&article);
        let out = render(&[Document::new(&article, &analysis)], OutputFormat::Text).unwrap();
        assert!(out.contains("Storm Hits"), "{out}");
        assert!(out.contains("People: Ann Lee (1)"), "{out}");
        assert!(out.contains("Ann Lee said: We will rebuild"), "{out}");
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    }
}
