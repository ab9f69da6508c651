//! Speakers resolved: a named entity when one covers the speaker's words; a pronoun to the most
//! recent compatible person; a role ("the chancellor") to the person who holds it; an
//! institution stand-in ("the company") to the organisation it stands for.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use super::lexicon::{DETERMINERS, NP_PREPOSITIONS, TIME_WORDS, WordMap, has, is_role_noun};
use super::quote_marks::QuoteMarks;
use crate::analysis::entities::{Entity, EntityId, EntityKind};
use crate::analysis::lexicon::{Lexicon, Sex};
use crate::analysis::mention_index::{Mark, Mentions};
use crate::span::Span;

/// How far back (in bytes, a few paragraphs) a named speaker still counts as the antecedent of
/// "he" or "she"
/// before the most recent person mention takes over.
const SPEAKER_REACH: usize = 2000;

/// How far back (in bytes) a group that spoke is the antecedent of "they".
const PLURAL_REACH: usize = 1000;

/// Common nouns that stand for an organisation named earlier ("the company said").
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "union",
    "ministry",
    "department",
    "agency",
    "government",
    "campaign",
    "party",
    "committee",
    "council",
    "court",
    "group",
    "association",
    "organization",
    "organisation",
    "newspaper",
    "paper",
    "network",
    "administration",
    "operator",
    "airline",
    "hospital",
    "university",
    "trust",
    "board",
    "commission",
    "office",
    "police",
    "army",
    "military",
    "team",
    "club",
    "league",
    "alliance",
    "embassy",
];

/// Prepositions besides [`NP_PREPOSITIONS`] after which a person is no sentence subject
/// ("people like Ruiz").
const OBLIQUE_PREPOSITIONS: &[&str] = &["like", "by", "about", "against", "than", "under"];

/// Who a speaker turned out to be.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// The entity, when one is known.
    pub entity: Option<EntityId>,
    /// Its canonical name, or the antecedent's name as written when there is no entity.
    pub name: Option<String>,
}

/// A grammatical gender known for a person, from honorifics or pronouns used for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The person mentions that may name a role ("the minister"): their contexts, made once per
/// article on the first role asked about, and their entities' roles.
#[derive(Debug, Default)]
struct RoleIndex {
    /// Each person entity's role in lowercase, with the positions of its mentions.
    by_entity_role: Vec<(String, Vec<usize>)>,
    /// Each person mention's context, by position (empty for other mentions).
    contexts: Vec<String>,
}

impl RoleIndex {
    fn new(text: &str, entities: &[Entity], all: &[Mark]) -> RoleIndex {
        let mut by_entity: Vec<Vec<usize>> = vec![Vec::new(); entities.len()];
        let mut contexts = vec![String::new(); all.len()];
        for (k, m) in all.iter().enumerate() {
            if entities
                .get(m.entity)
                .is_none_or(|e| e.kind != EntityKind::Person)
            {
                continue;
            }
            if let Some(positions) = by_entity.get_mut(m.entity) {
                positions.push(k);
            }
            if let Some(slot) = contexts.get_mut(k) {
                *slot = context(text, m.start, m.end);
            }
        }
        let by_entity_role = entities
            .iter()
            .zip(by_entity)
            .filter_map(|(e, positions)| Some((e.role.as_deref()?.to_lowercase(), positions)))
            .collect();
        RoleIndex {
            by_entity_role,
            contexts,
        }
    }

    /// The positions of the mentions whose context or entity's role may hold `role`, in text
    /// order; a word of the role must be among their context's words. The contexts are read
    /// for each role asked about rather than indexed by word: an article asks about a role
    /// or two, and indexing every word of every context cost more than reading them.
    fn candidates(&self, role: &str) -> Vec<usize> {
        let key = role
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())
            .unwrap_or(role);
        let mut found: Vec<usize> = self
            .contexts
            .iter()
            .enumerate()
            .filter(|(_, around)| {
                around
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| !w.is_empty() && w == key)
            })
            .map(|(k, _)| k)
            .collect();
        for (r, positions) in &self.by_entity_role {
            if contains_word(r, role) {
                found.extend(positions);
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The person mentions that hold a role, in text order: where each stands, with its entity.
type Holders<'a> = Vec<(usize, &'a Entity)>;

/// One earlier named person speaker, for pronouns when no entity covers them.
#[derive(Clone, Debug)]
struct Named {
    at: usize,
    entity: Option<EntityId>,
    name: String,
    /// The speaker's words, for matching roles ("Transport Minister Marta Quintana").
    text: String,
}

/// Resolves speakers in text order; keeps what earlier speakers tell about later pronouns.
pub struct Resolver<'a> {
    text: &'a str,
    entities: &'a [Entity],
    /// Every mention, in text order.
    mentions: &'a Mentions,
    /// Where to look for the holder of a role, built on the first role asked about.
    roles: Option<RoleIndex>,
    /// For each organisation noun asked about, the organisation mentions whose name holds it.
    by_org_noun: HashMap<String, Vec<Mark>>,
    /// For each role and modifiers asked about, where its best holders are named.
    holders: HashMap<(String, Vec<String>), Holders<'a>>,
    /// For each role asked about, how many of `named` were read and which of them hold it.
    named_by_role: HashMap<String, (usize, Vec<usize>)>,
    /// Where each line of the text starts, for the paragraph a pronoun stands in: found on
    /// the first pronoun, as most articles have none to resolve.
    line_starts: OnceCell<Vec<usize>>,
    /// The quotation marks of each paragraph asked about, by where it starts (offsets from
    /// there): counted when a mention of the paragraph is first asked about, as only the
    /// paragraphs around pronouns are, and once, as many mentions of one paragraph may be.
    quote_marks: RefCell<HashMap<usize, QuoteMarks>>,
    named: Vec<Named>,
    /// Earlier speakers that are groups or institutions, for "they".
    groups: Vec<Named>,
    /// Genders the speakers told (an honorific before a named speaker, a pronoun used for
    /// one), by name: they outrank what the rest of the text tells.
    told: WordMap<String, Gender>,
    /// Each name's gender as the text tells it ([`text_gender`]), found when the name is
    /// first asked about: reading every person's mentions for every article cost more than
    /// the rest of the resolver, and most articles ask about a few people only.
    from_text: RefCell<WordMap<String, Option<Gender>>>,
}

