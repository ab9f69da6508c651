//! Deciding what each candidate is, from evidence combined into a score per kind: the word
//! lists, the words around the name (`evidence`), and what the rest of the document says about
//! the same name ("Friedrich Merz" is a person, so "Merz" is; "Nato" is an organisation
//! everywhere).
//!
//! The steps, in order: each mention's own evidence; the items of a list share a kind; the
//! words of clear full names are people; a full name and its bare surname vouch for each
//! other; an organisation's suffix anywhere makes its core word the organisation; the evidence
//! of every mention of a name is pooled; then each candidate's kind is decided, with the checks
//! that can still drop it (sentence-initial adverbs, works, credits, storms).

use std::cell::{OnceCell, RefCell};

use super::EntityKind;
use super::candidates::{Candidate, STORMS};
use super::credits::credit_line;
use super::evidence::{Evidence, local, looks_like_full_name, surname_shaped};
use super::not_people;
use super::sentence::{Sentence, is_common, written_length};
use super::words::Shape;
use crate::analysis::lexicon::{
    HashMap, Lexicon, TitleKind, first_word, has_space, last_word, split_first, split_last,
    words_of,
};
use crate::analysis::words;

/// A map with room for `n` names: the maps of names are filled once per document, and
/// growing them step by step rehashed every name several times. Only looked up, never
/// iterated, so their capacity changes no result.
fn sized<'a, V>(n: usize) -> HashMap<&'a str, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// How many sentences a document needs before a name it never gives in full is suspect.
const LONG_DOCUMENT: usize = 5;

/// The text of a candidate as the word lists spell it, words joined by single spaces.
pub fn key(text: &str, sentence: &Sentence, c: &Candidate) -> String {
    let mut s = String::with_capacity(written_length(sentence, c.first, c.last));
    for i in c.first..c.last {
        if i > c.first && sentence.words[i].space_before {
            s.push(' ');
        }
        s.push_str(&sentence.key(text, i));
    }
    s
}

/// A set of names, keyed by slices of the candidates' keys.
type NameSet<'a> = HashMap<&'a str, ()>;

/// The kind of every candidate (`None`: not an entity after all), decided for the whole
/// document at once.
pub fn classify(
    text: &str,
    sentences: &[Sentence],
    candidates: &[Candidate],
    keys: &[String],
) -> Vec<Option<EntityKind>> {
    let (ids, id_of) = name_ids(keys);
    let doc = Names {
        text,
        sentences,
        candidates,
        keys,
        lex: Lexicon::get(),
        ids,
        id_of,
    };
    let local_evidence = doc.local_evidence();
    let mut evidence = local_evidence.clone();
    doc.share_list_kinds(&local_evidence, &mut evidence);
    let person_parts = doc.person_parts(&evidence);
    let person_part = doc.per_name(|k| person_parts.contains_key(k));
    for ((n, c), e) in doc.candidates.iter().enumerate().zip(evidence.iter_mut()) {
        if !c.weak && person_part[doc.ids[n]] {
            e.person += 6.0;
        }
    }
    let mut name_like = doc.name_like(&person_part);
    let strong_single = doc.strong_single(&evidence);
    doc.full_and_bare_vouch(&evidence, &strong_single, &mut name_like);
    let companies = doc.companies(&person_parts);
    for ((n, (c, k)), e) in doc.mentions().enumerate().zip(evidence.iter_mut()) {
        if !c.weak && companies.contains_key(k) {
            e.organization += 12.0;
            name_like[doc.ids[n]] = NameLike::default();
        }
    }
    let context = doc.context_of_single_words(&local_evidence);
    let (works, work_titles) = doc.works(&person_part);
    doc.pool(&mut evidence);
    if std::env::var_os("LEDE_DEBUG_NER").is_some() {
        for ((c, k), (e, l)) in doc.mentions().zip(evidence.iter().zip(&local_evidence)) {
            eprintln!("DBG {k:?} weak={} local={l:?} total={e:?}", c.weak);
        }
    }
    let lowercase_elsewhere = written_in_lower_case(text, sentences, candidates, keys);
    let lowercase_elsewhere = if lowercase_elsewhere.is_empty() {
        vec![false; doc.names()]
    } else {
        doc.per_name(|k| lowercase_elsewhere.get(k).copied().unwrap_or(false))
    };
    let verdict = Verdict {
        lowercase_elsewhere,
        storms: doc.storms(),
        credits: sentences.iter().map(|_| OnceCell::new()).collect(),
        by_name: RefCell::new(vec![NameVerdict::default(); doc.names()]),
        doc,
        person_part,
        name_like,
        strong_single,
        context,
        works,
        work_titles,
    };
    // A name's full mentions are decided first; its weak ones (opening a sentence or a
    // headline) then take the kind those got, so one name is never two kinds.
    let strong: Vec<Option<Option<EntityKind>>> = verdict
        .doc
        .mentions()
        .zip(&evidence)
        .enumerate()
        .map(|(n, ((c, k), e))| (!c.weak).then(|| verdict.kind(n, c, k, e)))
        .collect();
    let mut decided: Vec<Tally> = (0..verdict.doc.names()).map(|_| Tally::default()).collect();
    for (&id, kind) in verdict.doc.ids.iter().zip(&strong) {
        if let Some(Some(kind)) = kind {
            decided[id].add(*kind);
        }
    }
    verdict
        .doc
        .mentions()
        .enumerate()
        .zip(strong)
        .map(|((n, (_, k)), kind)| {
            kind.unwrap_or_else(|| verdict.weak_kind(n, k, &decided[verdict.doc.ids[n]]))
        })
        .collect()
}

