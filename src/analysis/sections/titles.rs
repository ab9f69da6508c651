//! Short titles for sections the source did not title: one to four words from the section's
//! most salient names and terms ("Nato membership", "Berlin talks", "Pay and conditions").
//!
//! A term is salient in a section when it occurs there often, mostly there rather than across
//! the whole article, and is rare in English at large. Names come from the entities when there
//! are any, else from the capitalised runs [`super::terms`] found.

use super::{FastMap as HashMap, FastSet as HashSet};
use std::borrow::Cow;
use std::ops::Range;

use super::lexicon;
use super::terms::{Kind, Occurrence, TermId, Terms};
use crate::analysis::entities::{Entity, EntityKind};
use crate::analysis::mention_index::{Mark, Mentions};
use crate::span::Span;

/// How much more a word of the headline weighs in the opening section, which the headline sums
/// up.
const HEADLINE_WEIGHT: f32 = 1.8;
/// How much more a term of a section's first sentence weighs: the topic sentence.
const OPENING_WEIGHT: f32 = 1.5;
/// How many words, phrases and names of a section are weighed for its title.
const CANDIDATES: usize = 12;
/// How many of a section's best candidates are combined into title options.
const COMBINED: usize = 8;
/// Most words a generated title has.
const MAX_WORDS: usize = 4;
/// How much a name weighs against a word with the same counts.
const NAME_WEIGHT: f32 = 1.0;
/// How much a nationality ("Ukrainian") weighs: a weak topic on its own.
const DEMONYM_WEIGHT: f32 = 0.4;
/// How much a word met only once in the section weighs: a weak sign of its topic.
const SINGLE_WEIGHT: f32 = 0.35;
/// How much a participle ("terrifying", "opened") weighs: more often a verb than a topic.
const PARTICIPLE_WEIGHT: f32 = 0.25;
/// How much a name met only once in the section weighs.
const SINGLE_NAME_WEIGHT: f32 = 0.5;
/// The most a term's concentration in a section counts.
const MAX_LIFT: f32 = 3.0;
/// How much a repeated two-word phrase weighs.
const PHRASE_WEIGHT: f32 = 1.6;
/// How much a phrase seen once weighs: a weak signal, often a verb and its object.
const SINGLE_PHRASE_WEIGHT: f32 = 0.5;
/// A partner must score at least this share of the lead term to join the title.
const PARTNER_SHARE: f32 = 0.4;

/// What a candidate for a title is, which decides how it combines with another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A person, named by surname: "Zelensky on security".
    Person,
    /// Any other name: "Berlin talks".
    Name,
    /// A content word: "Ceasefire".
    Word,
    /// Two neighbouring words: "Nato membership".
    Phrase,
}

/// A name or term that could go into a section's title.
#[derive(Clone, Debug)]
struct Candidate {
    role: Role,
    /// As the title shows it.
    label: String,
    /// The sentences it occurs in, by index: a name and a term make a title together only
    /// when some sentence holds both.
    sentences: Vec<usize>,
    score: f32,
    /// How often it occurs in the section.
    count: usize,
}

/// A name or term scored for a section's title, before its label is made: only those that
/// can be among the best [`COMBINED`] get one.
struct Scored<'g> {
    score: f32,
    source: Source<'g>,
}

