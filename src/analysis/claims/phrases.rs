//! Noun phrases found without a parser: walking left or right from a verb over the words that
//! can belong to a noun phrase, stopping at the closed-class words that cannot.

use super::lexicon::Form;
use super::view::Tok;
use crate::analysis::tokens::TokenKind;

/// Longest noun phrase the rules accept, in tokens.
const MAX_NP: usize = 10;

/// Whether a token can be the last word (head) of a noun phrase.
pub fn can_be_head(t: &Tok) -> bool {
    t.is_word()
        && !t.quoted
        && (t.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
            || (!t.in_class(super::lexicon::C_NP_BREAKERS)
                && !t.in_class(super::lexicon::C_DETERMINERS))
            || is_acronym(t))
}

/// Whether a token is an all-capitals abbreviation ("US", "UN"), never a function word.
fn is_acronym(t: &Tok) -> bool {
    t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Whether a punctuation token glues the words around it into one name ("U.S.", "al-Assad",
/// "workers'", "9/11").
pub(super) fn is_glue(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    if t.text == "/" {
        let number = |n: Option<&Tok>| n.is_some_and(|n| n.kind == TokenKind::Number);
        return !t.space_before
            && toks.get(k + 1).is_some_and(|n| !n.space_before)
            && number(k.checked_sub(1).and_then(|p| toks.get(p)))
            && number(toks.get(k + 1));
    }
    if !matches!(t.text, "-" | "." | "&" | "'" | "’") {
        return false;
    }
    let attached_left = !t.space_before;
    let attached_right = toks.get(k + 1).is_some_and(|n| !n.space_before);
    attached_left && (attached_right || matches!(t.text, "'" | "’" | "."))
}

/// Whether a preposition may join a noun phrase to the noun before it inside a source: the
/// common ones, and those that make the noun before them the subject ("the continuation of
/// talks into a second day suggests", "Executives across the region say").
fn joins_nouns(t: &Tok) -> bool {
    t.in_class(super::lexicon::C_NP_PREPOSITIONS)
        || (t.is_word()
            && matches!(
                t.lower.as_ref(),
                "into"
                    | "over"
                    | "against"
                    | "about"
                    | "between"
                    | "through"
                    | "across"
                    | "toward"
                    | "towards"
                    | "among"
            ))
}

/// Quantifiers that stand for a noun phrase of their own before a preposition ("Many in the
/// town say", "Some of the crew said", "One of the lawyers, Ana Ruiz, said").
fn is_quantifier_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "many"
            | "some"
            | "most"
            | "few"
            | "several"
            | "all"
            | "none"
            | "both"
            | "each"
            | "others"
            | "one"
            | "two"
            | "three"
    )
}

