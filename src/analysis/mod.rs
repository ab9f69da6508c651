//! The analysis of one article: sentences, sections, entities and claims, all as spans into the
//! article's text.
//!
//! Nothing here touches a terminal; everything the reader shows comes from an [`Analysis`],
//! and `lede analyze` prints the same values.

pub mod claims;
pub mod entities;
pub mod fast_hash;
pub mod language;
pub mod lexicon;
pub mod mention_index;
pub mod sections;
pub mod sentences;
pub mod tokens;
pub mod user;
pub mod words;

pub use claims::{Claim, ClaimKind, Cue, Speaker};
pub use entities::{Entity, EntityId, EntityKind, Mention};
pub use sections::Section;

use std::sync::atomic::{AtomicUsize, Ordering};

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
    /// The article's language (ISO 639-3, "eng", "fra") when the text says it clearly. Names
    /// and claims are looked for in English text only.
    pub language: Option<&'static str>,
}

/// Analyses one article: in English, everything; in another language, its sentences and
/// sections only.
pub fn analyze(article: &Article) -> Analysis {
    let language = language::detect(article);
    let sentences = sentences::split_article(article);
    // English rules on French text would list "Le" and "Elle" as people.
    let english = language::is_english(language);
    let entities = if english {
        entities::recognize_with(article, &sentences, &user::words().names)
    } else {
        Vec::new()
    };
    let sections = sections::segment(article, &sentences, &entities);
    let claims = if english {
        claims::extract_with(article, &sentences, &sections, &entities, user::cues())
    } else {
        Vec::new()
    };
    Analysis {
        sentences,
        sections,
        entities,
        claims,
        language,
    }
}

/// Analyses a whole library on every core, keeping the articles' order: opening a folder of
/// articles should cost the time of the longest share, not of the sum. A person named by
/// surname alone gets the key of the library's one full name with that surname.
pub fn analyze_library(articles: Vec<Article>) -> Vec<(Article, Analysis)> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(articles.len());
    let mut analyses: Vec<Option<Analysis>> = Vec::new();
    analyses.resize_with(articles.len(), || None);
    if workers > 1 {
        let next = AtomicUsize::new(0);
        let finished: Vec<(usize, Analysis)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(article) = articles.get(index) else {
                                break done;
                            };
                            done.push((index, analyze(article)));
                        }
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|handle| {
                    handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        for (index, analysis) in finished {
            if let Some(slot) = analyses.get_mut(index) {
                *slot = Some(analysis);
            }
        }
    }
    let mut library: Vec<(Article, Analysis)> = articles
        .into_iter()
        .zip(analyses)
        .map(|(article, analysis)| {
            let analysis = analysis.unwrap_or_else(|| analyze(&article));
            (article, analysis)
        })
        .collect();
    let mut lists: Vec<&mut [Entity]> = library
        .iter_mut()
        .map(|(_, analysis)| analysis.entities.as_mut_slice())
        .collect();
    entities::share_keys(&mut lists);
    library
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_is_analysed_in_order_as_one_by_one() {
        let library = crate::article::embedded_library();
        let one_by_one: Vec<_> = library.iter().map(analyze).collect();
        let together = analyze_library(library);
        assert_eq!(together.len(), one_by_one.len());
        for ((article, analysis), expected) in together.iter().zip(&one_by_one) {
            assert_eq!(
                analysis.sentences,
                expected.sentences,
                "{}",
                article.path.display()
            );
            assert_eq!(analysis.claims.len(), expected.claims.len());
            assert_eq!(analysis.entities.len(), expected.entities.len());
        }
    }
}