impl<'a> Resolver<'a> {
    /// A resolver for one article.
    pub fn new(text: &'a str, entities: &'a [Entity], mentions: &'a Mentions) -> Resolver<'a> {
        Resolver {
            text,
            entities,
            mentions,
            roles: None,
            by_org_noun: HashMap::new(),
            holders: HashMap::new(),
            named_by_role: HashMap::new(),
            quote_marks: RefCell::default(),
            line_starts: OnceCell::new(),
            named: Vec::new(),
            groups: Vec::new(),
            told: WordMap::default(),
            from_text: RefCell::default(),
        }
    }

    /// The gender known for the person called `name`: what a speaker told, else what the
    /// text tells (read on the first question about the name).
    fn gender_of(&self, name: &str) -> Option<Gender> {
        if let Some(&g) = self.told.get(name) {
            return Some(g);
        }
        let cached = self.from_text.borrow().get(name).copied();
        if let Some(g) = cached {
            return g;
        }
        let g = text_gender(self.text, self.entities, name);
        self.from_text.borrow_mut().insert(name.to_string(), g);
        g
    }

    fn entity(&self, id: EntityId) -> Option<&'a Entity> {
        self.entities
            .get(id)
            .filter(|e| e.id == id)
            .or_else(|| self.entities.iter().find(|e| e.id == id))
    }

    /// Resolves the speaker `source` of a claim whose cue starts at `at`.
    pub fn resolve(&mut self, source: Span, at: usize) -> Resolved {
        let words = source.slice(self.text);
        let lower = words.to_lowercase().replace('’', "'");
        let lower = lower.trim();
        // Each is asked below more than once; they read only the words.
        let representing = representative(words, lower);
        let role_of = role_head(words);
        let speaks_for = representing.as_ref().filter(|_| lower.contains(" for "));
        let resolved = if let Some((possessor, role)) = speaks_for {
            // "a spokeswoman for Ruiz": not Ruiz, whom the phrase also names.
            let whose = self
                .covering(source)
                .and_then(|r| r.name)
                .unwrap_or_else(|| possessor.clone());
            self.represents(&whose, role, source.start(), at)
        } else if let Some(r) = self.covering(source) {
            r
        } else if matches!(lower, "who" | "which") {
            self.relative_head(source.start()).unwrap_or_default()
        } else if lower == "they" {
            self.plural(source.start())
        } else if lower == "it" {
            self.institution(at)
        } else if let Some(g) = pronoun_gender(lower) {
            self.pronoun(g, at)
        } else if let Some((possessor, role)) = &representing {
            self.represents(possessor, role, source.start(), at)
        } else if let Some(noun) = document_head(words) {
            self.issuer(&noun, at)
        } else if (lower.starts_with("a ") || lower.starts_with("an ")) && role_of.is_some() {
            // "an agency spokesman", "a senior official": someone the story leaves unnamed,
            // never a person it named before.
            Resolved::default()
        } else if let Some(role) = role_of.as_deref() {
            self.role(role, &modifiers(words), at)
        } else if let Some(noun) = org_head(words) {
            let bare = words.split_whitespace().count() == 2;
            self.organisation(&noun, bare, at)
        } else {
            Resolved::default()
        };
        // Remember named person speakers for later pronouns.
        if pronoun_gender(lower).is_none() && role_of.is_none() {
            let person = match resolved.entity.and_then(|id| self.entity(id)) {
                Some(e) => (e.kind == EntityKind::Person).then(|| e.name.clone()),
                None if self.entities.is_empty() => person_like(words),
                None => None,
            };
            let is_pronoun = has(&["they", "it", "we", "i", "you", "who", "which"], lower);
            if person.is_none() && !is_pronoun {
                self.groups.push(Named {
                    at: source.start(),
                    entity: resolved.entity,
                    name: resolved.name.clone().unwrap_or_else(|| words.to_string()),
                    text: words.to_string(),
                });
            }
            if let Some(name) = person {
                if let Some(g) = honorific_gender(self.text, source.start()) {
                    self.told.insert(name.clone(), g);
                }
                self.named.push(Named {
                    at: source.start(),
                    entity: resolved.entity,
                    name,
                    text: words.to_string(),
                });
            }
        }
        if let (Some(g), Some(name)) = (pronoun_gender(lower).flatten(), &resolved.name) {
            // Unless a gender is known for the name already.
            if self.gender_of(name).is_none() {
                self.told.insert(name.clone(), g);
            }
            // The subject of this claim is the first candidate for the next pronoun.
            self.named.push(Named {
                at: source.start(),
                entity: resolved.entity,
                name: name.clone(),
                text: words.to_string(),
            });
        }
        resolved
    }