/// What a scored candidate is, with its places in the section.
enum Source<'g> {
    /// A word or phrase, with its spans.
    Term(TermId, &'g [Span]),
    /// An entity, with its mentions in the section.
    Entity(&'g Entity, &'g [&'g Mark]),
    /// A capitalised run, labelled already: its label decides its score.
    Ready(Candidate),
}

/// Makes the titles of one article's sections, keeping them distinct from each other and from
/// the source's own headings.
pub(super) struct Titler<'a> {
    text: &'a str,
    /// The stems of the headline's words.
    headline: HashSet<String>,
    /// The stems' openings ([`opening`]), one bit each: a stem is a prefix of its lowercase
    /// word, so a word whose opening is not among them is not in the headline, and most words
    /// are ruled out before they are lowercased, stemmed and hashed.
    headline_openings: [u64; 4],
    sentences: &'a [Span],
    terms: &'a Terms,
    entities: &'a [Entity],
    /// The entities' mentions by position.
    mentions: Mentions,
    /// How many words the article's paragraphs hold.
    words: usize,
    /// Occurrences of each term in the whole article.
    in_article: Vec<f32>,
    /// The capitalised runs' short forms and counts, for an article without entities.
    names: Folds,
    /// Titles used so far, lowercase.
    taken: HashSet<String>,
    /// An entry for each term, all [`usize::MAX`] between uses: [`Grouped`]'s scratch space,
    /// made once per article.
    slots: Vec<usize>,
    /// How many titles this titler has made.
    made: usize,
}

impl<'a> Titler<'a> {
    /// Prepares the counts every section's title draws on; `headings` are the source's own
    /// titles, which generated ones must not repeat.
    pub(super) fn new<'h>(
        text: &'a str,
        headline: &str,
        sentences: &'a [Span],
        terms: &'a Terms,
        entities: &'a [Entity],
        headings: impl Iterator<Item = &'h str>,
    ) -> Titler<'a> {
        let mut in_article = vec![0.0; terms.len()];
        for o in &terms.occurrences {
            in_article[o.term] += 1.0;
        }
        // The capitalised runs stand in for names only in an article without entities.
        let names = if entities.is_empty() {
            Folds::new(text, terms, &in_article)
        } else {
            Folds::default()
        };
        let headline: HashSet<String> = headline
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| lexicon::stem(&w.to_lowercase()).to_string())
            .collect();
        let mut headline_openings = [0u64; 4];
        for bit in headline.iter().filter_map(|stem| opening(stem)) {
            headline_openings[bit / 64] |= 1 << (bit % 64);
        }
        Titler {
            text,
            headline,
            headline_openings,
            sentences,
            terms,
            entities,
            mentions: Mentions::new(entities),
            words: terms.words.iter().sum(),
            in_article,
            names,
            taken: headings.map(str::to_lowercase).collect(),
            made: 0,
            slots: vec![usize::MAX; terms.len()],
        }
    }

    /// A title for the section made of `paragraphs`, which `span` covers.
    pub(super) fn title(&mut self, paragraphs: Range<usize>, span: Span) -> String {
        let occurrences = self.terms.in_paragraphs(paragraphs.clone());
        let words_in = |range: Range<usize>| -> f32 {
            self.terms
                .words
                .get(range)
                .unwrap_or(&[])
                .iter()
                .sum::<usize>() as f32
        };
        let share = words_in(paragraphs.clone()) / (self.words as f32).max(1.0);
        let opening = self
            .sentences
            .get(self.sentence_of(span))
            .copied()
            .filter(|s| span.contains(*s))
            .unwrap_or(span);
        let scope = Scope {
            share,
            lead: paragraphs.start == 0,
            opening,
        };
        let mut slots = std::mem::take(&mut self.slots);
        let terms = self.group_terms(occurrences, &mut slots);
        let names = if self.entities.is_empty() {
            self.names_of(occurrences, scope, &mut slots)
        } else {
            Vec::new()
        };
        self.slots = slots;
        let mut marks: Vec<&Mark> = self.mentions.inside(span).collect();
        let mut scored = self.terms_of(&terms, scope);
        scored.extend(names);
        if !self.entities.is_empty() {
            scored.extend(self.entities_of(&mut marks, scope));
        }

        let candidates = self.best_labelled(scored);
        // The options' words are put together one at a time, best first, until one is not
        // taken: most are never needed. When all are taken, the best one is used again.
        let options = compose(&candidates);
        let titles = options
            .iter()
            .map(|option| sentence_case(&option.text(&candidates)))
            .filter(|title| title.split_whitespace().count() <= MAX_WORDS)
            .chain(std::iter::once_with(|| {
                opening_words(span.slice(self.text))
            }))
            .chain(std::iter::once_with(|| format!("Part {}", self.made + 1)));
        let mut best = None;
        let mut chosen = None;
        for title in titles {
            if !title.is_empty() && !self.taken.contains(&title.to_lowercase()) {
                chosen = Some(title);
                break;
            }
            best.get_or_insert(title);
        }
        let chosen = chosen.or(best).unwrap_or_default();
        self.taken.insert(chosen.to_lowercase());
        self.made += 1;
        chosen
    }

    /// The section's content words and phrases with their spans, grouped by term.
    fn group_terms(&self, occurrences: &[Occurrence], slots: &mut [usize]) -> Grouped {
        Grouped::new(
            occurrences.iter().filter_map(|o| {
                matches!(
                    self.terms.kinds[o.term],
                    Kind::Word | Kind::Phrase | Kind::NamePhrase
                )
                .then_some((o.term, o.span))
            }),
            slots,
        )
    }

    /// The best [`CANDIDATES`] of the section's content words and phrases, scored from their
    /// counts alone.
    fn terms_of<'g>(&self, found: &'g Grouped, scope: Scope) -> Vec<Scored<'g>> {
        let mut scored: Vec<(f32, TermId, &[Span])> = Vec::with_capacity(found.len());
        scored.extend(
            found
                .groups()
                .map(|(term, spans)| (self.term_score(term, spans, scope), term, spans)),
        );
        best_first(&mut scored);
        scored
            .into_iter()
            .map(|(score, term, spans)| Scored {
                score,
                source: Source::Term(term, spans),
            })
            .collect()
    }

    /// The candidate a scored name or term makes, with its label.
    fn label(&self, scored: Scored<'_>) -> Option<Candidate> {
        let score = scored.score;
        match scored.source {
            Source::Term(term, spans) => {
                // `common_case` puts the words on one line.
                let label = most_common(self.text, spans)?;
                let (role, label) = match self.terms.kinds[term] {
                    Kind::Word => (Role::Word, common_case(label, false)),
                    kind => (Role::Phrase, common_case(label, kind == Kind::NamePhrase)),
                };
                Some(Candidate {
                    role,
                    sentences: self.sentences_of(spans.iter().copied()),
                    label,
                    score,
                    count: spans.len(),
                })
            }
            Source::Entity(entity, group) => {
                let role = if entity.kind == EntityKind::Person {
                    Role::Person
                } else {
                    Role::Name
                };
                Some(Candidate {
                    role,
                    sentences: self.sentences_of(self.mark_spans(group)),
                    label: entity_label(entity),
                    score,
                    count: group.len(),
                })
            }
            Source::Ready(candidate) => Some(candidate),
        }
    }

    /// The best [`COMBINED`] candidates, best first (ties by label): those scored are labelled
    /// best first, and only until no other can reach the best [`COMBINED`] (a candidate's
    /// score does not change when it is labelled), rather than all of them.
    fn best_labelled(&self, mut scored: Vec<Scored<'_>>) -> Vec<Candidate> {
        // Each with its place among those scored, which breaks the last ties as a stable
        // sort of all of them would.
        let mut order: Vec<usize> = (0..scored.len()).collect();
        order.sort_by(|&a, &b| scored[b].score.total_cmp(&scored[a].score));
        let mut sources: Vec<Option<Scored<'_>>> = scored.drain(..).map(Some).collect();
        let mut labelled: Vec<(usize, Candidate)> = Vec::with_capacity(COMBINED + 4);
        for place in order {
            let Some(next) = sources.get_mut(place).and_then(Option::take) else {
                continue;
            };
            // Labelled best first: the last of the best so far is the one to beat.
            if let Some((_, last)) = labelled.get(COMBINED - 1)
                && next.score.total_cmp(&last.score) == std::cmp::Ordering::Less
            {
                break;
            }
            if let Some(candidate) = self.label(next) {
                labelled.push((place, candidate));
            }
        }
        labelled.sort_by(|(i, a), (j, b)| {
            b.score
                .total_cmp(&a.score)
                .then(a.label.cmp(&b.label))
                .then(i.cmp(j))
        });
        labelled.truncate(COMBINED);
        labelled.into_iter().map(|(_, c)| c).collect()
    }

    /// How well a word or phrase met at `spans` in a section titles it.
    fn term_score(&self, term: TermId, spans: &[Span], scope: Scope) -> f32 {
        let count = spans.len() as f32;
        let all = self.in_article[term].max(1.0);
        let head = self.terms.heads[term] / all;
        let verbal = self.terms.verbal[term] / all;
        let nounish = (0.3 + 0.9 * head - 0.5 * verbal).clamp(0.1, 1.2);
        let weight = match self.terms.kinds[term] {
            Kind::Word => {
                let first = spans.first().map_or("", |s| s.slice(self.text));
                let participle = first.ends_with("ed") || first.ends_with("ing");
                if participle && (head < 0.5 || count < 2.0) {
                    nounish * PARTICIPLE_WEIGHT
                } else {
                    nounish
                }
            }
            _ if count >= 2.0 => nounish * PHRASE_WEIGHT,
            _ => nounish * SINGLE_PHRASE_WEIGHT,
        };
        let once = if count < 2.0 { SINGLE_WEIGHT } else { 1.0 };
        let headline = match spans.first() {
            Some(first) if scope.lead && self.in_headline(first.slice(self.text)) => {
                HEADLINE_WEIGHT
            }
            _ => 1.0,
        };
        salience(count, all, scope.share)
            * weight
            * once
            * headline
            * scope.opening_weight(spans)
            * self.terms.rarity[term]
    }

    /// The entities mentioned in the section (`marks`, its mentions), scored.
    fn entities_of<'g>(&'g self, marks: &'g mut [&'g Mark], scope: Scope) -> Vec<Scored<'g>> {
        marks.sort_by_key(|m| m.entity);
        marks
            .chunk_by(|a, b| a.entity == b.entity)
            .filter_map(|group| {
                let entity = self.entities.get(group.first()?.entity)?;
                let count = group.len() as f32;
                let weight = if entity.kind == EntityKind::Group {
                    DEMONYM_WEIGHT
                } else {
                    NAME_WEIGHT
                };
                let opening = if self.mark_spans(group).any(|s| scope.opening.contains(s)) {
                    OPENING_WEIGHT
                } else {
                    1.0
                };
                Some(Scored {
                    score: salience(count, entity.mentions.len() as f32, scope.share)
                        * weight
                        * opening,
                    source: Source::Entity(entity, group),
                })
            })
            .collect()
    }

    /// The spans of mentions.
    fn mark_spans<'m>(&self, marks: &'m [&Mark]) -> impl Iterator<Item = Span> + use<'m, 'a> {
        let text = self.text;
        marks
            .iter()
            .filter_map(move |m| Span::new(text, m.start, m.end))
    }

    /// Capitalised runs in the section (when the article has no entities), scored and
    /// labelled.
    fn names_of(
        &self,
        occurrences: &[Occurrence],
        scope: Scope,
        slots: &mut [usize],
    ) -> Vec<Scored<'static>> {
        let found = Grouped::new(
            occurrences
                .iter()
                .filter(|o| self.terms.kinds[o.term] == Kind::Name)
                .map(|o| {
                    (
                        self.names.folded.get(&o.term).copied().unwrap_or(o.term),
                        o.span,
                    )
                }),
            slots,
        );
        let mut scored: Vec<(f32, TermId, &[Span])> = Vec::with_capacity(found.len());
        scored.extend(found.groups().map(|(term, spans)| {
            let in_article = self.names.name_total.get(&term).copied().unwrap_or(1.0);
            let once = if spans.len() < 2 {
                SINGLE_NAME_WEIGHT
            } else {
                1.0
            };
            let score = salience(spans.len() as f32, in_article, scope.share)
                * once
                * scope.opening_weight(spans);
            (score, term, spans)
        }));
        best_first(&mut scored);
        scored
            .into_iter()
            .filter_map(|(score, term, spans)| {
                let full = longest(self.text, spans)?;
                // A name of two or three capitalised words that the article also calls by its
                // last word alone is most likely a person called by surname ("Bank of Poland"
                // is not).
                let words = full.split_whitespace().count();
                let person = self.names.known_short.contains(&term)
                    && (2..=3).contains(&words)
                    && full
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase));
                let label = if person {
                    full.split_whitespace().last().unwrap_or(full).to_string()
                } else {
                    one_line(full)
                };
                if label.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                    return None;
                }
                let weight = if lexicon::is_demonym(&label.to_lowercase()) {
                    DEMONYM_WEIGHT
                } else {
                    NAME_WEIGHT
                };
                let score = score * weight;
                Some(Scored {
                    score,
                    source: Source::Ready(Candidate {
                        role: if person { Role::Person } else { Role::Name },
                        sentences: self.sentences_of(spans.iter().copied()),
                        label,
                        score,
                        count: spans.len(),
                    }),
                })
            })
            .collect()
    }
}