/// How many of a name's full mentions were decided each kind.
#[derive(Default)]
struct Tally([u32; 4]);

impl Tally {
    fn add(&mut self, kind: EntityKind) {
        self.0[kind as usize] += 1;
    }

    /// The kind most of the full mentions got (on a tie, the first of person, organisation,
    /// place, group).
    fn most(&self) -> Option<EntityKind> {
        let kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
            EntityKind::Group,
        ];
        kinds
            .into_iter()
            .rev()
            .filter(|&kind| self.0[kind as usize] > 0)
            .max_by_key(|&kind| self.0[kind as usize])
    }
}

/// The document's candidates with their keys, and what the whole document says about each
/// name.
struct Names<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    candidates: &'a [Candidate],
    keys: &'a [String],
    lex: &'static Lexicon,
    /// The name of each candidate, as an index: what the document says of a name is kept in
    /// lists by that index, so a candidate's name is hashed once, not once per list.
    ids: Vec<usize>,
    /// The index of each name.
    id_of: HashMap<&'a str, usize>,
}

/// The index of each candidate's name (its key), in order of first mention, and the index of
/// each name.
fn name_ids(keys: &[String]) -> (Vec<usize>, HashMap<&str, usize>) {
    let mut id_of: HashMap<&str, usize> = sized(keys.len());
    let ids = keys
        .iter()
        .map(|k| {
            let next = id_of.len();
            *id_of.entry(k.as_str()).or_insert(next)
        })
        .collect();
    (ids, id_of)
}

impl<'a> Names<'a> {
    /// How many distinct names the candidates have.
    fn names(&self) -> usize {
        self.id_of.len()
    }

    /// The index of a string that is the name of some candidate.
    fn id(&self, name: &str) -> Option<usize> {
        self.id_of.get(name).copied()
    }

    /// `f` of each name, by index.
    fn per_name<V: Default + Clone>(&self, f: impl Fn(&str) -> V) -> Vec<V> {
        let mut out = vec![V::default(); self.names()];
        for (&name, &id) in &self.id_of {
            out[id] = f(name);
        }
        out
    }