    /// The entity the speaker's words name: a person whose name ends one of the comma-separated
    /// parts ("Ruiz campaign spokesman Tom Reyes", "one of the attorneys, Jane Roe"), else
    /// an organisation, group or place that makes up a whole part ("the White House"); never a
    /// name that only modifies the head ("the Ruiz campaign", "Officials in Berlin").
    fn covering(&self, source: Span) -> Option<Resolved> {
        let words = source.slice(self.text);
        let mut offset = source.start();
        let mut parts = Vec::new();
        for part in words.split(',') {
            let lead = part.len() - part.trim_start().len();
            let mut body = part.trim();
            // "Rep. Jane Roe (D-Ore.)": the name before a parenthesis.
            if let Some(open) = body.find(" (") {
                body = &body[..open];
            }
            let start = offset + lead;
            parts.push((start, start + body.len()));
            offset += part.len() + 1;
        }
        let kind_of = |id: EntityId| self.entity(id).map(|e| e.kind);
        for &(ps, pe) in &parts {
            let person = self
                .mentions
                .starting_in(ps, pe.saturating_add(1))
                .iter()
                .find(|m| {
                    m.end <= pe && pe - m.end <= 3 && kind_of(m.id) == Some(EntityKind::Person)
                });
            if let Some(m) = person {
                return self.named_entity(m.id);
            }
        }
        for &(ps, pe) in &parts {
            let lead = self.text.get(ps..pe).map_or(0, |p| {
                let first = p.split_whitespace().next().unwrap_or("");
                if has(DETERMINERS, &first.to_lowercase()) {
                    first.len() + 1
                } else {
                    0
                }
            });
            let whole = self
                .mentions
                .reaching(pe.saturating_sub(3), ps + lead + 1)
                .iter()
                .find(|m| {
                    m.start <= ps + lead
                        && pe <= m.end + 3
                        && kind_of(m.id) != Some(EntityKind::Person)
                });
            if let Some(m) = whole {
                return self.named_entity(m.id);
            }
        }
        None
    }

    fn named_entity(&self, id: EntityId) -> Option<Resolved> {
        let e = self.entity(id)?;
        Some(Resolved {
            entity: Some(e.id),
            name: Some(e.name.clone()),
        })
    }

    /// What a relative pronoun at `at` stands for: the entity named right before it ("X, who
    /// chaired the party, said"), past an insertion between dashes or brackets ("generals --
    /// most of them retired -- who said"); a person's appositive when the name before it ends
    /// a place or organisation after a preposition ("Ruiz, a clerk at the ministry who
    /// said" is Ruiz); else the noun phrase before it as written ("an architect who said").
    fn relative_head(&self, at: usize) -> Option<Resolved> {
        let end = self.before_insertion(at);
        let Some(m) = self.ending_at(end) else {
            let set_off = self.text.get(end..at).is_some_and(|t| t.contains(','));
            return self.head_before(end, set_off);
        };
        let person = self
            .entity(m.id)
            .is_some_and(|e| e.kind == EntityKind::Person);
        let before = self.text.get(..m.start)?.trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .unwrap_or(before)
            .trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        if person || !has(NP_PREPOSITIONS, word) {
            return self.named_entity(m.id);
        }
        // "a clerk at the ministry who": the clerk, named before the appositive's comma.
        let pp = before.len() - word.len();
        let head = self
            .phrase_start(pp)
            .and_then(|start| self.text.get(..start))
            .and_then(|t| t.trim_end().strip_suffix(','))
            .and_then(|t| self.ending_at(t.len()))
            .filter(|h| {
                self.entity(h.id)
                    .is_some_and(|e| e.kind == EntityKind::Person)
            });
        self.named_entity(head.map_or(m.id, |h| h.id))
    }

    /// Where the words a relative pronoun at `at` follows end, past a comma and an insertion
    /// between dashes or brackets.
    fn before_insertion(&self, at: usize) -> usize {
        let before = self.text.get(..at).unwrap_or("");
        let trimmed = before.trim_end().trim_end_matches(',').trim_end();
        let opener = if trimmed.ends_with(')') {
            trimmed.rfind('(')
        } else {
            ["--", "—", "–"].iter().find_map(|dash| {
                let inner = trimmed.strip_suffix(dash)?;
                inner.rfind(dash)
            })
        };
        let trimmed = opener
            .and_then(|k| trimmed.get(..k))
            .map_or(trimmed, |t| t.trim_end().trim_end_matches(',').trim_end());
        trimmed.len()
    }

    /// The mention ending at `end` (or one byte before it).
    fn ending_at(&self, end: usize) -> Option<Mark> {
        self.mentions
            .reaching(end.saturating_sub(1), end + 1)
            .iter()
            .rev()
            .find(|m| m.end <= end && end - m.end <= 1)
            .copied()
    }

    /// "an architect who said": the noun phrase ending at `end` that no entity names, as
    /// written.
    fn head_before(&self, end: usize, set_off: bool) -> Option<Resolved> {
        let start = self
            .phrase_start(end)
            .or_else(|| bare_plural_start(self.text, end))?;
        // Set off by a comma, not the object of a preposition ("familiar with the talks, who")
        // nor a time ("this year, who"): the relative belongs further back. A role is someone
        // after a preposition too ("praise from the mayor, who said").
        let before = self.text.get(..start)?.trim_end();
        let word = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        let phrase = self.text.get(start..end)?.trim_end();
        let last = phrase.rsplit(' ').next().unwrap_or("").to_lowercase();
        let object = (has(NP_PREPOSITIONS, &word) || has(OBLIQUE_PREPOSITIONS, &word))
            && role_head(phrase).is_none();
        if set_off && (object || has(TIME_WORDS, &last)) {
            return None;
        }
        Some(Resolved {
            entity: None,
            name: self.text.get(start..end).map(|p| p.trim_end().to_string()),
        })
    }

    /// Where the noun phrase ending at `end` starts: at its determiner or number, within six
    /// words and its clause; it has at least two words.
    fn phrase_start(&self, end: usize) -> Option<usize> {
        let before = self.text.get(..end)?.trim_end();
        let clause_start = before
            .rfind(['.', ',', ';', ':', '\n', '“', '"', '(', '—', '-'])
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let clause = before.get(clause_start..)?;
        let words: Vec<(usize, &str)> = clause
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
            .collect();
        let from = words.len().saturating_sub(6);
        let det = (from..words.len()).rev().find(|&k| {
            has(DETERMINERS, &words[k].1.to_lowercase())
                || words[k].1.chars().all(|c| c.is_ascii_digit())
        })?;
        (words.len() - det >= 2).then(|| clause_start + words[det].0)
    }

