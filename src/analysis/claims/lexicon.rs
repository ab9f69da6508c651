//! The words the claim rules look for: attributing verbs with all their forms, role nouns, and
//! the closed-class words (determiners, pronouns, auxiliaries…) that bound noun phrases. Every
//! closed list lives here once and is tested through its class bit (`C_*`).
//!
//! Verbs and role nouns live in hand-written lists under `assets/lexicon/` so they can be
//! reviewed without reading code; they are parsed once, on first use.

use crate::analysis::fast_hash::FastMap;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// What an attributing verb reports, which decides the claim's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbClass {
    /// Reported speech: say, tell, warn, deny.
    Speech,
    /// Beliefs and intentions: think, want, hope.
    Belief,
    /// What documents and studies show: show, find.
    Evidence,
}

/// Which inflection a verb form is; base and -s forms double as nouns more often.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "say", "claim": also an infinitive or a noun.
    Base,
    /// "says", "claims": also a plural noun.
    Third,
    /// "said", "claimed": also a participle or an adjective.
    Past,
    /// "saying": a participle clause or a progressive.
    Ing,
}

/// One form of an attributing verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbForm {
    /// What it reports.
    pub class: VerbClass,
    /// Which inflection this is.
    pub form: Form,
    /// Only a cue when a that-clause, a quote or a colon follows ("found that", not "found a").
    pub needs_clause: bool,
    /// A cue before an infinitive ("declined to say", "agreed to pay"): what someone agreed
    /// or refused to do is their stance, as a that-clause is. Without `needs_clause`, only
    /// there ("prices declined." is no cue).
    pub or_infinitive: bool,
    /// Takes a listener before the content ("told reporters that").
    pub takes_object: bool,
    /// Particles it needs to be a cue ("call for", "point to"); empty when it needs none.
    pub particles: &'static [&'static str],
    /// Also a cue without its particle when a quotation follows closely ("called it “a
    /// disaster”").
    pub or_quote: bool,
    /// Only a cue when "as" follows its object ("sees the bridge as a threat"), which makes
    /// it a view held rather than a sight.
    pub object_as: bool,
    /// A base or -s form more often a noun than a verb ("in 11 states", "the attacks"): a cue
    /// only before a real clause, a quote or a colon, or set off after a quote or a comma.
    pub noun_like: bool,
}

/// FNV-1a: the word maps hold a few hundred short keys, looked up once per token; SipHash's
/// protection against crafted keys buys nothing here and costs a third of the lookup.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by short words, hashed with [`Fnv`].
pub(super) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

const VERBS_TSV: &str = include_str!("../../../assets/lexicon/reporting_verbs.tsv");
const ROLES_TXT: &str = include_str!("../../../assets/lexicon/role_nouns.txt");

/// The form of an attributing verb that `lower` (a lowercase word) is, if any.
pub fn verb(lower: &str) -> Option<VerbForm> {
    verbs().get(lower).copied()
}

/// Every form of every attributing verb, read on first use.
fn verbs() -> &'static WordMap<String, VerbForm> {
    static VERBS: OnceLock<WordMap<String, VerbForm>> = OnceLock::new();
    VERBS.get_or_init(load_verbs)
}

/// Whether `lower` names a role a person holds ("chancellor", "envoy").
pub fn is_role_noun(lower: &str) -> bool {
    static ROLES: OnceLock<WordMap<&'static str, ()>> = OnceLock::new();
    ROLES
        .get_or_init(|| {
            ROLES_TXT
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| (l, ()))
                .collect()
        })
        .contains_key(lower)
}

/// Reads `reporting_verbs.tsv`: each lemma's forms, with what its flags say of them.
fn load_verbs() -> WordMap<String, VerbForm> {
    let mut out = WordMap::default();
    for line in VERBS_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(lemma), Some(class)) = (cols.next(), cols.next()) else {
            continue;
        };
        let class = match class {
            "belief" => VerbClass::Belief,
            "evidence" => VerbClass::Evidence,
            _ => VerbClass::Speech,
        };
        let flags: &'static str = cols.next().unwrap_or("-");
        let particles = particles_of(flags);
        let make = |form| VerbForm {
            class,
            form,
            needs_clause: flags.contains("that"),
            or_infinitive: flags.split(';').any(|f| f == "inf"),
            noun_like: flags.split(';').any(|f| f == "noun")
                && matches!(form, Form::Base | Form::Third),
            takes_object: flags.contains("obj"),
            particles,
            or_quote: flags.contains("quote"),
            object_as: flags.split(';').any(|f| f == "as"),
        };
        for (word, form) in forms_of(lemma, cols.next()) {
            out.entry(word).or_insert_with(|| make(form));
        }
    }
    out
}

