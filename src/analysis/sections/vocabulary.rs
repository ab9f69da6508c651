//! An article's distinct words, so that what depends only on a word (its classes, its stem,
//! its term, whether the article treats it as a name) is worked out once per word rather than
//! once per occurrence.
//!
//! Every word of every article is looked up here, so the lookup is a small table of its own
//! rather than a general hash map: a word is keyed by its first eight bytes, read as one
//! number, and its length, and only a longer word's other bytes are compared one by one.

use super::lexicon::{self, WordClass};

/// One distinct word of an article.
pub(super) struct VocabularyWord<'l> {
    /// Its lowercase form.
    pub(super) lower: &'l str,
    /// What the word lists say of it.
    pub(super) class: WordClass,
    /// Its first eight bytes ([`head`]), compared before anything else.
    head: u64,
    /// The article capitalises it inside a sentence.
    capital_inside: bool,
    /// The article also writes it in lowercase.
    seen_lower: bool,
}

impl VocabularyWord<'_> {
    /// Whether the article treats the word as a name wherever it stands: capitalised inside a
    /// sentence and never written in lowercase.
    pub(super) fn known_name(&self) -> bool {
        self.capital_inside && !self.seen_lower
    }
}

/// A word as the tokenizer found it, for [`Vocabulary::new`].
pub(super) struct Found<'l> {
    /// Its lowercase form.
    pub(super) lower: Placed<'l>,
    /// The word as written.
    pub(super) written: Placed<'l>,
    /// Its first letter is a capital.
    pub(super) capital: bool,
    /// It opens a sentence, a quote or a clause.
    pub(super) opens: bool,
    /// It is known to be written as its lowercase form.
    pub(super) as_lower: bool,
}

/// A word in the buffer it is cut from, so that its first eight bytes can be read as one
/// number, with the bytes after it, when the buffer holds them.
#[derive(Clone, Copy)]
pub(super) struct Placed<'l> {
    /// The text or lowercase copy the word is in.
    pub(super) buffer: &'l str,
    /// Where the word starts in it.
    pub(super) start: usize,
    /// Where it ends.
    pub(super) end: usize,
}

impl<'l> Placed<'l> {
    /// The word (empty if the range is not one of the buffer's).
    fn word(self) -> &'l str {
        self.buffer.get(self.start..self.end).unwrap_or("")
    }

    /// The word's bytes, read without the character-boundary checks of [`Placed::word`]:
    /// they are only compared.
    fn bytes(self) -> &'l [u8] {
        self.buffer
            .as_bytes()
            .get(self.start..self.end)
            .unwrap_or(&[])
    }

    /// The word's first eight bytes (fewer for a shorter word, the rest zero) as one number.
    fn head(self) -> u64 {
        let len = self.end.saturating_sub(self.start);
        let eight = self
            .buffer
            .as_bytes()
            .get(self.start..self.start.wrapping_add(8))
            .and_then(|eight| <[u8; 8]>::try_from(eight).ok());
        match eight {
            // The bytes past the word are masked off.
            Some(eight) if len < 8 => u64::from_le_bytes(eight) & ((1 << (8 * len)) - 1),
            Some(eight) => u64::from_le_bytes(eight),
            None => first_eight(self.bytes()),
        }
    }
}

/// The article's distinct words, in the order first met, and each occurrence's word.
pub(super) struct Vocabulary<'l> {
    /// Each distinct word.
    pub(super) words: Vec<VocabularyWord<'l>>,
    /// Each word found's place in `words`, in the order found.
    pub(super) of_token: Vec<usize>,
}

