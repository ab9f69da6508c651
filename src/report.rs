//! What `lede analyze` prints: one document per article, in JSON, JSON lines, RON or text.
//!
//! The JSON shape is a contract with scripts and with the evaluation in `shared/eval`; see
//! `docs/analysis-format.md`.

use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::{Analysis, Claim, Entity, EntityKind, Section};
use crate::article::{Article, Format};
use crate::span::Span;

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

/// Renders documents in the chosen format.
///
/// JSON escapes C0 controls itself; DEL and the C1 controls (U+007F–U+009F) are escaped here
/// too, so printing an article's text to a terminal can never send it a control sequence. RON
/// escapes every control character already, and the text summary replaces them.
pub fn render(documents: &[Document<'_>], format: OutputFormat) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => escape_c1(serde_json::to_string_pretty(documents)? + "\n"),
        OutputFormat::Jsonl => {
            let mut out = String::new();
            for doc in documents {
                out += &serde_json::to_string(doc)?;
                out.push('\n');
            }
            escape_c1(out)
        }
        OutputFormat::Ron => {
            ron::ser::to_string_pretty(documents, ron::ser::PrettyConfig::default())? + "\n"
        }
        OutputFormat::Text => documents.iter().map(summary).collect::<Vec<_>>().join("\n"),
    })
}

/// Replaces DEL and C1 control characters in serialised JSON by `\u` escapes. Outside strings
/// JSON is ASCII, so every such character is inside a string and the escape keeps its value.
fn escape_c1(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Text from an article made safe to print on a terminal: control characters and bidirectional
/// overrides become U+FFFD, line breaks and tabs become spaces, and it is cut to `max` chars.
fn clean(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        out.push(match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) => '\u{fffd}',
            c if ('\u{2066}'..='\u{2069}').contains(&c) => '\u{fffd}',
            c => c,
        });
    }
    out
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