impl Titler<'_> {
    /// Whether every word of `words` is in the article's headline (compared by stem).
    fn in_headline(&self, words: &str) -> bool {
        // Most terms are ruled out by their first word's opening, read straight from the
        // text when it is two ASCII letters or digits (the first word's own first two bytes).
        if let [first, second, ..] = words.as_bytes()
            && first.is_ascii_alphanumeric()
            && second.is_ascii_alphanumeric()
            && let Some(bit) = opening(words)
            && self.headline_openings[bit / 64] & 1 << (bit % 64) == 0
        {
            return false;
        }
        let mut any = false;
        for word in words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            // Ruled out by its opening alone (see `headline_openings`).
            if let Some(bit) = opening(word)
                && self.headline_openings[bit / 64] & 1 << (bit % 64) == 0
            {
                return false;
            }
            let listed = crate::analysis::lexicon::with_lower(word, |lower| {
                self.headline.contains(lexicon::stem(lower))
            });
            if !listed {
                return false;
            }
            any = true;
        }
        any
    }

    /// The index of the sentence that holds `span`'s start.
    fn sentence_of(&self, span: Span) -> usize {
        self.sentences
            .partition_point(|s| s.start() <= span.start())
            .saturating_sub(1)
    }

    /// The indices of the sentences that hold `spans`, sorted and without repeats. Without
    /// sentences every span counts as one sentence, so nothing is ruled out.
    fn sentences_of(&self, spans: impl Iterator<Item = Span>) -> Vec<usize> {
        let mut found: Vec<usize> = spans
            .map(|span| {
                self.sentences
                    .partition_point(|s| s.start() <= span.start())
                    .saturating_sub(1)
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// How an article's capitalised runs name the same thing, for titles from names when the
/// article has no entities.
#[derive(Default)]
struct Folds {
    /// Single-word names that are the last word of a longer name ("Zelensky" of "Volodymyr
    /// Zelensky"), mapped to that name.
    folded: HashMap<TermId, TermId>,
    /// Names whose last word also stands alone somewhere, so the title may use it alone.
    known_short: HashSet<TermId>,
    /// Occurrences of each name in the article, its folded short forms included.
    name_total: HashMap<TermId, f32>,
}

impl Folds {
    /// Folds single-word names into the most frequent longer name they end; `in_article`
    /// counts each term's occurrences.
    fn new(text: &str, terms: &Terms, in_article: &[f32]) -> Folds {
        // Each term's first span, by term id (ids are dense).
        let mut first_span: Vec<Option<Span>> = vec![None; terms.len()];
        for o in &terms.occurrences {
            first_span[o.term].get_or_insert(o.span);
        }
        let names = || {
            first_span
                .iter()
                .enumerate()
                .filter_map(|(term, span)| Some((term, (*span)?)))
                .filter(|&(term, _)| terms.kinds[term] == Kind::Name)
        };
        // Ties go to the first term, so the order of this walk does not matter.
        let mut longer: HashMap<String, (TermId, f32)> = HashMap::default();
        let mut single: Vec<(TermId, String)> = Vec::new();
        for (term, span) in names() {
            // The last word alone is lowercased: no word's lowercase form depends on the
            // words before it.
            let last = span.slice(text).split_whitespace().last().unwrap_or("");
            let last = if last.is_ascii() {
                last.to_ascii_lowercase()
            } else {
                last.to_lowercase()
            };
            if terms.lengths[term] == 1 {
                single.push((term, last));
            } else {
                let best = longer.entry(last).or_insert((term, 0.0));
                if in_article[term] > best.1 || (in_article[term] == best.1 && term < best.0) {
                    *best = (term, in_article[term]);
                }
            }
        }
        let mut folds = Folds::default();
        for (term, _) in names() {
            *folds.name_total.entry(term).or_default() += in_article[term];
        }
        for (term, word) in single {
            if let Some(&(full, _)) = longer.get(&word) {
                folds.folded.insert(term, full);
                folds.known_short.insert(full);
                *folds.name_total.entry(full).or_default() += in_article[term];
            }
        }
        folds
    }
}

/// Where a section stands, for weighing its terms.
#[derive(Clone, Copy, Debug)]
struct Scope {
    /// The section's share of the article's words, 0–1.
    share: f32,
    /// Whether it is the opening section, which the headline sums up.
    lead: bool,
    /// The section's first sentence, which tends to state its topic.
    opening: Span,
}

impl Scope {
    /// How much more a term weighs for occurring in the section's first sentence.
    fn opening_weight(&self, spans: &[Span]) -> f32 {
        if spans.iter().any(|s| self.opening.contains(*s)) {
            OPENING_WEIGHT
        } else {
            1.0
        }
    }
}

/// A word's opening as a bit of a 256-bit filter: its first two bytes lowercased (the only
/// byte of a one-byte word), when they are ASCII. A stem is its whole word or at least two
/// bytes of it, so a lowercase word and its stem have the same opening.
fn opening(word: &str) -> Option<usize> {
    let (first, second) = match word.as_bytes() {
        [] => return None,
        [first] => (*first, 0),
        [first, second, ..] => (*first, *second),
    };
    (first.is_ascii() && second.is_ascii()).then(|| {
        let (first, second) = (first.to_ascii_lowercase(), second.to_ascii_lowercase());
        (usize::from(first) * 31 + usize::from(second)) % 256
    })
}

/// Whether two sorted lists share an element.
fn meet(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The spans of a section's terms, grouped by term: counted, then placed (no sort, no map of
/// lists), since every section of every article builds one.
struct Grouped {
    /// Each term met, in the order first met, with where its spans are in `spans`.
    groups: Vec<(TermId, Range<usize>)>,
    /// The spans, term by term, each term's in text order.
    spans: Vec<Span>,
}

impl Grouped {
    /// Groups `pairs` by term; `slots` has an entry for every term, all [`usize::MAX`], and is
    /// left so.
    fn new(pairs: impl Iterator<Item = (TermId, Span)> + Clone, slots: &mut [usize]) -> Grouped {
        // Each term's group, and how many spans it has.
        // Sized for the most groups there can be: growing it was a tenth of the titles.
        let most = pairs.size_hint().1.unwrap_or(0);
        let mut groups: Vec<(TermId, Range<usize>)> = Vec::with_capacity(most);
        let mut total = 0;
        for (term, _) in pairs.clone() {
            let Some(slot) = slots.get_mut(term) else {
                continue;
            };
            if *slot == usize::MAX {
                *slot = groups.len();
                groups.push((term, 0..0));
            }
            if let Some((_, range)) = groups.get_mut(*slot) {
                range.end += 1;
            }
            total += 1;
        }
        // Where each group starts; `end` then counts the spans placed so far.
        let mut start = 0;
        for (_, range) in &mut groups {
            let count = range.end;
            *range = start..start;
            start += count;
        }
        let mut spans = vec![Span::default(); total];
        for (term, span) in pairs {
            let group = slots.get(term).and_then(|&slot| groups.get_mut(slot));
            if let Some((_, range)) = group
                && let Some(place) = spans.get_mut(range.end)
            {
                *place = span;
                range.end += 1;
            }
        }
        for (term, _) in &groups {
            if let Some(slot) = slots.get_mut(*term) {
                *slot = usize::MAX;
            }
        }
        Grouped { groups, spans }
    }

    /// How many terms there are.
    fn len(&self) -> usize {
        self.groups.len()
    }

    /// Each term with its spans.
    fn groups(&self) -> impl Iterator<Item = (TermId, &[Span])> {
        self.groups
            .iter()
            .filter_map(|(term, range)| Some((*term, self.spans.get(range.clone())?)))
    }
}

/// Sorts scored terms best first (ties by term, for stable output) and keeps the best few.
/// Each term comes once, so the order is total: the best few are picked first and only they
/// are sorted, the same list as sorting all of them (a section has hundreds of terms).
fn best_first(scored: &mut Vec<(f32, TermId, &[Span])>) {
    let order = |a: &(f32, TermId, &[Span]), b: &(f32, TermId, &[Span])| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
    };
    if scored.len() > CANDIDATES {
        scored.select_nth_unstable_by(CANDIDATES, order);
        scored.truncate(CANDIDATES);
    }
    scored.sort_by(order);
}

/// A label in lowercase, borrowed when it is ASCII without capitals (most words and phrases).
fn lowercase_label(label: &str) -> Cow<'_, str> {
    if !label.is_ascii() {
        Cow::Owned(label.to_lowercase())
    } else if label.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(label.to_ascii_lowercase())
    } else {
        Cow::Borrowed(label)
    }
}

/// The lowercase words of each of `labels`, in one list, so two candidates that share a word
/// are not put side by side.
struct LabelWords<'l> {
    /// Every label's words, label by label.
    words: Vec<&'l str>,
    /// Where each label's words are in `words`.
    ranges: Vec<Range<usize>>,
}

