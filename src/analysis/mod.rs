//! The analysis of one article: sentences, sections, entities and claims, all as spans into the
//! article's text.
//!
//! Nothing here touches a terminal; everything the reader shows comes from an [`Analysis`],
//! and `lede analyze` prints the same values.

pub mod claims;
pub mod entities;
pub mod lexicon;
pub mod sections;
pub mod sentences;
pub mod tokens;

pub use claims::{Claim, ClaimKind, Cue, Speaker};
pub use entities::{Entity, EntityId, EntityKind, Mention};
pub use sections::Section;

use serde::Serialize;

use crate::article::Article;
use crate::span::Span;

/// Everything lede knows about one article beyond its text.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Analysis {
    /// Sentences in text order; none crosses a paragraph boundary.
    pub sentences: Vec<Span>,
    /// Sections in text order, covering the body.
    pub sections: Vec<Section>,
    /// People, organisations, places and groups, each with all its mentions.
    pub entities: Vec<Entity>,
    /// Attributed statements and the strongest unattributed assertions.
    pub claims: Vec<Claim>,
}

/// Analyses one article.
pub fn analyze(article: &Article) -> Analysis {
    let sentences = sentences::split_article(article);
    let entities = entities::recognize(article, &sentences);
    let sections = sections::segment(article, &sentences, &entities);
    let claims = claims::extract(article, &sentences, &sections, &entities);
    Analysis {
        sentences,
        sections,
        entities,
        claims,
    }
}