    /// Every candidate with its key.
    fn mentions(&self) -> impl Iterator<Item = (&'a Candidate, &'a str)> + use<'a> {
        self.candidates
            .iter()
            .zip(self.keys.iter().map(String::as_str))
    }

    /// What each mention's own words and neighbours say (nothing for weak candidates).
    fn local_evidence(&self) -> Vec<Evidence> {
        self.mentions()
            .map(|(c, k)| {
                if c.weak {
                    Evidence::default()
                } else {
                    local(self.text, &self.sentences[c.sentence], c, k, self.lex)
                }
            })
            .collect()
    }

    /// The items of a list share a kind: "Tom Brennan, Okafor and Mark Ellis". A name with
    /// little evidence of its own takes some from a neighbour joined to it by "," or "and"; a
    /// name shaped like a person's, short of a full name's evidence, takes a person's kind.
    fn share_list_kinds(&self, local: &[Evidence], evidence: &mut [Evidence]) {
        for (n, c) in self.candidates.iter().enumerate() {
            let short_person = local[n].best() == Some(EntityKind::Person)
                && local[n].person < CLEAR_PERSON
                && person_shaped_item(&self.keys[n], self.lex);
            if c.weak || (local[n].strongest() >= 1.5 && !short_person) {
                continue;
            }
            for m in [n.checked_sub(1), Some(n + 1)].into_iter().flatten() {
                let (Some(other), Some(e)) = (self.candidates.get(m), local.get(m)) else {
                    continue;
                };
                if e.strongest() >= 2.5
                    && self.listed_together(c, other, m < n)
                    && let Some(kind) = e.best()
                {
                    // "Ana Ruiz, Rocket Lund and …": among people, a name ending in a
                    // listed surname is a person's even when its first word is an English
                    // word.
                    let person_shaped =
                        kind == EntityKind::Person && person_shaped_item(&self.keys[n], self.lex);
                    evidence[n].support(kind, if person_shaped { 4.5 } else { 1.5 });
                }
            }
        }
    }

    /// Whether two candidates of a sentence are items of one list, `other` before `c` when
    /// `other_first`.
    fn listed_together(&self, c: &Candidate, other: &Candidate, other_first: bool) -> bool {
        // "Kessia’s Ana Ruiz and Tovaria’s Tom Hale": a possessive before a name owns it
        // and is no item of the list.
        let words = &self.sentences[c.sentence].words;
        let owner = |x: &Candidate| words[x.last - 1].possessive;
        if other.weak || other.sentence != c.sentence || owner(other) || owner(c) {
            return false;
        }
        let (from, to) = if other_first {
            (other.last, c.first)
        } else {
            (c.last, other.first)
        };
        from < to
            && to - from <= 2
            && words[from..to]
                .iter()
                .all(|w| matches!(w.text(self.text), "," | "and" | "or" | ";"))
    }

    /// Words of the full names of people: "Merz" once "Friedrich Merz" is a person. Only a
    /// name that is clearly a person's lends its words (a weak guess spread to every bare
    /// mention would turn a brand or a song title into a person), and a word that is also a
    /// place counts only when the name is clearly a person's ("Dana Jordan").
    fn person_parts(&self, evidence: &[Evidence]) -> NameSet<'a> {
        let lex = self.lex;
        let mut parts = NameSet::default();
        for ((c, k), e) in self.mentions().zip(evidence) {
            if c.weak
                || !has_space(k)
                || e.best() != Some(EntityKind::Person)
                || e.person < PERSON_PARTS
                || (e.person < CLEAR_PERSON && not_people::ends_in_everyday_word(c, k, lex))
            {
                continue;
            }
            let clear = e.person >= 4.0 + e.place.max(e.organization);
            parts.extend(
                words_of(k)
                    .filter(|w| w.chars().count() > 2 && !w.ends_with('.'))
                    .filter(|w| !lex.function_word(w))
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .filter(|w| clear || (lex.place(w).is_none() && lex.organisation(w).is_none()))
                    .map(|w| (w, ())),
            );
        }
        parts
    }

    /// Whether each name looks like a person's on its own, before the mentions' evidence is
    /// pooled: a title or role before some mention, a known given name opening it, or a word
    /// of a full name the document gives a person.
    fn name_like(&self, person_part: &[bool]) -> Vec<NameLike> {
        let mut name_like = vec![NameLike::default(); self.names()];
        for (n, (c, k)) in self.mentions().enumerate().filter(|(_, (c, _))| !c.weak) {
            // Once one mention says so, the others need not be asked; the words of a name,
            // the same for all its mentions, are read once.
            let id = self.ids[n];
            let like = &mut name_like[id];
            if like.person || c.title.is_some() {
                like.person = true;
            } else if !like.words_read {
                like.words_read = true;
                like.person = person_part[id] || looks_like_full_name(k, self.lex);
            }
        }
        name_like
    }

    /// The person evidence of each one-word name, summed over its mentions.
    fn strong_single(&self, evidence: &[Evidence]) -> Vec<Option<f32>> {
        let mut strong_single = vec![None; self.names()];
        for (n, ((c, k), e)) in self.mentions().zip(evidence).enumerate() {
            if !c.weak && !has_space(k) {
                let sum: &mut f32 = strong_single[self.ids[n]].get_or_insert(0.0);
                *sum += e.person;
            }
        }
        strong_single
    }

    /// [`Names::strong_single`]'s sum for a string, when it is a one-word name's.
    fn single_sum(&self, strong_single: &[Option<f32>], name: &str) -> Option<f32> {
        self.id(name).and_then(|id| strong_single[id])
    }

    /// A full name and its bare surname vouch for each other: "Eyamba Sowers … said Sowers,
    /// who" is a person although neither the first name nor "said" alone would make it one.
    fn full_and_bare_vouch(
        &self,
        evidence: &[Evidence],
        strong_single: &[Option<f32>],
        name_like: &mut [NameLike],
    ) {
        for (n, ((c, k), e)) in self.mentions().zip(evidence).enumerate() {
            let Some((first, _)) = split_first(k) else {
                continue;
            };
            let last = last_word(k);
            let pair = !c.weak
                && e.best() == Some(EntityKind::Person)
                && !is_common(self.lex, first)
                && self
                    .single_sum(strong_single, last)
                    .is_some_and(|p| p >= STRONG_PERSON);
            if pair {
                name_like[self.ids[n]].person = true;
                // Only a name's own mentions read what it looks like.
                if let Some(id) = self.id(last) {
                    name_like[id].person = true;
                }
            }
        }
    }

    /// "Veltrona Corp" anywhere makes every bare "Veltrona" the company, whatever "Veltrona
    /// said" suggests; "The Nordvik Group" and "Walt Tovaro Co." make "Nordvik" and "Tovaro"
    /// one.
    fn companies(&self, person_parts: &NameSet<'a>) -> NameSet<'a> {
        let mut companies = NameSet::default();
        for (_, k) in self.mentions().filter(|(c, _)| !c.weak) {
            let Some(head) = Lexicon::corporate_head(k) else {
                continue;
            };
            let head = head.strip_prefix("The ").unwrap_or(head);
            companies.insert(head, ());
            if let Some((_, last)) = split_last(head)
                && !person_parts.contains_key(last)
            {
                companies.insert(last, ());
            }
        }
        companies
    }

    /// What the context of its most telling mention says of a one-word name, the name lists
    /// left out: "Marisol" once in a sentence is a given name and nothing more.
    fn context_of_single_words(&self, local: &[Evidence]) -> Vec<Option<f32>> {
        let mut context = vec![None; self.names()];
        for (n, ((c, k), e)) in self.mentions().zip(local).enumerate() {
            if !c.weak && !has_space(k) {
                let said = e.person - e.listed;
                let best: &mut f32 = context[self.ids[n]].get_or_insert(said);
                *best = best.max(said);
            }
        }
        context
    }

    /// Titles of works: a name the document once calls a film, a series or a model is that
    /// work wherever it stands, unless a full name makes it a person's.
    /// Returns them with whether each mention, where it was asked, is such a title.
    fn works(&self, person_part: &[bool]) -> (Vec<bool>, Vec<Option<bool>>) {
        let mut works = vec![false; self.names()];
        let asked = self
            .mentions()
            .enumerate()
            .map(|(n, (c, k))| {
                let id = self.ids[n];
                let asked = !c.weak && !person_part[id];
                let title =
                    asked && title_of_work(self.text, &self.sentences[c.sentence], c, k, self.lex);
                if title {
                    works[id] = true;
                }
                asked.then_some(title)
            })
            .collect();
        (works, asked)
    }

    /// One name, one kind: the evidence of every mention counts for all of them.
    fn pool(&self, evidence: &mut [Evidence]) {
        let mut by_name: Vec<Option<Evidence>> = vec![None; self.names()];
        for ((c, &id), e) in self.candidates.iter().zip(&self.ids).zip(evidence.iter()) {
            if !c.weak {
                by_name[id].get_or_insert_with(Evidence::default).add(*e);
            }
        }
        for ((c, &id), e) in self
            .candidates
            .iter()
            .zip(&self.ids)
            .zip(evidence.iter_mut())
        {
            if !c.weak
                && let Some(total) = by_name[id]
            {
                *e = total;
            }
        }
    }

    /// The names of storms: "Marla" after "Cyclone Marla" is the storm again.
    fn storms(&self) -> NameSet<'a> {
        self.keys
            .iter()
            .filter(|k| STORMS.contains(&first_word(k)))
            .map(|k| last_word(k))
            .map(|w| (w, ()))
            .collect()
    }
}