    /// "it said": the organisation that spoke last, else the one mentioned last, within a
    /// few paragraphs.
    fn institution(&self, at: usize) -> Resolved {
        let org = |id: Option<EntityId>| {
            id.and_then(|id| self.entity(id))
                .is_some_and(|e| e.kind == EntityKind::Organization)
        };
        if let Some(g) = self
            .groups
            .iter()
            .rev()
            .find(|g| g.at < at && at - g.at <= SPEAKER_REACH && org(g.entity))
        {
            return Resolved {
                entity: g.entity,
                name: Some(g.name.clone()),
            };
        }
        self.nearest_organisation(at)
    }

    /// The organisation mentioned last before `at`, within a few paragraphs.
    fn nearest_organisation(&self, at: usize) -> Resolved {
        self.mentions
            .starting_in(at.saturating_sub(SPEAKER_REACH), at)
            .iter()
            .rev()
            .find_map(|m| {
                self.entity(m.id)
                    .filter(|e| e.kind == EntityKind::Organization)
            })
            .map(|e| Resolved {
                entity: Some(e.id),
                name: Some(e.name.clone()),
            })
            .unwrap_or_default()
    }

    /// "his spokesman said", "a spokeswoman for Ruiz said": the representative speaks, not
    /// the person represented; named after them ("Ruiz's spokesman").
    fn represents(&mut self, possessor: &str, role: &str, start: usize, at: usize) -> Resolved {
        let whose = match possessor {
            "" => None,
            "his" => self.pronoun(Some(Gender::Male), start).name,
            "her" => self.pronoun(Some(Gender::Female), start).name,
            "its" | "their" => self.institution(at).name,
            name => Some(name.to_string()),
        };
        Resolved {
            entity: None,
            name: whose.map(|w| format!("{w}'s {role}")),
        }
    }

    /// "the statement said": whoever issued the statement, named in the sentence where it was
    /// last mentioned before ("The port authority issued a statement"), else unresolved.
    fn issuer(&self, noun: &str, at: usize) -> Resolved {
        let from = at.saturating_sub(SPEAKER_REACH);
        let window = self.text.get(from..at).unwrap_or("").to_lowercase();
        // The last mention of the noun before the speaker's own sentence.
        let own = window.rfind(['.', '\n']).unwrap_or(0);
        let Some(k) = window.get(..own).and_then(|w| w.rfind(noun)) else {
            return Resolved::default();
        };
        let sentence_start = window
            .get(..k)
            .and_then(|w| w.rfind(['.', '\n']))
            .map_or(0, |i| i + 1);
        let issuer = self
            .mentions
            .starting_in(from + sentence_start, from + k)
            .iter()
            .rev()
            .find_map(|m| {
                self.entity(m.id)
                    .filter(|e| matches!(e.kind, EntityKind::Organization | EntityKind::Person))
            });
        issuer
            .map(|e| Resolved {
                entity: Some(e.id),
                name: Some(e.name.clone()),
            })
            .unwrap_or_default()
    }

    fn compatible(&self, name: &str, gender: Option<Gender>) -> bool {
        match gender {
            Some(want) => self.gender_of(name).is_none_or(|have| have == want),
            None => true,
        }
    }

    fn pronoun(&self, gender: Option<Gender>, at: usize) -> Resolved {
        let recent = self
            .named
            .iter()
            .rev()
            .filter(|n| n.at < at)
            .find(|n| self.compatible(&n.name, gender));
        // The one person newly named in this paragraph, after the last speaker of an earlier
        // one ("Among those waiting was Mr. X. “…,” he said.").
        let paragraph_start = self.paragraph_start(at);
        let here = self.mentions.starting_in(paragraph_start, at);
        let newcomer = here.iter().rev().find(|m| {
            self.entity(m.id)
                .is_some_and(|e| e.kind == EntityKind::Person && self.compatible(&e.name, gender))
                && !self.oblique(m)
                && !self.inside_quote(m.start)
        });
        // Counted only when the rest holds: a long paragraph has many mentions.
        let one_person_here = || {
            let mut people = here.iter().filter(|m| {
                self.entity(m.id)
                    .is_some_and(|e| e.kind == EntityKind::Person)
            });
            people
                .next()
                .is_some_and(|first| people.all(|m| m.id == first.id))
        };
        if let Some(&Mark { id, .. }) = newcomer
            && gender.is_some()
            && recent.is_none_or(|n| n.at < paragraph_start)
            && one_person_here()
            && let Some(r) = self.named_entity(id)
        {
            return r;
        }
        // The person who opens the paragraph as its subject ("House Speaker Jane Roe, despite
        // …, he …") outranks a speaker of an earlier paragraph and later objects.
        let opener = here
            .iter()
            .take_while(|m| m.start.saturating_sub(paragraph_start) <= 40)
            .find(|m| {
                self.entity(m.id).is_some_and(|e| {
                    e.kind == EntityKind::Person && self.compatible(&e.name, gender)
                }) && !self.oblique(m)
                    && !self.inside_quote(m.start)
            });
        if let Some(&Mark { id, .. }) = opener
            && gender.is_some()
            && recent.is_none_or(|n| n.at < paragraph_start)
            && let Some(r) = self.named_entity(id)
        {
            return r;
        }
        if let Some(n) = recent.filter(|n| at - n.at <= SPEAKER_REACH) {
            if gender.is_some()
                && let Some(r) = self.later_subject(n, gender, at)
            {
                return r;
            }
            return Resolved {
                entity: n.entity,
                name: Some(n.name.clone()),
            };
        }
        if gender.is_some() {
            let mention = self.mentions.starting_in(0, at).iter().rev().find(|m| {
                self.entity(m.id).is_some_and(|e| {
                    e.kind == EntityKind::Person && self.compatible(&e.name, gender)
                })
            });
            if let Some(e) = mention.and_then(|m| self.entity(m.id)) {
                return Resolved {
                    entity: Some(e.id),
                    name: Some(e.name.clone()),
                };
            }
        }
        if let Some(n) = recent {
            return Resolved {
                entity: n.entity,
                name: Some(n.name.clone()),
            };
        }
        // Genders guessed from the text may be wrong: rather any person than none.
        if gender.is_some() {
            return self.pronoun(None, at);
        }
        Resolved::default()
    }

