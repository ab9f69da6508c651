//! Unattributed assertions: the statements an article makes in its own voice that a reader may
//! want to check (numbers, comparisons, causes, facts about named things), ranked so that only
//! the strongest, at most one per paragraph, are kept.

use super::view::{Sentence, Tok};
use crate::analysis::tokens::TokenKind;
use crate::span::Span;

/// The lowest score an assertion needs to be shown.
const THRESHOLD: f32 = 0.45;

/// An assertion candidate: the clause, its sentence and its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assertion {
    /// The clause asserted.
    pub content: Span,
    /// The sentence it stands in.
    pub sentence: Span,
    /// How check-worthy it is, 0–1.
    pub score: f32,
}

/// The strongest assertion of one paragraph, if any clears the threshold. `sentences` are the
/// paragraph's sentences that hold no attribution; `mentions` are entity mention spans, sorted.
pub fn best_in_paragraph(sentences: &[&Sentence], mentions: &[Span]) -> Option<Assertion> {
    sentences
        .iter()
        .filter(|s| s.in_body)
        .flat_map(|s| clauses(s).into_iter().map(move |c| (s, c)))
        .filter_map(|(s, (a, b))| {
            let score = score(&s.toks[a..b], mentions);
            let content = s.toks.get(a)?.span.cover(s.toks.get(b - 1)?.span);
            Some(Assertion {
                content,
                sentence: s.span,
                score,
            })
        })
        .filter(|a| a.score >= THRESHOLD)
        .max_by(|x, y| x.score.total_cmp(&y.score))
}

/// The clauses of a sentence as token ranges: split at ", and", ", but" and ";", without an
/// opening connective ("However,") or the final stop. Questions and quotes give none.
fn clauses(s: &Sentence) -> Vec<(usize, usize)> {
    let toks = &s.toks;
    if toks.iter().any(|t| t.mark || t.quoted || t.is("?")) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..=toks.len() {
        let boundary = k == toks.len()
            || toks[k].is(";")
            || (toks[k].is(",")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_ref(), "and" | "but" | "while")));
        if !boundary {
            continue;
        }
        let mut a = start;
        // "However, …": drop an opening connective and its comma.
        if toks.get(a + 1).is_some_and(|t| t.is(","))
            && toks.get(a).is_some_and(|t| {
                t.is_word()
                    && (t.lower.ends_with("ever") || t.lower == "still" || t.lower == "meanwhile")
            })
        {
            a += 2;
        }
        while toks
            .get(a)
            .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "but" | "while" | "," | ";"))
        {
            a += 1;
        }
        let mut b = k;
        while b > a && matches!(toks[b - 1].text, "." | "," | ";" | "!") {
            b -= 1;
        }
        let words = toks
            .get(a..b)
            .map_or(0, |c| c.iter().filter(|t| t.is_word()).count());
        if words >= 6 {
            out.push((a, b));
        } else if let Some(last) = out.last_mut().filter(|l| l.1 + 3 >= a && a < b) {
            // A short tail ("…, Russia, and the wider community") ends a list, not a clause.
            last.1 = b;
        }
        start = k + 1;
    }
    out
}

fn score(toks: &[Tok], mentions: &[Span]) -> f32 {
    use super::lexicon::{
        C_COMPARISONS, C_DETERMINERS, C_HEDGES, C_NP_BREAKERS, C_QUANTITIES, C_RELATIONS,
    };
    // What the score counts, read in one pass over the tokens rather than one pass each.
    let (mut numbers, mut currency, mut comparison, mut relation) = (false, false, false, false);
    let (mut hedge, mut first_person, mut words, mut capitalised) = (false, false, 0, 0);
    for t in toks {
        numbers |= t.kind == TokenKind::Number;
        currency |= matches!(t.text, "%" | "€" | "$" | "£");
        if !t.is_word() {
            continue;
        }
        words += 1;
        numbers |= t.in_class(C_QUANTITIES) && t.lower != "per";
        comparison |= t.in_class(C_COMPARISONS) || t.lower.ends_with("est") && t.lower.len() > 6;
        relation |= t.in_class(C_RELATIONS);
        hedge |= t.in_class(C_HEDGES);
        first_person |= matches!(t.lower.as_ref(), "i" | "we" | "you" | "our" | "my");
        capitalised += usize::from(t.cap && !t.in_class(C_DETERMINERS | C_NP_BREAKERS));
    }
    let mut score = 0.1_f32;
    if numbers {
        score += 0.3;
    }
    if currency {
        score += 0.1;
    }
    if comparison {
        score += 0.15;
    }
    if relation {
        score += 0.25;
    }
    let named = if mentions.is_empty() {
        capitalised
    } else {
        let span = toks
            .first()
            .map(|t| t.span)
            .zip(toks.last().map(|t| t.span));
        span.map_or(0, |(a, b)| {
            let clause = a.cover(b);
            let from = mentions.partition_point(|m| m.start() < clause.start());
            mentions
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|m| m.start() <= clause.end())
                .filter(|m| clause.contains(**m))
                .count()
        })
    };
    score += 0.1 * named.min(3) as f32;
    if hedge {
        score -= 0.2;
    }
    if first_person {
        score -= 0.3;
    }
    if words > 45 {
        score -= 0.1;
    }
    score.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::view;

    fn best(text: &str) -> Option<String> {
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        best_in_paragraph(&[&s], &[]).map(|a| a.content.slice(text).to_string())
    }

    #[test]
    fn checkable_clauses_win_and_filler_does_not() {
        assert_eq!(
            best("However, Nato membership requires unanimous approval from all alliance members, and some governments have been cautious about it for years.").as_deref(),
            Some("Nato membership requires unanimous approval from all alliance members")
        );
        assert_eq!(
            best("The talks come at a critical moment in the conflict."),
            None
        );
        assert!(best("Bed occupancy reached 98.2 per cent last week.").is_some());
    }
}
