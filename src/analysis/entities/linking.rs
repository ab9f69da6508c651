//! Linking mentions into entities: full name ↔ surname ↔ "Mr. Surname" ↔ possessive forms,
//! "US" ↔ "United States", "European Union" ↔ "EU"; two people who share a surname stay two,
//! and a bare surname goes to the one mentioned most recently.

use std::borrow::Cow;

use super::words::is_invisible;
use super::{Entity, EntityKind, Mention};
use crate::analysis::lexicon::{HashMap, Lexicon, has_space, words_of};
use crate::span::Span;

/// One classified mention, ready to be linked.
#[derive(Clone, Debug)]
pub struct Found {
    /// What it is.
    pub kind: EntityKind,
    /// The name as the word lists spell it ("Berlin" for "BERLIN", straight apostrophes).
    pub key: String,
    /// Its bytes in the text, without possessive ending.
    pub span: Span,
    /// The end of the name as written with its possessive ending, if it has one.
    pub written_end: usize,
    /// Where an honorific before it starts ("Mr." in "Mr. Merz").
    pub honorific: Option<usize>,
    /// The role phrase before it, if any.
    pub role: Option<Span>,
    /// A name the user gave this entity in their lexicon.
    pub canonical: Option<String>,
    /// How much the sentence it stands in counts for salience (the headline counts more).
    pub weight: f32,
}

/// An entity being built.
struct Draft {
    kind: EntityKind,
    identity: String,
    words: Vec<String>,
    /// Mentions in the order they were linked: first the full names (in text order), then
    /// the bare ones (in text order).
    mentions: Vec<usize>,
    /// How many of `mentions` are full names.
    full: usize,
}

/// Words of a person's name that a bare mention can stand for (no particles or initials).
fn name_words(key: &str) -> Vec<String> {
    words_of(key)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with('.'))
        .map(str::to_string)
        .collect()
}

/// The identity of a non-person: the lists' canonical name when they know it.
fn identity(found: &Found, lex: &Lexicon) -> String {
    if let Some(c) = &found.canonical {
        return c.to_lowercase();
    }
    let key = found.key.strip_prefix("The ").unwrap_or(&found.key);
    let canonical = match found.kind {
        EntityKind::Place => lex.place(key).map(|p| p.canonical),
        EntityKind::Organization => lex
            .organisation(key)
            .or_else(|| Lexicon::corporate_head(key)),
        EntityKind::Group => lex.demonym(key),
        EntityKind::Person => None,
    };
    canonical.unwrap_or(key).to_lowercase()
}

/// "European Union" → "EU".
fn initials(key: &str) -> String {
    words_of(key)
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "de" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A map with room for `n` entries.
fn sized<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// Groups found mentions (in text order) into entities.
pub fn link(text: &str, found: &[Found]) -> Vec<Entity> {
    let mut linker = Linker {
        text,
        found,
        lex: Lexicon::get(),
        drafts: Vec::with_capacity(found.len()),
        of_mention: vec![None; found.len()],
        // Sized once for the mentions: grown step by step, they rehashed every name several
        // times. Only looked up, never iterated, so their capacity changes no result.
        by_word: sized(found.len()),
        by_spelling: sized(found.len()),
        by_identity: sized(found.len()),
        by_initials: sized(found.len()),
    };
    linker.link_full_names();
    linker.index_spellings();
    linker.link_the_rest();
    linker.into_entities()
}

/// The drafts being built and the indexes that find a mention's draft without scanning them
/// all, so linking stays linear in the text.
struct Linker<'a> {
    text: &'a str,
    found: &'a [Found],
    lex: &'static Lexicon,
    drafts: Vec<Draft>,
    /// The draft each mention went to.
    of_mention: Vec<Option<usize>>,
    /// People's drafts by the words of their names.
    by_word: HashMap<String, Vec<usize>>,
    /// Full names by the first letters of their surname, for bare surnames spelt another way.
    by_spelling: HashMap<String, Vec<usize>>,
    /// Drafts by kind and identity.
    by_identity: HashMap<(EntityKind, String), usize>,
    /// Organisations of several words by their initials ("EU" for "European Union").
    by_initials: HashMap<String, usize>,
}

