//! Claims across a library: everything one person said, over many articles, in the order a
//! reader follows a story (article date, then position in the article).

use super::Claim;
use crate::analysis::Analysis;
use crate::article::{Article, Date};

/// One claim of a person, with the article it comes from.
#[derive(Clone, Copy, Debug)]
pub struct PersonClaim<'a> {
    /// The article the claim stands in.
    pub article: &'a Article,
    /// The claim itself; its spans index `article.text`.
    pub claim: &'a Claim,
}

/// All claims whose speaker is the entity with `key` (see `Entity::key`), ordered by article
/// date (undated articles last, then by path) and by position in the article.
pub fn claims_of_person<'a>(library: &'a [(Article, Analysis)], key: &str) -> Vec<PersonClaim<'a>> {
    let mut out: Vec<(Option<Date>, &'a Article, &'a Claim)> = Vec::new();
    for (article, analysis) in library {
        let date = article.published();
        for claim in &analysis.claims {
            let speaks = claim
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .and_then(|id| analysis.entities.iter().find(|e| e.id == id))
                .is_some_and(|e| e.key == key);
            if speaks {
                out.push((date, article, claim));
            }
        }
    }
    out.sort_by(|a, b| {
        let by_date = match (a.0, b.0) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        by_date
            .then_with(|| a.1.path.cmp(&b.1.path))
            .then_with(|| position(a.2).cmp(&position(b.2)))
    });
    out.into_iter()
        .map(|(_, article, claim)| PersonClaim { article, claim })
        .collect()
}

fn position(claim: &Claim) -> (usize, usize) {
    let at = claim
        .cue
        .as_ref()
        .map_or(claim.content.start(), |c| c.span.start());
    (claim.sentence.start(), at)
}
