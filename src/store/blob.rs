//! The stored form of an article and its analysis: postcard bytes behind a one-byte format
//! version, without the text (kept in its own column for the full-text index) and without the
//! path (the row's key).
//!
//! Decoding never trusts the bytes: a database can be edited by hand or damaged, so every
//! span is checked against the text (inside it, on char boundaries), every entity, section
//! and claim reference against the lists it points into, and every score for being a number.
//! Anything wrong gives `None`, and the caller analyses the article afresh.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::analysis::{
    self, Analysis, Claim, ClaimKind, Cue, Entity, EntityKind, Mention, Speaker,
};
use crate::article::{Article, Format, Heading};
use crate::span::Span;

/// Bumped whenever the layout below changes; older blobs are then stale.
const BLOB_VERSION: u8 = 1;

/// A span as stored: start and end byte offsets, checked on decoding.
type Range = (usize, usize);

#[derive(Serialize, Deserialize)]
struct Stored {
    format: Format,
    title: String,
    title_span: Option<Range>,
    kicker: Option<String>,
    kicker_span: Option<Range>,
    byline: Option<String>,
    byline_span: Option<Range>,
    date: Option<String>,
    date_span: Option<Range>,
    source: Option<String>,
    paragraphs: Vec<Range>,
    headings: Vec<(Range, u8)>,
    encoding: Option<String>,
    url: Option<String>,
    sentences: Vec<Range>,
    sections: Vec<(String, bool, Range)>,
    entities: Vec<StoredEntity>,
    claims: Vec<StoredClaim>,
    language: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntity {
    kind: EntityKind,
    name: String,
    key: String,
    aliases: Vec<String>,
    role: Option<String>,
    mentions: Vec<(Range, String)>,
    salience: f32,
}

#[derive(Serialize, Deserialize)]
struct StoredClaim {
    kind: ClaimKind,
    /// Span, words, entity, name.
    speaker: Option<(Range, String, Option<usize>, Option<String>)>,
    cue: Option<(Range, String)>,
    content: Range,
    sentence: Range,
    section: usize,
    about: Vec<usize>,
    score: f32,
    hedged: bool,
}

fn range(span: Span) -> Range {
    (span.start(), span.end())
}

/// Encodes an article and its analysis (text and path apart).
pub fn encode(article: &Article, analysis: &Analysis) -> Vec<u8> {
    let stored = Stored {
        format: article.format,
        title: article.title.clone(),
        title_span: article.title_span.map(range),
        kicker: article.kicker.clone(),
        kicker_span: article.kicker_span.map(range),
        byline: article.byline.clone(),
        byline_span: article.byline_span.map(range),
        date: article.date.clone(),
        date_span: article.date_span.map(range),
        source: article.source.clone(),
        paragraphs: article.paragraphs.iter().copied().map(range).collect(),
        headings: article
            .headings
            .iter()
            .map(|h| (range(h.span), h.level))
            .collect(),
        encoding: article.encoding.clone(),
        url: article.url.clone(),
        sentences: analysis.sentences.iter().copied().map(range).collect(),
        sections: analysis
            .sections
            .iter()
            .map(|s| (s.title.clone(), s.generated, range(s.span)))
            .collect(),
        entities: analysis
            .entities
            .iter()
            .map(|e| StoredEntity {
                kind: e.kind,
                name: e.name.clone(),
                key: e.key.clone(),
                aliases: e.aliases.clone(),
                role: e.role.clone(),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| (range(m.span), m.text.clone()))
                    .collect(),
                salience: e.salience,
            })
            .collect(),
        claims: analysis
            .claims
            .iter()
            .map(|c| StoredClaim {
                kind: c.kind,
                speaker: c
                    .speaker
                    .as_ref()
                    .map(|s| (range(s.span), s.text.clone(), s.entity, s.name.clone())),
                cue: c.cue.as_ref().map(|q| (range(q.span), q.text.clone())),
                content: range(c.content),
                sentence: range(c.sentence),
                section: c.section,
                about: c.about.clone(),
                score: c.score,
                hedged: c.hedged,
            })
            .collect(),
        language: analysis.language.map(str::to_string),
    };
    let mut bytes = vec![BLOB_VERSION];
    // Encoding plain structs into a Vec cannot fail; an empty blob would decode as stale.
    if let Ok(body) = postcard::to_allocvec(&stored) {
        bytes.extend(body);
        bytes
    } else {
        Vec::new()
    }
}

