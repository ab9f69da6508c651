//! The terms of each paragraph, found by light means: content-word stems, capitalised names,
//! and pairs of neighbouring words that could name a topic ("peace talks", "Nato membership").
//!
//! A capitalised word counts as a name when it stands inside a sentence, or at a sentence's
//! start when the article also capitalises it inside one (and never writes it in lowercase), or
//! when another capitalised word follows it.

use super::{FastMap as HashMap, FastSet as HashSet};
use std::borrow::Cow;

use super::lexicon;
use crate::span::Span;

/// The least rarity a name part gets, so names that are also common words ("Will", "Street")
/// still count.
const NAME_RARITY: f32 = 0.6;

/// Index of a term in [`Terms`].
pub(super) type TermId = usize;

/// What a term is, which decides where it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A content word, keyed by its stem.
    Word,
    /// One word of a name, keyed by its lowercase form; links "Zelensky" to "Volodymyr Zelensky".
    NamePart,
    /// A whole name, keyed by its lowercase form.
    Name,
    /// A content word after a content word, keyed by both ("peace talks").
    Phrase,
    /// A content word after a one-word name, keyed by both ("Nato membership").
    NamePhrase,
}

/// How a word is used where it occurs, a hint at whether it is a noun.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Usage {
    /// It ends a noun phrase a determiner or preposition opened ("the talks", "of the alliance").
    head: bool,
    /// It follows a word that announces a verb ("to remain", "they walked").
    verbal: bool,
}

/// One place a term occurs.
#[derive(Clone, Copy, Debug)]
pub(super) struct Occurrence {
    /// Which term.
    pub(super) term: TermId,
    /// Its words in the article's text.
    pub(super) span: Span,
}

/// The terms of an article's paragraphs.
#[derive(Debug, Default)]
pub(super) struct Terms {
    /// The kind of each term.
    pub(super) kinds: Vec<Kind>,
    /// The number of words of each term (a phrase or name may have several).
    pub(super) lengths: Vec<usize>,
    /// How rare each term is in English at large ([`lexicon::rarity`]).
    pub(super) rarity: Vec<f32>,
    /// How many of each term's occurrences end a noun phrase.
    pub(super) heads: Vec<f32>,
    /// How many of each term's occurrences follow a verb cue.
    pub(super) verbal: Vec<f32>,
    /// For each paragraph, its term occurrences in text order.
    pub(super) paragraphs: Vec<Vec<Occurrence>>,
    /// For each paragraph, how many words it has.
    pub(super) words: Vec<usize>,
    /// For each paragraph, whether it opens by pointing back at the one before: a pronoun
    /// ("He added…") or a quote attributed to one (`"…," she said.`).
    pub(super) continues: Vec<bool>,
}

impl Terms {
    /// How many distinct terms there are.
    pub(super) fn len(&self) -> usize {
        self.kinds.len()
    }
}

/// The terms as they are found, with their ids by key, one map per [`Kind`], so a key met
/// before is found without allocating. Words' and name parts' keys borrow the article's
/// lowercase words; the others are built in a reused buffer and copied.
struct Collector<'l> {
    terms: Terms,
    ids: [HashMap<Cow<'l, str>, TermId>; 5],
}

impl<'l> Collector<'l> {
    /// Records one occurrence of a term and returns the term; `rarity` is asked only for a
    /// term not met before, since looking it up is the costly part.
    fn add(
        &mut self,
        paragraph: usize,
        term: NewTerm<'_, 'l>,
        (span, usage): (Span, Usage),
        rarity: impl FnOnce() -> f32,
    ) -> TermId {
        let terms = &mut self.terms;
        let next = terms.kinds.len();
        let ids = &mut self.ids[term.kind as usize];
        let id = match term.key {
            // Most words are new to the article: one hash and one probe find or place them.
            Key::Kept(key) => *ids.entry(Cow::Borrowed(key)).or_insert(next),
            Key::Buffer(key) => match ids.get(key) {
                Some(&id) => id,
                None => {
                    ids.insert(Cow::Owned(key.to_string()), next);
                    next
                }
            },
        };
        if id == next {
            terms.kinds.push(term.kind);
            terms.lengths.push(term.words);
            terms.rarity.push(rarity());
            terms.heads.push(0.0);
            terms.verbal.push(0.0);
        }
        if let (Some(heads), Some(verbal)) = (terms.heads.get_mut(id), terms.verbal.get_mut(id)) {
            *heads += f32::from(u8::from(usage.head));
            *verbal += f32::from(u8::from(usage.verbal));
        }
        if let Some(occurrences) = terms.paragraphs.get_mut(paragraph) {
            occurrences.push(Occurrence { term: id, span });
        }
        id
    }
}