    /// A person mentioned after a preposition ("people like Ruiz") or as a possessor
    /// ("Ruiz's plan"): not the subject a later pronoun most likely means.
    fn oblique(&self, m: &Mark) -> bool {
        let after = self.text.get(m.end..).unwrap_or("");
        if after.starts_with("'s") || after.starts_with("’s") {
            return true;
        }
        let before = self.text.get(..m.start).unwrap_or("").trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let word = word.to_lowercase();
        has(NP_PREPOSITIONS, &word) || has(OBLIQUE_PREPOSITIONS, &word)
    }

    /// The last person who opens a sentence as its subject after the earlier speaker `n` was
    /// named, outside quotes ("Ruiz reports: … Kim thought it unfair. “…,” she said" is
    /// Kim): the subject of the previous sentence outranks an earlier speaker.
    fn later_subject(&self, n: &Named, gender: Option<Gender>, at: usize) -> Option<Resolved> {
        let from = n.at + n.text.len();
        let m = self.mentions.starting_in(from, at).iter().rev().find(|m| {
            self.entity(m.id).is_some_and(|e| {
                e.kind == EntityKind::Person && e.name != n.name && self.compatible(&e.name, gender)
            }) && self.opens_sentence(m.start)
                && !self.conjoined(m)
                && !self.inside_quote(m.start)
        })?;
        self.named_entity(m.id)
    }

    /// "Ruiz and Kim …": one of two, not the one a singular pronoun means.
    fn conjoined(&self, m: &Mark) -> bool {
        let after = self.text.get(m.end..).unwrap_or("");
        after.starts_with(" and ") || after.starts_with(" or ")
    }

    /// Whether a sentence starts at `at`, after an opening quote mark or a title ("Ms.")
    /// if any.
    fn opens_sentence(&self, at: usize) -> bool {
        const MARKS: [char; 5] = [' ', '"', '“', '\'', '‘'];
        let mut before = self.text.get(..at).unwrap_or("").trim_end_matches(MARKS);
        // Titles ("Mr.", "Lt. Col.") end no sentence: what comes before them decides.
        while let Some(rest) = before.strip_suffix('.') {
            let word = rest
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if word.len() > 4 || !word.starts_with(char::is_uppercase) {
                return true;
            }
            before = rest[..rest.len() - word.len()].trim_end_matches(MARKS);
        }
        before.is_empty() || before.ends_with(['!', '?', '\n'])
    }

    /// Whether `at` stands inside a quote opened earlier in its paragraph. A paragraph that
    /// opens with a quote mark it never closes is an excerpt, not a quote.
    fn inside_quote(&self, at: usize) -> bool {
        let start = self.paragraph_start(at);
        let line_starts = self.line_starts();
        let next = line_starts.partition_point(|&l| l <= at);
        let end = line_starts
            .get(next)
            .map_or(self.text.len(), |&l| l.saturating_sub(1));
        // A paragraph opening with a quote mark that nothing in it closes is an excerpt; one
        // whose last quote runs on into the next paragraph is not.
        let mut by_paragraph = self.quote_marks.borrow_mut();
        let quote_marks = by_paragraph
            .entry(start)
            .or_insert_with(|| QuoteMarks::new(self.text.get(start..end).unwrap_or("")));
        let whole = quote_marks.count(0, end.saturating_sub(start));
        let first = self.text.get(start..at).and_then(|p| p.chars().next());
        let excerpt = match first {
            Some('“') => whole.closing == 0,
            Some('"') => whole.straight == 1,
            _ => false,
        };
        let from = start + first.filter(|_| excerpt).map_or(0, char::len_utf8);
        quote_marks
            .count(from.saturating_sub(start), at.saturating_sub(start))
            .leaves_open()
    }

    /// "they": the most recent group or institution that spoke, within a paragraph or two.
    fn plural(&self, at: usize) -> Resolved {
        self.groups
            .iter()
            .rev()
            .find(|g| g.at < at && at - g.at <= PLURAL_REACH)
            .map(|g| Resolved {
                entity: g.entity,
                name: Some(g.name.clone()),
            })
            .unwrap_or_default()
    }

    /// Where each line of the text starts.
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Where the paragraph (line) holding `at` starts.
    fn paragraph_start(&self, at: usize) -> usize {
        let line_starts = self.line_starts();
        let k = line_starts.partition_point(|&l| l <= at);
        k.checked_sub(1)
            .and_then(|k| line_starts.get(k))
            .copied()
            .unwrap_or(0)
    }