/// The particles of a `prt=for/on` flag (empty without one), kept for the program's life.
fn particles_of(flags: &'static str) -> &'static [&'static str] {
    flags
        .split_once("prt=")
        .map(|(_, p)| {
            let p = p.split(';').next().unwrap_or("");
            &*Vec::leak(p.split('/').collect::<Vec<&'static str>>())
        })
        .unwrap_or(&[])
}

/// A lemma's forms: the regular ones, or those of its irregular column (comma-separated) and
/// the regular -s and -ing forms it does not replace.
fn forms_of(lemma: &str, irregular: Option<&str>) -> Vec<(String, Form)> {
    let irregular: Vec<&str> = irregular
        .map(|c| c.split(',').map(str::trim).collect())
        .unwrap_or_default();
    let mut forms = vec![
        (lemma.to_string(), Form::Base),
        (third(lemma), Form::Third),
        (past(lemma), Form::Past),
        (ing(lemma), Form::Ing),
    ];
    if irregular.is_empty() {
        return forms;
    }
    forms.retain(|(_, f)| *f == Form::Base);
    for word in irregular {
        let form = if word.ends_with("ing") {
            Form::Ing
        } else if word.ends_with('s') && !word.ends_with("ss") {
            Form::Third
        } else {
            Form::Past
        };
        forms.push((word.to_string(), form));
    }
    // Regular forms the irregular list does not replace.
    for (word, form) in [(third(lemma), Form::Third), (ing(lemma), Form::Ing)] {
        if !forms.iter().any(|(_, f)| *f == form) {
            forms.push((word, form));
        }
    }
    forms
}

fn ends_consonant_y(word: &str) -> bool {
    let mut rev = word.chars().rev();
    rev.next() == Some('y') && rev.next().is_some_and(|c| !"aeiou".contains(c))
}

/// The regular -s form of a lemma.
pub(super) fn third(lemma: &str) -> String {
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| lemma.ends_with(e))
    {
        format!("{lemma}es")
    } else if ends_consonant_y(lemma) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    }
}

/// The regular -ed form of a lemma.
pub(super) fn past(lemma: &str) -> String {
    if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if ends_consonant_y(lemma) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    }
}

/// The regular -ing form of a lemma.
pub(super) fn ing(lemma: &str) -> String {
    if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    }
}

/// Words that open a noun phrase and are never its head.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some", "many", "several", "most", "all", "both", "each", "every", "other", "another", "any",
    "few", "two", "three", "four", "five", "one", "no",
];

/// Pronouns that can stand as the source of a claim.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

/// Auxiliaries and modals that belong to the cue when they stand right before the verb.
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "also",
    "not",
    "never",
    "already",
    "again",
    "just",
    "still",
    "didn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "doesn't",
    "don't",
    "hasn't",
    "repeatedly",
    "reportedly",
    "previously",
    "later",
    "then",
    "often",
    "once",
    "even",
    "now",
    "long",
    "always",
    "sometimes",
    "twice",
];

/// Forms of "be"; a past form after them is a passive, not a cue ("was told").
pub const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s",
];

/// Prepositions that may join two parts of a source noun phrase ("officials in Berlin").
pub const NP_PREPOSITIONS: &[&str] = &["of", "in", "at", "for", "from", "on", "with", "to"];