impl<'l> LabelWords<'l> {
    fn new(lowers: &'l [Cow<'_, str>]) -> LabelWords<'l> {
        let mut words = Vec::with_capacity(lowers.len() * 2);
        let mut ranges = Vec::with_capacity(lowers.len());
        for lower in lowers {
            let start = words.len();
            words.extend(lower.split_whitespace());
            ranges.push(start..words.len());
        }
        LabelWords { words, ranges }
    }

    /// The words of label `i`.
    fn of(&self, i: usize) -> &[&'l str] {
        self.ranges
            .get(i)
            .and_then(|range| self.words.get(range.clone()))
            .unwrap_or(&[])
    }
}

/// How strongly a term marks a section: often there, and more often there than the section's
/// share of the article's words would predict. `share` is that share, 0–1.
fn salience(in_section: f32, in_article: f32, share: f32) -> f32 {
    let lift = (in_section / in_article.max(in_section)) / share.max(0.01);
    in_section * lift.min(MAX_LIFT).sqrt()
}

/// A title option before its words are put together: which candidates (by index) it joins
/// and how.
#[derive(Clone, Copy, Debug)]
enum Form {
    /// One candidate alone.
    Alone(usize),
    /// Two side by side: "Berlin talks".
    Side(usize, usize),
    /// A person and a topic: "Zelensky on security".
    On(usize, usize),
    /// Two names or two words: "Kyiv and Warsaw".
    And(usize, usize),
}