/// Everything the document says, and the decision for each candidate.
struct Verdict<'a> {
    doc: Names<'a>,
    /// By name: whether it is a word of a person's full name.
    person_part: Vec<bool>,
    name_like: Vec<NameLike>,
    strong_single: Vec<Option<f32>>,
    context: Vec<Option<f32>>,
    works: Vec<bool>,
    /// Whether each mention is the title of a work, for those `works` asked.
    work_titles: Vec<Option<bool>>,
    /// One-word names that open a sentence and that the document also writes in lower case.
    lowercase_elsewhere: Vec<bool>,
    storms: NameSet<'a>,
    /// Whether each sentence is a credit line, read once per sentence however many names it
    /// holds (a long sentence with many names was read once per name).
    credits: Vec<OnceCell<bool>>,
    /// What the name alone decides, worked out on the first mention that asks: a name is
    /// mentioned twice on average, and every full mention of it carries the same pooled
    /// evidence, so the answers hold for all of them.
    by_name: RefCell<Vec<NameVerdict>>,
}

/// Whether a name looks like a person's on its own, and whether its words were read for it
/// (they are the same for all its mentions).
#[derive(Clone, Copy, Default)]
struct NameLike {
    person: bool,
    words_read: bool,
}

/// What the verdict says of a name whatever the mention (`None`: not asked yet).
#[derive(Clone, Copy, Default)]
struct NameVerdict {
    /// A storm's name or a closed-class word: never an entity.
    never: Option<bool>,
    /// No name of lede's kinds by its words and pooled evidence alone (an event, a code, a
    /// plain word, a work, a role with its institution).
    not_a_name: Option<bool>,
    /// The kind its pooled evidence supports.
    best: Option<EntityKind>,
}