/// Words that end a noun phrase when walking left from a verb: conjunctions, subordinators,
/// prepositions that do not join noun phrases, verbs of being, sentence adverbs.
pub const NP_BREAKERS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "when",
    "while",
    "if",
    "as",
    "after",
    "before",
    "since",
    "until",
    "unless",
    "although",
    "though",
    "where",
    "whether",
    "than",
    "to",
    "by",
    "about",
    "into",
    "over",
    "under",
    "against",
    "during",
    "without",
    "between",
    "through",
    "also",
    "however",
    "meanwhile",
    "still",
    "now",
    "then",
    "instead",
    "later",
    "earlier",
    "separately",
    "moreover",
    "furthermore",
    "indeed",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "not",
    "there",
    "here",
    "what",
    "how",
    "why",
    "said",
    "says",
    "say",
    "told",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "ago",
    "last",
    "next",
    "it’s",
    "it's",
    "recently",
    "too",
    "me",
    "him",
    "us",
    "them",
    "very",
    "just",
    "even",
    "only",
    "like",
    "haven't",
    "hasn't",
    "hadn't",
    "didn't",
    "don't",
    "doesn't",
    "won't",
    "wouldn't",
    "can't",
];

/// Words that mark time right after a cue ("said on Monday"), skipped before the content.
pub const TIME_WORDS: &[&str] = &[
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "week",
    "month",
    "year",
    "recently",
    "again",
    "also",
    "previously",
    "late",
    "early",
];

/// Words whose presence makes content modalised.
pub const HEDGES: &[&str] = &[
    "could",
    "may",
    "might",
    "would",
    "reportedly",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "unlikely",
    "allegedly",
    "apparently",
    "seemingly",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "maybe",
    "potentially",
    "suggest",
    "suggests",
];

/// Words before a verb's base form that show it is a verb ("they say", "will say").
pub const BASE_SUBJECTS: &[&str] = &[
    "they", "we", "i", "you", "will", "would", "did", "does", "do", "can", "could", "may", "might",
    "should", "must", "not", "also", "to", "who", "n't",
];

/// Documents and studies that find and show things.
pub const EVIDENCE_NOUNS: &[&str] = &[
    "study",
    "report",
    "poll",
    "survey",
    "analysis",
    "research",
    "review",
    "audit",
    "investigation",
    "inquiry",
    "panel",
    "data",
    "figures",
    "statistics",
    "census",
    "test",
    "tests",
    "studies",
    "reports",
    "polls",
    "surveys",
    "documents",
    "records",
];

/// Words that can open the content after a verb.
pub const CONTENT_OPENERS: &[&str] = &[
    "that",
    "if",
    "whether",
    "how",
    "what",
    "why",
    "when",
    "there",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "more",
    "less",
    "nothing",
    "everything",
];

/// Prepositions before which a word is a noun, not a verb ("in remarks", "of claims").
pub const NOUN_CONTEXT: &[&str] = &[
    "of", "in", "on", "for", "with", "by", "from", "about", "against", "into", "over", "under",
    "amid", "despite", "after", "before", "without", "to",
];

/// Words that may follow a cue that ends its clause: listeners, channels and times ("told
/// reporters on Monday", "said in a statement").
pub const TRAILERS: &[&str] = &[
    "in",
    "at",
    "on",
    "to",
    "the",
    "a",
    "an",
    "me",
    "him",
    "her",
    "us",
    "them",
    "reporters",
    "journalists",
    "interview",
    "phone",
    "statement",
    "during",
    "news",
    "conference",
    "briefing",
    "email",
    "emailed",
    "television",
    "radio",
    "speech",
    "rally",
    "crowd",
    "audience",
    "later",
    "by",
    "via",
    "recent",
    "separate",
    "written",
    "telephone",
    "tweet",
    "twitter",
    "post",
    "with",
    "earlier",
    "his",
    "its",
    "their",
    "our",
    "my",
    "press",
    "appearance",
    "podcast",
];

/// Words that compare or rank.
pub const COMPARISONS: &[&str] = &[
    "more", "less", "fewer", "than", "most", "least", "largest", "biggest", "highest", "lowest",
    "record", "double", "twice", "half", "worst", "best", "longest", "first", "only",
];

/// Words that state a cause, a requirement or a relation.
pub const RELATIONS: &[&str] = &[
    "requires",
    "require",
    "required",
    "because",
    "caused",
    "causes",
    "means",
    "meant",
    "led",
    "leads",
    "due",
    "resulted",
    "accounts",
    "accounted",
    "depends",
    "allows",
    "bans",
    "prohibits",
    "includes",
    "included",
    "forced",
    "obliges",
    "costs",
    "cost",
    "killed",
    "rose",
    "fell",
    "increased",
    "decreased",
    "grew",
    "declined",
    "doubled",
];