/// A title option with how well it reads.
#[derive(Clone, Copy, Debug)]
struct TitleOption {
    score: f32,
    form: Form,
}

impl TitleOption {
    /// The option's words, from the candidates [`compose`] was given.
    fn text(&self, candidates: &[Candidate]) -> String {
        let label = |i: usize| candidates.get(i).map_or("", |c| c.label.as_str());
        match self.form {
            Form::Alone(a) => label(a).to_string(),
            Form::Side(a, b) => format!("{} {}", label(a), label(b)),
            Form::On(a, b) => format!("{} on {}", label(a), label(b)),
            Form::And(a, b) => format!("{} and {}", label(a), label(b)),
        }
    }
}

/// Title options, best first (ties in the order they were made): a phrase, a name with a word
/// ("Berlin talks"), two names or two words joined by "and", or one candidate alone. Only
/// their scores are worked out here; [`TitleOption::text`] makes the words of those needed.
fn compose(candidates: &[Candidate]) -> Vec<TitleOption> {
    let top = candidates
        .get(..candidates.len().min(COMBINED))
        .unwrap_or(&[]);
    let lowers: Vec<Cow<'_, str>> = top.iter().map(|c| lowercase_label(&c.label)).collect();
    let words = LabelWords::new(&lowers);
    // Room for every candidate alone and every pair.
    let mut options: Vec<TitleOption> = Vec::with_capacity(top.len() * (top.len() + 1) / 2);
    for (i, a) in top.iter().enumerate() {
        let a_words = words.of(i);
        let alone = match a.role {
            Role::Phrase => {
                let parts: f32 = top
                    .iter()
                    .enumerate()
                    .filter(|(k, c)| {
                        c.role != Role::Phrase && words.of(*k).iter().all(|w| a_words.contains(w))
                    })
                    .map(|(_, c)| c.score)
                    .sum();
                let repeated = a.score >= PHRASE_WEIGHT * 0.5;
                (a.score + parts) * if repeated { 1.0 } else { 0.6 }
            }
            Role::Name | Role::Person => a.score * 0.8,
            Role::Word => a.score * 0.9,
        };
        options.push(TitleOption {
            score: alone,
            form: Form::Alone(i),
        });
        for (j, b) in top.iter().enumerate().skip(i + 1) {
            let weak = b.score < a.score * PARTNER_SHARE || a.count < 2 || b.count < 2;
            if weak || words.of(j).iter().any(|w| a_words.contains(w)) {
                continue;
            }
            if let Some((factor, form)) = pair((i, a), (j, b)) {
                options.push(TitleOption {
                    score: (a.score + b.score) * factor,
                    form,
                });
            }
        }
    }
    options.sort_by(|a, b| b.score.total_cmp(&a.score));
    options
}

