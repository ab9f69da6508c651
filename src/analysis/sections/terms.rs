//! The terms of each paragraph, found by light means: content-word stems, capitalised names,
//! and pairs of neighbouring words that could name a topic ("peace talks", "Nato membership").
//!
//! A capitalised word counts as a name when it stands inside a sentence, or at a sentence's
//! start when the article also capitalises it inside one (and never writes it in lowercase), or
//! when another capitalised word follows it.

use super::FastMap as HashMap;
use std::ops::Range;

use super::lexicon;
use super::vocabulary::{Found, Placed, Vocabulary};
use crate::analysis::lexicon::lowercase;
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
    /// Every term occurrence, paragraph by paragraph, each paragraph's in text order.
    pub(super) occurrences: Vec<Occurrence>,
    /// For each paragraph, where its occurrences are in `occurrences`.
    pub(super) paragraphs: Vec<Range<usize>>,
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

    /// The term occurrences of paragraphs `range`, in text order (none for paragraphs that do
    /// not exist).
    pub(super) fn in_paragraphs(&self, range: Range<usize>) -> &[Occurrence] {
        let start = self.paragraphs.get(range.start).map(|p| p.start);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|last| self.paragraphs.get(last))
            .map(|p| p.end);
        match (start, end) {
            (Some(start), Some(end)) if range.start < range.end => {
                self.occurrences.get(start..end).unwrap_or(&[])
            }
            _ => &[],
        }
    }
}

/// The terms as they are found, with their ids by key, so a key met before is found without
/// allocating. A word's term is found once per distinct word of the article and then read
/// from [`Vocabulary`]'s index ([`Collector::word_terms`], [`Collector::part_terms`]); the
/// stems borrow the article's lowercase words; names' keys are built in a reused buffer and
/// copied. A phrase is keyed by its two words' terms: its words are whole tokens, which hold
/// no space, so two phrases have the same words exactly when they have the same two terms, and
/// no phrase is written out.
struct Collector<'l> {
    terms: Terms,
    /// The ids of content words, by stem.
    stems: HashMap<&'l str, TermId>,
    /// The ids of whole names, by lowercase form.
    names: HashMap<String, TermId>,
    /// The ids of phrases and name phrases, by their [`Kind`]'s number less three.
    by_pair: [HashMap<(TermId, TermId), TermId>; 2],
    /// The content-word term of each word of the [`Vocabulary`], [`UNSEEN`] until met: a
    /// word's stem, and so its term, follows from its lowercase form.
    word_terms: Vec<TermId>,
    /// The name-part term of each word of the [`Vocabulary`] (keyed by the lowercase form
    /// itself), [`UNSEEN`] until met.
    part_terms: Vec<TermId>,
    /// [`Collector::never_a_topic`] of each word of the [`Vocabulary`], once asked.
    never_topic: Vec<Option<bool>>,
}

/// A word of the [`Vocabulary`] whose term is not known yet.
const UNSEEN: TermId = TermId::MAX;

impl<'l> Collector<'l> {
    /// The id the next new term gets.
    fn next_id(&self) -> TermId {
        self.terms.kinds.len()
    }

    /// Records one occurrence of term `id`, a new term when it is [`Collector::next_id`];
    /// `rarity` is asked only for a new term, since looking it up is the costly part.
    fn record(
        &mut self,
        (id, kind, words): (TermId, Kind, usize),
        (span, usage): (Span, Usage),
        rarity: impl FnOnce() -> f32,
    ) -> TermId {
        let terms = &mut self.terms;
        if id == terms.kinds.len() {
            terms.kinds.push(kind);
            terms.lengths.push(words);
            terms.rarity.push(rarity());
            terms.heads.push(0.0);
            terms.verbal.push(0.0);
        }
        if let (Some(heads), Some(verbal)) = (terms.heads.get_mut(id), terms.verbal.get_mut(id)) {
            *heads += f32::from(u8::from(usage.head));
            *verbal += f32::from(u8::from(usage.verbal));
        }
        terms.occurrences.push(Occurrence { term: id, span });
        id
    }

