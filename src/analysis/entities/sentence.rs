//! One sentence's words and what their capitals say: whether the sentence is a title-case
//! headline or a line in capitals, how each word is spelt in the word lists, which words open
//! a sentence or a quotation, and which capitalised words are ordinary English words.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};

use super::words::{Shape, Word, is_invisible};
use crate::analysis::fast_hash::FastMap;
use crate::analysis::lexicon::{Lexicon, TitleKind, with_lower};

/// One sentence's words and how it is capitalised.
pub struct Sentence {
    /// Its tokens.
    pub words: Vec<Word>,
    /// Whether it is a title-case headline or a line in capitals, where capitals say little.
    pub headline: bool,
    /// Whether every letter is a capital.
    pub caps: bool,
    /// The positions of its brackets among `words`, found on first use.
    brackets: OnceCell<Vec<usize>>,
    /// What the title list says of each word's spelling (`Some(None)`: not a title), found
    /// on first use: the candidate steps ask it of the same words many times.
    titles: Vec<Cell<Option<Option<TitleKind>>>>,
    /// The words the lists spell otherwise than the text ("Berlin" for "BERLIN"), by
    /// position, in order: spelt once, though the steps ask for most words' spelling
    /// several times. Usually empty.
    spelt: Vec<(usize, Box<str>)>,
}

/// Lower-case words a title-case headline keeps lower-case (a `match`, not a list scan: it is
/// asked of every lower-case word).
fn is_minor_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "but"
            | "as"
            | "by"
            | "with"
            | "from"
            | "into"
            | "over"
            | "vs"
            | "v"
            | "via"
            | "nor"
            | "per"
            | "amid"
            | "after"
            | "upon"
    )
}

/// Words that open a quotation or a clause in which a capital says nothing.
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "“" | "\""
            | "‘"
            | "'"
            | "«"
            | "„"
            | "("
            | "["
            | ":"
            | "—"
            | "–"
            | "-"
            | "•"
            | "*"
            | "·"
    )
}

impl Sentence {
    /// Tokenises one sentence and decides whether it reads as a headline.
    pub fn new(text: &str, start: usize, end: usize) -> Sentence {
        let words = super::words::split(text, start, end);
        // A headline has no lower-case word but minor ones: the first other one settles it.
        let mut capitals = 0;
        let mut lower_content = false;
        for w in words.iter().filter(|w| w.is_word) {
            match w.shape {
                Shape::Capital | Shape::Caps => capitals += 1,
                Shape::Lower if !is_minor_word(w.text(text)) => {
                    lower_content = true;
                    break;
                }
                _ => {}
            }
        }
        let part = text.get(start..end).unwrap_or("");
        let caps = !part.chars().any(char::is_lowercase)
            && part.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let spelt = spell(text, &words, caps, part.is_ascii());
        Sentence {
            titles: vec![Cell::new(None); words.len()],
            words,
            headline: caps || (!lower_content && capitals >= 3),
            caps,
            brackets: OnceCell::new(),
            spelt,
        }
    }

    /// Whether the nearest bracket before word `i` opens one ("Dortvale 2 (Mirek 45"). The
    /// brackets are found once per sentence: looking back from every name made a long
    /// sentence of many names quadratic.
    pub fn after_open_bracket(&self, text: &str, i: usize) -> bool {
        let brackets = self.brackets.get_or_init(|| {
            // A bracket is a one-byte word of punctuation: its byte is read only then.
            self.words
                .iter()
                .enumerate()
                .filter(|(_, w)| {
                    w.shape == Shape::Other
                        && w.end == w.start + 1
                        && matches!(text.as_bytes().get(w.start), Some(b'(' | b')'))
                })
                .map(|(k, _)| k)
                .collect()
        });
        let before = brackets.partition_point(|&k| k < i);
        before
            .checked_sub(1)
            .and_then(|n| brackets.get(n))
            .and_then(|&k| self.words.get(k))
            .is_some_and(|w| w.text(text) == "(")
    }

    /// The text of word `i` as the lists spell it: "Berlin" for "BERLIN" in a line of
    /// capitals, straight apostrophes for curly ones.
    pub fn key<'a>(&'a self, text: &'a str, i: usize) -> Cow<'a, str> {
        Cow::Borrowed(self.spelling(text, i))
    }