impl<'a> Verdict<'a> {
    /// The kind of a weak candidate (a capital that may come from its place alone): known only
    /// if the document names it elsewhere, as a part of a person's name or by full mentions,
    /// whose decided kind it takes ("Apple is … the chip Apple designed": an organisation in
    /// both, even where one mention's words alone would say person).
    fn weak_kind(&self, n: usize, k: &'a str, decided: &Tally) -> Option<EntityKind> {
        let id = self.doc.ids[n];
        let never = {
            let mut by_name = self.by_name.borrow_mut();
            let name = &mut by_name[id];
            *name.never.get_or_insert_with(|| self.never(k))
        };
        if never {
            return None;
        }
        if self.person_part[id] {
            return Some(EntityKind::Person);
        }
        decided.most()
    }

    /// The kind of a full (not weak) candidate with the pooled evidence `e` of its name, or
    /// `None`.
    fn kind(&self, n: usize, c: &Candidate, k: &'a str, e: &Evidence) -> Option<EntityKind> {
        // The answers for the name are kept as they are worked out: none of the steps below
        // asks `by_name` again.
        let id = self.doc.ids[n];
        let mut by_name = self.by_name.borrow_mut();
        let name = &mut by_name[id];
        if *name.never.get_or_insert_with(|| self.never(k))
            || self.capitalised_by_position(id, c, k, e)
        {
            return None;
        }
        if *name
            .not_a_name
            .get_or_insert_with(|| self.not_a_name(id, k, e))
            || self.title_of_work_at(n, c, k)
        {
            return None;
        }
        let kind = *name.best.get_or_insert_with(|| self.best_kind(id, k, e));
        drop(by_name);
        if kind == EntityKind::Person
            && e.person < 1.0
            && not_people::label_before_colon(self.doc.text, &self.doc.sentences[c.sentence], c)
        {
            return None;
        }
        self.person_checked(c, k, kind, e)
    }

    /// Whether a capital comes only from where the word stands: "Harbour plan approved … the
    /// harbour plan" (the document writes the word in lower case elsewhere); "Afterward,
    /// Sondland said …", "Meanwhile, Okafor …" (one word opening the sentence and set off by
    /// a comma before a name is an adverb, not a subject).
    fn capitalised_by_position(&self, id: usize, c: &Candidate, k: &str, e: &Evidence) -> bool {
        if c.title.is_some() || self.person_part[id] {
            return false;
        }
        if self.lowercase_elsewhere[id] {
            return true;
        }
        let (text, lex) = (self.doc.text, self.doc.lex);
        let sentence = &self.doc.sentences[c.sentence];
        let words = &sentence.words;
        // After a colon the word opens a list ("Penalties: Quarvik, Delmotte").
        let after_colon = c
            .first
            .checked_sub(1)
            .is_some_and(|i| words[i].text(text) == ":");
        c.last == c.first + 1
            && !after_colon
            && e.place < 2.0
            && lex.given_name(k).is_none()
            && lex.surname(k).is_none()
            && words[c.first].shape == Shape::Capital
            && sentence.initial(text, c.first)
            && words.get(c.last).is_some_and(|w| w.text(text) == ",")
            && words
                .get(c.last + 1)
                .is_some_and(|w| w.is_word && w.is_capitalised())
    }