    /// Records a content word (vocabulary word `word`, lowercase `lower`).
    fn add_word(&mut self, (word, lower): (usize, &'l str), place: (Span, Usage)) -> TermId {
        let next = self.next_id();
        let id = match self.word_terms.get(word) {
            Some(&id) if id != UNSEEN => id,
            // Most words of an article are new to it: one hash and one probe find or place
            // their stem.
            _ => {
                let id = *self.stems.entry(lexicon::stem(lower)).or_insert(next);
                if let Some(slot) = self.word_terms.get_mut(word) {
                    *slot = id;
                }
                id
            }
        };
        self.record((id, Kind::Word, 1), place, || lexicon::rarity(lower))
    }

    /// Whether vocabulary word `word` (lowercase `lower`) is by its form never a topic: under
    /// three characters, an "-ly" adverb or holding a period. Worked out once per word, when
    /// first asked.
    fn never_a_topic(&mut self, (word, lower): (usize, &str)) -> bool {
        if let Some(&Some(known)) = self.never_topic.get(word) {
            return known;
        }
        // Two characters take at most eight bytes.
        let never = (lower.len() <= 8 && lower.chars().count() < 3)
            || lower.ends_with("ly")
            || lower.contains('.');
        if let Some(slot) = self.never_topic.get_mut(word) {
            *slot = Some(never);
        }
        never
    }

    /// Records one word of a name (vocabulary word `word`, lowercase `lower`).
    fn add_name_part(&mut self, (word, lower): (usize, &str), span: Span) -> TermId {
        let next = self.next_id();
        let id = match self.part_terms.get_mut(word) {
            Some(id) if *id != UNSEEN => *id,
            Some(id) => {
                *id = next;
                next
            }
            None => next,
        };
        self.record((id, Kind::NamePart, 1), (span, Usage::default()), || {
            lexicon::rarity(lower).max(NAME_RARITY)
        })
    }

    /// Records a whole name, keyed by `key`, its lowercase words joined by single spaces.
    fn add_name(&mut self, key: &str, (span, words): (Span, usize)) -> TermId {
        let next = self.next_id();
        let id = match self.names.get(key) {
            Some(&id) => id,
            None => {
                self.names.insert(key.to_string(), next);
                next
            }
        };
        self.record((id, Kind::Name, words), (span, Usage::default()), || 1.0)
    }

    /// Records a phrase or name phrase of the terms `first` and `second`.
    fn add_pair(
        &mut self,
        (kind, first, second): (Kind, TermId, TermId),
        place: (Span, Usage),
        rarity: f32,
    ) -> TermId {
        let next = self.next_id();
        let id = match self.by_pair.get_mut((kind as usize).wrapping_sub(3)) {
            Some(ids) => *ids.entry((first, second)).or_insert(next),
            None => next,
        };
        self.record((id, kind, 2), place, || rarity)
    }
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
    /// No capital letter anywhere in it.
    uncapitalised: bool,
    /// Only ASCII characters: its lowercase form is read from the lowercase copy of the text.
    ascii: bool,
}

/// Finds the terms of every paragraph. `sentences` tells where sentences start; paragraphs
/// without any are read as one sentence.
pub(super) fn collect(text: &str, paragraphs: &[Span], sentences: &[Span]) -> Terms {
    let (tokens, ranges) = read_tokens(text, paragraphs, sentences);
    // Every word's lowercase form. Lowercasing ASCII keeps every byte where it was, so an
    // ASCII word's (most words') is read at its own place in one lowercase copy of the text,
    // made in one pass; the other words' are made one by one into a buffer of their own
    // (none when the whole text is ASCII, as most are).
    let lower_ascii = text.to_ascii_lowercase();
    let (lower_other, other_ends) = lowercase_others(text, &tokens);
    let vocabulary = Vocabulary::new(found(
        text,
        &tokens,
        &lower_ascii,
        (&lower_other, &other_ends),
    ));

    // Sized up front from the number of words: growing the maps and lists was a tenth of
    // finding the terms. The maps are only asked by key, so their size changes nothing else.
    let all_words = tokens.len();
    // Sized up front as well: an article has fewer terms than words, or not many more.
    let terms = Terms {
        kinds: Vec::with_capacity(all_words),
        lengths: Vec::with_capacity(all_words),
        rarity: Vec::with_capacity(all_words),
        heads: Vec::with_capacity(all_words),
        verbal: Vec::with_capacity(all_words),
        occurrences: Vec::with_capacity(all_words + all_words / 2),
        paragraphs: Vec::with_capacity(ranges.len()),
        words: ranges.iter().map(Range::len).collect(),
        continues: paragraphs
            .iter()
            .map(|p| continues(p.slice(text)))
            .collect(),
    };
    let distinct = vocabulary.words.len();
    let mut collector = Collector {
        terms,
        stems: sized_map(distinct),
        names: sized_map(all_words / 8),
        by_pair: [sized_map(all_words / 2), sized_map(all_words / 16)],
        word_terms: vec![UNSEEN; distinct],
        part_terms: vec![UNSEEN; distinct],
        never_topic: vec![None; distinct],
    };
    // One reader for all paragraphs, so its key buffers are made once.
    let mut reader = ParagraphReader {
        text,
        run: None,
        previous: Previous::Nothing,
        noun_phrase: false,
        verb_cue: false,
        name_key: String::new(),
    };
    for range in ranges {
        let start = collector.terms.occurrences.len();
        let words = tokens.get(range.clone()).unwrap_or(&[]);
        let ids = vocabulary.of_token.get(range).unwrap_or(&[]);
        reader.run = None;
        reader.previous = Previous::Nothing;
        reader.noun_phrase = false;
        reader.verb_cue = false;
        for (i, (token, &id)) in words.iter().zip(ids).enumerate() {
            let Some(entry) = vocabulary.words.get(id) else {
                continue;
            };
            let next = words.get(i + 1).zip(
                ids.get(i + 1)
                    .and_then(|&n| vocabulary.words.get(n))
                    .map(|n| (n.lower, n.class)),
            );
            let word = Word {
                token,
                id,
                lower: entry.lower,
                class: entry.class,
            };
            reader.take(&mut collector, word, next, entry.known_name());
        }
        reader.flush(&mut collector);
        let terms = &mut collector.terms;
        terms.paragraphs.push(start..terms.occurrences.len());
    }
    collector.terms
}

/// What came just before the current word, for phrases.
#[derive(Clone, Debug)]
enum Previous {
    Nothing,
    /// A content word with its term, span and rarity.
    Word(TermId, Span, f32),
    /// A name that just ended, with its term, span and number of words.
    Name(TermId, Span, usize),
}

/// A word with its place in the [`Vocabulary`], its lowercase form and what the word lists
/// say of it.
#[derive(Clone, Copy)]
struct Word<'t, 'l> {
    token: &'t Token,
    id: usize,
    lower: &'l str,
    class: lexicon::WordClass,
}

/// The word after the current one, with its lowercase form and classes.
type Next<'t, 'l> = Option<(&'t Token, (&'l str, lexicon::WordClass))>;