impl Linker<'_> {
    /// People by full name first, so that a surname can find the person it belongs to.
    fn link_full_names(&mut self) {
        for (m, f) in self.found.iter().enumerate() {
            if f.kind != EntityKind::Person || f.canonical.is_none() && !has_space(&f.key) {
                continue;
            }
            let words = name_words(&f.key);
            let d = match self.same_full_name(f, &words) {
                Some(d) => d,
                None => {
                    self.drafts.push(Draft {
                        kind: EntityKind::Person,
                        identity: f
                            .canonical
                            .as_ref()
                            .map_or_else(|| f.key.to_lowercase(), |c| c.to_lowercase()),
                        words: Vec::new(),
                        mentions: Vec::new(),
                        full: 0,
                    });
                    self.drafts.len() - 1
                }
            };
            if words.len() > self.drafts[d].words.len() {
                for w in &words {
                    let list = self.by_word.entry(w.clone()).or_default();
                    if !list.contains(&d) {
                        list.push(d);
                    }
                }
                self.drafts[d].words = words;
            }
            self.add(d, m);
        }
    }

    /// The person a full name (or a name the user gave) already stands for: the same
    /// surname with the same or a short given name, or one name's words all in the other's.
    fn same_full_name(&self, f: &Found, words: &[String]) -> Option<usize> {
        if let Some(c) = &f.canonical {
            let c = c.to_lowercase();
            return self.drafts.iter().position(|d| d.identity == c);
        }
        let mut options: Vec<usize> = words
            .iter()
            .filter_map(|w| self.by_word.get(w))
            .flat_map(|list| recent(list))
            .copied()
            .collect();
        options.sort_unstable();
        options.dedup();
        options.into_iter().find(|&d| {
            let d = &self.drafts[d];
            d.kind == EntityKind::Person
                && (d.words.last() == words.last()
                    && same_given_name(d.words.first(), words.first())
                    || contains_all(&d.words, words)
                    || contains_all(words, &d.words))
        })
    }

    /// Indexes the full names by the first letters of their surname.
    fn index_spellings(&mut self) {
        for (i, d) in self.drafts.iter_mut().enumerate() {
            d.full = d.mentions.len();
            if let Some(head) = d.words.last().and_then(|w| spelling_key(w)) {
                self.by_spelling
                    .entry(head.to_string())
                    .or_default()
                    .push(i);
            }
        }
    }

    /// Everything else in text order: bare names go to the most recent person of that name,
    /// other names to the entity of the same identity or initials.
    fn link_the_rest(&mut self) {
        for (m, f) in self.found.iter().enumerate() {
            if self.of_mention[m].is_some() {
                continue;
            }
            let d = if f.kind == EntityKind::Person {
                match self.person_of_bare_name(f) {
                    Some(d) => d,
                    None => self.new_draft(f, f.key.to_lowercase()),
                }
            } else {
                // Worked out once, whether the name joins a draft or starts one.
                let known = (f.kind, identity(f, self.lex));
                match self.same_non_person(f, &known) {
                    Some(d) => d,
                    None => self.new_draft(f, known.1),
                }
            };
            self.add(d, m);
        }
    }

    /// The person a bare name stands for: the nearest person whose name holds the word (its
    /// surname first), else one whose surname is spelt one letter apart.
    fn person_of_bare_name(&self, f: &Found) -> Option<usize> {
        let drafts = &self.drafts;
        let sharing = self
            .by_word
            .get(&f.key)
            .map_or(&[][..], |list| recent(list));
        let by_any: Vec<usize> = sharing
            .iter()
            .copied()
            .filter(|&d| drafts[d].kind == EntityKind::Person && drafts[d].words.contains(&f.key))
            .collect();
        let by_last: Vec<usize> = by_any
            .iter()
            .copied()
            .filter(|&d| drafts[d].words.last() == Some(&f.key))
            .collect();
        if by_last.len() >= 2 && (f.role.is_some() || f.honorific.is_some()) {
            // "Vice President Okafor" where the document names two Okafors: not simply the
            // one named last, who is as often a relative of the office-holder.
            return self.holder_of_role(f, &by_last);
        }
        let options = if by_last.is_empty() { by_any } else { by_last };
        nearest(&options, drafts, self.found, f.span.start()).or_else(|| {
            // "Olenskyy" after "Dmytro Olensky": one surname spelt two ways.
            let variant = self.by_spelling.get(spelling_key(&f.key)?)?;
            let options: Vec<usize> = recent(variant)
                .iter()
                .copied()
                .filter(|&d| {
                    drafts[d]
                        .words
                        .last()
                        .is_some_and(|last| one_letter_apart(last, &f.key))
                })
                .collect();
            nearest(&options, drafts, self.found, f.span.start())
        })
    }

    /// Of several people who share a surname, the one a titled bare name `f` ("Vice President
    /// Okafor") stands for: the only one given that role at one of their mentions, else the
    /// one the story introduced first (a story names its principal before a relative or a
    /// namesake, and the title was not given to tell them apart).
    fn holder_of_role(&self, f: &Found, options: &[usize]) -> Option<usize> {
        let role = |found: &Found| found.role.map(|r| r.slice(self.text).trim());
        let holders: Vec<usize> = match role(f) {
            Some(wanted) => options
                .iter()
                .copied()
                .filter(|&d| {
                    self.drafts[d].mentions.iter().any(|&m| {
                        role(&self.found[m]).is_some_and(|r| r.eq_ignore_ascii_case(wanted))
                    })
                })
                .collect(),
            None => Vec::new(),
        };
        if let [d] = holders[..] {
            return Some(d);
        }
        options
            .iter()
            .copied()
            .min_by_key(|&d| self.first_mention(d))
    }

    /// Where draft `d`'s earliest mention so far starts.
    fn first_mention(&self, d: usize) -> usize {
        let d = &self.drafts[d];
        let (full, bare) = d.mentions.split_at(d.full.min(d.mentions.len()));
        // Full names are in text order, and so are the bare names linked so far.
        [full.first(), bare.first()]
            .into_iter()
            .flatten()
            .map(|&m| self.found[m].span.start())
            .min()
            .unwrap_or(usize::MAX)
    }

    /// The organisation, place or group a name stands for: the same identity, or "EU" after
    /// "European Union".
    /// `known` is its kind and identity.
    fn same_non_person(&self, f: &Found, known: &(EntityKind, String)) -> Option<usize> {
        let acronym = f.key.chars().all(|c| c.is_uppercase()) && f.key.chars().count() >= 2;
        self.by_identity.get(known).copied().or_else(|| {
            (acronym && f.kind == EntityKind::Organization)
                .then(|| self.by_initials.get(&f.key).copied())
                .flatten()
        })
    }

    /// A new entity for a name nothing before stands for, indexed under `identity`.
    fn new_draft(&mut self, f: &Found, identity: String) -> usize {
        let d = self.drafts.len();
        self.by_identity.insert((f.kind, identity.clone()), d);
        let words: Vec<String> = words_of(&f.key).map(str::to_string).collect();
        if f.kind == EntityKind::Person {
            for w in &words {
                self.by_word.entry(w.clone()).or_default().push(d);
            }
        }
        if f.kind == EntityKind::Organization && words.len() >= 2 {
            self.by_initials.entry(initials(&f.key)).or_insert(d);
        }
        self.drafts.push(Draft {
            kind: f.kind,
            identity,
            words,
            mentions: Vec::new(),
            full: 0,
        });
        d
    }

    /// Adds mention `m` to draft `d`.
    fn add(&mut self, d: usize, m: usize) {
        self.drafts[d].mentions.push(m);
        self.of_mention[m] = Some(d);
    }

    /// The entities in text order, with salience relative to the most salient.
    fn into_entities(self) -> Vec<Entity> {
        let (text, found) = (self.text, self.found);
        let mut entities: Vec<Entity> = self
            .drafts
            .into_iter()
            .filter_map(|mut d| {
                d.mentions.sort_by_key(|&m| found[m].span);
                build(text, d, found)
            })
            .collect();
        entities.sort_by_key(|e| e.mentions.first().map(|m| m.span));
        let top = entities
            .iter()
            .map(|e| e.salience)
            .fold(0.0_f32, f32::max)
            .max(f32::EPSILON);
        for (id, e) in entities.iter_mut().enumerate() {
            e.id = id;
            e.salience = (e.salience / top).clamp(0.0, 1.0);
        }
        entities
    }
}

