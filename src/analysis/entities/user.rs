//! The user's own additions to the lexicon: people, organisations and places lede should know
//! (with the other names they go by), and names it should never treat as entities.

use serde::Deserialize;

use super::EntityKind;

/// One entity the user names, with its other names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserEntry {
    /// The name to show for it.
    pub name: String,
    /// Other names that mean the same entity ("Bibi", "the Fed").
    pub aliases: Vec<String>,
}

/// Additions from the config file, for names the built-in lists and rules get wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct UserLexicon {
    /// People to always recognise.
    pub people: Vec<UserEntry>,
    /// Organisations to always recognise.
    pub organizations: Vec<UserEntry>,
    /// Places to always recognise.
    pub places: Vec<UserEntry>,
    /// Names never to treat as entities (compared without regard to case).
    pub ignore: Vec<String>,
}

impl UserLexicon {
    /// The kind and shown name of a name the user listed, if they did.
    pub fn lookup(&self, name: &str) -> Option<(EntityKind, &str)> {
        let lists = [
            (EntityKind::Person, &self.people),
            (EntityKind::Organization, &self.organizations),
            (EntityKind::Place, &self.places),
        ];
        lists.into_iter().find_map(|(kind, entries)| {
            entries
                .iter()
                .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
                .map(|e| (kind, e.name.as_str()))
        })
    }

    /// Whether the user asked never to treat this name as an entity.
    pub fn ignores(&self, name: &str) -> bool {
        self.ignore
            .iter()
            .any(|i| i.eq_ignore_ascii_case(name) || i.to_lowercase() == name.to_lowercase())
    }

    /// Whether there is nothing in it (the common case, which costs nothing).
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
            && self.organizations.is_empty()
            && self.places.is_empty()
            && self.ignore.is_empty()
    }
}
