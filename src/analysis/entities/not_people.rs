//! Names whose context says they are no one, whatever the word lists say of their words. Real
//! pages put capitals where no name is: a pronoun capitalised after a quotation inside a
//! sentence ("‘Give us a week.’ They said …"), a device or a car after a possessive ("your Miro
//! Dot", "its electric Vantara Corsa"), the first word of an interview's label ("Q: Favorite
//! books?"). A list of surnames knows "Favorite" and a list of given names knows "Dot", so only
//! the context can tell.

use super::candidates::Candidate;
use super::sentence::Sentence;
use super::words::Shape;
use crate::analysis::lexicon::{Lexicon, first_word, has_space, last_word, split_last, with_lower};
use crate::analysis::words;

/// Possessive determiners: what one owns after them is a thing ("your Miro Dot"), a person
/// only with a word of kin or a role between ("his wife Mara", "their coach Ilic").
fn is_possessive_determiner(word: &str) -> bool {
    matches!(
        word,
        "my" | "your" | "his" | "her" | "its" | "our" | "their"
    )
}

/// How many lower-case words may stand between the possessive and the name ("its electric
/// Vantara Corsa", "your new smart Miro Dot").
const WORDS_BETWEEN: usize = 2;

/// Whether a lower-case word between a possessive and a name describes the thing ("its
/// electric Vantara Corsa", "your new Miro Dot") rather than naming what the person is to the
/// owner ("his postdoc Jakob", "my dear Watson"): a few words of age and order, and the
/// endings of adjectives.
fn describes(word: &str) -> bool {
    matches!(
        word,
        "new" | "newest" | "latest" | "old" | "first" | "next" | "last" | "little"
    ) || [
        "ic", "al", "ous", "ive", "ful", "able", "ible", "less", "est",
    ]
    .iter()
    .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Whether a one-word name is a closed-class word (a pronoun, a determiner, a preposition)
/// that only its place in a quotation capitalised: "They", "We", "Those".
/// A contraction ("Ain't", "Don't") is never a name either; letters in capitals are an
/// acronym whatever they spell ("US", "WHO").
pub fn closed_class(key: &str, lex: &Lexicon) -> bool {
    // Asked of every name: the letters are read only for the few function words.
    let acronym = || {
        key.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    !has_space(key) && (lex.function_word(key) || key.ends_with("n't")) && !acronym()
}

/// The weight under which a given name is too rare to carry a name on its own ("Echo",
/// "Mac", "Many" are in the lists at 0.001–0.005 % of the census; "Pat" and "Gerard" at 0.04).
const WEAK_GIVEN_NAME: f32 = 0.02;

/// The rarest SCOWL level of an English word still read as an everyday word: 35 takes in
/// "buds" and "equities", 40 and 50 hold surnames such as "Macron" and "Shanks".
const EVERYDAY_LEVEL: u8 = 35;

/// Whether a word, in any case, is an everyday English word (SCOWL level up to
/// [`EVERYDAY_LEVEL`]): "Prosecution", "Move"; not "San" or "Macron".
pub fn everyday_word(word: &str, lex: &Lexicon) -> bool {
    with_lower(word, |lower| {
        lex.common_level(lower)
            .is_some_and(|level| level <= EVERYDAY_LEVEL)
    })
}

/// Whether a name ends in an everyday English word that no surname list knows, after words
/// that do not make a person's name: a product ("Sonos Move", "Mac Pro"), a phrase of a
/// headline ("Many Ways"), an event ("Design Week"), an office ("Ranking Member"). A person's
/// surname that is also a word ("Cook", "Green", "Swift") is in the surname lists; one that is
/// not ("Jobs", "Pique") follows a given name of some weight, which keeps a two-word name. A
/// longer name ending so is a company or a heading ("Koros Design", "Industrial Average").
/// A title or an honorific before the name ("Mr. Dorn Able") says person whatever it ends in.
pub fn ends_in_everyday_word(c: &Candidate, key: &str, lex: &Lexicon) -> bool {
    if c.title.is_some() || c.honorific.is_some() || c.role.is_some() {
        return false;
    }
    let (first, last) = (first_word(key), last_word(key));
    let count = key.bytes().filter(|&b| b == b' ').count() + 1;
    // "Mac OS X", "Sterling GBP": letters in capitals are an acronym, not a word; after a
    // particle ("de la Tour") the word is a surname.
    let after_particle = split_last(key).is_some_and(|(before, _)| lex.particle(last_word(before)));
    if count < 2
        || after_particle
        || !last.chars().next().is_some_and(char::is_uppercase)
        || last.chars().skip(1).any(char::is_uppercase)
        || lex.surname(last).is_some()
    {
        return false;
    }
    everyday_word(last, lex)
        && (count > 2 || lex.given_name(first).is_none_or(|w| w < WEAK_GIVEN_NAME))
}

/// Whether a person the evidence found is a thing by its context: a device after a
/// possessive, a label's first word.
pub fn context_says_thing(
    text: &str,
    sentence: &Sentence,
    c: &Candidate,
    key: &str,
    lex: &Lexicon,
) -> bool {
    owned_thing(text, sentence, c, lex) || after_interview_label(text, sentence, c, key, lex)
}

/// Whether a name stands after a possessive determiner with at most a few describing words
/// between, none of them kin or a role: "your Miro Dot", "its electric Vantara Corsa", but
/// not "his wife Mara" or "their new coach Ilic".
fn owned_thing(text: &str, sentence: &Sentence, c: &Candidate, lex: &Lexicon) -> bool {
    if c.title.is_some() || c.role.is_some() || c.honorific.is_some() {
        return false;
    }
    let words = &sentence.words;
    for back in 1..=WORDS_BETWEEN + 1 {
        let Some(w) = c.first.checked_sub(back).and_then(|i| words.get(i)) else {
            return false;
        };
        let word = w.text(text);
        if w.shape != Shape::Lower || !w.is_word || w.possessive {
            return false;
        }
        if is_possessive_determiner(word) {
            return true;
        }
        if !describes(word) {
            return false;
        }
        if words::is_kin(word)
            || words::is_shared_role(word)
            || words::is_team_member(word)
            || lex.title(word).is_some()
        {
            return false;
        }
    }
    false
}

/// Whether a one-word name opens the question or answer of an interview's label ("Q: Favorite
/// books?", "A: Trips to the coast"): a label's first word is capitalised for the label, and an
/// interview addresses no one by a bare word. A given name stays a name ("Q: Marta, why …").
fn after_interview_label(
    text: &str,
    sentence: &Sentence,
    c: &Candidate,
    key: &str,
    lex: &Lexicon,
) -> bool {
    let words = &sentence.words;
    c.first == 2
        && c.last == 3
        && c.title.is_none()
        && matches!(words[0].text(text), "Q" | "A")
        && words[1].text(text) == ":"
        && lex.given_name(key).is_none()
}

/// Whether a name of several words is the label that opens its sentence before a colon
/// ("Harbour Watch: the ferry runs again …"): a segment's or a column's name. Only asked of
/// names nothing but their shape makes people; a speaker's label in a transcript is a given
/// name and a surname, which the lists know.
pub fn label_before_colon(text: &str, sentence: &Sentence, c: &Candidate) -> bool {
    c.first == 0
        && c.last - c.first >= 2
        && c.title.is_none()
        && sentence
            .words
            .get(c.last)
            .is_some_and(|w| w.text(text) == ":")
}