    /// Whether a name, by its words and its pooled evidence, is no name of lede's kinds: an
    /// event, codes and products with digits, an ordinary word with no context, a work the
    /// document names as one, a role with its institution.
    fn not_a_name(&self, id: usize, k: &str, e: &Evidence) -> bool {
        let lex = self.doc.lex;
        if is_event(k, lex) || k.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return true;
        }
        // "Under-21", "F-14": names with digits are products, teams' age groups and codes,
        // unless the lists know them ("G7").
        if k.bytes().any(|b| b.is_ascii_digit())
            && lex.organisation(k).is_none()
            && lex.place(k).is_none()
        {
            return true;
        }
        // "Match", "Record", "Women": an ordinary word, capitalised for no reason a name
        // would give, is not an entity unless its context says so.
        if !has_space(k) && e.strongest() < 2.0 && plain_word(k, lex) {
            return true;
        }
        self.works[id] || role_alone(k, lex)
    }

    /// Whether mention `n` is the title of a work where it stands ("the film Night Harbour").
    fn title_of_work_at(&self, n: usize, c: &Candidate, k: &str) -> bool {
        // `works` has asked most mentions already.
        self.work_titles
            .get(n)
            .copied()
            .flatten()
            .unwrap_or_else(|| {
                let sentence = &self.doc.sentences[c.sentence];
                title_of_work(self.doc.text, sentence, c, k, self.doc.lex)
            })
    }

    /// Whether a name is never an entity: a storm's, or a closed-class word.
    fn never(&self, k: &str) -> bool {
        self.storms.contains_key(k) || not_people::closed_class(k, self.doc.lex)
    }

    /// The kind the pooled evidence supports; a person only when the name looks like one.
    fn best_kind(&self, id: usize, k: &str, e: &Evidence) -> EntityKind {
        let long_document = self.doc.sentences.len() >= LONG_DOCUMENT;
        let said = self.context[id].unwrap_or(0.0);
        let name_like = self.name_like[id].person;
        let mut kind = match e.best() {
            Some(EntityKind::Person) if !name_like => not_a_person(k, e, said, long_document),
            Some(kind) => kind,
            None => fallback(k),
        };
        if kind == EntityKind::Person && !name_like {
            // "Harwick Albion … Harwick said": a person goes by the last word of their name,
            // an organisation by its first (unless the first is a family name, as in "Đặng
            // Thu Hà … Đặng said", or the context is a person's alone: "said Oren Vask, its
            // founder … joining Oren and his team").
            let lex = self.doc.lex;
            if let Some((first, last)) = split_first(k).zip(split_last(k))
                && e.animate <= 0.0
                && self.doc.single_sum(&self.strong_single, first.0).is_some()
                && self.doc.single_sum(&self.strong_single, last.1).is_none()
                && lex.given_name(first.0).is_none()
                && lex.surname(first.0).is_none()
            {
                kind = EntityKind::Organization;
            }
        }
        kind
    }

    /// A person's last checks: an acronym in capitals is an organisation; "pro-Vesta", a
    /// picture credit's photographer and what the context says is a thing are nothing.
    /// So is a name ending in an everyday word (a product) unless the evidence clearly says
    /// person.
    fn person_checked(
        &self,
        c: &Candidate,
        k: &str,
        kind: EntityKind,
        e: &Evidence,
    ) -> Option<EntityKind> {
        if kind != EntityKind::Person {
            return Some(kind);
        }
        let text = self.doc.text;
        let sentence = &self.doc.sentences[c.sentence];
        // "KVRT TVN reports": letters in capitals in a sentence that is not are an acronym.
        if !sentence.caps
            && sentence.words[c.first..c.last]
                .iter()
                .filter(|w| w.is_word)
                .all(|w| w.shape == Shape::Caps && w.end - w.start <= 4)
        {
            return Some(EntityKind::Organization);
        }
        // "TEAM PTS AVG", "VP OPS": a line of short words in capitals is a table's or a
        // form's labels, not a person's name.
        let words = || sentence.words[c.first..c.last].iter().filter(|w| w.is_word);
        let lex = self.doc.lex;
        if sentence.caps
            && words().all(|w| w.shape == Shape::Caps && w.end - w.start <= 3)
            && lex
                .given_name(&sentence.key(text, c.first))
                .is_none_or(|weight| weight < 0.01)
        {
            return None;
        }
        // "pro-Vesta", "anti-Kessian": a capital after a lower-case prefix is no name.
        // "Photo: Lena Marsh, Getty Images": who took the picture is not in the story.
        if after_prefix(text, sentence.words[c.first].start)
            || self.is_credit(c.sentence)
            || not_people::context_says_thing(text, sentence, c, k, self.doc.lex)
            || (e.person < CLEAR_PERSON && not_people::ends_in_everyday_word(c, k, self.doc.lex))
        {
            return None;
        }
        Some(kind)
    }

    /// Whether sentence `n` is a credit line, read once.
    fn is_credit(&self, n: usize) -> bool {
        self.credits
            .get(n)
            .zip(self.doc.sentences.get(n))
            .is_some_and(|(cell, s)| *cell.get_or_init(|| credit_line(self.doc.text, s)))
    }
}

