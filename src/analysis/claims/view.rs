//! A sentence as the claim rules see it: tokens with their lowercase form, capitalisation and
//! whether they stand inside a quotation.

use std::borrow::Cow;
use std::cell::RefCell;

use super::lexicon;
use super::quotes::Quote;
use crate::analysis::tokens::{self, Token, TokenKind};
use crate::span::Span;

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Tok<'t> {
    /// Where it stands in the text.
    pub span: Span,
    /// Its words.
    pub text: &'t str,
    /// Its words in lowercase, with curly apostrophes made straight (borrowed when the
    /// words already are).
    pub lower: Cow<'t, str>,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whether it starts with a capital letter.
    pub cap: bool,
    /// Whether it stands inside a quotation (marks excluded).
    pub quoted: bool,
    /// Whether it is a quotation mark.
    pub mark: bool,
    /// Whether whitespace separates it from the token before.
    pub space_before: bool,
    /// Which closed word lists hold it (`lexicon::C_*` bits).
    pub classes: u32,
    /// The attributing verb form it is, when it is a word that is one.
    pub verb: Option<&'static lexicon::VerbForm>,
}

impl Tok<'_> {
    /// Whether it is a word (letters) outside quotations.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether one of the word lists in `class` (`lexicon::C_*` bits) holds it.
    pub fn in_class(&self, class: u32) -> bool {
        self.classes & class != 0
    }

    /// Whether it is this punctuation mark.
    pub fn is(&self, punct: &str) -> bool {
        self.text == punct
    }
}

/// A sentence with its tokens and the block it stands in.
#[derive(Clone, Debug)]
pub struct Sentence<'t> {
    /// Its span in the text.
    pub span: Span,
    /// Its tokens.
    pub toks: Vec<Tok<'t>>,
    /// Index of its block in the list the quotes were found in.
    pub block: usize,
    /// Whether its block is a body paragraph (not the title or a heading).
    pub in_body: bool,
    /// Whether most of its words are capitalised, as in a headline.
    pub title_case: bool,
    /// Whether it is the first sentence of its block, where "Name: …" attributes.
    pub opens_block: bool,
    /// Which closed word lists hold any of its words (the union of its tokens' classes).
    pub classes: u32,
}

/// What a thread keeps from one sentence's view to the next.
struct Scratch {
    /// The tokenizer's output for the sentence being viewed: one buffer for every sentence,
    /// instead of a list allocated and freed per sentence.
    raw: Vec<Token>,
    /// The word lists' answers for short words already looked up.
    memo: LookupMemo,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch {
        raw: Vec::new(),
        memo: LookupMemo::new(),
    });
}

/// How many short words [`LookupMemo`] remembers (a power of two).
const MEMO_SLOTS: usize = 4096;

/// A memo of [`lexicon::lookup`] for words of up to eight bytes, by slot: most words of a
/// text are a few hundred short function words and verbs, and reading the answer for one of
/// them from a slot keyed by its bytes costs a fraction of hashing it into the word lists'
/// map. A slot holds one word and is overwritten by the next word that falls in it, so the
/// answer is always the lookup's.
struct LookupMemo {
    /// Each slot's word (its bytes, zero-padded, read as one number), its length (0 for an
    /// empty slot) and its entry.
    slots: Box<[(u64, usize, lexicon::Entry)]>,
}

impl LookupMemo {
    fn new() -> LookupMemo {
        LookupMemo {
            slots: vec![(0, 0, lexicon::Entry::default()); MEMO_SLOTS].into_boxed_slice(),
        }
    }