/// The noun phrase ending just before token `end`, not reaching before `floor`, as a token
/// range `start..end`.
pub fn np_left(toks: &[Tok], end: usize, floor: usize) -> Option<(usize, usize)> {
    // "Sen. Jane Roe (R-Ga.)": the name before a closing parenthesis.
    if toks.get(end.checked_sub(1)?)?.is(")") {
        let open = (end.saturating_sub(9)..end - 1)
            .rev()
            .find(|&j| toks[j].is("("))?;
        let (start, _) = np_left(toks, open, floor)?;
        return Some((start, end));
    }
    // "The F.T.B." : the final period of an abbreviation belongs to the name.
    if end >= 2
        && toks
            .get(end - 1)
            .is_some_and(|t| t.is(".") && !t.space_before)
        && toks.get(end - 2).is_some_and(|t| t.is_word() && t.cap)
    {
        let (start, _) = np_left(toks, end - 1, floor)?;
        return Some((start, end));
    }
    let head = toks.get(end.checked_sub(1)?)?;
    // "Those close to him", "many of whom": an object pronoun after a joining preposition
    // ends the phrase.
    let object_after_preposition = matches!(
        head.lower.as_ref(),
        "him" | "her" | "them" | "us" | "me" | "whom" | "which"
    ) && end >= floor + 3
        && toks.get(end - 2).is_some_and(joins_nouns);
    if end <= floor || !(can_be_head(head) || object_after_preposition) {
        return None;
    }
    if head.in_class(super::lexicon::C_SUBJECT_PRONOUNS) && !is_acronym(head) {
        return Some((end - 1, end));
    }
    let mut start = end - 1;
    while start > floor && end - start < MAX_NP {
        let k = start - 1;
        let t = &toks[k];
        if t.quoted || t.mark {
            break;
        }
        // A parenthesised aside inside a name: "Rep. Jane Roe (D-Wis.)".
        if t.is(")") {
            let open = (k.saturating_sub(8)..k).rev().find(|&j| toks[j].is("("));
            match open {
                Some(j) if j > floor => {
                    start = j;
                    continue;
                }
                _ => break,
            }
        }
        if t.is_word() {
            // "Papers obtained by our reporter": a passive participle and its agent describe
            // the noun before them.
            if t.lower == "by" && passive_agent(toks, k, floor) {
                start = k;
                continue;
            }
            if t.in_class(super::lexicon::C_DETERMINERS) {
                start = k;
                // "head of the caucus": a determiner after a joining preposition goes on.
                let joined = k > floor + 1
                    && toks.get(k - 1).is_some_and(|p| {
                        joins_nouns(p) || (p.lower == "by" && passive_agent(toks, k - 1, floor))
                    });
                if joined {
                    continue;
                }
                break;
            }
            if joins_nouns(t) {
                // A preposition joins two noun phrases only if a noun stands before it, or a
                // quantifier standing for one ("Many in the town", "Most of the crew").
                if k > floor
                    && toks.get(k - 1).is_some_and(|p| {
                        p.is_word() && (can_be_head(p) || is_quantifier_pronoun(&p.lower))
                    })
                {
                    start = k;
                    continue;
                }
                break;
            }
            // An attributing verb ends the phrase ("Ruiz cited harsh remarks"), unless it
            // describes the noun before it ("the chart shown above", "papers obtained by").
            if !t.cap
                && t.verb.is_some_and(|v| v.form != Form::Base)
                && !describes_noun(toks, k, floor)
            {
                break;
            }
            // "The 56-year-old said": a word inside a hyphenated compound breaks nothing.
            let in_compound = toks.get(k + 1).is_some_and(|g| g.is("-")) && is_glue(toks, k + 1);
            if (t.in_class(super::lexicon::C_NP_BREAKERS)
                || t.in_class(super::lexicon::C_SUBJECT_PRONOUNS))
                && !is_acronym(t)
                && !in_compound
            {
                break;
            }
            start = k;
        } else if is_glue(toks, k)
            || (t.kind == TokenKind::Number
                && (toks.get(k + 1).is_some_and(|n| n.is_word()) || is_glue(toks, k + 1)))
        {
            start = k;
        } else {
            break;
        }
    }
    // Never start on a preposition.
    while start < end
        && (toks[start].in_class(super::lexicon::C_NP_PREPOSITIONS) || toks[start].lower == "by")
    {
        start += 1;
    }
    (start < end).then_some((start, end))
}

/// Whether the "by" at token `by` names the agent of a passive participle that describes a
/// noun ("papers obtained by", "the man hit by"), so the phrase goes on past them.
fn passive_agent(toks: &[Tok], by: usize, floor: usize) -> bool {
    by > floor + 1
        && toks.get(by - 1).is_some_and(|p| {
            p.is_word()
                && !p.cap
                && ["ed", "en", "wn", "ht"]
                    .iter()
                    .any(|e| p.lower.ends_with(e))
        })
        && toks
            .get(by - 2)
            .is_some_and(|n| n.is_word() && can_be_head(n))
}

/// Whether the verb form at token `k` describes the noun before it as a past participle with
/// its place or agent after it ("the chart shown above", "the files obtained by").
fn describes_noun(toks: &[Tok], k: usize, floor: usize) -> bool {
    let next = toks.get(k + 1).map(|n| n.lower.as_ref());
    match next {
        Some("above" | "below") => {
            k > floor
                && toks
                    .get(k - 1)
                    .is_some_and(|p| p.is_word() && can_be_head(p))
        }
        Some("by") => passive_agent(toks, k + 1, floor),
        _ => false,
    }
}