/// The people most recently added under one name word. A text naming thousands of people
/// who share a surname would otherwise make linking quadratic; only the latest few can be
/// meant by a bare surname anyway.
fn recent(list: &[usize]) -> &[usize] {
    const RECENT: usize = 64;
    &list[list.len().saturating_sub(RECENT)..]
}

/// Whether two given names can be one person's: the same, or one the short form of the other
/// ("Pat" and "Patrick"), three letters or more.
fn same_given_name(a: Option<&String>, b: Option<&String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a == b
                || (a.len().min(b.len()) >= 3
                    && (a.starts_with(b.as_str()) || b.starts_with(a.as_str())))
        }
        (a, b) => a == b,
    }
}

/// The first letters of a surname long enough to be spelt several ways in transliteration
/// ("Olensky", "Olenskiy", "Olenskyy"); shorter names are not matched by spelling.
fn spelling_key(surname: &str) -> Option<&str> {
    if surname.chars().count() < 7 {
        return None;
    }
    surname.char_indices().nth(5).map(|(i, _)| &surname[..i])
}

/// Whether two surnames differ by one letter added, dropped or changed.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Whether every word of `part` is in `whole`.
fn contains_all(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && part.iter().all(|w| whole.contains(w))
}

/// Of several people who share a name, the one mentioned last before `at`, else the first
/// one mentioned after it.
fn nearest(options: &[usize], drafts: &[Draft], found: &[Found], at: usize) -> Option<usize> {
    let start = |m: &usize| found[*m].span.start();
    let before = options
        .iter()
        .filter_map(|&d| {
            let (full, bare) = drafts[d].mentions.split_at(drafts[d].full);
            // Bare mentions were linked in text order, all before `at`; full names are sorted.
            let full_before = full.partition_point(|m| start(m) < at);
            let last = bare
                .last()
                .map(start)
                .into_iter()
                .chain(
                    full_before
                        .checked_sub(1)
                        .and_then(|i| full.get(i))
                        .map(start),
                )
                .max()?;
            Some((last, d))
        })
        .max();
    if let Some((_, d)) = before {
        return Some(d);
    }
    options
        .iter()
        // Nothing before `at`, so no bare mentions yet: the first full name is the earliest.
        .filter_map(|&d| Some((drafts[d].mentions.first().map(start)?, d)))
        .min()
        .map(|(_, d)| d)
}