    fn role(&mut self, role: &str, modifiers: &[String], at: usize) -> Resolved {
        // A person entity whose role or mention context names the role, the one whose context
        // shares most of the role's modifiers ("the Democratic nominee"), nearest before `at`:
        // the last such holder before `at` (the first of those named at the same place), else
        // the first after it. Which holders share most does not depend on `at`, so they are
        // found once per role and modifiers and each claim only searches them.
        let key = (role.to_string(), modifiers.to_vec());
        let holders = match self.holders.remove(&key) {
            Some(h) => h,
            None => self.best_holders(role, modifiers),
        };
        let before = holders.partition_point(|&(s, _)| s < at);
        let pick = match before.checked_sub(1).and_then(|k| holders.get(k)) {
            Some(&(start, _)) => holders.partition_point(|&(s, _)| s < start),
            None => 0,
        };
        let best = holders.get(pick).map(|&(_, e)| e);
        self.holders.insert(key, holders);
        if let Some(e) = best {
            return Resolved {
                entity: Some(e.id),
                name: Some(e.name.clone()),
            };
        }
        // An earlier named speaker introduced with the role: those holding it are indexed as
        // `named` grows, so each claim reads only the speakers named since the last one.
        let (read, holding) = self.named_by_role.entry(role.to_string()).or_default();
        for (k, n) in self.named.iter().enumerate().skip(*read) {
            if contains_word(&n.text.to_lowercase(), role) {
                holding.push(k);
            }
        }
        *read = self.named.len();
        if let Some(n) = holding
            .iter()
            .rev()
            .filter_map(|&k| self.named.get(k))
            .find(|n| n.at < at)
        {
            return Resolved {
                entity: n.entity,
                name: Some(n.name.clone()),
            };
        }
        // Else the article's most salient person, the one a role most often stands for, of
        // the role's gender when it has one ("the businessman").
        let gender = role.rsplit(' ').next().and_then(role_gender);
        self.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && self.compatible(&e.name, gender))
            .max_by(|a, b| a.salience.total_cmp(&b.salience))
            .map(|e| Resolved {
                entity: Some(e.id),
                name: Some(e.name.clone()),
            })
            .unwrap_or_default()
    }

    /// The person mentions that name `role` (by their entity's role or their context) and
    /// share the most of `modifiers`, in text order, with their entities.
    fn best_holders(&mut self, role: &str, modifiers: &[String]) -> Holders<'a> {
        let all = self.mentions.all();
        let index = self
            .roles
            .take()
            .unwrap_or_else(|| RoleIndex::new(self.text, self.entities, all));
        let mut best: Holders<'a> = Vec::new();
        let mut best_shared = 0;
        for k in index.candidates(role) {
            let Some(m) = all.get(k) else { continue };
            let Some(ent) = self.entity(m.id) else {
                continue;
            };
            if ent.kind != EntityKind::Person {
                continue;
            }
            let role_text = ent.role.as_deref().unwrap_or("").to_lowercase();
            let around = index.contexts.get(k).map_or("", String::as_str);
            if !(contains_word(&role_text, role) || contains_word(around, role)) {
                continue;
            }
            let shared = modifiers
                .iter()
                .filter(|m| contains_word(around, m) || contains_word(&role_text, m))
                .count();
            if best.is_empty() || shared > best_shared {
                best.clear();
                best_shared = shared;
            }
            if shared == best_shared {
                best.push((m.start, ent));
            }
        }
        self.roles = Some(index);
        best
    }

    fn organisation(&mut self, noun: &str, bare: bool, at: usize) -> Resolved {
        // The nearest organisation before the cue whose name holds the noun ("the union" →
        // "Rail Workers' Union"), however far back.
        let (entities, all) = (self.entities, self.mentions.all());
        let named = self.by_org_noun.entry(noun.to_string()).or_insert_with(|| {
            let holds: Vec<bool> = entities
                .iter()
                .map(|e| {
                    e.kind == EntityKind::Organization
                        && contains_word(&e.name.to_lowercase(), noun)
                })
                .collect();
            all.iter()
                .filter(|m| holds.get(m.entity).copied().unwrap_or(false))
                .copied()
                .collect()
        });
        let before = named.partition_point(|m| m.start < at);
        let nearest = before.checked_sub(1).and_then(|k| named.get(k)).copied();
        // Else, for a bare "the company", the organisation named last ("Northwind … The
        // company said"); "the Ruiz administration" says more as written.
        nearest
            .and_then(|m| self.entity(m.id))
            .map(|e| Resolved {
                entity: Some(e.id),
                name: Some(e.name.clone()),
            })
            .unwrap_or_else(|| {
                if bare {
                    self.nearest_organisation(at)
                } else {
                    Resolved::default()
                }
            })
    }
}

/// The gender the text tells for the person entity called `name` (of the last such entity
/// it tells one for, should two share the name): by an honorific or role word before a
/// mention, else by the pronouns that follow its mentions, else by the given name.
fn text_gender(text: &str, entities: &[Entity], name: &str) -> Option<Gender> {
    entities
        .iter()
        .rev()
        .filter(|e| e.kind == EntityKind::Person && e.name == name)
        .find_map(|e| {
            let honorific = e
                .mentions
                .iter()
                .find_map(|m| honorific_gender(text, m.span.start()));
            honorific
                .or_else(|| pronoun_votes(text, e))
                .or_else(|| given_name_gender(&e.name))
        })
}