/// The noun phrase starting at token `start`, as a token range, when it ends at a comma, the
/// sentence's end or a closing quote within `MAX_NP` tokens (an inverted source: "…, said the
/// minister.").
pub fn np_right_closed(toks: &[Tok], start: usize) -> Option<(usize, usize)> {
    let mut end = start;
    let mut words = 0;
    while let Some(t) = toks.get(end) {
        // "said Tom Reyes on Friday", "said the minister in a statement": a short adverbial
        // after a name closes the phrase.
        if end > start && adverbial_end(toks, end).is_some() {
            let last = &toks[end - 1];
            let determined = toks[start].in_class(super::lexicon::C_DETERMINERS);
            if last.is_word() && (last.cap || determined) {
                return Some((start, end));
            }
        }
        if t.is_word() {
            words += 1;
            if words > MAX_NP {
                return None;
            }
            // "said an adviser to the senator": "to" joins a noun to a named or determined
            // one; "wrote Jane Roe for the Harbour Times", "said Tom Reyes of Marlow": "for"
            // or "of" joins a name's outlet or place.
            let joining = end > start
                && toks[end - 1].is_word()
                && if toks[end - 1].cap {
                    matches!(t.lower.as_ref(), "for" | "of")
                } else {
                    t.lower == "to"
                }
                && toks.get(end + 1).is_some_and(|n| {
                    n.is_word() && (n.cap || n.in_class(super::lexicon::C_DETERMINERS))
                });
            let kept = is_acronym(t) || (t.cap && end == start) || joining;
            // "said a city official who was not authorized to speak": a relative clause
            // closes the phrase it describes.
            if t.lower == "who" && end > start && toks[end - 1].is_word() {
                break;
            }
            if t.in_class(super::lexicon::C_NP_BREAKERS) && !kept {
                return None;
            }
            // "…, said the records show …": an attributing verb inside makes a clause of it.
            if end > start
                && !t.cap
                && t.verb
                    .is_some_and(|v| matches!(v.form, Form::Third | Form::Past))
            {
                return None;
            }
            end += 1;
        } else if ((!t.is(".") || toks.get(end + 1).is_some_and(|n| n.is_word()))
            && is_glue(toks, end))
            || t.kind == TokenKind::Number
        {
            end += 1;
        } else if t.is("(") {
            // "Rep. Jane Roe (D-Ore.)"
            match toks[end..].iter().take(8).position(|t| t.is(")")) {
                Some(n) => end += n + 1,
                None => break,
            }
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    let closes = toks.get(end).is_none_or(|t| {
        matches!(t.text, "," | "." | ";" | "!" | "?" | ":") || t.mark || t.lower == "who"
    });
    let first = &toks[start];
    // "said flood widow Kim Okafor", "said 9/11 widow Jane Roe": a role before a name.
    let named_role = toks[end - 1].is_word()
        && toks[end - 1].cap
        && toks[start..end].iter().filter(|t| t.is_word()).count() >= 2;
    let looks_like_np = first.cap || first.in_class(super::lexicon::C_DETERMINERS) || named_role;
    (closes && looks_like_np).then_some((start, end))
}

/// Words that open an adverbial of time, place or channel after an inverted source.
const ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "via",
    "from",
    "through",
    "late",
    "earlier",
    "later",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Where a short adverbial ("on Friday", "in a statement to reporters") starting at token `k`
/// ends: at the sentence's end, a comma or a quote mark, with no verb in it.
pub fn adverbial_end(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if !t.is_word() || !super::lexicon::has(ADVERBIAL_OPENERS, &t.lower) {
        return None;
    }
    for (n, u) in toks.iter().enumerate().skip(k + 1) {
        if matches!(u.text, "," | "." | ";" | "!" | "?" | ":") || u.mark {
            return (n - k <= 8).then_some(n);
        }
        let verb_like = u.in_class(super::lexicon::C_BE | super::lexicon::C_AUXILIARIES)
            || matches!(u.lower.as_ref(), "that" | "who" | "which" | "and" | "but");
        if verb_like || n - k > 8 {
            return None;
        }
    }
    (toks.len() - k <= 8).then_some(toks.len())
}

/// Whether tokens `start..end` read as a noun phrase that could stand in apposition ("the
/// hospital's director", "president of the union").
pub fn is_np(toks: &[Tok], start: usize, end: usize) -> bool {
    end > start
        && end - start <= MAX_NP
        && np_left(toks, end, start).is_some_and(|(s, _)| s == start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::view;
    use crate::span::Span;

    fn np(text: &str, verb: &str) -> String {
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        let at = s.toks.iter().position(|t| t.text == verb).unwrap();
        let (a, b) = np_left(&s.toks, at, 0).unwrap();
        text[s.toks[a].span.start()..s.toks[b - 1].span.end()].to_string()
    }

    #[test]
    fn left_noun_phrases() {
        assert_eq!(
            np("Officials in Berlin have said so.", "have"),
            "Officials in Berlin"
        );
        assert_eq!(
            np(
                "Following the meeting, a US statement described it.",
                "described"
            ),
            "a US statement"
        );
        assert_eq!(
            np("The IMF's chief economist said so.", "said"),
            "The IMF's chief economist"
        );
        assert_eq!(np("Asked about it, he said no.", "said"), "he");
        assert_eq!(
            np("The talks failed because U.S. officials said no.", "said"),
            "U.S. officials"
        );
    }

    #[test]
    fn an_inverted_source_holds_no_attributing_verb() {
        let text = "In the end, said the report shows a gap.";
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        let at = s.toks.iter().position(|t| t.text == "said").unwrap();
        assert_eq!(np_right_closed(&s.toks, at + 1), None);
        let text = "“Yes,” said the harbour master.";
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        let at = s.toks.iter().position(|t| t.text == "said").unwrap();
        assert!(np_right_closed(&s.toks, at + 1).is_some());
    }
}