/// A term's key as met: one the map can keep as it is, or one built in a reused buffer and
/// copied only for a term not met before.
enum Key<'k, 'l> {
    /// Borrowed from the article's lowercase words.
    Kept(&'l str),
    /// Borrowed from a buffer.
    Buffer(&'k str),
}

/// A term as first met.
struct NewTerm<'k, 'l> {
    kind: Kind,
    key: Key<'k, 'l>,
    words: usize,
}

/// A word of the text.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Token {
    span: Span,
    /// First word of a sentence, a quote or a clause after a colon.
    opens: bool,
    /// Only whitespace separates it from the previous word.
    joined: bool,
    has_digit: bool,
    capital: bool,
    all_caps: bool,
}

/// Finds the terms of every paragraph. `sentences` tells where sentences start; paragraphs
/// without any are read as one sentence.
pub(super) fn collect(text: &str, paragraphs: &[Span], sentences: &[Span]) -> Terms {
    let mut tokens: Vec<Vec<Token>> = Vec::with_capacity(paragraphs.len());
    let mut next_sentence = 0;
    for paragraph in paragraphs {
        // About one word in six bytes of English: sized so that few paragraphs grow the list.
        let mut words = Vec::with_capacity(paragraph.len() / 5 + 1);
        while sentences
            .get(next_sentence)
            .is_some_and(|s| s.end() <= paragraph.start())
        {
            next_sentence += 1;
        }
        let mut inside = false;
        while let Some(sentence) = sentences.get(next_sentence) {
            if !paragraph.contains(*sentence) {
                break;
            }
            inside = true;
            tokenize(text, *sentence, &mut words);
            next_sentence += 1;
        }
        if !inside {
            tokenize(text, *paragraph, &mut words);
        }
        tokens.push(words);
    }

    // Every word's lowercase form. Lowercasing ASCII keeps every byte where it was, so an
    // ASCII word's (most words') is read at its own place in one lowercase copy of the text,
    // made in one pass; the other words' are made one by one into a buffer of their own.
    let lower_ascii = text.to_ascii_lowercase();
    let mut lower_other = String::new();
    let other_ends: Vec<usize> = tokens
        .iter()
        .flatten()
        .map(|t| t.span.slice(text))
        .filter(|word| !word.is_ascii())
        .map(|word| {
            lower_other.push_str(&lowercase(word));
            lower_other.len()
        })
        .collect();
    // Each paragraph's words' lowercase forms and classes.
    let (mut other, mut from) = (other_ends.iter(), 0);
    let lowers: Vec<Vec<(&str, lexicon::WordClass)>> = tokens
        .iter()
        .map(|words| {
            words
                .iter()
                .map(|t| {
                    let lower = if t.span.slice(text).is_ascii() {
                        t.span.slice(&lower_ascii)
                    } else {
                        let to = other.next().copied().unwrap_or(from);
                        let lower = lower_other.get(from..to).unwrap_or("");
                        from = to;
                        lower
                    };
                    (lower, lexicon::class(lower))
                })
                .collect()
        })
        .collect();

    // What the article as a whole does with each capitalised word.
    let mut capital_inside: HashSet<&str> = HashSet::default();
    for (token, (lower, _)) in tokens.iter().flatten().zip(lowers.iter().flatten()) {
        if token.capital && !token.opens {
            capital_inside.insert(lower);
        }
    }
    // Only the words capitalised inside a sentence are asked about, so only they are kept.
    // Most words are ruled out by their length and first byte before they are hashed.
    let mut seen_lower: HashSet<&str> = HashSet::default();
    if !capital_inside.is_empty() {
        let (lengths, initials) = capital_inside
            .iter()
            .fold((0, 0), |(lengths, initials), w| {
                (lengths | length_bit(w), initials | initial_bit(w))
            });
        for token in tokens.iter().flatten() {
            let word = token.span.slice(text);
            let maybe = lengths & length_bit(word) != 0 && initials & initial_bit(word) != 0;
            if !token.capital && maybe && capital_inside.contains(word) {
                seen_lower.insert(word);
            }
        }
    }

    // Sized up front from the number of words: growing the maps and lists was a tenth of
    // finding the terms. The maps are only asked by key, so their size changes nothing else.
    let all_words: usize = tokens.iter().map(Vec::len).sum();
    let map =
        |share: usize| HashMap::with_capacity_and_hasher(all_words / share, Default::default());
    let terms = Terms {
        paragraphs: tokens
            .iter()
            .map(|words| Vec::with_capacity(words.len()))
            .collect(),
        words: tokens.iter().map(Vec::len).collect(),
        continues: paragraphs
            .iter()
            .map(|p| continues(p.slice(text)))
            .collect(),
        ..Terms::default()
    };
    let mut collector = Collector {
        terms,
        ids: [map(2), map(8), map(8), map(2), map(16)],
    };
    for (p, (words, lowers)) in tokens.iter().zip(&lowers).enumerate() {
        let mut reader = ParagraphReader {
            text,
            paragraph: p,
            run: None,
            previous: Previous::Nothing,
            noun_phrase: false,
            verb_cue: false,
            key: String::new(),
            name_key: String::new(),
        };
        for (i, (token, (lower, class))) in words.iter().zip(lowers.iter()).enumerate() {
            let next = words.get(i + 1).zip(lowers.get(i + 1).copied());
            let word = Word {
                token,
                lower,
                class: *class,
            };
            reader.take(&mut collector, word, next, |lower| {
                capital_inside.contains(lower) && !seen_lower.contains(lower)
            });
        }
        reader.flush(&mut collector);
    }
    collector.terms
}

/// One bit for a word's length (lengths from 63 share one), for ruling words out of a set.
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// One bit for a word's first byte (bytes from 128 share one), for ruling words out of a set.
fn initial_bit(word: &str) -> u128 {
    1 << word.bytes().next().unwrap_or(0).min(127)
}

/// What came just before the current word, for phrases.
#[derive(Clone, Debug)]
enum Previous<'l> {
    Nothing,
    /// A content word with its stem (borrowed from the paragraph's lowercase words), span and
    /// rarity.
    Word(&'l str, Span, f32),
    /// A name that just ended, with its span and number of words (its key is the reader's
    /// `name_key`).
    Name(Span, usize),
}

/// A word with its lowercase form and what the word lists say of it.
#[derive(Clone, Copy)]
struct Word<'t, 'l> {
    token: &'t Token,
    lower: &'l str,
    class: lexicon::WordClass,
}

/// The word after the current one, with its lowercase form and classes.
type Next<'t, 'l> = Option<(&'t Token, (&'l str, lexicon::WordClass))>;