impl<'l> Vocabulary<'l> {
    /// Gathers the occurrences' lowercase forms into distinct words, and notes in the same pass
    /// the words the article capitalises inside a sentence and those it writes in lowercase
    /// (a name is the first and not the second).
    pub(super) fn new(found: impl ExactSizeIterator<Item = Found<'l>>) -> Vocabulary<'l> {
        let count = found.len();
        let mut index = WordIndex::with_room(count);
        let mut words: Vec<VocabularyWord<'l>> = Vec::with_capacity(count / 2);
        let mut of_token = Vec::with_capacity(count);
        // The occurrences that are not capitalised and not known to be written as their own
        // lowercase form ("iPhone", words that are not ASCII), with their word: once all words
        // are known, each is looked up as written.
        let mut unsure: Vec<(Placed<'l>, usize)> = Vec::new();
        for o in found {
            let id = index.find_or_add(o.lower, &mut words);
            if let Some(word) = words.get_mut(id) {
                if o.capital {
                    word.capital_inside |= !o.opens;
                } else if o.as_lower {
                    word.seen_lower = true;
                } else {
                    unsure.push((o.written, id));
                }
            }
            of_token.push(id);
        }
        // An occurrence that is not capitalised counts as the word it is written as: as a rule
        // its own lowercase form, else whichever word its letters as written are.
        for (written, id) in unsure {
            let (bytes, head) = (written.bytes(), written.head());
            let same = match words.get(id) {
                Some(word) if same_word(word, bytes, head) => Some(id),
                _ => index.find(bytes, head, &words),
            };
            if let Some(word) = same.and_then(|same| words.get_mut(same)) {
                word.seen_lower = true;
            }
        }
        Vocabulary { words, of_token }
    }
}

/// The first eight bytes of `word` (fewer for a shorter word, the rest zero) as one number.
fn first_eight(word: &[u8]) -> u64 {
    word.iter()
        .take(8)
        .enumerate()
        .fold(0, |head, (i, &b)| head | u64::from(b) << (8 * i))
}

/// Whether `word` (with its [`head`]) is the vocabulary word `known`.
fn same_word(known: &VocabularyWord<'_>, word: &[u8], head: u64) -> bool {
    known.head == head
        && known.lower.len() == word.len()
        && (word.len() <= 8 || known.lower.as_bytes().get(8..) == word.get(8..))
}

/// Open addressing over the vocabulary's indices, at most half full, so a word is found in a
/// probe or two.
struct WordIndex {
    /// Each slot's word, or [`EMPTY`].
    slots: Vec<u32>,
    /// The number of slots less one (a power of two less one).
    mask: usize,
}

/// A slot with no word.
const EMPTY: u32 = u32::MAX;

impl WordIndex {
    /// A table for up to `words` distinct words.
    fn with_room(words: usize) -> WordIndex {
        let size = (words * 2).max(16).next_power_of_two();
        WordIndex {
            slots: vec![EMPTY; size],
            mask: size - 1,
        }
    }

    /// The slot where a search for the word starts: its head, length and other bytes mixed
    /// by multiplication (the high bits of the product are the best mixed).
    fn home(&self, word: &[u8], head: u64) -> usize {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut hash = (head ^ (word.len() as u64).rotate_right(8)).wrapping_mul(K);
        for chunk in word.get(8..).unwrap_or(&[]).chunks(8) {
            hash = (hash.rotate_left(23) ^ first_eight(chunk)).wrapping_mul(K);
        }
        (hash >> 32) as usize & self.mask
    }

    /// The index of `word` among `words`, if it is there.
    fn find(&self, word: &[u8], head: u64, words: &[VocabularyWord<'_>]) -> Option<usize> {
        let mut slot = self.home(word, head);
        loop {
            let id = *self.slots.get(slot)?;
            if id == EMPTY {
                return None;
            }
            if words
                .get(id as usize)
                .is_some_and(|known| same_word(known, word, head))
            {
                return Some(id as usize);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// The index of the word `lower` among `words`, added (with its classes) when it is new.
    fn find_or_add<'l>(&mut self, lower: Placed<'l>, words: &mut Vec<VocabularyWord<'l>>) -> usize {
        let (bytes, head) = (lower.bytes(), lower.head());
        let mut slot = self.home(bytes, head);
        // At most half the slots are ever taken, so the walk meets an empty one.
        while let Some(&id) = self.slots.get(slot) {
            if id == EMPTY {
                let id = words.len();
                if let Some(place) = self.slots.get_mut(slot) {
                    *place = u32::try_from(id).unwrap_or(EMPTY);
                }
                let lower = lower.word();
                words.push(VocabularyWord {
                    lower,
                    class: lexicon::class(lower),
                    head,
                    capital_inside: false,
                    seen_lower: false,
                });
                return id;
            }
            if words
                .get(id as usize)
                .is_some_and(|known| same_word(known, bytes, head))
            {
                return id as usize;
            }
            slot = (slot + 1) & self.mask;
        }
        // Not reached: `slot` never passes the mask.
        words.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vocabulary of `text`'s space-separated words, each lowercased with ASCII rules.
    fn vocabulary_of<'l>(text: &'l str, lower: &'l str) -> Vocabulary<'l> {
        let mut start = 0;
        let spans: Vec<(usize, usize)> = text
            .split(' ')
            .map(|w| {
                let span = (start, start + w.len());
                start += w.len() + 1;
                span
            })
            .collect();
        let found = spans.into_iter().map(|(start, end)| Found {
            lower: Placed {
                buffer: lower,
                start,
                end,
            },
            written: Placed {
                buffer: text,
                start,
                end,
            },
            capital: text[start..].starts_with(|c: char| c.is_uppercase()),
            opens: start == 0,
            as_lower: false,
        });
        Vocabulary::new(found)
    }

    #[test]
    fn names_are_those_capitalised_inside_and_never_written_lower() {
        let text = "Talks in Geneva resumed as geneva delegates and Harmon met Harmon aides";
        let lower = text.to_ascii_lowercase();
        let vocabulary = vocabulary_of(text, &lower);
        let word = |w: &str| {
            vocabulary
                .words
                .iter()
                .find(|v| v.lower == w)
                .expect("a word of the text")
        };
        assert!(word("harmon").known_name());
        assert!(!word("geneva").known_name(), "also written in lowercase");
        assert!(
            !word("talks").known_name(),
            "capitalised only where it opens"
        );
        assert_eq!(vocabulary.words.len(), 10);
        assert_eq!(vocabulary.of_token[8], vocabulary.of_token[10]);
        assert_eq!(vocabulary.of_token[2], vocabulary.of_token[5]);
    }

    proptest::proptest! {
        #[test]
        fn two_words_share_an_entry_exactly_when_they_are_the_same(
            words in proptest::collection::vec("[ab]{0,3}(intergovernmental)?[ab]{0,10}", 1..40)
        ) {
            let text = words.join(" ");
            let vocabulary = vocabulary_of(&text, &text);
            for (i, a) in words.iter().enumerate() {
                for (j, b) in words.iter().enumerate() {
                    let same = vocabulary.of_token[i] == vocabulary.of_token[j];
                    proptest::prop_assert_eq!(same, a == b);
                }
                let entry = &vocabulary.words[vocabulary.of_token[i]];
                proptest::prop_assert_eq!(entry.lower, a.as_str());
            }
        }
    }
}
