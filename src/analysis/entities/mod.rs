//! People, organisations, places and groups, with every mention of one entity linked.

use serde::Serialize;

use crate::article::Article;
use crate::span::Span;

/// Index of an entity in [`super::Analysis::entities`].
pub type EntityId = usize;

/// What sort of thing an entity is; each kind has its own colour in the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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

/// Finds the entities of an article.
pub fn recognize(_article: &Article, _sentences: &[Span]) -> Vec<Entity> {
    Vec::new()
}