/// Walks one paragraph's words, building names from runs of capitalised words.
struct ParagraphReader<'t, 'l> {
    text: &'t str,
    paragraph: usize,
    /// The capitalised run being built: its span and number of words.
    run: Option<(Span, usize)>,
    previous: Previous<'l>,
    /// A determiner or preposition opened a noun phrase that content words continue.
    noun_phrase: bool,
    /// The previous word announces a verb ("to", "will", "they").
    verb_cue: bool,
    /// A buffer for phrase keys, reused from word to word.
    key: String,
    /// The key of the last name, reused from name to name.
    name_key: String,
}

impl<'l> ParagraphReader<'_, 'l> {
    /// Reads one word; `next` is the word after it with its lowercase form.
    fn take(
        &mut self,
        terms: &mut Collector<'l>,
        word: Word<'_, 'l>,
        next: Next<'_, '_>,
        known_name: impl Fn(&str) -> bool,
    ) {
        let Word {
            token,
            lower,
            class,
        } = word;
        if !token.joined {
            self.noun_phrase = false;
            self.verb_cue = false;
        }
        let ordinary = class.stopword() || class.role();
        // A connector may continue a name ("Bank of England").
        let connects = !token.capital && class.name_connector();
        if connects
            && self.run.is_some()
            && token.joined
            && next.is_some_and(|(n, _)| n.joined && n.capital)
        {
            return;
        }
        if token.has_digit {
            self.flush(terms);
            self.previous = Previous::Nothing;
            self.noun_phrase = false;
            self.verb_cue = false;
            return;
        }
        if token.capital && !ordinary && is_name(self.run.is_some(), token, lower, next, known_name)
        {
            self.extend_run(terms, token);
            let part = NewTerm {
                kind: Kind::NamePart,
                key: Key::Kept(lower),
                words: 1,
            };
            let place = (token.span, Usage::default());
            terms.add(self.paragraph, part, place, || {
                lexicon::rarity(lower).max(NAME_RARITY)
            });
            return;
        }
        self.flush(terms);
        if ordinary
            || connects
            || lower.chars().count() < 3
            || lower.ends_with("ly")
            || lower.contains('.')
        {
            self.previous = Previous::Nothing;
            self.noun_phrase = class.opens_noun_phrase();
            self.verb_cue = class.announces_verb();
            return;
        }
        let (next_joined, next_class) = match next {
            Some((n, (_, c))) if n.joined && !n.has_digit => (true, c),
            _ => (false, lexicon::WordClass::default()),
        };
        // A word right before an article or possessive takes an object: "ending the war".
        let takes_object = next_joined && next_class.determiner();
        let next_is_content = next_joined && !next_class.stopword();
        let usage = Usage {
            head: self.noun_phrase && !takes_object && !next_is_content,
            verbal: self.verb_cue || takes_object,
        };
        let stem = lexicon::stem(lower);
        let word = NewTerm {
            kind: Kind::Word,
            key: Key::Kept(stem),
            words: 1,
        };
        let id = terms.add(self.paragraph, word, (token.span, usage), || {
            lexicon::rarity(lower)
        });
        let rarity = terms.terms.rarity.get(id).copied().unwrap_or(1.0);
        // A participle after a name or word is more often a verb ("Berlin ended") than a topic.
        if token.joined && !lower.ends_with("ed") {
            let phrase = match &self.previous {
                Previous::Word(before, span, before_rarity) => {
                    Some((Kind::Phrase, *before, *span, (before_rarity + rarity) / 2.0))
                }
                Previous::Name(span, 1) => Some((
                    Kind::NamePhrase,
                    self.name_key.as_str(),
                    *span,
                    (NAME_RARITY + rarity) / 2.0,
                )),
                _ => None,
            };
            if let Some((kind, before, span, rarity)) = phrase {
                self.key.clear();
                self.key.push_str(before);
                self.key.push(' ');
                self.key.push_str(stem);
                let phrase = NewTerm {
                    kind,
                    key: Key::Buffer(&self.key),
                    words: 2,
                };
                terms.add(
                    self.paragraph,
                    phrase,
                    (span.cover(token.span), usage),
                    || rarity,
                );
            }
        }
        self.previous = Previous::Word(stem, token.span, rarity);
        self.verb_cue = false;
    }

    fn extend_run(&mut self, terms: &mut Collector<'l>, token: &Token) {
        match self.run {
            Some((span, words)) if token.joined || self.connected(span, token.span) => {
                self.run = Some((span.cover(token.span), words + 1));
            }
            _ => {
                self.flush(terms);
                self.run = Some((token.span, 1));
            }
        }
    }

    /// Whether only a name connector ("of", "de") stands between the run and the word.
    fn connected(&self, run: Span, word: Span) -> bool {
        let between = self.text.get(run.end()..word.start()).unwrap_or("");
        let mut parts = between.split_whitespace();
        matches!((parts.next(), parts.next()), (Some(c), None) if lexicon::class(c).name_connector())
            && between.starts_with(' ')
            && between.ends_with(' ')
    }

    fn flush(&mut self, terms: &mut Collector<'l>) {
        let Some((span, words)) = self.run.take() else {
            return;
        };
        // The name's words joined by single spaces, built in place (no list of words), and
        // lowercased as they are copied when they are ASCII, as most are.
        let name = span.slice(self.text);
        let ascii = name.is_ascii();
        let lower = if ascii {
            Cow::Borrowed(name)
        } else {
            lowercase(name)
        };
        let key = &mut self.name_key;
        key.clear();
        for word in lower.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            if ascii {
                push_ascii_lowercase(key, word);
            } else {
                key.push_str(word);
            }
        }
        let name = NewTerm {
            kind: Kind::Name,
            key: Key::Buffer(key),
            words,
        };
        terms.add(self.paragraph, name, (span, Usage::default()), || 1.0);
        self.previous = Previous::Name(span, words);
    }
}

