//! Every entity mention of an article sorted by position, so that claims and section titles
//! can ask which mentions stand inside or near a span by binary search instead of scanning
//! every entity for each claim or section (that made long articles quadratic).

use std::ops::Range;

use crate::analysis::entities::{Entity, EntityId};
use crate::span::Span;

/// One mention: where it stands and the index of its entity in the article's entity list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    /// First byte of the mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The entity's id.
    pub id: EntityId,
    /// The entity's position in the article's entity list.
    pub entity: usize,
}

/// The mentions in text order, with the longest mention's length to bound look-backs.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    marks: Vec<Mark>,
    longest: usize,
}

impl Mentions {
    /// Indexes the mentions of all entities.
    pub fn new(entities: &[Entity]) -> Mentions {
        let mut marks: Vec<Mark> = entities
            .iter()
            .enumerate()
            .flat_map(|(entity, e)| {
                e.mentions.iter().map(move |m| Mark {
                    start: m.span.start(),
                    end: m.span.end(),
                    id: e.id,
                    entity,
                })
            })
            .collect();
        marks.sort_unstable();
        let longest = marks.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        Mentions { marks, longest }
    }

    /// All mentions, in text order.
    pub fn all(&self) -> &[Mark] {
        &self.marks
    }

    /// The positions (in [`Mentions::all`]) of the mentions starting in `from..to`.
    pub fn starting(&self, from: usize, to: usize) -> Range<usize> {
        let lo = self.marks.partition_point(|m| m.start < from);
        let hi = self.marks.partition_point(|m| m.start < to);
        lo..hi.max(lo)
    }

    /// The mentions starting in `from..to`, in text order.
    pub fn starting_in(&self, from: usize, to: usize) -> &[Mark] {
        self.marks.get(self.starting(from, to)).unwrap_or(&[])
    }

    /// The mentions that could end at or after `end`: all those starting no earlier than the
    /// longest mention allows, up to `to` (exclusive).
    pub fn reaching(&self, end: usize, to: usize) -> &[Mark] {
        self.starting_in(end.saturating_sub(self.longest), to)
    }

    /// The mentions inside `span`, in text order.
    pub fn inside(&self, span: Span) -> impl Iterator<Item = &Mark> {
        self.starting_in(span.start(), span.end().saturating_add(1))
            .iter()
            .filter(move |m| m.end <= span.end())
    }

    /// The entities mentioned inside `span`, each once, in the entity list's order.
    pub fn entities_inside(&self, span: Span) -> Vec<usize> {
        let mut found: Vec<usize> = self.inside(span).map(|m| m.entity).collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}
