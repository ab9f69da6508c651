//! Sections: the source's own headings, or topical groups of paragraphs with a generated title.
//!
//! An article with headings is cut at each heading; paragraphs before the first one form a
//! leading section. An article without headings is cut where the vocabulary of neighbouring
//! paragraphs changes (`tiling`), and each part gets a short title from its most salient
//! names and terms (`titles`). The kicker and the title are never inside a section.

mod lexicon;
mod terms;
mod tiling;
mod titles;
mod vocabulary;

use std::ops::Range;

use serde::Serialize;

use super::entities::Entity;
use crate::article::Article;
use crate::span::Span;

// Sections hash every word and term of the article: a fast hash, and a fixed one that keeps
// float sums in one order from run to run.
use super::fast_hash::{FastMap, FastSet};

/// A run of body paragraphs the outline can jump to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// The heading's words, or a short title made from the section's salient names and terms.
    pub title: String,
    /// Whether lede made the title up rather than the source.
    pub generated: bool,
    /// From the section's first paragraph (or heading) to the end of its last paragraph.
    #[serde(flatten)]
    pub span: Span,
}

/// Splits the body into sections, in text order and without overlap: one per heading when the
/// source has headings, else topical groups of paragraphs.
pub fn segment(article: &Article, sentences: &[Span], entities: &[Entity]) -> Vec<Section> {
    let text = &article.text;
    let paragraphs = &article.paragraphs;
    let terms = terms::collect(text, paragraphs, sentences);
    let mut headings: Vec<Span> = article.headings.iter().map(|h| h.span).collect();
    headings.sort();
    let heading_titles: Vec<String> = headings.iter().map(|h| clean(h.slice(text))).collect();
    let mut titler = titles::Titler::new(
        text,
        &article.title,
        sentences,
        &terms,
        entities,
        heading_titles.iter().map(String::as_str),
    );

    let mut sections = Vec::new();
    let mut generated = |range: Range<usize>, heading: Option<(Span, &str)>| {
        let body = paragraphs
            .get(range.clone())
            .and_then(|ps| Some(ps.first()?.cover(*ps.last()?)));
        let span = match (heading, body) {
            (Some((h, _)), Some(body)) => h.cover(body),
            (Some((h, _)), None) => h,
            (None, Some(body)) => body,
            (None, None) => return,
        };
        let (title, generated) = match heading {
            Some((_, words)) if !words.is_empty() => (words.to_string(), false),
            _ => (titler.title(range, span), true),
        };
        sections.push(Section {
            title,
            generated,
            span,
        });
    };

    if headings.is_empty() {
        let mut start = 0;
        for end in tiling::boundaries(&terms)
            .into_iter()
            .chain([paragraphs.len()])
        {
            generated(start..end, None);
            start = end;
        }
        return sections;
    }

    // Paragraphs are in text order: each heading takes those up to the next heading.
    let mut next = paragraphs
        .iter()
        .take_while(|p| headings.first().is_some_and(|h| p.end() <= h.start()))
        .count();
    generated(0..next, None);
    for (i, heading) in headings.iter().enumerate() {
        let limit = headings.get(i + 1).map_or(usize::MAX, |h| h.start());
        let start = next.max(
            next + paragraphs
                .get(next..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.start() < heading.end())
                .count(),
        );
        next = start
            + paragraphs
                .get(start..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.end() <= limit)
                .count();
        let words = heading_titles.get(i).map_or("", String::as_str);
        generated(start..next, Some((*heading, words)));
    }
    sections
}

/// A heading's words on one line.
fn clean(heading: &str) -> String {
    heading.split_whitespace().collect::<Vec<_>>().join(" ")
}
