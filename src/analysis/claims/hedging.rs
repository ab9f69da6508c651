//! Hedging: whether a claim's content is modalised ("could", "may", "reportedly"), so the
//! reader can tell a firm statement from a possibility.
//!
//! The hedges are found once per article, from the tokens' word classes, and each claim asks
//! by binary search whether one stands inside its content: reading every claim's words again
//! made a long sentence with many claims quadratic.

use super::lexicon::{self, C_HEDGES, HEDGES};
use super::view::{Sentence, Tok};
use crate::span::Span;

/// The hedge words of an article, in text order.
#[derive(Clone, Debug, Default)]
pub struct Hedges {
    words: Vec<Span>,
}

impl Hedges {
    /// Collects the hedge words of the sentences (which are in text order).
    pub fn new(sentences: &[Sentence]) -> Hedges {
        let words = sentences
            .iter()
            .flat_map(|s| s.toks.iter())
            .filter(|t| is_hedge(t))
            .map(|t| t.span)
            .collect();
        Hedges { words }
    }

    /// Whether a hedge word stands inside `content`.
    pub fn in_content(&self, content: Span) -> bool {
        // The words do not overlap, so the first one starting inside the content ends first.
        let first = self.words.partition_point(|w| w.start() < content.start());
        self.words
            .get(first)
            .is_some_and(|w| w.end() <= content.end())
    }
}

/// Whether a token is a hedge, or holds one between apostrophes or periods ("could've").
fn is_hedge(t: &Tok) -> bool {
    if !t.is_word() {
        return false;
    }
    if t.in_class(C_HEDGES) {
        return true;
    }
    !t.text.chars().all(char::is_alphabetic)
        && t.lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| lexicon::has(HEDGES, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::view;

    fn hedged(text: &str, content: Span) -> bool {
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        Hedges::new(&[s]).in_content(content)
    }

    #[test]
    fn modal_words_hedge_and_plain_statements_do_not() {
        let text = "Kyiv could be willing. Nato requires approval.";
        assert!(hedged(text, Span::new(text, 0, 22).unwrap()));
        assert!(!hedged(text, Span::new(text, 23, text.len()).unwrap()));
    }

    #[test]
    fn a_hedge_inside_a_contraction_counts_and_one_outside_the_content_does_not() {
        let text = "The dam could’ve held. Engineers say it Might fail. It held.";
        let span = |from: &str, to: &str| {
            let start = text.find(from).unwrap();
            Span::new(text, start, text.find(to).unwrap() + to.len()).unwrap()
        };
        assert!(hedged(text, span("The dam", "held.")));
        assert!(hedged(text, span("Engineers", "fail.")));
        // "Might" starts before this content, and "held" is no hedge.
        assert!(!hedged(text, span("ight fail", "It held.")));
        assert!(!hedged(text, span("It held", "It held.")));
    }
}