/// A name as the reader should see it: without the soft hyphens and zero-width characters a
/// web page may hide inside it (the mentions' spans still cover them).
fn visible(written: &str) -> Cow<'_, str> {
    // The invisible characters are all beyond ASCII, and rare beyond it: most names are
    // borrowed as they are.
    if written.is_ascii() || !written.contains(is_invisible) {
        Cow::Borrowed(written)
    } else {
        Cow::Owned(written.chars().filter(|&c| !is_invisible(c)).collect())
    }
}

/// The other forms the mentions write the name in: as written, with a possessive ending,
/// with an honorific ("Mr. Merz").
fn aliases(text: &str, mentions: &[&Found], name: &str) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    let mut add = |alias: &str| {
        let alias = visible(alias);
        let alias = alias.trim();
        if !alias.is_empty() && alias != name && !aliases.iter().any(|a| a == alias) {
            aliases.push(alias.to_string());
        }
    };
    for f in mentions {
        add(f.span.slice(text));
        if f.written_end > f.span.end() {
            add(text.get(f.span.start()..f.written_end).unwrap_or(""));
        }
        if let Some(h) = f.honorific {
            add(text.get(h..f.span.end()).unwrap_or(""));
        }
    }
    aliases
}

/// Turns a draft into an entity: canonical name, aliases, role, key and raw salience.
fn build(text: &str, d: Draft, found: &[Found]) -> Option<Entity> {
    let mentions: Vec<&Found> = d.mentions.iter().map(|&m| &found[m]).collect();
    let written = |f: &Found| visible(f.span.slice(text)).into_owned();
    let best = mentions.iter().max_by_key(|f| {
        let w = f.span.slice(text);
        let caps = w.chars().any(char::is_lowercase);
        (
            w.split_whitespace().count(),
            caps,
            w.len(),
            std::cmp::Reverse(f.span.start()),
        )
    })?;
    // "JANE DOE" in a byline in capitals reads as "Jane Doe" in the person picker.
    let name = best.canonical.clone().unwrap_or_else(|| {
        let w = written(best);
        if d.kind == EntityKind::Person && !w.chars().any(char::is_lowercase) && w.len() > 3 {
            best.key.clone()
        } else {
            w
        }
    });
    let aliases = aliases(text, &mentions, &name);
    let role = mentions
        .iter()
        .find_map(|f| f.role)
        .map(|r| r.slice(text).to_string());
    let kind_name = match d.kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Group => "group",
    };
    let key_name = if d.kind == EntityKind::Person {
        let lower = name.to_lowercase();
        if lower.contains('’') {
            lower.replace('’', "'")
        } else {
            lower
        }
    } else {
        d.identity.clone()
    };
    let mut key = String::with_capacity(kind_name.len() + 1 + key_name.len());
    key.push_str(kind_name);
    key.push(':');
    key.push_str(&key_name);
    let salience = mentions.iter().map(|f| f.weight).sum();
    Some(Entity {
        id: 0,
        kind: d.kind,
        name,
        key,
        aliases,
        role,
        mentions: mentions
            .iter()
            .map(|f| Mention {
                span: f.span,
                text: f.span.slice(text).to_string(),
            })
            .collect(),
        salience,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_one_letter_apart() {
        assert!(one_letter_apart("Olensky", "Olenskiy"));
        assert!(one_letter_apart("Olenskyy", "Olensky"));
        assert!(one_letter_apart("Olensky", "Olensko"));
        assert!(!one_letter_apart("Olensky", "Olensky"));
        assert!(!one_letter_apart("Olensky", "Olenskaya"));
        assert!(!one_letter_apart("Olensky", "Alenskiy"));
    }

    #[test]
    fn short_given_names() {
        let name = |s: &str| Some(s.to_string());
        assert!(same_given_name(
            name("Pat").as_ref(),
            name("Patrick").as_ref()
        ));
        assert!(!same_given_name(name("Jo").as_ref(), name("John").as_ref()));
        assert!(!same_given_name(
            name("Dana").as_ref(),
            name("Daniel").as_ref()
        ));
    }
}