    /// [`lexicon::lookup`] of `lower`, from the memo when it is there.
    fn lookup(&mut self, lower: &str) -> lexicon::Entry {
        let Some(key) = short_key(lower.as_bytes()) else {
            return lexicon::lookup(lower);
        };
        let len = lower.len();
        let hash = (key ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = (hash >> (64 - MEMO_SLOTS.trailing_zeros())) as usize;
        match self.slots.get_mut(slot) {
            Some((k, n, entry)) if *k == key && *n == len => *entry,
            Some(held) => {
                let entry = lexicon::lookup(lower);
                *held = (key, len, entry);
                entry
            }
            None => lexicon::lookup(lower),
        }
    }
}

/// The bytes of a word of one to eight bytes as one number (zero-padded), read as two
/// overlapping halves rather than byte by byte; `None` for other lengths.
fn short_key(bytes: &[u8]) -> Option<u64> {
    let n = bytes.len();
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        // Bytes read twice where the halves overlap are the same bytes, so OR keeps them.
        return (n <= 8).then(|| {
            u64::from(u32::from_le_bytes(*head))
                | u64::from(u32::from_le_bytes(*tail)) << ((n - 4) * 8)
        });
    }
    // One to three bytes: the first, the middle and the last, overlapping the same way.
    let (first, middle, last) = (bytes.first()?, bytes.get(n / 2)?, bytes.last()?);
    Some(u64::from(*first) | u64::from(*middle) << (n / 2 * 8) | u64::from(*last) << ((n - 1) * 8))
}

/// Builds the view of one sentence.
pub fn sentence<'t>(
    text: &'t str,
    span: Span,
    block: usize,
    in_body: bool,
    quotes: &[Quote],
) -> Sentence<'t> {
    SCRATCH.with_borrow_mut(|scratch| {
        tokens::tokenize(text, span, &mut scratch.raw);
        let (toks, classes, title_case) =
            view_tokens(text, span, quotes, &scratch.raw, &mut scratch.memo);
        Sentence {
            span,
            toks,
            block,
            in_body,
            title_case,
            opens_block: false,
            classes,
        }
    })
}