/// Two candidates (with their indices) as one title with how well the pair reads, or `None`
/// when they do not go together.
fn pair((x, a): (usize, &Candidate), (y, b): (usize, &Candidate)) -> Option<(f32, Form)> {
    let named = |r| matches!(r, Role::Name | Role::Person);
    if named(a.role) != named(b.role) && !meet(&a.sentences, &b.sentences) {
        return None;
    }
    match (a.role, b.role) {
        (Role::Name, Role::Word) => Some((0.85, Form::Side(x, y))),
        (Role::Word, Role::Name) => Some((0.85, Form::Side(y, x))),
        (Role::Name, Role::Phrase) => Some((0.8, Form::Side(x, y))),
        (Role::Phrase, Role::Name) => Some((0.8, Form::Side(y, x))),
        (Role::Person, Role::Word | Role::Phrase) => Some((0.8, Form::On(x, y))),
        (Role::Word | Role::Phrase, Role::Person) => Some((0.8, Form::On(y, x))),
        (Role::Name | Role::Person, Role::Name | Role::Person) => Some((0.55, Form::And(x, y))),
        (Role::Word, Role::Word) if !akin(&a.label, &b.label) => Some((0.5, Form::And(x, y))),
        _ => None,
    }
}

/// The first few words of a section, the fallback when it has no name or term worth a title.
fn opening_words(section: &str) -> String {
    let words: Vec<&str> = section
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    sentence_case(&words.join(" "))
}