/// Units that make a number a quantity.
pub const QUANTITIES: &[&str] = &[
    "per",
    "percent",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dozens",
    "hours",
    "days",
    "years",
    "months",
    "kilometres",
    "miles",
];

/// Class bit: the word is in `DETERMINERS`.
pub const C_DETERMINERS: u32 = 1 << 0;
/// Class bit: the word is in `SUBJECT_PRONOUNS`.
pub const C_SUBJECT_PRONOUNS: u32 = 1 << 1;
/// Class bit: the word is in `AUXILIARIES`.
pub const C_AUXILIARIES: u32 = 1 << 2;
/// Class bit: the word is in `BE`.
pub const C_BE: u32 = 1 << 3;
/// Class bit: the word is in `NP_PREPOSITIONS`.
pub const C_NP_PREPOSITIONS: u32 = 1 << 4;
/// Class bit: the word is in `NP_BREAKERS`.
pub const C_NP_BREAKERS: u32 = 1 << 5;
/// Class bit: the word is in `TIME_WORDS`.
pub const C_TIME_WORDS: u32 = 1 << 6;
/// Class bit: the word is in `HEDGES`.
pub const C_HEDGES: u32 = 1 << 7;
/// Class bit: the word is in `BASE_SUBJECTS`.
pub const C_BASE_SUBJECTS: u32 = 1 << 8;
/// Class bit: the word is in `CONTENT_OPENERS`.
pub const C_CONTENT_OPENERS: u32 = 1 << 9;
/// Class bit: the word is in `NOUN_CONTEXT`.
pub const C_NOUN_CONTEXT: u32 = 1 << 10;
/// Class bit: the word is in `TRAILERS`.
pub const C_TRAILERS: u32 = 1 << 11;
/// Class bit: the word is in `COMPARISONS`.
pub const C_COMPARISONS: u32 = 1 << 12;
/// Class bit: the word is in `RELATIONS`.
pub const C_RELATIONS: u32 = 1 << 13;
/// Class bit: the word is in `QUANTITIES`.
pub const C_QUANTITIES: u32 = 1 << 14;

/// Class bit: the word is in `EVIDENCE_NOUNS`.
pub const C_EVIDENCE_NOUNS: u32 = 1 << 15;

/// Nouns that carry what someone claims, believes or fears when a that-clause follows and a
/// possessor names who: "Ruiz's claim that …", "their fear that …".
pub const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "statement",
    "argument",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "belief",
    "warning",
    "promise",
    "pledge",
    "insistence",
    "contention",
    "suggestion",
    "fear",
    "fears",
    "hope",
    "hopes",
    "concern",
    "concerns",
    "view",
    "announcement",
    "prediction",
    "charge",
    "notion",
    "assurance",
    "assurances",
    "admission",
    "complaint",
    "conclusion",
    "vow",
    "threat",
    "theory",
    "suspicion",
    "declaration",
    "expectation",
    "worry",
];

/// Class bit: the word is in `CLAIM_NOUNS`.
pub const C_CLAIM_NOUNS: u32 = 1 << 16;

/// Class bit: the word opens one of the phrases only page furniture holds ("sign up").
pub const C_FURNITURE_FIRST: u32 = 1 << 17;

/// Class bit: the word opens one of the phrases of a no-comment ("declined to comment").
pub const C_NO_COMMENT_FIRST: u32 = 1 << 18;

/// Past forms that do not end in "-ed" and are seldom anything but a verb after a noun
/// ("The coach spoke, …", "the mayor and the board met"): they end a subject as an -ed
/// form does. Forms that are as often nouns or adjectives ("left", "cut", "set", "saw") are
/// not here.
pub const IRREGULAR_PASTS: &[&str] = &[
    "went", "came", "took", "gave", "made", "spoke", "broke", "began", "grew", "stood", "sent",
    "brought", "bought", "caught", "fought", "won", "ran", "fell", "rose", "drove", "sat", "flew",
    "threw", "wore", "chose", "rode", "struck", "stole", "shook", "became", "paid", "spent",
    "built", "kept", "held", "heard", "felt", "met", "lost", "sold", "led", "got",
];

