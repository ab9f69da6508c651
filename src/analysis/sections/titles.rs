//! Short titles for sections the source did not title: one to four words from the section's
//! most salient names and terms ("Nato membership", "Berlin talks", "Pay and conditions").
//!
//! A term is salient in a section when it occurs there often, mostly there rather than across
//! the whole article, and is rare in English at large. Names come from the entities when there
//! are any, else from the capitalised runs [`super::terms`] found.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::terms::{Kind, Occurrence, TermId, Terms};
use crate::analysis::entities::{Entity, EntityKind};
use crate::span::Span;

/// Most words a generated title has.
const MAX_WORDS: usize = 4;
/// How much a name weighs against a word with the same counts.
const NAME_WEIGHT: f32 = 1.4;
/// How much a repeated two-word phrase weighs; a phrase seen once is a weak signal.
const PHRASE_WEIGHT: f32 = 1.6;
const SINGLE_PHRASE_WEIGHT: f32 = 0.5;
/// A partner must score at least this share of the lead term to join the title.
const PARTNER_SHARE: f32 = 0.35;

/// What a candidate for a title is, which decides how it combines with another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Name,
    Word,
    Phrase,
}

/// A name or term that could go into a section's title.
#[derive(Clone, Debug)]
struct Candidate {
    role: Role,
    /// As the title shows it.
    label: String,
    /// Its lowercase words, so two candidates that share one are not put side by side.
    words: Vec<String>,
    score: f32,
}

/// Makes the titles of one article's sections, keeping them distinct from each other and from
/// the source's own headings.
pub(super) struct Titler<'a> {
    text: &'a str,
    terms: &'a Terms,
    entities: &'a [Entity],
    /// Occurrences of each term in the whole article.
    in_article: Vec<f32>,
    /// Single-word names that are the last word of a longer name ("Zelensky" of "Volodymyr
    /// Zelensky"), mapped to that name.
    folded: HashMap<TermId, TermId>,
    /// Names whose last word also stands alone somewhere, so the title may use it alone.
    known_short: HashSet<TermId>,
    /// Titles used so far, lowercase.
    taken: HashSet<String>,
}

impl<'a> Titler<'a> {
    /// Prepares the counts every section's title draws on; `headings` are the source's own
    /// titles, which generated ones must not repeat.
    pub(super) fn new<'h>(
        text: &'a str,
        terms: &'a Terms,
        entities: &'a [Entity],
        headings: impl Iterator<Item = &'h str>,
    ) -> Titler<'a> {
        let mut in_article = vec![0.0; terms.len()];
        let mut first_span: HashMap<TermId, Span> = HashMap::new();
        for o in terms.paragraphs.iter().flatten() {
            in_article[o.term] += 1.0;
            first_span.entry(o.term).or_insert(o.span);
        }
        // Fold single-word names into the most frequent longer name they end.
        let mut longer: HashMap<String, (TermId, f32)> = HashMap::new();
        let mut single: Vec<(TermId, String)> = Vec::new();
        for (&term, span) in &first_span {
            if terms.kinds[term] != Kind::Name {
                continue;
            }
            let lower = span.slice(text).to_lowercase();
            let last = lower.split_whitespace().last().unwrap_or("").to_string();
            if terms.lengths[term] == 1 {
                single.push((term, last));
            } else {
                let best = longer.entry(last).or_insert((term, 0.0));
                if in_article[term] > best.1 || (in_article[term] == best.1 && term < best.0) {
                    *best = (term, in_article[term]);
                }
            }
        }
        let mut folded = HashMap::new();
        let mut known_short = HashSet::new();
        for (term, word) in single {
            if let Some(&(full, _)) = longer.get(&word) {
                folded.insert(term, full);
                known_short.insert(full);
            }
        }
        Titler {
            text,
            terms,
            entities,
            in_article,
            folded,
            known_short,
            taken: headings.map(str::to_lowercase).collect(),
        }
    }

    /// A title for the section made of `paragraphs`, which `span` covers.
    pub(super) fn title(&mut self, paragraphs: Range<usize>, span: Span) -> String {
        let occurrences: Vec<&Occurrence> = self
            .terms
            .paragraphs
            .get(paragraphs)
            .unwrap_or(&[])
            .iter()
            .flatten()
            .collect();
        let mut candidates = self.terms_of(&occurrences);
        candidates.extend(self.names_of(&occurrences, span));
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.label.cmp(&b.label)));
        let options = compose(&candidates);
        let chosen = options
            .iter()
            .find(|t| !self.taken.contains(&t.to_lowercase()))
            .or(options.first())
            .cloned()
            .unwrap_or_default();
        self.taken.insert(chosen.to_lowercase());
        chosen
    }

    /// Content words and phrases of the section.
    fn terms_of(&self, occurrences: &[&Occurrence]) -> Vec<Candidate> {
        let mut found: HashMap<TermId, Vec<Span>> = HashMap::new();
        for o in occurrences {
            if matches!(self.terms.kinds[o.term], Kind::Word | Kind::Phrase) {
                found.entry(o.term).or_default().push(o.span);
            }
        }
        found
            .into_iter()
            .filter_map(|(term, spans)| {
                let count = spans.len() as f32;
                let label = most_common(self.text, &spans)?;
                let lower = label.to_lowercase();
                let (role, weight) = match self.terms.kinds[term] {
                    Kind::Phrase if count >= 2.0 => (Role::Phrase, PHRASE_WEIGHT),
                    Kind::Phrase => (Role::Phrase, SINGLE_PHRASE_WEIGHT),
                    _ if lower.ends_with("ed") || lower.ends_with("ing") => (Role::Word, 0.5),
                    _ => (Role::Word, 1.0),
                };
                let score =
                    salience(count, self.in_article[term]) * weight * self.terms.rarity[term];
                Some(Candidate {
                    role,
                    label: common_case(&label),
                    words: lower.split_whitespace().map(String::from).collect(),
                    score,
                })
            })
            .collect()
    }

    /// Names in the section: the entities when there are any, else capitalised runs.
    fn names_of(&self, occurrences: &[&Occurrence], span: Span) -> Vec<Candidate> {
        if !self.entities.is_empty() {
            return self
                .entities
                .iter()
                .filter_map(|entity| {
                    let count = entity
                        .mentions
                        .iter()
                        .filter(|m| span.contains(m.span))
                        .count() as f32;
                    if count == 0.0 {
                        return None;
                    }
                    let label = entity_label(entity);
                    let weight = if entity.kind == EntityKind::Group {
                        0.6
                    } else {
                        NAME_WEIGHT
                    };
                    Some(Candidate {
                        role: Role::Name,
                        words: label
                            .to_lowercase()
                            .split_whitespace()
                            .map(String::from)
                            .collect(),
                        label,
                        score: salience(count, entity.mentions.len() as f32) * weight,
                    })
                })
                .collect();
        }
        let mut found: HashMap<TermId, Vec<Span>> = HashMap::new();
        for o in occurrences {
            if self.terms.kinds[o.term] == Kind::Name {
                let term = self.folded.get(&o.term).copied().unwrap_or(o.term);
                found.entry(term).or_default().push(o.span);
            }
        }
        found
            .into_iter()
            .filter_map(|(term, spans)| {
                let in_article = self.in_article[term]
                    + self
                        .folded
                        .iter()
                        .filter(|&(_, &full)| full == term)
                        .map(|(&short, _)| self.in_article[short])
                        .sum::<f32>();
                let full = longest(self.text, &spans)?;
                let label = if self.known_short.contains(&term) {
                    full.split_whitespace().last().unwrap_or(full).to_string()
                } else {
                    full.split_whitespace().collect::<Vec<_>>().join(" ")
                };
                Some(Candidate {
                    role: Role::Name,
                    words: label
                        .to_lowercase()
                        .split_whitespace()
                        .map(String::from)
                        .collect(),
                    label,
                    score: salience(spans.len() as f32, in_article) * NAME_WEIGHT,
                })
            })
            .collect()
    }
}