/// Walks one paragraph's words, building names from runs of capitalised words.
struct ParagraphReader<'t> {
    text: &'t str,
    /// The capitalised run being built: its span and number of words.
    run: Option<(Span, usize)>,
    previous: Previous,
    /// A determiner or preposition opened a noun phrase that content words continue.
    noun_phrase: bool,
    /// The previous word announces a verb ("to", "will", "they").
    verb_cue: bool,
    /// The key of the last name, reused from name to name.
    name_key: String,
}

impl<'l> ParagraphReader<'_> {
    /// Reads one word; `next` is the word after it with its lowercase form.
    fn take(
        &mut self,
        terms: &mut Collector<'l>,
        word: Word<'_, 'l>,
        next: Next<'_, '_>,
        known_name: bool,
    ) {
        let Word {
            token,
            id: word_id,
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
        if token.capital && !ordinary && is_name(self.run.is_some(), token, next, known_name) {
            self.extend_run(terms, token);
            terms.add_name_part((word_id, lower), token.span);
            return;
        }
        self.flush(terms);
        if ordinary || connects || terms.never_a_topic((word_id, lower)) {
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
        let id = terms.add_word((word_id, lower), (token.span, usage));
        let rarity = terms.terms.rarity.get(id).copied().unwrap_or(1.0);
        // A participle after a name or word is more often a verb ("Berlin ended") than a topic.
        if token.joined && !lower.ends_with("ed") {
            let phrase = match &self.previous {
                Previous::Word(before, span, before_rarity) => {
                    Some((Kind::Phrase, *before, *span, (before_rarity + rarity) / 2.0))
                }
                Previous::Name(before, span, 1) => Some((
                    Kind::NamePhrase,
                    *before,
                    *span,
                    (NAME_RARITY + rarity) / 2.0,
                )),
                _ => None,
            };
            if let Some((kind, before, span, rarity)) = phrase {
                terms.add_pair((kind, before, id), (span.cover(token.span), usage), rarity);
            }
        }
        self.previous = Previous::Word(id, token.span, rarity);
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
        let key = &mut self.name_key;
        key.clear();
        let bytes = name.as_bytes();
        // `char::is_whitespace` of an ASCII byte, vertical tab included.
        let space = |b: &u8| matches!(b, b' ' | b'\t'..=b'\r');
        let single_spaces = || {
            !bytes.iter().any(|b| matches!(b, b'\t'..=b'\r'))
                && !bytes.windows(2).any(|pair| pair.iter().all(space))
        };
        if name.is_ascii() && single_spaces() {
            // Most names: words and single spaces, copied whole and lowercased in place (a
            // name starts and ends with a word).
            push_ascii_lowercase(key, name);
        } else if name.is_ascii() {
            // Byte by byte, each gap made one space.
            let mut gap = false;
            for &b in bytes {
                if space(&b) {
                    gap = !key.is_empty();
                    continue;
                }
                if gap {
                    key.push(' ');
                    gap = false;
                }
                key.push(char::from(b.to_ascii_lowercase()));
            }
        } else {
            for word in lowercase(name).split_whitespace() {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(word);
            }
        }
        let id = terms.add_name(key, (span, words));
        self.previous = Previous::Name(id, span, words);
    }
}

/// Every paragraph's words in one list, rather than one list each, and where each
/// paragraph's are in it. `sentences` tells where sentences start; paragraphs without any are
/// read as one sentence.
fn read_tokens(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
) -> (Vec<Token>, Vec<Range<usize>>) {
    // About one word in six bytes of English: sized so that the list seldom grows.
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(paragraphs.len());
    let mut next_sentence = 0;
    for paragraph in paragraphs {
        while sentences
            .get(next_sentence)
            .is_some_and(|s| s.end() <= paragraph.start())
        {
            next_sentence += 1;
        }
        let start = tokens.len();
        let mut inside = false;
        while let Some(sentence) = sentences.get(next_sentence) {
            if !paragraph.contains(*sentence) {
                break;
            }
            inside = true;
            tokenize(text, *sentence, &mut tokens);
            next_sentence += 1;
        }
        if !inside {
            tokenize(text, *paragraph, &mut tokens);
        }
        ranges.push(start..tokens.len());
    }
    (tokens, ranges)
}

/// The lowercase forms of the words that are not ASCII, one after another, and where each
/// ends.
fn lowercase_others(text: &str, tokens: &[Token]) -> (String, Vec<usize>) {
    let mut lower = String::new();
    let ends = tokens
        .iter()
        .filter(|t| !t.ascii)
        .map(|t| t.span.slice(text))
        .map(|word| {
            lower.push_str(&lowercase(word));
            lower.len()
        })
        .collect();
    (lower, ends)
}

/// Each token's forms for the [`Vocabulary`]: its lowercase form, from the lowercase copy of
/// the text or, for a word that is not ASCII, from [`lowercase_others`], and the word as
/// written.
fn found<'l>(
    text: &'l str,
    tokens: &'l [Token],
    lower_ascii: &'l str,
    (lower_other, other_ends): (&'l str, &'l [usize]),
) -> impl ExactSizeIterator<Item = Found<'l>> {
    let mut from = 0;
    let mut other = other_ends.iter();
    tokens.iter().map(move |t| {
        let lower = if t.ascii {
            Placed {
                buffer: lower_ascii,
                start: t.span.start(),
                end: t.span.end(),
            }
        } else {
            let to = other.next().copied().unwrap_or(from);
            let lower = Placed {
                buffer: lower_other,
                start: from,
                end: to,
            };
            from = to;
            lower
        };
        Found {
            lower,
            written: Placed {
                buffer: text,
                start: t.span.start(),
                end: t.span.end(),
            },
            capital: t.capital,
            opens: t.opens,
            // Lowercasing ASCII changes only capitals.
            as_lower: t.ascii && t.uncapitalised,
        }
    })
}