/// Class bit: the word is in `IRREGULAR_PASTS`.
pub const C_IRREGULAR_PASTS: u32 = 1 << 19;

/// What the word lists say of one lowercase word: its class bits and, for a form of an
/// attributing verb, that form.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    /// Which of the closed word lists hold it (`C_*` bits).
    pub classes: u32,
    /// The verb form it is, when it is one.
    pub verb: Option<&'static VerbForm>,
}

/// The class bits and the verb form of a lowercase word, found with one hash: a sentence's
/// view looks every word up once and the rules read the answers off its tokens. The map is
/// hashed eight bytes at a time ([`FastMap`]), as it is asked about every word of every
/// sentence.
pub fn lookup(lower: &str) -> Entry {
    static ENTRIES: OnceLock<FastMap<&'static str, Entry>> = OnceLock::new();
    ENTRIES
        .get_or_init(entry_map)
        .get(lower)
        .copied()
        .unwrap_or_default()
}

/// Every word of the closed lists and every verb form, with its entry.
fn entry_map() -> FastMap<&'static str, Entry> {
    let mut map: FastMap<&'static str, Entry> = FastMap::default();
    let lists: [(&[&'static str], u32); 18] = [
        (DETERMINERS, C_DETERMINERS),
        (SUBJECT_PRONOUNS, C_SUBJECT_PRONOUNS),
        (AUXILIARIES, C_AUXILIARIES),
        (BE, C_BE),
        (NP_PREPOSITIONS, C_NP_PREPOSITIONS),
        (NP_BREAKERS, C_NP_BREAKERS),
        (TIME_WORDS, C_TIME_WORDS),
        (HEDGES, C_HEDGES),
        (BASE_SUBJECTS, C_BASE_SUBJECTS),
        (CONTENT_OPENERS, C_CONTENT_OPENERS),
        (NOUN_CONTEXT, C_NOUN_CONTEXT),
        (TRAILERS, C_TRAILERS),
        (COMPARISONS, C_COMPARISONS),
        (RELATIONS, C_RELATIONS),
        (QUANTITIES, C_QUANTITIES),
        (EVIDENCE_NOUNS, C_EVIDENCE_NOUNS),
        (CLAIM_NOUNS, C_CLAIM_NOUNS),
        (IRREGULAR_PASTS, C_IRREGULAR_PASTS),
    ];
    for (list, bit) in lists {
        for word in list {
            map.entry(*word).or_default().classes |= bit;
        }
    }
    let phrases = [
        (super::furniture::FURNITURE_PHRASES, C_FURNITURE_FIRST),
        (super::furniture::NO_COMMENT_PHRASES, C_NO_COMMENT_FIRST),
    ];
    for (list, bit) in phrases {
        for first in list.iter().filter_map(|p| p.split(' ').next()) {
            map.entry(first).or_default().classes |= bit;
        }
    }
    for (form, v) in verbs() {
        map.entry(form.as_str()).or_default().verb = Some(v);
    }
    map
}

/// The class bits of a lowercase word: which of the closed word lists hold it.
pub fn classes(lower: &str) -> u32 {
    lookup(lower).classes
}

/// Whether `words` (lowercase) holds `word`.
pub fn has(words: &[&str], word: &str) -> bool {
    words.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_come_with_their_regular_and_irregular_forms() {
        assert_eq!(verb("said").map(|v| v.form), Some(Form::Past));
        assert_eq!(verb("says").map(|v| v.form), Some(Form::Third));
        assert_eq!(verb("warned").map(|v| v.form), Some(Form::Past));
        assert_eq!(verb("denies").map(|v| v.form), Some(Form::Third));
        assert_eq!(verb("arguing").map(|v| v.form), Some(Form::Ing));
        assert_eq!(verb("signalled").map(|v| v.form), Some(Form::Past));
        assert_eq!(verb("thought").map(|v| v.class), Some(VerbClass::Belief));
        assert!(verb("told").is_some_and(|v| v.takes_object));
        assert!(verb("found").is_some_and(|v| v.needs_clause));
        assert_eq!(verb("table"), None);
    }

    #[test]
    fn role_nouns_are_known() {
        assert!(is_role_noun("chancellor"));
        assert!(is_role_noun("envoy"));
        assert!(!is_role_noun("talks"));
    }
}