/// Decodes a blob back into the article at `path` with `text`, or `None` when the blob is of
/// another layout, damaged, or points outside the text or its own lists.
pub fn decode(path: PathBuf, text: String, bytes: &[u8]) -> Option<(Article, Analysis)> {
    let (&version, body) = bytes.split_first()?;
    if version != BLOB_VERSION {
        return None;
    }
    let stored: Stored = postcard::from_bytes(body).ok()?;
    let span = |(start, end): Range| Span::new(&text, start, end);
    let opt = |r: Option<Range>| match r {
        Some(r) => span(r).map(Some),
        None => Some(None),
    };
    let spans = |list: &[Range]| list.iter().map(|&r| span(r)).collect::<Option<Vec<Span>>>();
    let entity_count = stored.entities.len();
    let section_count = stored.sections.len();
    let entity_ok = |id: usize| id < entity_count;

    let paragraphs = spans(&stored.paragraphs)?;
    let headings = stored
        .headings
        .iter()
        .map(|&(r, level)| span(r).map(|span| Heading { span, level }))
        .collect::<Option<Vec<_>>>()?;
    let sentences = spans(&stored.sentences)?;
    let sections = stored
        .sections
        .into_iter()
        .map(|(title, generated, r)| {
            span(r).map(|span| analysis::Section {
                title,
                generated,
                span,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let entities = stored
        .entities
        .into_iter()
        .enumerate()
        .map(|(id, e)| {
            let mentions = e
                .mentions
                .into_iter()
                .map(|(r, words)| span(r).map(|span| Mention { span, text: words }))
                .collect::<Option<Vec<_>>>()?;
            e.salience.is_finite().then_some(Entity {
                id,
                kind: e.kind,
                name: e.name,
                key: e.key,
                aliases: e.aliases,
                role: e.role,
                mentions,
                salience: e.salience,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let claims = stored
        .claims
        .into_iter()
        .enumerate()
        .map(|(id, c)| {
            let speaker = match c.speaker {
                Some((r, words, entity, name)) => {
                    if entity.is_some_and(|id| !entity_ok(id)) {
                        return None;
                    }
                    Some(Speaker {
                        span: span(r)?,
                        text: words,
                        entity,
                        name,
                    })
                }
                None => None,
            };
            let cue = match c.cue {
                Some((r, words)) => Some(Cue {
                    span: span(r)?,
                    text: words,
                }),
                None => None,
            };
            let sound = c.about.iter().all(|&id| entity_ok(id))
                && (c.section < section_count || section_count == 0)
                && c.score.is_finite();
            sound.then_some(())?;
            Some(Claim {
                id,
                kind: c.kind,
                speaker,
                cue,
                content: span(c.content)?,
                sentence: span(c.sentence)?,
                section: c.section,
                about: c.about,
                score: c.score,
                hedged: c.hedged,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let language = match stored.language {
        Some(code) => Some(static_language(&code)?),
        None => None,
    };
    let article = Article {
        path,
        format: stored.format,
        title: stored.title,
        title_span: opt(stored.title_span)?,
        kicker: stored.kicker,
        kicker_span: opt(stored.kicker_span)?,
        byline: stored.byline,
        byline_span: opt(stored.byline_span)?,
        date: stored.date,
        date_span: opt(stored.date_span)?,
        source: stored.source,
        paragraphs,
        headings,
        encoding: stored.encoding,
        url: stored.url,
        text,
    };
    let analysis = Analysis {
        sentences,
        sections,
        entities,
        claims,
        language,
    };
    Some((article, analysis))
}

/// The analysis's own name for a language code (the analysis keeps `&'static str` codes):
/// only the codes the language detector can give.
fn static_language(code: &str) -> Option<&'static str> {
    whatlang::Lang::from_code(code).map(|lang| lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Article, Analysis) {
        let article = crate::article::embedded_library()
            .into_iter()
            .find(|a| a.path.ends_with("clinic-quotes.txt"))
            .expect("sample");
        let analysis = analysis::analyze(&article);
        (article, analysis)
    }

    #[test]
    fn an_article_and_its_analysis_round_trip() {
        let (article, analysis) = sample();
        let bytes = encode(&article, &analysis);
        let (back, again) = decode(article.path.clone(), article.text.clone(), &bytes).unwrap();
        assert_eq!(back.title, article.title);
        assert_eq!(back.paragraphs, article.paragraphs);
        assert_eq!(again.sentences, analysis.sentences);
        assert_eq!(again.entities, analysis.entities);
        assert_eq!(again.claims, analysis.claims);
        assert_eq!(again.sections, analysis.sections);
        assert_eq!(again.language, analysis.language);
        assert!(!again.claims.is_empty(), "the sample has claims to check");
    }

    #[test]
    fn a_blob_against_another_text_or_damaged_is_refused() {
        let (article, analysis) = sample();
        let bytes = encode(&article, &analysis);
        assert!(decode(article.path.clone(), "short".into(), &bytes).is_none());
        // Two-byte characters everywhere: every odd offset splits one.
        let mut same_length = "é".repeat(article.text.len() / 2);
        same_length.push_str(&"x".repeat(article.text.len() % 2));
        assert!(decode(article.path.clone(), same_length, &bytes).is_none());
        for n in [1, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(article.path.clone(), article.text.clone(), &bytes[..n]).is_none());
        }
        let mut other = bytes.clone();
        other[0] = BLOB_VERSION + 1;
        assert!(decode(article.path.clone(), article.text.clone(), &other).is_none());
    }
}