/// Whether a capitalised word that is not a function word belongs to a name: inside a
/// sentence, written in capitals, known as a name elsewhere, continuing a run, or followed by
/// another capitalised word.
fn is_name(
    in_run: bool,
    token: &Token,
    lower: &str,
    next: Next<'_, '_>,
    known_name: impl Fn(&str) -> bool,
) -> bool {
    !token.opens
        || token.all_caps
        || known_name(lower)
        || (in_run && token.joined)
        || next.is_some_and(|(n, (_, c))| {
            n.joined && n.capital && !n.has_digit && !c.stopword() && !c.role()
        })
}

/// Pronouns that, opening a paragraph, refer to someone the paragraph before named.
const BACK_POINTERS: &[&str] = &["he", "her", "his", "it", "its", "she", "their", "they"];

/// Whether a paragraph opens by pointing back at the one before it.
fn continues(paragraph: &str) -> bool {
    let opened = paragraph.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first = opened
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if BACK_POINTERS.contains(&first.to_lowercase().as_str()) {
        return true;
    }
    if !paragraph.starts_with(['"', '“', '‘', '\'']) {
        return false;
    }
    // A quote whose attribution is a pronoun: `"…," he said.`
    let mut words = paragraph
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(80)
        .peekable();
    while let Some(word) = words.next() {
        let pronoun = matches!(word, "he" | "she" | "they");
        if pronoun
            && words
                .peek()
                .is_some_and(|next| lexicon::class(next).speech_verb())
        {
            return true;
        }
    }
    false
}

