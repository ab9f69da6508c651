//! Not claims: words on a page that look like speech or like a checkable statement but are
//! labels, page furniture or the absence of an answer — headlines and kickers with a colon,
//! reader call-outs ("Tell us what you think"), captions and credits, link lists, and "did not
//! respond to requests for comment".

use super::view::Sentence;

/// Verbs that open a reader call-out or a navigation line ("Sign up", "Read more").
const CALL_OUT_VERBS: &[&str] = &[
    "tell",
    "share",
    "sign",
    "subscribe",
    "follow",
    "click",
    "join",
    "read",
    "watch",
    "listen",
    "download",
    "send",
    "contact",
    "register",
    "see",
    "explore",
    "discover",
    "get",
];

/// Phrases that only page furniture holds.
pub(super) const FURNITURE_PHRASES: &[&str] = &[
    "newsletter",
    "click here",
    "sign up",
    "most read",
    "most popular",
    "most viewed",
    "related stories",
    "related articles",
    "read more",
    "advertisement",
    "all rights reserved",
    "let us know",
    "in the comments",
    "tell us what you think",
    "follow us",
];

/// Labels that open captions and credits ("Photo: …", "Source: …").
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "picture",
    "pictures",
    "video",
    "credit",
    "credits",
    "illustration",
    "graphic",
    "source",
    "sources",
    "caption",
    "file",
    "watch",
    "read",
    "more",
    "related",
    "listen",
    "see",
    "also",
    "update",
    "updated",
    "editor's note",
    "correction",
];

/// Sentences that only say someone would not or did not answer ("The ferry company declined
/// to comment", "… did not immediately respond to a request for comment").
pub(super) const NO_COMMENT_PHRASES: &[&str] = &[
    "declined to comment",
    "declined comment",
    "did not respond",
    "did not immediately respond",
    "has not responded",
    "have not responded",
    "did not return",
    "could not be reached",
    "request for comment",
    "requests for comment",
    "no immediate comment",
];

/// Whether a sentence is a reader call-out or page furniture (it has no word, opens with a
/// call-out verb or holds a furniture phrase) or a no-comment: neither is something the
/// article asserts about the story, so neither has a place among its assertions.
pub fn is_furniture_or_no_comment(s: &Sentence) -> bool {
    let Some(first) = s.toks.iter().find(|t| t.is_word()) else {
        return true;
    };
    if first.cap && super::lexicon::has(CALL_OUT_VERBS, &first.lower) {
        return true;
    }
    holds_phrase(
        s,
        &[
            (FURNITURE_PHRASES, super::lexicon::C_FURNITURE_FIRST),
            (NO_COMMENT_PHRASES, super::lexicon::C_NO_COMMENT_FIRST),
        ],
    )
}

/// Whether the sentence's words hold a phrase of one of `lists` (lowercase, words apart by
/// one space), each list with the class bit its phrases' first words have. The words'
/// lowercase text is built once for all the lists.
fn holds_phrase(s: &Sentence, lists: &[(&[&str], u32)]) -> bool {
    // Only a sentence holding a phrase's first word can hold the phrase: most hold none, and
    // are let through, by the class bits of all its words, without building their lowercase
    // text.
    if lists.iter().all(|&(_, first)| s.classes & first == 0) {
        return false;
    }
    // The words in lowercase, one space apart, built in one buffer.
    let mut lower = String::with_capacity(s.span.len());
    for (k, t) in s.toks.iter().filter(|t| t.is_word()).enumerate() {
        if k > 0 {
            lower.push(' ');
        }
        lower.push_str(&t.lower);
    }
    lists.iter().any(|&(phrases, first)| {
        s.classes & first != 0 && phrases.iter().any(|p| lower.contains(p))
    })
}

/// Whether a speaker label is a caption's or credit's ("Photo: …", "Source: …").
pub fn is_credit_label(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    super::lexicon::has(CREDIT_LABELS, &lower)
}

/// Whether a colon label heads a headline or kicker rather than someone's words: the line is
/// in title case or what follows the colon reads as headline shorthand ("Regulators: to Review
/// Rail Fares", "Analysis: …").
pub fn is_headline_label(s: &Sentence, content: &str) -> bool {
    let after = content.trim_start_matches(['“', '"', '‘', '\'']);
    let infinitive = after.split_whitespace().next() == Some("to");
    infinitive || s.title_case
}

/// Whether content says only that no answer came: "to requests for comment", "to comment",
/// "to comment on the report" (after "declined").
pub fn is_no_comment(content: &str) -> bool {
    // Counted before lowercasing: a long content is never one, and lowercasing every long
    // content made a sentence of many claims quadratic.
    if content.split_whitespace().nth(12).is_some() {
        return false;
    }
    // Every answer below holds "comment", which only ASCII letters lowercase to: content
    // without it in any case, most content, needs no lowercase copy.
    let holds_comment = content
        .as_bytes()
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"comment"));
    if !holds_comment {
        return false;
    }
    let lower = content.to_lowercase();
    lower.contains("for comment")
        || lower.contains("request for comment")
        || matches!(lower.trim(), "to comment" | "comment")
        || lower.trim_start().starts_with("to comment ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::view;
    use crate::span::Span;

    fn sentence(text: &str) -> view::Sentence<'_> {
        view::sentence(text, Span::whole(text), 0, true, &[])
    }

    #[test]
    fn call_outs_and_page_furniture_are_not_claims() {
        for line in [
            "Tell us what you think in the comments below.",
            "Sign up for our morning newsletter.",
            "Read more: the ten busiest stations in the region.",
            "Most read",
            "Share your stories of the flood with us.",
            "The ferry operator declined to comment on the timetable.",
            "Harbour officials did not immediately respond to a request for comment.",
        ] {
            assert!(is_furniture_or_no_comment(&sentence(line)), "{line}");
        }
        for line in [
            "The council spent 4 million on the bridge last year.",
            "Tenants said the lifts had been broken for a month.",
        ] {
            assert!(!is_furniture_or_no_comment(&sentence(line)), "{line}");
        }
    }

    #[test]
    fn captions_and_credits_are_labels() {
        assert!(is_credit_label("Photo"));
        assert!(is_credit_label("Source"));
        assert!(!is_credit_label("Mayor Okafor"));
    }

    #[test]
    fn headline_colons_are_labels() {
        let line = "Regulators: to Review Harbour Fees";
        assert!(is_headline_label(&sentence(line), "to Review Harbour Fees"));
        let line = "Okafor: we will reopen the bridge in May.";
        assert!(!is_headline_label(
            &sentence(line),
            "we will reopen the bridge in May"
        ));
    }

    #[test]
    fn requests_for_comment_carry_no_content() {
        assert!(is_no_comment("to requests for comment"));
        assert!(is_no_comment("to a request for comment on Friday"));
        assert!(!is_no_comment("that the harbour fees would rise"));
        assert!(!is_no_comment(
            "to questions about the fees, calling them fair"
        ));
    }
}
