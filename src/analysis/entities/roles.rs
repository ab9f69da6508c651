//! Roles around a name: the role phrase before it ("German Chancellor Friedrich Merz", "his
//! chief negotiator Rustem Umerov") and the one in an apposition after it ("Ann Lee, the head
//! librarian"). A role is not part of the name; it becomes the person's `role`.

use super::sentence::Sentence;
use crate::analysis::lexicon::{Lexicon, TitleKind};

/// The role phrase before the name at word `a`: the capitalised role found inside the run
/// (`inside` = its first and end word), extended left over lower-case titles, modifiers,
/// nationalities and countries. Returns its byte range.
pub fn role_before(
    text: &str,
    sentence: &Sentence,
    a: usize,
    inside_start: Option<usize>,
    inside_end: Option<usize>,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    let words = &sentence.words;
    let (mut start, end) = match (inside_start, inside_end) {
        (Some(s), Some(e)) => (s, e),
        _ => {
            // The word right before the run must be a role ("envoy", "President").
            let prev = a.checked_sub(1)?;
            let w = words.get(prev)?;
            if !w.is_word || w.possessive || lex.title(w.text(text)) != Some(TitleKind::Role) {
                return None;
            }
            (prev, prev + 1)
        }
    };
    while let Some(prev) = start.checked_sub(1) {
        let w = &words[prev];
        if !w.is_word || w.possessive {
            break;
        }
        let k = sentence.key(text, prev);
        let fits = sentence
            .title(text, prev, lex)
            .is_some_and(|t| t != TitleKind::Honorific)
            || (w.is_capitalised() && (lex.demonym(&k).is_some() || lex.place(&k).is_some()));
        if !fits {
            break;
        }
        start = prev;
    }
    Some((words.get(start)?.start, words.get(end - 1)?.end))
}

/// A role in an apposition after a name: "Ann Lee, the head librarian", "Rustem Umerov,
/// Ukraine’s chief negotiator". Returns its byte range.
pub fn role_after(text: &str, sentence: &Sentence, last: usize) -> Option<(usize, usize)> {
    let lex = Lexicon::get();
    let words = &sentence.words;
    if words.get(last.checked_sub(1)?)?.possessive || words.get(last)?.text(text) != "," {
        return None;
    }
    let mut i = last + 1;
    if words.get(i).is_some_and(|w| {
        matches!(
            w.text(text),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        )
    }) {
        i += 1;
    }
    let start = i;
    let mut end = None;
    while let Some(w) = words.get(i).filter(|w| w.is_word) {
        let k = sentence.key(text, i);
        match sentence.title(text, i, lex) {
            Some(TitleKind::Role) => end = Some(i),
            Some(TitleKind::Modifier) => {}
            _ if w.is_capitalised() && (lex.demonym(&k).is_some() || lex.place(&k).is_some()) => {}
            _ => break,
        }
        i += 1;
    }
    let end = end?;
    // "Jared Kushner, the son in law of …": kinship is not a role worth showing.
    if KIN_ROLES.contains(&words.get(end)?.text(text)) {
        return None;
    }
    Some((words.get(start)?.start, words.get(end)?.end))
}

/// Kinship words, roles before a name ("his wife Melania") but not in apposition.
const KIN_ROLES: &[&str] = &[
    "son", "daughter", "wife", "husband", "widow", "brother", "sister", "father", "mother",
];