/// For every one-word candidate that opens a sentence, whether the document also writes that
/// word in lower case. Only those few words are looked for, so the scan costs a lookup per
/// lower-case word and allocates nothing per word.
fn written_in_lower_case<'k>(
    text: &str,
    sentences: &[Sentence],
    candidates: &[Candidate],
    keys: &'k [String],
) -> HashMap<&'k str, bool> {
    let mut wanted: HashMap<String, (&'k str, bool)> = HashMap::default();
    for (c, k) in candidates.iter().zip(keys) {
        if !c.weak && c.last == c.first + 1 && sentences[c.sentence].initial(text, c.first) {
            wanted.insert(k.to_lowercase(), (k.as_str(), false));
        }
    }
    if wanted.is_empty() {
        return HashMap::default();
    }
    // Only words of a length looked for are hashed.
    let lengths: u64 = wanted.keys().fold(0, |m, k| m | 1 << k.len().min(63));
    for sentence in sentences {
        for w in &sentence.words {
            if w.shape == Shape::Lower
                && lengths & (1 << (w.end - w.start).min(63)) != 0
                && let Some(found) = wanted.get_mut(w.text(text))
            {
                found.1 = true;
            }
        }
    }
    wanted.into_values().collect()
}

/// How much person evidence makes a name clearly a person's: a known given name with a
/// surname, or a title, or a name the text treats as a person's more than once.
const STRONG_PERSON: f32 = 2.5;

/// Person evidence that outweighs a name's everyday last word: an age or a list of people
/// around "Nadia Pebble" says person though "pebble" is a word and no listed surname.
const CLEAR_PERSON: f32 = STRONG_PERSON + 2.0;

/// How much person evidence a full name needs before its words count as that person's name
/// wherever they stand alone: a given name, a title or a role, not a weak list hit.
const PERSON_PARTS: f32 = 2.0;

/// What a name is when only its context ("X said", "X's", "told X") says person but nothing
/// in the name does: "X said" is as true of a company, a brand or a newspaper as of a person.
/// A multi-word name still falls back on its shape ("Wendo Kasarani"); a single word stays a
/// person when it reads as a surname (a listed name or a surname's ending, not an English
/// word, not a brand's "CamelCase") or has a person's context (an age, "who", kin); otherwise
/// ("Billboard", "WeWork", "Skyroute said") it needs a first name, a title or a full name
/// elsewhere. In a long document a given name alone or an English word that is also a surname
/// ("Pearl") needs a mention whose context (`said`: the person evidence of its most telling
/// mention, less what the lists gave) says person.
fn not_a_person(key: &str, e: &Evidence, said: f32, long_document: bool) -> EntityKind {
    if has_space(key) {
        // "Rocket Vance singled home the run": a context that fits only a person (an age, a
        // verb of play, "who") makes a name of ordinary words a person's.
        if e.person >= CLEAR_PERSON || (e.animate > 0.0 && e.person >= STRONG_PERSON) {
            return EntityKind::Person;
        }
        return fallback(key);
    }
    let lex = Lexicon::get();
    let listed = |w: Option<f32>| w.is_some_and(|w| w >= 0.01);
    let brand = key
        .char_indices()
        .skip(1)
        .any(|(i, c)| c.is_uppercase() && key[..i].ends_with(char::is_lowercase))
        && ![
            "Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'",
        ]
        .iter()
        .any(|p| key.starts_with(p));
    let common = is_common(lex, key) && !listed(lex.given_name(key)) && !listed(lex.surname(key));
    let listed_name = lex.given_name(key).is_some() || lex.surname(key).is_some();
    let surname_shape = surname_shaped(key);
    // A surname alone reads as a person; a given name alone ("Marisol") or an English
    // word that is also a surname ("Pearl", "Baker") needs a mention whose context says so.
    // Only a document long enough to name its people in full has that evidence: in a
    // sentence on its own, a bare given name is as often a person as not.
    let surname = lex.surname(key).is_some() && !is_common(lex, key);
    let told = said >= 2.0 || !long_document;
    // "Austin, who …", "Florence said she …": a place that is also a person's name is the
    // person when only a person's context fits.
    let place_or_name = lex.place(key).is_none()
        || (e.animate > 0.0
            && (lex.given_name(key).is_some_and(|w| w > 0.0)
                || lex.surname(key).is_some_and(|w| w > 0.0)));
    if !brand
        && place_or_name
        && ((!common && (surname || surname_shape || (listed_name && told))) || e.animate > 0.0)
    {
        return EntityKind::Person;
    }
    let others = Evidence { person: 0.0, ..*e };
    others.best().unwrap_or(EntityKind::Organization)
}