/// Appends an ASCII word to `out` in lowercase: copied whole, then lowercased in place, rather
/// than pushed character by character.
pub(super) fn push_ascii_lowercase(out: &mut String, word: &str) {
    let from = out.len();
    out.push_str(word);
    if let Some(added) = out.get_mut(from..) {
        added.make_ascii_lowercase();
    }
}

/// The lowercase form of a word, borrowed when it has no capitals; ASCII words, most of them,
/// skip the Unicode tables.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Appends the words of `span` to `out`: letters and digits, with inner apostrophes, hyphens
/// and periods ("O’Brien", "high-speed", "U.S."), without possessive endings. Plain ASCII,
/// most sentences, is read byte by byte; the words found are the same.
fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    if span.slice(text).is_ascii() {
        tokenize_ascii(text, span, out);
    } else {
        tokenize_chars(text, span, out);
    }
}

/// [`tokenize`] of any span, character by character.
fn tokenize_chars(text: &str, span: Span, out: &mut Vec<Token>) {
    let part = span.slice(text);
    let mut opens = true;
    let mut previous_end: Option<usize> = None;
    let mut chars = part.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            if matches!(c, '“' | '"' | '‘' | ':' | '(' | '—') {
                opens = true;
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut dotted = false;
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            let inner = matches!(d, '\'' | '’' | '-' | '.');
            let letter_after = || {
                part.get(j + d.len_utf8()..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_alphanumeric)
            };
            if !(inner && letter_after()) {
                break;
            }
            dotted |= d == '.';
            chars.next();
        }
        if push_token(text, span, (i, end), dotted, opens, &mut previous_end, out) {
            opens = false;
        }
    }
}

/// [`tokenize`] of an ASCII span.
fn tokenize_ascii(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = span.slice(text).as_bytes();
    let mut opens = true;
    let mut previous_end: Option<usize> = None;
    let mut k = 0;
    while let Some(&c) = bytes.get(k) {
        if !c.is_ascii_alphanumeric() {
            if matches!(c, b'"' | b':' | b'(') {
                opens = true;
            }
            k += 1;
            continue;
        }
        let i = k;
        let mut end = k + 1;
        let mut dotted = false;
        k += 1;
        while let Some(&d) = bytes.get(k) {
            if d.is_ascii_alphanumeric() {
                k += 1;
                end = k;
                continue;
            }
            let inner = matches!(d, b'\'' | b'-' | b'.');
            if !(inner && bytes.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)) {
                break;
            }
            dotted |= d == b'.';
            k += 1;
        }
        if push_token(text, span, (i, end), dotted, opens, &mut previous_end, out) {
            opens = false;
        }
    }
}