/// An empty map with room for `capacity` keys.
fn sized_map<K, V>(capacity: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(capacity, Default::default())
}

/// Whether a capitalised word that is not a function word belongs to a name: inside a
/// sentence, written in capitals, known as a name elsewhere, continuing a run, or followed by
/// another capitalised word.
fn is_name(in_run: bool, token: &Token, next: Next<'_, '_>, known_name: bool) -> bool {
    !token.opens
        || token.all_caps
        || known_name
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
    // The pronouns are ASCII and no other character lowercases to their letters, so an ASCII
    // word is compared without being lowercased.
    let pronoun = if first.is_ascii() {
        BACK_POINTERS.iter().any(|p| p.eq_ignore_ascii_case(first))
    } else {
        BACK_POINTERS.contains(&first.to_lowercase().as_str())
    };
    if pronoun {
        return true;
    }
    if !paragraph.starts_with(['"', '“', '‘', '\'']) {
        return false;
    }
    // A quote whose attribution is a pronoun: `"…," he said.`
    if paragraph.is_ascii() {
        ascii_pronoun_speaks(paragraph)
    } else {
        pronoun_speaks(paragraph)
    }
}

/// Whether "he", "she" or "they" comes before a speech verb among the paragraph's first 80
/// words.
fn pronoun_speaks(paragraph: &str) -> bool {
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

/// [`pronoun_speaks`] for an ASCII paragraph (most), where a word is a run of ASCII letters
/// and digits: it reads bytes rather than characters, since it reads most of a quoted
/// paragraph.
fn ascii_pronoun_speaks(paragraph: &str) -> bool {
    let bytes = paragraph.as_bytes();
    // The word before the current one was a pronoun.
    let mut after_pronoun = false;
    let mut k = 0;
    for _ in 0..80 {
        while bytes.get(k).is_some_and(|b| !b.is_ascii_alphanumeric()) {
            k += 1;
        }
        let start = k;
        while bytes.get(k).is_some_and(u8::is_ascii_alphanumeric) {
            k += 1;
        }
        let Some(word) = bytes.get(start..k).filter(|w| !w.is_empty()) else {
            return false;
        };
        if after_pronoun
            && paragraph
                .get(start..k)
                .is_some_and(|next| lexicon::class(next).speech_verb())
        {
            return true;
        }
        after_pronoun = matches!(word, b"he" | b"she" | b"they");
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

/// Appends the words of `span` to `out`: letters and digits, with inner apostrophes, hyphens
/// and periods ("O’Brien", "high-speed", "U.S."), without possessive endings. It reads bytes,
/// decodes only the characters that are not ASCII and works out each word's flags as it reads
/// it: this runs over every byte of every article.
fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    if span.slice(text).is_ascii() {
        read_ascii_words(text, span, out);
    } else {
        read_words(text, span, out);
    }
}

/// [`tokenize`] for a span known to be ASCII (most sentences), where every character is one
/// byte: each byte is read once, and whether the gap before a word is only whitespace is
/// noted while the gap is skipped rather than read again.
fn read_ascii_words(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = span.slice(text).as_bytes();
    let n = bytes.len();
    let class = |k: usize| bytes.get(k).map_or(0, |&b| byte_class(b));
    let mut opens = true;
    // Whether a word came before in the span, and whether only whitespace has come since its
    // end (its possessive ending, when cut off, is not whitespace).
    let (mut after_word, mut white_gap) = (false, true);
    let mut k = 0;
    while k < n {
        let first = class(k);
        if first & ALPHANUMERIC == 0 {
            opens |= first & OPENER != 0;
            white_gap &= first & SPACE != 0;
            k += 1;
            continue;
        }
        let i = k;
        let mut dotted = false;
        // The classes seen in the word and its capitals, as it is read.
        let (mut seen, mut capitals) = (0u8, 0usize);
        loop {
            let mut c = class(k);
            while c & ALPHANUMERIC != 0 {
                seen |= c;
                capitals += usize::from(c & UPPER != 0);
                k += 1;
                c = class(k);
            }
            // An inner apostrophe, hyphen or period before a letter or digit continues it.
            if c & INNER == 0 || class(k + 1) & ALPHANUMERIC == 0 {
                break;
            }
            dotted |= bytes.get(k) == Some(&b'.');
            k += 1;
        }
        // A final period after inner ones ("U.S.") belongs to the word.
        if dotted && bytes.get(k) == Some(&b'.') {
            k += 1;
        }
        // Possessive endings, cut off in the reference's order ("'s", then "'S"); the word is
        // then read again for its classes.
        let mut end = k;
        let mut cut = false;
        for possessive in [b's', b'S'] {
            if end >= i + 2 && bytes.get(end - 2..end) == Some(&[b'\'', possessive]) {
                end -= 2;
                cut = true;
            }
        }
        if cut {
            (seen, capitals) = (0, 0);
            for &b in bytes.get(i..end).unwrap_or(&[]) {
                let c = byte_class(b);
                seen |= c;
                capitals += usize::from(c & UPPER != 0);
            }
        }
        let joined = after_word && white_gap;
        (after_word, white_gap) = (true, !cut);
        let Some(token_span) = Span::new(text, span.start() + i, span.start() + end) else {
            continue;
        };
        out.push(Token {
            span: token_span,
            opens,
            joined,
            has_digit: seen & DIGIT != 0,
            capital: class(i) & UPPER != 0,
            all_caps: capitals >= 2 && seen & LOWER == 0,
            uncapitalised: capitals == 0,
            ascii: true,
        });
        opens = false;
    }
}

/// [`tokenize`] for any span, decoding the characters that are not ASCII.
fn read_words(text: &str, span: Span, out: &mut Vec<Token>) {
    let part = span.slice(text);
    let bytes = part.as_bytes();
    // The classes of the character at `k` and its length (none past the end).
    let class_at = |k: usize| -> (u8, usize) {
        match bytes.get(k) {
            None => (0, 0),
            Some(&b) if b.is_ascii() => (byte_class(b), 1),
            Some(_) => part
                .get(k..)
                .and_then(|rest| rest.chars().next())
                .map_or((0, 1), |c| (char_class(c), c.len_utf8())),
        }
    };
    let mut opens = true;
    let mut previous_end: Option<usize> = None;
    let mut k = 0;
    while k < bytes.len() {
        let (class, len) = class_at(k);
        if class & ALPHANUMERIC == 0 {
            opens |= class & OPENER != 0;
            k += len.max(1);
            continue;
        }
        let i = k;
        let mut dotted = false;
        // The classes seen in the word and its capitals, as it is read.
        let (mut seen, mut capitals) = (0u8, 0usize);
        loop {
            let (mut class, mut len) = class_at(k);
            while class & ALPHANUMERIC != 0 {
                seen |= class;
                capitals += usize::from(class & UPPER != 0);
                k += len;
                (class, len) = class_at(k);
            }
            // An inner apostrophe, hyphen or period before a letter or digit continues it.
            if class & INNER == 0 || class_at(k + len).0 & ALPHANUMERIC == 0 {
                break;
            }
            dotted |= bytes.get(k) == Some(&b'.');
            k += len;
        }
        let mut end = k;
        if dotted && bytes.get(end) == Some(&b'.') {
            end += 1;
        }
        let mut word = part.get(i..end).unwrap_or("");
        // Every ending below ends in "s" or "S"; a word that loses one is read again for its
        // classes.
        if matches!(word.as_bytes().last(), Some(b's' | b'S')) {
            for possessive in ["'s", "’s", "'S", "’S"] {
                if let Some(bare) = word.strip_suffix(possessive) {
                    word = bare;
                    (seen, capitals) = (0, 0);
                    for c in word.chars() {
                        let class = char_class(c);
                        seen |= class;
                        capitals += usize::from(class & UPPER != 0);
                    }
                }
            }
        }
        let joined = previous_end.is_some_and(|p| {
            part.get(p..i).is_some_and(|gap| {
                // `char::is_whitespace`, read by bytes when the gap is ASCII (vertical tab
                // included).
                if gap.is_ascii() {
                    gap.bytes().all(|b| matches!(b, b' ' | b'\t'..=b'\r'))
                } else {
                    gap.chars().all(char::is_whitespace)
                }
            })
        });
        previous_end = Some(i + word.len());
        let Some(token_span) = Span::new(text, span.start() + i, span.start() + i + word.len())
        else {
            continue;
        };
        let capital = match word.as_bytes().first() {
            Some(&b) if b.is_ascii() => byte_class(b) & UPPER != 0,
            _ => word.chars().next().is_some_and(char::is_uppercase),
        };
        out.push(Token {
            span: token_span,
            opens,
            joined,
            has_digit: seen & DIGIT != 0,
            capital,
            all_caps: capitals >= 2 && seen & LOWER == 0,
            uncapitalised: capitals == 0,
            ascii: word.is_ascii(),
        });
        opens = false;
    }
}

/// What a character is to [`tokenize`], one bit each; ASCII bytes are looked up in
/// [`BYTE_CLASSES`].
const DIGIT: u8 = 1;
/// An uppercase letter.
const UPPER: u8 = 1 << 1;
/// A letter that is not uppercase.
const LOWER: u8 = 1 << 2;
/// A character that opens a sentence, quote or clause: `"`, `:`, `(`, `“`, `‘` or `—`.
const OPENER: u8 = 1 << 3;
/// A character that joins two parts of a word: an apostrophe (`'` or `’`), hyphen or period.
const INNER: u8 = 1 << 4;
/// A letter or digit.
const ALPHANUMERIC: u8 = DIGIT | UPPER | LOWER;
/// An ASCII whitespace byte (`char::is_whitespace`, vertical tab included), for
/// [`read_ascii_words`].
const SPACE: u8 = 1 << 5;

/// [`char_class`] of each ASCII byte, worked out once (none for the other bytes), for every
/// byte so that a byte's entry needs no bounds check.
static BYTE_CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_uppercase() {
            UPPER
        } else if byte.is_ascii_lowercase() {
            LOWER
        } else if matches!(byte, b'"' | b':' | b'(') {
            OPENER
        } else if matches!(byte, b'\'' | b'-' | b'.') {
            INNER
        } else if matches!(byte, b' ' | b'\t'..=b'\r') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    classes
};

/// The classes of an ASCII byte (none for any other byte).
fn byte_class(byte: u8) -> u8 {
    BYTE_CLASSES[usize::from(byte)]
}

/// The classes of a character: a letter's case counts only for letters, as a word's capitals
/// are its uppercase letters.
fn char_class(c: char) -> u8 {
    if c.is_ascii() {
        return byte_class(c as u8);
    }
    let mut class = 0;
    if c.is_numeric() {
        class |= DIGIT;
    }
    if c.is_alphabetic() {
        class |= if c.is_uppercase() { UPPER } else { LOWER };
    }
    if matches!(c, '“' | '‘' | '—') {
        class |= OPENER;
    }
    if c == '’' {
        class |= INNER;
    }
    class
}

/// The tokenizer as first written, character by character, kept as the reference the tests
/// hold [`tokenize`] to.
#[cfg(test)]
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

/// Part of the reference tokenizer: pushes the word found at `i..end` of `span` (offsets in
/// the span), with a final period kept after inner ones ("U.S.") and a possessive ending cut
/// off; whether it was pushed.
#[cfg(test)]
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
        uncapitalised: capitals == 0,
        ascii: word.is_ascii(),
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
            .map(|range| {
                terms.occurrences[range.clone()]
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
        fn the_tokenizer_finds_the_words_the_reference_finds(
            text in "[aZS7 .,'\"():;s\t\x0b’‘“—éÉß\u{a0}Ⅻ٣-]{0,40}"
        ) {
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            tokenize(&text, Span::whole(&text), &mut fast);
            tokenize_chars(&text, Span::whole(&text), &mut reference);
            proptest::prop_assert_eq!(fast, reference);
        }

        #[test]
        fn quoted_pronouns_are_found_by_bytes_as_by_characters(
            words in proptest::collection::vec("he|she|they|said|told|x|9", 0..90),
            gaps in proptest::collection::vec("[ ,.\"'-]{1,2}", 90)
        ) {
            let paragraph: String = words
                .iter()
                .zip(&gaps)
                .map(|(word, gap)| format!("{word}{gap}"))
                .collect();
            proptest::prop_assert_eq!(
                ascii_pronoun_speaks(&paragraph),
                pronoun_speaks(&paragraph)
            );
        }

        #[test]
        fn the_ascii_reader_finds_the_words_the_reference_finds(
            text in "[aZS7 .,'\"():;s\t\x0b-]{0,40}"
        ) {
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            read_ascii_words(&text, Span::whole(&text), &mut fast);
            tokenize_chars(&text, Span::whole(&text), &mut reference);
            proptest::prop_assert_eq!(fast, reference);
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
