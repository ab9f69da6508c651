//! Key claims: who said what, and the strongest unattributed assertions.

use serde::Serialize;

use super::entities::{Entity, EntityId};
use super::sections::Section;
use crate::article::Article;
use crate::span::Span;

/// How a claim reaches the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words in quotation marks, attributed to a speaker.
    Quote,
    /// Reported speech: "X said that …".
    Reported,
    /// A belief or intention with a named holder: "X wants …".
    Belief,
    /// A check-worthy statement the article makes without attributing it.
    Assertion,
}

/// Who a claim is attributed to, as written and as resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The speaker's words in the text ("he", "the envoy", "Officials in Berlin").
    #[serde(flatten)]
    pub span: Span,
    /// The words of the span.
    pub text: String,
    /// The entity the speaker resolves to, when there is one.
    pub entity: Option<EntityId>,
    /// That entity's canonical name.
    pub name: Option<String>,
}

/// The attributing words: "said", "told reporters", "according to".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    /// Where the cue stands.
    #[serde(flatten)]
    pub span: Span,
    /// The words of the span.
    pub text: String,
}

/// One key claim of an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Its index in the analysis.
    pub id: usize,
    /// Quote, reported speech, belief or unattributed assertion.
    pub kind: ClaimKind,
    /// Who it is attributed to; `None` for assertions.
    pub speaker: Option<Speaker>,
    /// The attributing words; `None` for assertions.
    pub cue: Option<Cue>,
    /// What is claimed.
    pub content: Span,
    /// The sentence the claim's cue (or content) stands in.
    pub sentence: Span,
    /// Index of the section it stands in.
    pub section: usize,
    /// Entities the content mentions.
    pub about: Vec<EntityId>,
    /// How strong or central the claim is, 0–1, for ranking.
    pub score: f32,
    /// Whether the content is modalised (could, may, reportedly).
    pub hedged: bool,
}

/// Finds the claims of an article.
pub fn extract(
    _article: &Article,
    _sentences: &[Span],
    _sections: &[Section],
    _entities: &[Entity],
) -> Vec<Claim> {
    Vec::new()
}