/// Pushes the word found at `i..end` of `span` (offsets in the span), with a final period
/// kept after inner ones ("U.S.") and a possessive ending cut off; whether it was pushed.
fn push_token(
    text: &str,
    span: Span,
    (i, mut end): (usize, usize),
    dotted: bool,
    opens: bool,
    previous_end: &mut Option<usize>,
    out: &mut Vec<Token>,
) -> bool {
    let part = span.slice(text);
    let mut word = part.get(i..end).unwrap_or("");
    if dotted && part.get(end..).is_some_and(|rest| rest.starts_with('.')) {
        end += 1;
        word = part.get(i..end).unwrap_or(word);
    }
    // Every ending below ends in "s" or "S".
    if word.ends_with(['s', 'S']) {
        for possessive in ["'s", "’s", "'S", "’S"] {
            if let Some(bare) = word.strip_suffix(possessive) {
                word = bare;
            }
        }
    }
    let joined = previous_end.is_some_and(|p| {
        part.get(p..i)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace))
    });
    *previous_end = Some(i + word.len());
    let Some(token_span) = Span::new(text, span.start() + i, span.start() + i + word.len()) else {
        return false;
    };
    // One pass for the digits, letters and capitals: this runs for every word.
    let (mut has_digit, mut letters, mut capitals) = (false, 0usize, 0usize);
    for c in word.chars() {
        has_digit |= c.is_numeric();
        if c.is_alphabetic() {
            letters += 1;
            capitals += usize::from(c.is_uppercase());
        }
    }
    out.push(Token {
        span: token_span,
        opens,
        joined,
        has_digit,
        capital: word.chars().next().is_some_and(char::is_uppercase),
        all_caps: letters >= 2 && capitals == letters,
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_of(text: &str, kind: Kind) -> Vec<Vec<String>> {
        let paragraphs: Vec<Span> = text
            .split('\n')
            .scan(0, |start, line| {
                let span = Span::new(text, *start, *start + line.len());
                *start += line.len() + 1;
                span
            })
            .collect();
        let sentences: Vec<Span> = paragraphs
            .iter()
            .flat_map(|p| crate::analysis::sentences::split(text, *p))
            .collect();
        let terms = collect(text, &paragraphs, &sentences);
        terms
            .paragraphs
            .iter()
            .map(|occurrences| {
                occurrences
                    .iter()
                    .filter(|o| terms.kinds[o.term] == kind)
                    .map(|o| o.span.slice(text).to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn names_are_runs_of_capitalised_words_without_roles() {
        let text = "Talks resumed as German Chancellor Friedrich Merz met Madrid's Atocha staff.\n\
                    Merz met the Bank of England team. Diplomatic talks ended. Merz left.";
        assert_eq!(
            terms_of(text, Kind::Name),
            [
                vec!["German", "Friedrich Merz", "Madrid", "Atocha"],
                vec!["Merz", "Bank of England", "Merz"],
            ]
        );
    }

    #[test]
    fn phrases_join_neighbouring_content_words_only() {
        let text =
            "The peace talks in Berlin ended with security guarantees. Nato membership is next.";
        assert_eq!(
            terms_of(text, Kind::Phrase),
            [vec![
                "peace talks",
                "security guarantees",
                "Nato membership"
            ]]
        );
    }

    #[test]
    fn paragraphs_that_point_back_are_noticed() {
        assert!(continues("He added that talks would resume."));
        assert!(continues("“Two days we can absorb,” he told reporters."));
        assert!(continues("\"We are ready,\" she said."));
        assert!(!continues("The council met on Monday."));
        assert!(!continues("“We are ready,” Jones said."));
        assert!(!continues("Hence the delay."));
    }

    proptest::proptest! {
        #[test]
        fn ascii_text_gives_the_words_any_text_gives(
            text in "[aZS7 .,'\"():;s\t\x0b-]{0,40}"
        ) {
            let (mut bytes, mut chars) = (Vec::new(), Vec::new());
            tokenize_ascii(&text, Span::whole(&text), &mut bytes);
            tokenize_chars(&text, Span::whole(&text), &mut chars);
            proptest::prop_assert_eq!(bytes, chars);
        }
    }

    #[test]
    fn words_are_stemmed_and_numbers_skipped() {
        let text =
            "Workers struck for 48 hours over 3.5% pay, and the U.S. delegate's talks stalled.";
        assert_eq!(
            terms_of(text, Kind::Word),
            [vec![
                "Workers", "struck", "pay", "delegate", "talks", "stalled"
            ]]
        );
    }
}