/// The words around a mention that may give its role: the few words before it in its sentence
/// and an appositive after it.
fn context(text: &str, start: usize, end: usize) -> String {
    let mut from = start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("");
    let before = before
        .rsplit(['.', '\n', ';', '“', '"', ','])
        .next()
        .unwrap_or("");
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text.get(end..to).unwrap_or("");
    let appositive = after
        .strip_prefix(", ")
        .map(|a| a.split([',', '.', ';', '\n']).next().unwrap_or(""))
        .unwrap_or("");
    format!("{before} {appositive}").to_lowercase()
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `Some(gender)` for a personal pronoun (`Some(None)` for one without gender, like "they" is
/// not: only singular people count).
fn pronoun_gender(lower: &str) -> Option<Option<Gender>> {
    match lower {
        "he" | "him" => Some(Some(Gender::Male)),
        "she" | "her" => Some(Some(Gender::Female)),
        "i" => Some(None),
        _ => None,
    }
}

/// The gender of a person's given name when the census gives it to one sex almost always
/// ("Kevin", "Melanie"): the last resort, after honorifics and the text's own pronouns.
fn given_name_gender(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?;
    match Lexicon::get().given_name_sex(first)? {
        Sex::Male => Some(Gender::Male),
        Sex::Female => Some(Gender::Female),
    }
}

/// The gender of the pronouns that most often follow a person's mentions closely (the rest of
/// the sentence and the next one), when they agree clearly.
fn pronoun_votes(text: &str, e: &Entity) -> Option<Gender> {
    let (mut male, mut female) = (0, 0);
    for (k, m) in e.mentions.iter().enumerate() {
        // The mentions left cannot change a clear majority, nor make one where none can form:
        // the votes stop once the outcome is certain.
        let left = e.mentions.len() - k;
        let male_certain = male > 2 * (female + left);
        let female_certain = female > 2 * (male + left);
        let none_certain = male + left <= 2 * female && female + left <= 2 * male;
        if male_certain || female_certain || none_certain {
            break;
        }
        let mut to = (m.span.end() + 160).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let after = text.get(m.span.end()..to).unwrap_or("");
        let first = first_unquoted_pronoun(after);
        match first {
            Some("he" | "He" | "his" | "His" | "him") => male += 1,
            Some(_) => female += 1,
            None => {}
        }
    }
    if male > 2 * female {
        Some(Gender::Male)
    } else if female > 2 * male {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The first third-person singular pronoun ("he", "His", "her"…) among the words of `text`
/// up to the end of its next sentence (its second ".", "!" or "?"), outside quotation marks,
/// `text` starting outside them: a pronoun inside a quote is the quoted speaker's word for
/// someone else ("Ruiz said. “He lied,” she said"), no vote on the gender of the person named
/// before it. Words are runs of letters; one pass over the characters, which stops at the
/// first pronoun, each quotation mark ending a stretch whose words count only when it started
/// outside a quote.
fn first_unquoted_pronoun(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut inside = false;
    let mut counts = true;
    let mut word: Option<usize> = None;
    let mut sentence_marks = 0;
    let is_pronoun = |w: &str| {
        matches!(
            w,
            "he" | "He" | "his" | "His" | "him" | "she" | "She" | "her" | "Her"
        )
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII is read by bytes; only other characters are decoded.
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = text
                .get(i..)
                .and_then(|r| r.chars().next())
                .unwrap_or('\u{fffd}');
            (c, c.len_utf8())
        };
        let letter = if b.is_ascii() {
            b.is_ascii_alphabetic()
        } else {
            c.is_alphabetic()
        };
        if letter {
            word.get_or_insert(i);
            i += len;
            continue;
        }
        if let Some(start) = word.take()
            && counts
            && let Some(w) = text.get(start..i)
            && is_pronoun(w)
        {
            return Some(w);
        }
        i += len;
        match c {
            '.' | '!' | '?' => {
                sentence_marks += 1;
                if sentence_marks == 2 {
                    return None;
                }
                continue;
            }
            '“' => inside = true,
            '”' => inside = false,
            '"' => inside = !inside,
            _ => continue,
        }
        counts = !inside;
    }
    word.and_then(|start| text.get(start..))
        .filter(|w| counts && is_pronoun(w))
}

fn honorific_gender(text: &str, start: usize) -> Option<Gender> {
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start)?.trim_end();
    let word = before.rsplit(' ').next()?.trim_end_matches('.');
    match word {
        "Mr" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
        // The roles are lowercase ASCII: an ASCII word is compared without a lowercase copy.
        _ if word.is_ascii() => gender_of_role(|r| r.eq_ignore_ascii_case(word)),
        _ => role_gender(&word.to_lowercase()),
    }
}

/// The gender a role word right before a name gives ("widow Jane Roe", "his brother Tom").
fn role_gender(word: &str) -> Option<Gender> {
    gender_of_role(|r| r == word)
}

/// The gender of the role words (lowercase) that `is` picks out, if any.
fn gender_of_role(is: impl Fn(&str) -> bool) -> Option<Gender> {
    const MALE: &[&str] = &[
        "widower",
        "husband",
        "father",
        "son",
        "brother",
        "uncle",
        "nephew",
        "grandfather",
        "congressman",
        "spokesman",
        "chairman",
        "councilman",
        "businessman",
        "actor",
        "king",
        "prince",
        "sir",
        "lord",
    ];
    const FEMALE: &[&str] = &[
        "widow",
        "wife",
        "mother",
        "daughter",
        "sister",
        "aunt",
        "niece",
        "grandmother",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "councilwoman",
        "businesswoman",
        "actress",
        "queen",
        "princess",
        "dame",
        "lady",
    ];
    if MALE.iter().any(|m| is(m)) {
        Some(Gender::Male)
    } else if FEMALE.iter().any(|f| is(f)) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The role noun a speaker phrase is headed by ("the German chancellor" → "chancellor"), when
/// it names no one.
fn role_head(words: &str) -> Option<String> {
    let mut tokens = words
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    // Most speakers are names: their first word, no determiner, is told without a lowercase
    // copy or a list of the words.
    let first = tokens.next()?;
    let determiner = if first.is_ascii() {
        DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(first))
    } else {
        has(DETERMINERS, &first.to_lowercase())
    };
    if !determiner {
        return None;
    }
    let tokens: Vec<&str> = std::iter::once(first).chain(tokens).collect();
    let last = tokens.last()?.trim_end_matches([',', '.']).to_lowercase();
    let two = tokens
        .len()
        .checked_sub(2)
        .and_then(|k| tokens.get(k))
        .map(|w| format!("{} {last}", w.to_lowercase()));
    if let Some(two) = two.filter(|t| is_role_noun(t)) {
        return Some(two);
    }
    is_role_noun(&last).then_some(last)
}

/// The words between a role phrase's determiner and its head ("the Democratic nominee" →
/// "democratic"), lowercase.
fn modifiers(words: &str) -> Vec<String> {
    let tokens: Vec<String> = words
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .collect();
    match tokens.as_slice() {
        [_, middle @ .., _] => middle.iter().filter(|w| w.len() > 2).cloned().collect(),
        _ => Vec::new(),
    }
}

/// Roles that speak for someone else.
const REPRESENTATIVES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "aide",
    "aides",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "representative",
];

/// Capitalised words before a representative's role that name a leaning, not whom they speak
/// for ("a Republican aide").
const PARTY_ADJECTIVES: &[&str] = &["Republican", "Conservative", "Liberal", "Progressive"];

/// Documents whose words are their issuer's ("the statement said").
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "memo",
    "release",
    "filing",
    "complaint",
    "lawsuit",
    "ruling",
    "order",
    "announcement",
];

