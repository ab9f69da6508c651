//! People, organisations, places and groups, with every mention of one entity linked.
//!
//! The steps, each in its own module: `words` (tokens that keep "O’Brien" whole and cut
//! possessive endings off), `sentence` (what a sentence's capitals say), `candidates` (runs of capitalised words, minus sentence-initial
//! and headline capitals, with roles and nationalities split off), `evidence` (what one
//! mention's words and neighbours say), `classify` (that evidence pooled over the whole
//! document into a score per kind), `credits` (bylines and credit lines,
//! whose names are not people of the story),
//! `roles` (role phrases before and after names), `linking` (mentions grouped into entities with aliases, roles, keys and salience),
//! `keys` (one key per person across a library) and `user` (the user's own additions).

mod candidates;
mod classify;
mod credits;
mod evidence;
mod keys;
mod linking;
mod not_people;
mod roles;
mod sentence;
mod user;
mod words;

pub use keys::{library_keys, share_keys};
pub use user::{UserEntry, UserLexicon};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::span::Span;
use linking::Found;
use sentence::Sentence;

/// Index of an entity in [`super::Analysis::entities`].
pub type EntityId = usize;

/// What sort of thing an entity is; each kind has its own colour in the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// Government bodies, parties, companies, alliances, agencies, newspapers.
    Organization,
    /// Countries, cities, regions, geographic features.
    Place,
    /// Nationalities and other named groups used as such ("Ukrainian", "Republicans").
    Group,
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The name as written, without possessive endings or punctuation.
    #[serde(flatten)]
    pub span: Span,
    /// The words of the span.
    pub text: String,
}

/// One person, organisation, place or group and all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Its index in the analysis, used by claims to point at it.
    pub id: EntityId,
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// The canonical name: the fullest form seen in the article.
    pub name: String,
    /// A key that is the same for the same entity across articles, for the library filter.
    pub key: String,
    /// The other forms it goes by in this article ("Zelensky", "Mr. Zelensky").
    pub aliases: Vec<String>,
    /// A role the text gives it ("German Chancellor"), when there is one.
    pub role: Option<String>,
    /// Every mention in text order.
    pub mentions: Vec<Mention>,
    /// How central it is to the article, 0–1.
    pub salience: f32,
}

/// Finds the entities of an article with the built-in lists only.
pub fn recognize(article: &Article, sentences: &[Span]) -> Vec<Entity> {
    recognize_with(article, sentences, &UserLexicon::default())
}

/// Finds the entities of an article, with the user's additions taking precedence over what
/// the rules decide.
pub fn recognize_with(article: &Article, sentences: &[Span], user: &UserLexicon) -> Vec<Entity> {
    let text = article.text.as_str();
    let parsed: Vec<Sentence> = sentences
        .iter()
        .map(|s| Sentence::new(text, s.start(), s.end()))
        .collect();
    let mut found_candidates = Vec::new();
    for (i, sentence) in parsed.iter().enumerate() {
        candidates::find(text, i, sentence, &mut found_candidates);
    }
    let keys: Vec<String> = found_candidates
        .iter()
        .map(|c| classify::key(text, &parsed[c.sentence], c))
        .collect();
    let kinds = classify::classify(text, &parsed, &found_candidates, &keys);
    let headline = article.title_span.iter().chain(&article.kicker_span);
    let headline: Vec<Span> = headline.copied().collect();

    let mut found: Vec<Found> = found_candidates
        .iter()
        .zip(keys)
        .zip(kinds)
        .filter_map(|((c, key), kind)| {
            let mention = InArticle {
                article,
                sentence: &parsed[c.sentence],
                c,
                headline: &headline,
            };
            mention.found(key, kind, user)
        })
        .collect();
    found.sort_by_key(|f| f.span);
    found.dedup_by(|b, a| a.span.overlaps(b.span));
    linking::link(text, &found)
}

/// A candidate with what its article says around it.
struct InArticle<'a> {
    article: &'a Article,
    sentence: &'a Sentence,
    c: &'a candidates::Candidate,
    /// The spans of the headline and kicker.
    headline: &'a [Span],
}

impl InArticle<'_> {
    /// The candidate ready to be linked, with the kind the rules gave it (`None`: not an
    /// entity) unless the user's lexicon says otherwise, or `None` when it is no entity.
    fn found(&self, key: String, kind: Option<EntityKind>, user: &UserLexicon) -> Option<Found> {
        let (article, c) = (self.article, self.c);
        let text = article.text.as_str();
        let words = &self.sentence.words;
        let (first, last) = (words.get(c.first)?, words.get(c.last.wrapping_sub(1))?);
        let span = Span::new(text, first.start, last.end)?;
        let mut kind = kind;
        let mut canonical = None;
        if !user.is_empty() {
            if user.ignores(&key) || user.ignores(span.slice(text)) {
                return None;
            }
            if let Some((k, name)) = user.lookup(&key).or_else(|| user.lookup(span.slice(text))) {
                kind = Some(k);
                canonical = Some(name.to_string());
            }
        }
        let kind = kind?;
        let written_end = if last.possessive {
            possessive_end(text, last.end)
        } else {
            last.end
        };
        let in_headline = self.headline.iter().any(|h| h.contains(span));
        let in_lead = article.paragraphs.first().is_some_and(|p| p.contains(span));
        Some(Found {
            kind,
            key,
            span,
            written_end,
            honorific: c.honorific,
            role: c
                .role
                .or_else(|| {
                    (kind == EntityKind::Person)
                        .then(|| roles::role_after(text, self.sentence, c.last))
                        .flatten()
                })
                .and_then(|(s, e)| Span::new(text, s, e)),
            canonical,
            // The headline and the lead paragraph say what the story is about.
            weight: if in_headline {
                2.0
            } else if in_lead {
                1.5
            } else {
                1.0
            },
        })
    }
}

/// Where the possessive ending after a name ends: "’s", "'s", " 's" or a lone "’".
fn possessive_end(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let trimmed = rest.trim_start_matches(' ');
    let skipped = rest.len() - trimmed.len();
    for ending in ["’s", "'s", "ʼs", "’S", "'S", "’", "'", "ʼ"] {
        if trimmed.starts_with(ending) {
            return end + skipped + ending.len();
        }
    }
    end
}
