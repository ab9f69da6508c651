//! Hedging: whether a claim's content is modalised ("could", "may", "reportedly"), so the
//! reader can tell a firm statement from a possibility.

use super::lexicon::HEDGES;
use crate::span::Span;

/// Whether the words of `content` in `text` carry a hedge.
pub fn is_hedged(text: &str, content: Span) -> bool {
    content
        .slice(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| HEDGES.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modal_words_hedge_and_plain_statements_do_not() {
        let text = "Kyiv could be willing. Nato requires approval.";
        assert!(is_hedged(text, Span::new(text, 0, 22).unwrap()));
        assert!(!is_hedged(text, Span::new(text, 23, text.len()).unwrap()));
    }
}