/// The tokens of the sentence at `span` as the rules see them, the union of their classes and
/// whether the sentence is in title case.
fn view_tokens<'t>(
    text: &'t str,
    span: Span,
    quotes: &[Quote],
    raw: &[Token],
    memo: &mut LookupMemo,
) -> (Vec<Tok<'t>>, u32, bool) {
    let mut toks: Vec<Tok<'t>> = Vec::with_capacity(raw.len());
    let mut prev_end = span.start();
    // Quotes are in text order without overlap: only the last one opening before a token can
    // hold it. Tokens come in text order too, so the count of quotes opening before the
    // token only moves on from the sentence's start.
    let mut opened = quotes.partition_point(|q| q.span.start() < span.start());
    // The last quote opening before the token, and where the next one opens.
    let mut last_opened = opened.checked_sub(1).and_then(|k| quotes.get(k));
    let mut next_start = quotes.get(opened).map_or(usize::MAX, |q| q.span.start());
    let mut classes = 0;
    // Words and capitalised words, for whether the sentence is in title case.
    let (mut words, mut caps) = (0, 0);
    // Extended from the slice's exact length: no capacity check per token.
    toks.extend(raw.iter().map(|t| {
        let word = t.span.slice(text);
        let mark = t.kind == TokenKind::Punct
            && matches!(word, "\"" | "“" | "”" | "'" | "`")
            && is_quote_edge(quotes, t.span);
        while next_start < t.span.start() {
            last_opened = quotes.get(opened);
            opened += 1;
            next_start = quotes.get(opened).map_or(usize::MAX, |q| q.span.start());
        }
        let quoted = !mark && last_opened.is_some_and(|q| t.span.end() <= q.span.end());
        // The tokenizer saw whether the word is ASCII and has capitals.
        let lower = if !t.ascii {
            Cow::Owned(lowercase(word))
        } else if t.upper {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        let entry = if t.kind == TokenKind::Word {
            memo.lookup(&lower)
        } else {
            lexicon::Entry::default()
        };
        classes |= entry.classes;
        let cap = if t.ascii {
            t.upper && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        } else {
            word.chars().next().is_some_and(char::is_uppercase)
        };
        if t.kind == TokenKind::Word {
            words += 1;
            caps += usize::from(cap);
        }
        let space_before = prev_end < t.span.start();
        prev_end = t.span.end();
        Tok {
            span: t.span,
            text: word,
            lower,
            classes: entry.classes,
            verb: entry.verb,
            kind: t.kind,
            cap,
            quoted,
            mark,
            space_before,
        }
    }));
    let title_case = words >= 3 && caps * 10 >= words * 6;
    (toks, classes, title_case)
}

/// A word beyond ASCII in lowercase with curly apostrophes made straight. Most such words
/// in English news are ASCII but for a curly apostrophe ("don’t", "O’Brien"), which need
/// neither Unicode's case tables nor a second pass for the apostrophe.
fn lowercase(word: &str) -> String {
    if word.chars().all(|c| c.is_ascii() || c == '’') {
        word.chars()
            .map(|c| {
                if c == '’' {
                    '\''
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    } else {
        word.to_lowercase().replace('’', "'")
    }
}

/// Whether a mark token opens a quote (at its start or one byte in, the second mark of a
/// doubled quote) or closes one (at its end or one byte before). Quotes are in text order
/// without overlap, so their starts and their ends are both sorted: two binary searches find
/// the candidates instead of a scan of every quote for every mark.
fn is_quote_edge(quotes: &[Quote], span: Span) -> bool {
    let s = span.start();
    let from = quotes.partition_point(|q| q.span.start() + 1 < s);
    let opens = quotes
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|q| q.span.start() <= s)
        .any(|q| s == q.span.start() || s == q.span.start() + 1);
    let e = span.end();
    let from = quotes.partition_point(|q| q.span.end() < e);
    let closes = quotes
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|q| q.span.end() <= e + 1)
        .any(|q| q.closed && (e == q.span.end() || e + 1 == q.span.end()));
    opens || closes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of up to eight bytes over a small alphabet, with its neighbours in length.
    fn short_words() -> Vec<String> {
        let alphabet = ['a', 'e', 's', 'w', '\''];
        let mut words = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            words = words
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            all.extend(words.iter().cloned());
        }
        all.extend(
            ["received", "reported", "hesitant", "was", "said", "he", "a"].map(String::from),
        );
        all
    }

    #[test]
    fn short_keys_tell_words_of_a_length_apart() {
        let words = short_words();
        let mut seen = std::collections::HashMap::new();
        for w in &words {
            let key = short_key(w.as_bytes()).map(|k| (k, w.len()));
            assert!(key.is_some(), "{w:?}");
            if let Some(other) = seen.insert(key, w) {
                assert_eq!(other, w, "{w:?} and {other:?} share a key");
            }
        }
        assert_eq!(short_key(b""), None);
        assert_eq!(short_key(b"statement"), None);
    }

    #[test]
    fn the_memo_answers_as_the_word_lists_do() {
        // Few slots, so that words overwrite each other's slots.
        let mut memo = LookupMemo {
            slots: vec![(0, 0, lexicon::Entry::default()); 8].into_boxed_slice(),
        };
        let mut words = short_words();
        words.extend(["spokeswoman", "statement", "they", "told"].map(String::from));
        for round in 0..2 {
            for w in &words {
                let (ours, theirs) = (memo.lookup(w), lexicon::lookup(w));
                assert_eq!(ours.classes, theirs.classes, "{w:?}, round {round}");
                assert_eq!(ours.verb, theirs.verb, "{w:?}, round {round}");
            }
        }
    }

    #[test]
    fn a_view_is_the_same_whatever_was_viewed_before() {
        let first =
            "Officials SAID on Tuesday that the O’Brien plan, worth 3.5 million, won’t pass.";
        let second = "“We were never told,” she said.";
        let words = |s: &Sentence| -> Vec<(String, u32, bool)> {
            s.toks
                .iter()
                .map(|t| (t.lower.to_string(), t.classes, t.cap))
                .collect()
        };
        let alone = words(&sentence(second, Span::whole(second), 0, true, &[]));
        let _ = sentence(first, Span::whole(first), 0, true, &[]);
        let after = words(&sentence(second, Span::whole(second), 0, true, &[]));
        assert_eq!(alone, after);
        let viewed = sentence(first, Span::whole(first), 0, true, &[]);
        let lower: Vec<&str> = viewed.toks.iter().map(|t| t.lower.as_ref()).collect();
        assert_eq!(
            lower,
            [
                "officials",
                "said",
                "on",
                "tuesday",
                "that",
                "the",
                "o'brien",
                "plan",
                ",",
                "worth",
                "3.5",
                "million",
                ",",
                "won't",
                "pass",
                "."
            ]
        );
    }
}