/// Whether two words share their first five letters ("economist", "economy"), which makes
/// "economist and economy" a stutter rather than two topics.
fn akin(a: &str, b: &str) -> bool {
    // ASCII words (most): their first five bytes compared without regard to case, with no
    // lowercase copies.
    if let (Some(a), Some(b)) = (a.as_bytes().get(..5), b.as_bytes().get(..5))
        && a.is_ascii()
        && b.is_ascii()
    {
        return a.eq_ignore_ascii_case(b);
    }
    let prefix = |w: &str| w.to_lowercase().chars().take(5).collect::<String>();
    a.chars().count() >= 5 && prefix(a) == prefix(b)
}

/// The first letter in uppercase, the rest as given.
fn sentence_case(title: &str) -> String {
    let mut chars = title.chars();
    let mut out = String::with_capacity(title.len() + 2);
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// A common word or phrase as a title shows it: lowercase, except words written in capitals
/// ("NHS") and, when `named`, the name that leads it ("Nato membership").
fn common_case(label: &str, named: bool) -> String {
    let mut out = String::with_capacity(label.len());
    for (i, word) in label.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let caps = if word.is_ascii() {
            // The same test by bytes.
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            letters >= 2 && !word.bytes().any(|b| b.is_ascii_lowercase())
        } else {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 2
                && word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        };
        if caps || (i == 0 && named) {
            out.push_str(word);
        } else if word.is_ascii() {
            super::terms::push_ascii_lowercase(&mut out, word);
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// The words of `text` joined by single spaces.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The form written most often among `spans`; on a tie the first that is not a participle
/// ("opening" rather than "opened").
fn most_common<'t>(text: &'t str, spans: &[Span]) -> Option<&'t str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for span in spans {
        let form = span.slice(text);
        match counts
            .iter_mut()
            .find(|(f, _)| f.eq_ignore_ascii_case(form))
        {
            Some((_, n)) => *n += 1,
            None => counts.push((form, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    let participle = |form: &str| form.ends_with("ed");
    counts
        .iter()
        .filter(|c| c.1 == best)
        .min_by_key(|c| participle(c.0))
        .map(|c| c.0)
}

/// The longest form among `spans`, the fullest way the section writes a name.
fn longest<'t>(text: &'t str, spans: &[Span]) -> Option<&'t str> {
    spans
        .iter()
        .map(|s| s.slice(text))
        .max_by_key(|s| s.split_whitespace().count())
}

/// How a title names an entity: a person by surname, anything else by its name, or its
/// shortest alias when the name is long.
fn entity_label(entity: &Entity) -> String {
    if entity.kind == EntityKind::Person {
        return entity
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&entity.name)
            .to_string();
    }
    if entity.name.split_whitespace().count() <= 3 {
        return entity.name.clone();
    }
    entity
        .aliases
        .iter()
        .min_by_key(|a| a.split_whitespace().count())
        .unwrap_or(&entity.name)
        .clone()
}
