//! What `lede analyze` prints: one document per article, in JSON, JSON lines, RON or text.
//!
//! The JSON shape is a contract with scripts and with the evaluation in `shared/eval`; see
//! `docs/analysis-format.md`.

use std::fmt::Write as _;

use serde::Serialize;

use crate::analysis::{Analysis, Claim, Entity, Section};
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
pub fn render(documents: &[Document<'_>], format: OutputFormat) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => serde_json::to_string_pretty(documents)? + "\n",
        OutputFormat::Jsonl => {
            let mut out = String::new();
            for doc in documents {
                out += &serde_json::to_string(doc)?;
                out.push('\n');
            }
            out
        }
        OutputFormat::Ron => {
            ron::ser::to_string_pretty(documents, ron::ser::PrettyConfig::default())? + "\n"
        }
        OutputFormat::Text => documents.iter().map(summary).collect::<Vec<_>>().join("\n"),
    })
}

/// A person-readable summary of one document.
fn summary(doc: &Document<'_>) -> String {
    let mut out = String::new();
    let text = doc.text;
    let _ = writeln!(out, "{}", doc.path);
    if let Some(kicker) = doc.kicker {
        let _ = writeln!(out, "  {}", kicker.to_uppercase());
    }
    let _ = writeln!(out, "  {}", doc.title);
    for (label, value) in [
        ("by", doc.byline),
        ("date", doc.date),
        ("source", doc.source),
    ] {
        if let Some(value) = value {
            let _ = writeln!(out, "  {label}: {value}");
        }
    }
    let _ = writeln!(
        out,
        "  {} paragraphs, {} sentences, {} sections, {} entities, {} claims",
        doc.paragraphs.len(),
        doc.sentences.len(),
        doc.sections.len(),
        doc.entities.len(),
        doc.claims.len()
    );
    let _ = writeln!(out, "  Sections:");
    for section in doc.sections {
        let mark = if section.generated {
            " (generated)"
        } else {
            ""
        };
        let _ = writeln!(out, "    - {}{mark}", section.title);
    }
    if !doc.entities.is_empty() {
        let _ = writeln!(out, "  Entities:");
        for entity in doc.entities {
            let kind = serde_json::to_value(entity.kind).unwrap_or_default();
            let _ = writeln!(
                out,
                "    - {} [{}] ×{}",
                entity.name,
                kind.as_str().unwrap_or("?"),
                entity.mentions.len()
            );
        }
    }
    if !doc.claims.is_empty() {
        let _ = writeln!(out, "  Claims:");
        for claim in doc.claims {
            let who = claim
                .speaker
                .as_ref()
                .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()))
                .unwrap_or_else(|| "(unattributed)".to_string());
            let cue = claim.cue.as_ref().map_or("asserts", |c| c.text.as_str());
            let _ = writeln!(out, "    - {who} {cue}: {}", claim.content.slice(text));
        }
    }
    out
}