    /// [`Sentence::key`] as a plain borrowed string.
    pub fn spelling<'a>(&'a self, text: &'a str, i: usize) -> &'a str {
        let Some(word) = self.words.get(i) else {
            return "";
        };
        match self.spelt.binary_search_by_key(&i, |&(k, _)| k) {
            Ok(n) => &self.spelt[n].1,
            Err(_) => word.text(text),
        }
    }

    /// What the title list says of word `i` as the lists spell it: `lex.title` of
    /// [`Sentence::key`], kept for the shared lexicon.
    pub fn title(&self, text: &str, i: usize, lex: &Lexicon) -> Option<TitleKind> {
        let Some(cell) = self
            .titles
            .get(i)
            .filter(|_| std::ptr::eq(lex, Lexicon::get()))
        else {
            return lex.title(&self.key(text, i));
        };
        if let Some(kept) = cell.get() {
            return kept;
        }
        let title = lex.title(&self.key(text, i));
        cell.set(Some(title));
        title
    }

    /// Whether word `i` starts the sentence or a quotation in it.
    pub fn initial(&self, text: &str, i: usize) -> bool {
        let before = &self.words[..i.min(self.words.len())];
        // A straight quote after a comma or a full stop closes a quotation ("…," Quell said):
        // what follows is not capitalised for being first.
        let closing = |n: usize| {
            n >= 2
                && matches!(before[n - 1].text(text), "\"" | "'")
                && matches!(before[n - 2].text(text), "," | "." | "!" | "?")
        };
        before.iter().all(|w| !w.is_word && w.shape == Shape::Other)
            || before
                .last()
                .is_some_and(|w| opens_clause(w.text(text)) && !closing(before.len()))
    }
}

/// The words of a sentence whose spelling in the lists differs from the text, with that
/// spelling: a word in capitals (or any word of a line in capitals) that the lists do not
/// know as written is title-cased; curly apostrophes are straightened and invisible
/// characters dropped.
fn spell(text: &str, words: &[Word], caps_line: bool, ascii: bool) -> Vec<(usize, Box<str>)> {
    let mut spelt = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // Only letters change case: a word without any ("2026", "--") keeps its spelling.
        let capitals = (caps_line || word.shape == Shape::Caps) && word.shape != Shape::Other;
        // Most words: not in capitals, and ASCII (the whole sentence, most often), so no
        // mark to straighten.
        let plain = || {
            ascii
                || text
                    .as_bytes()
                    .get(word.start..word.end)
                    .unwrap_or_default()
                    .is_ascii()
        };
        if !capitals && plain() {
            continue;
        }
        let w = word.text(text);
        let caps = capitals && w.chars().count() > 1;
        if let Cow::Owned(key) = normalise(w, caps && !known(Lexicon::get(), w)) {
            spelt.push((i, key.into_boxed_str()));
        }
    }
    spelt
}

