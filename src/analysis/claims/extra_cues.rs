//! The user's own reporting verbs, added to the built-in list from the config file: a reader
//! of a beat with its own vocabulary ("chirruped" in a nature column, "ruled" in court
//! reporting) can make those verbs cues without rebuilding lede.

use super::lexicon::{self, Form, VerbClass, VerbForm};

/// Extra reporting verbs given by the user, each with its regular inflections. Empty by
/// default, when it costs one length check per word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraCues {
    /// Every accepted word form with its inflection, sorted by word for binary search.
    forms: Vec<(String, Form)>,
}

impl ExtraCues {
    /// The cues made from `lemmas` ("chirrup"): each lemma itself and its regular -s/-es,
    /// -ed/-d and -ing forms (with a doubled final consonant too, "blogged"), compared in
    /// lowercase. Blank entries and words that are not a single run of letters (with inner
    /// hyphens or apostrophes) are ignored, so a typo cannot make every token a cue.
    pub fn new(lemmas: &[String]) -> ExtraCues {
        let mut forms: Vec<(String, Form)> = Vec::new();
        for lemma in lemmas {
            let lemma = lemma.trim().to_lowercase();
            if !is_word(&lemma) {
                continue;
            }
            forms.push((lexicon::third(&lemma), Form::Third));
            forms.push((lexicon::past(&lemma), Form::Past));
            forms.push((lexicon::ing(&lemma), Form::Ing));
            if let Some(doubled) = doubled_stem(&lemma) {
                forms.push((format!("{doubled}ed"), Form::Past));
                forms.push((format!("{doubled}ing"), Form::Ing));
            }
            forms.push((lemma, Form::Base));
        }
        forms.sort_by(|a, b| a.0.cmp(&b.0));
        forms.dedup_by(|a, b| a.0 == b.0);
        ExtraCues { forms }
    }

    /// Whether no extra verb was given.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The verb form `lower` (a lowercase word) is, when it is one of the user's verbs: read
    /// like "say", a cue in any position its inflection allows.
    pub(super) fn verb(&self, lower: &str) -> Option<VerbForm> {
        if self.forms.is_empty() {
            return None;
        }
        let n = self
            .forms
            .binary_search_by(|(w, _)| w.as_str().cmp(lower))
            .ok()?;
        let (_, form) = self.forms.get(n)?;
        Some(VerbForm {
            class: VerbClass::Speech,
            form: *form,
            needs_clause: false,
            or_infinitive: false,
            takes_object: false,
            particles: &[],
            or_quote: false,
            object_as: false,
            noun_like: false,
        })
    }
}

/// Letters, with hyphens or apostrophes only between them.
fn is_word(w: &str) -> bool {
    let mut prev_letter = false;
    for c in w.chars() {
        if c.is_alphabetic() {
            prev_letter = true;
        } else if matches!(c, '-' | '\'' | '’') && prev_letter {
            prev_letter = false;
        } else {
            return false;
        }
    }
    prev_letter
}

/// The stem with its final consonant doubled, for a lemma ending consonant–vowel–consonant
/// ("blog" → "blogg"); `None` for other endings and for w, x and y, which never double.
fn doubled_stem(lemma: &str) -> Option<String> {
    let vowel = |c: char| "aeiou".contains(c);
    let mut rev = lemma.chars().rev();
    let (last, mid, first) = (rev.next()?, rev.next()?, rev.next()?);
    let doubles = last.is_ascii_alphabetic()
        && !vowel(last)
        && !"wxy".contains(last)
        && vowel(mid)
        && !vowel(first);
    doubles.then(|| format!("{lemma}{last}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(lemmas: &[&str]) -> ExtraCues {
        ExtraCues::new(&lemmas.iter().map(|l| l.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn a_lemma_brings_its_regular_forms() {
        let extra = cues(&["Chirrup", "blog", "opine"]);
        for (word, form) in [
            ("chirrup", Form::Base),
            ("chirrups", Form::Third),
            ("chirruped", Form::Past),
            ("chirrupped", Form::Past),
            ("chirruping", Form::Ing),
            ("blogged", Form::Past),
            ("blogging", Form::Ing),
            ("opines", Form::Third),
            ("opined", Form::Past),
            ("opining", Form::Ing),
        ] {
            assert_eq!(extra.verb(word).map(|v| v.form), Some(form), "{word}");
        }
        assert_eq!(extra.verb("chirp"), None);
        assert_eq!(
            extra.verb("Chirruped"),
            None,
            "callers pass lowercase words"
        );
    }

    #[test]
    fn empty_and_malformed_entries_add_nothing() {
        assert!(ExtraCues::default().is_empty());
        assert!(cues(&["", "  ", "two words", "a.b", "-"]).is_empty());
        assert_eq!(ExtraCues::default().verb("said"), None);
    }
}
