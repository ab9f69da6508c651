//! Claims across a library: everything one person said, over many articles, in the order a
//! reader follows a story (article date, then position in the article).

use super::Claim;
use crate::analysis::Analysis;
use crate::article::Article;

/// A calendar date as (year, month, day), which sorts in time order.
pub type Date = (i32, u32, u32);

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
        let date = article.date.as_deref().and_then(parse_date);
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

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date as (year, month, day) from the forms sources use: "2025-12-15", "15 December 2025",
/// "December 15, 2025", "Dec. 15 2025".
pub fn parse_date(date: &str) -> Option<Date> {
    let parts: Vec<&str> = date
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let number = |p: &str| p.parse::<u32>().ok();
    let month = |p: &str| {
        let lower = p.to_lowercase();
        MONTHS
            .iter()
            .position(|m| lower.starts_with(m))
            .map(|i| i as u32 + 1)
    };
    match parts.as_slice() {
        [y, m, d, ..] if y.len() == 4 => {
            let (y, m, d) = (number(y)?, number(m)?, number(d)?);
            valid(y, m, d)
        }
        [d, m, y, ..] if month(m).is_some() && y.len() == 4 => {
            valid(number(y)?, month(m)?, number(d)?)
        }
        [m, d, y, ..] if month(m).is_some() && y.len() == 4 => {
            valid(number(y)?, month(m)?, number(d)?)
        }
        _ => None,
    }
}

fn valid(y: u32, m: u32, d: u32) -> Option<Date> {
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| (i32::try_from(y).ok(), m, d))
        .and_then(|(y, m, d)| y.map(|y| (y, m, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms_parse() {
        assert_eq!(parse_date("2025-12-15"), Some((2025, 12, 15)));
        assert_eq!(parse_date("15 December 2025"), Some((2025, 12, 15)));
        assert_eq!(parse_date("Dec. 15, 2025"), Some((2025, 12, 15)));
        assert_eq!(parse_date("soon"), None);
    }
}