/// How strongly a term marks a section: often there, and mostly there.
fn salience(in_section: f32, in_article: f32) -> f32 {
    in_section * (in_section / in_article.max(in_section)).sqrt()
}

/// Title options in order of preference: the lead candidate with a partner, or alone.
fn compose(candidates: &[Candidate]) -> Vec<String> {
    let mut options = Vec::new();
    for lead in candidates.iter().take(3) {
        let partners: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| c.score >= lead.score * PARTNER_SHARE)
            .filter(|c| !c.words.iter().any(|w| lead.words.contains(w)))
            .take(3)
            .collect();
        if lead.role == Role::Phrase {
            options.push(sentence_case(&lead.label));
        }
        for partner in partners {
            if let Some(title) = pair(lead, partner) {
                options.push(sentence_case(&title));
            }
        }
        if lead.role != Role::Phrase {
            options.push(sentence_case(&lead.label));
        }
    }
    options.retain(|t| t.split_whitespace().count() <= MAX_WORDS && !t.is_empty());
    options
}

/// Two candidates as one title, or `None` when they do not read well together.
fn pair(lead: &Candidate, partner: &Candidate) -> Option<String> {
    let (a, b) = (&lead.label, &partner.label);
    match (lead.role, partner.role) {
        (Role::Name, Role::Word | Role::Phrase) => Some(format!("{a} {b}")),
        (Role::Word | Role::Phrase, Role::Name) => Some(format!("{b} {a}")),
        (Role::Name, Role::Name) | (Role::Word, Role::Word) => Some(format!("{a} and {b}")),
        _ => None,
    }
}

/// The first letter in uppercase, the rest as given.
fn sentence_case(title: &str) -> String {
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A common word or phrase as a title shows it: lowercase, except words written in capitals
/// ("NHS") and capitalised words inside the phrase (the name in "Nato membership").
fn common_case(label: &str) -> String {
    label
        .split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let caps = letters >= 2
                && word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if caps || (i > 0 && word.starts_with(char::is_uppercase)) {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form written most often among `spans` (the first on a tie).
fn most_common(text: &str, spans: &[Span]) -> Option<String> {
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
    counts
        .iter()
        .find(|c| c.1 == best)
        .map(|c| c.0.split_whitespace().collect::<Vec<_>>().join(" "))
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