/// Whether a name of two or three words, an item of a list of people, is shaped like a
/// person's: it ends in a listed surname ("Rocket Lund") or opens with a given name that is no
/// English word ("Darius Lantern"), and none of its words is a title, a place or a word of
/// organisations' or places' names (not "Senate Leader" nor "Orrin North").
fn person_shaped_item(key: &str, lex: &Lexicon) -> bool {
    let words = words_of(key).count();
    let (first, last) = (first_word(key), last_word(key));
    let given_first = || lex.given_name(first).is_some() && !is_common(lex, first);
    (2..=3).contains(&words)
        && (lex.surname(last).is_some_and(|w| w > 0.0) || given_first())
        && !matches!(last, "North" | "South" | "East" | "West")
        && words_of(key).all(|w| {
            lex.title(w).is_none()
                && lex.place(w).is_none()
                && lex.org_cue(w).is_none()
                && lex.place_cue(w).is_none()
        })
}

/// Whether a name is glued to a lower-case prefix before it ("pro-Vesta").
fn after_prefix(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    matches!(before.next(), Some('-' | '‐' | '‑')) && before.next().is_some_and(char::is_lowercase)
}

/// Whether a candidate is the title of a work rather than a name: a film, song or book named
/// in quotation marks ("“Night Harbour”"), or a run of capitals with a function word inside
/// ("It To The Streets", "Lost In The Fog").
fn title_of_work(text: &str, sentence: &Sentence, c: &Candidate, key: &str, lex: &Lexicon) -> bool {
    let words = &sentence.words;
    // "Queen Ilsa I", "Aurelio I": a final "I" after a name is a regnal number, not the pronoun.
    let inner = key.strip_suffix(" I").unwrap_or(key);
    if !sentence.headline
        && c.last - c.first >= 2
        && words_of(inner)
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase) && lex.function_word(w))
    {
        return true;
    }
    let word = |i: usize| words.get(i).map_or("", |w| w.text(text));
    // "the film Night Harbour", "the Tovaro Vela model", "the Night Harbour TV series": a kind
    // of work named beside it ("Okafor's film" is the film of a person).
    let after = if word(c.last) == "TV" {
        c.last + 1
    } else {
        c.last
    };
    let possessive = words[c.last - 1].possessive;
    if c.first >= 1 && words::is_work_noun(word(c.first - 1))
        || !possessive && words::is_work_noun(word(after))
    {
        return true;
    }
    let opens = c
        .first
        .checked_sub(1)
        .is_some_and(|i| matches!(word(i), "“" | "\"" | "‘"));
    let mut after = c.last;
    if matches!(word(after), "," | "." | "!" | "?") {
        after += 1;
    }
    let closes = matches!(word(after), "”" | "\"" | "’");
    opens && closes
}

/// Whether a name is only a role with its institution ("Senate Leader", "County Sheriff"):
/// the last word an office, the words before it an institution or a place, and the first not
/// a given name ("Masayoshi Son" stays a person).
fn role_alone(key: &str, lex: &Lexicon) -> bool {
    let (Some((first, _)), Some((head, last))) = (split_first(key), split_last(key)) else {
        return false;
    };
    // The words before the office name an institution or a place, not a person.
    let institution = words_of(head).any(|w| {
        is_common(lex, w)
            || lex.place(w).is_some()
            || lex.org_cue(w).is_some()
            || lex.place_cue(w).is_some()
    });
    lex.title(last) == Some(TitleKind::Role) && lex.given_name(first).is_none() && institution
}

/// The kind of a name nothing speaks for: two or three words that are not English words, or an
/// unknown word before a listed surname, read as a person's name ("Wendo Kasarani"); anything
/// else as an organisation.
fn fallback(key: &str) -> EntityKind {
    let lex = Lexicon::get();
    let words: Vec<&str> = words_of(key).collect();
    let namey = |w: &&str| !is_common(lex, w) && w.chars().any(char::is_lowercase);
    // "Quorin Bracken": an unknown first word before a listed surname, even one that is also
    // an English word.
    let surname_last = words.len() == 2
        && words.first().is_some_and(namey)
        && words.last().is_some_and(|w| {
            lex.surname(w).is_some() && !matches!(*w, "North" | "South" | "East" | "West")
        });
    if (2..=3).contains(&words.len()) && (words.iter().all(namey) || surname_last) {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}

/// Whether a one-word name is an ordinary English word that no list knows as a name.
fn plain_word(key: &str, lex: &Lexicon) -> bool {
    crate::analysis::lexicon::with_lower(key, |l| lex.common_level(l).is_some_and(|v| v <= 35))
        && lex.given_name(key).is_none()
        && lex.surname(key).is_none()
        && lex.place(key).is_none()
        && lex.organisation(key).is_none()
}

/// Whether a name is an event or prize ("World Cup"), which is none of lede's kinds.
fn is_event(key: &str, lex: &Lexicon) -> bool {
    has_space(key)
        && (lex.event(last_word(key)) || STORMS.contains(&first_word(key)))
        && lex.organisation(key).is_none()
        && lex.place(key).is_none()
}