/// A representative's role and whom they speak for, as written: "his spokesman" → ("his",
/// "spokesman"), "a spokeswoman for Ruiz" → ("Ruiz", "spokeswoman"), "a spokesman" → ("",
/// "spokesman"). A representative with a name of their own is no representative here.
/// `lower` is `words` in lowercase with straight apostrophes.
fn representative(words: &str, lower: &str) -> Option<(String, String)> {
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let role_at = tokens
        .iter()
        .position(|t| has(REPRESENTATIVES, t.trim_end_matches(',')))?;
    let role = tokens[role_at].trim_end_matches(',').to_string();
    let original: Vec<&str> = words.split_whitespace().collect();
    let first = tokens.first()?;
    // "a spokeswoman for Ruiz"
    if tokens.get(role_at + 1) == Some(&"for") {
        let whose = original.get(role_at + 2..)?.join(" ");
        let whose = whose.trim_end_matches(',');
        return Some((whose.to_string(), role));
    }
    if role_at + 1 != tokens.len() {
        return None;
    }
    if role_at == 1 && matches!(*first, "his" | "her" | "its" | "their") {
        return Some((first.to_string(), role));
    }
    if role_at == 1 && matches!(*first, "a" | "an" | "the") {
        return Some((String::new(), role));
    }
    // "a Harbour Board spokesman", "an Acme spokeswoman"
    if matches!(*first, "a" | "an" | "the")
        && original
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        let whose = original.get(1..role_at)?.join(" ");
        // "a Democratic aide", "a German spokesman": an adjective names no one.
        let adjective = role_at == 2
            && (whose.ends_with("ic")
                || has(PARTY_ADJECTIVES, &whose)
                || Lexicon::get().demonym(&whose).is_some());
        return Some((if adjective { String::new() } else { whose }, role));
    }
    // "Ruiz's spokesman", "the Ruiz campaign's lawyer"
    let possessor = original.get(..role_at)?.join(" ");
    let possessor = possessor
        .strip_suffix("'s")
        .or_else(|| possessor.strip_suffix("’s"))?;
    let possessor = possessor
        .strip_prefix("the ")
        .or_else(|| possessor.strip_prefix("The "))
        .unwrap_or(possessor);
    Some((possessor.to_string(), role))
}

/// The document noun a speaker phrase is headed by ("the statement", "the court filing").
fn document_head(words: &str) -> Option<String> {
    let lower = words.to_lowercase();
    let mut tokens = lower.split_whitespace();
    let first = tokens.next()?;
    if !matches!(first, "the" | "that" | "this") {
        return None;
    }
    let last = lower.split_whitespace().last()?.trim_end_matches(',');
    has(DOCUMENTS, last).then(|| last.to_string())
}

/// The organisation noun a speaker phrase is headed by ("the company").
fn org_head(words: &str) -> Option<String> {
    let mut tokens = words.split_whitespace();
    let first = tokens.next()?.to_lowercase();
    if first != "the" {
        return None;
    }
    let last = words.split_whitespace().last()?.to_lowercase();
    has(ORG_NOUNS, &last).then_some(last)
}

/// Where a plural noun phrase without a determiner ending at `end` starts ("angered local
/// officials and customers who …" → "local officials and customers"): lower-case words back to
/// a verb's "-ed", a function word other than "and", or a mark, at most five; it ends on a
/// plural and has at least two words.
fn bare_plural_start(text: &str, end: usize) -> Option<usize> {
    let before = text.get(..end)?.trim_end();
    let mut start = before.len();
    let mut count = 0;
    for word in before.rsplit(' ') {
        let plain = !word.is_empty() && word.chars().all(char::is_lowercase);
        let stop = !plain
            || count == 5
            || word.ends_with("ed")
            || (word != "and" && (has(DETERMINERS, word) || has(NP_PREPOSITIONS, word)));
        if stop {
            break;
        }
        start = word.as_ptr() as usize - before.as_ptr() as usize;
        count += 1;
    }
    let phrase = before.get(start..)?;
    let plural = phrase.ends_with('s') && !phrase.ends_with("ss");
    (count >= 2 && plural && !phrase.starts_with("and ")).then_some(start)
}

/// The name in a speaker phrase that looks like a person without the help of entities: the
/// part before an appositive, ending in a capitalised word, with no lowercase word in it.
fn person_like(words: &str) -> Option<String> {
    let name = words.split(',').next()?.trim();
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let last = tokens.last()?;
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let acronym = last
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    (tokens.iter().all(capitalised) && !acronym && tokens.len() <= 4).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_stand_ins_are_recognised() {
        assert_eq!(role_head("the chancellor").as_deref(), Some("chancellor"));
        assert_eq!(
            role_head("the prime minister").as_deref(),
            Some("prime minister")
        );
        assert_eq!(role_head("Friedrich Merz"), None);
        assert_eq!(org_head("the company").as_deref(), Some("company"));
        assert_eq!(
            person_like("Dr. Amara Okafor, the director").as_deref(),
            Some("Dr. Amara Okafor")
        );
        assert_eq!(person_like("Officials in Berlin"), None);
    }
}