/// A word as the word lists spell it.
fn normalise(word: &str, caps: bool) -> Cow<'_, str> {
    // Both marks are beyond ASCII, where most words are.
    let word: Cow<'_, str> = if !word.is_ascii() && word.contains(|c| c == '’' || is_invisible(c))
    {
        Cow::Owned(
            word.chars()
                .filter(|&c| !is_invisible(c))
                .map(|c| if c == '’' { '\'' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(word)
    };
    if caps {
        Cow::Owned(title_case(&word))
    } else {
        word
    }
}

/// "JEAN-LUC" → "Jean-Luc".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// How many answers of [`is_common`] a thread keeps before it forgets them all: enough for
/// the capitalised words of many articles, a megabyte at most.
const COMMON_ANSWERS_KEPT: usize = 16_384;

thread_local! {
    /// The answers of [`is_common`] for the words already asked on this thread, of the one
    /// lexicon there is. The same names and capitalised words are asked of many times per
    /// article, by several stages, and each answer costs up to six lookups and a respelling.
    static COMMON_ANSWERS: RefCell<FastMap<Box<str>, bool>> = RefCell::new(FastMap::default());
}

/// How many bytes words `a..b` of a sentence take in the text, the room a phrase of them
/// needs (their spelling in the lists is about as long): built in one allocation, not grown.
pub fn written_length(sentence: &Sentence, a: usize, b: usize) -> usize {
    let first = sentence.words.get(a).map(|w| w.start);
    let last = b
        .checked_sub(1)
        .and_then(|l| sentence.words.get(l))
        .map(|w| w.end);
    first.zip(last).map_or(0, |(s, e)| e.saturating_sub(s))
}

/// Whether a capitalised word is also an ordinary English word (and so says nothing when it
/// starts a sentence).
pub fn is_common(lex: &Lexicon, word: &str) -> bool {
    // The answer depends on the word and the lexicon alone; only the shared lexicon's are
    // kept.
    if !std::ptr::eq(lex, Lexicon::get()) {
        return decide_common(lex, word);
    }
    let kept = COMMON_ANSWERS.with(|answers| answers.borrow().get(word).copied());
    if let Some(answer) = kept {
        return answer;
    }
    let answer = decide_common(lex, word);
    COMMON_ANSWERS.with(|answers| {
        let mut answers = answers.borrow_mut();
        if answers.len() >= COMMON_ANSWERS_KEPT {
            answers.clear();
        }
        answers.insert(word.into(), answer);
    });
    answer
}

/// [`is_common`], worked out.
fn decide_common(lex: &Lexicon, word: &str) -> bool {
    if word.bytes().any(|b| b == b'-') {
        return word.split('-').all(|part| is_common(lex, part));
    }
    // "We've", "Don't": a contraction is as common as its first part.
    if let Some((head, _)) = word.split_once(['\'', '’']) {
        // "O'Rourke", "D'Amato": a one-letter head is a name's prefix, not a contraction.
        return head.chars().count() > 1 && is_common(lex, head);
    }
    with_lower(word, |l| {
        let listed = |w: &str| {
            lex.common_level(w).is_some()
                || american(w).is_some_and(|a| lex.common_level(&a).is_some())
        };
        listed(l)
            || l.strip_suffix('s')
                .is_some_and(|stem| stem.len() > 3 && listed(stem))
            || (lex.frequency(l).is_some_and(|f| f > 20_000_000)
                && !lex.given_name(word).is_some_and(|w| w > 0.0)
                && !lex.surname(word).is_some_and(|w| w > 0.0))
    })
}

/// The American spelling of a British word the common-word list lacks ("organisers",
/// "kilometre", "colour"), if the word has a British ending.
fn american(lower: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("isers", "izers"),
        ("iser", "izer"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("isations", "izations"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ogue", "og"),
        ("ence", "ense"),
        ("lled", "led"),
        ("lling", "ling"),
    ];
    // Most words end in none of them: the last byte rules an ending out before its bytes are
    // compared.
    let last = lower.as_bytes().last();
    ENDINGS
        .iter()
        .filter(|(british, _)| british.as_bytes().last() == last)
        .find_map(|(british, american)| {
            lower
                .strip_suffix(british)
                .map(|stem| format!("{stem}{american}"))
        })
}

/// Whether word `i` is a given name followed by a word that can be a surname ("Will Smith").
pub fn given_then_name(
    text: &str,
    sentence: &Sentence,
    i: usize,
    end: usize,
    lex: &Lexicon,
) -> bool {
    let next = sentence.key(text, i + 1);
    let word = sentence.key(text, i);
    // A very common word ("In", "So") counts as a given name only if the census knows it.
    let very_common = with_lower(&word, |l| lex.common_level(l).is_some_and(|v| v <= 20));
    i + 1 < end
        && lex
            .given_name(&word)
            .is_some_and(|w| w >= 0.01 || !very_common)
        && (lex.surname(&next).is_some() || !is_common(lex, &next))
        && !known(lex, &next)
}

/// Whether the lists know `name` as a place, organisation, nationality or group.
pub fn known(lex: &Lexicon, name: &str) -> bool {
    lex.known(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_answers_are_the_answers_worked_out() {
        let lex = Lexicon::get();
        let words = [
            "Harbour",
            "Organisers",
            "We've",
            "O'Rourke",
            "Jean-Luc",
            "Well-Known",
            "Kowalczyk",
            "Monday",
            "Thursdays",
            "Colour",
            "Brightwater",
            "Said",
        ];
        // Asked twice, the second answer comes from what the thread kept.
        for _ in 0..2 {
            for word in words {
                assert_eq!(is_common(lex, word), decide_common(lex, word), "{word}");
            }
        }
        // Both answers are among them.
        assert!(words.iter().any(|w| is_common(lex, w)));
        assert!(words.iter().any(|w| !is_common(lex, w)));
    }
}
