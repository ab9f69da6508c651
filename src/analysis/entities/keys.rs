//! One key for one person across a whole library: an article that names "Marta Quell" in
//! full and another that only says "Quell said" are about the same person when the library
//! knows exactly one full name with that surname, so the library filter finds both.

use super::{Entity, EntityKind};
use crate::analysis::lexicon::HashMap;

/// The surname a person key ends with, and whether the key is a full name.
fn surname(key: &str) -> Option<(&str, bool)> {
    let name = key.strip_prefix("person:")?;
    match name.rsplit_once(' ') {
        Some((_, last)) => Some((last, true)),
        None => Some((name, false)),
    }
}

/// Gives every person named by surname alone the key of the one full name in the library
/// that ends with that surname; where two full names share it ("Marta Quell", "Ivo Quell"),
/// the bare surname keeps its own key, since the library cannot tell which is meant.
pub fn share_keys(lists: &mut [&mut [Entity]]) {
    let mut full: HashMap<String, Option<String>> = HashMap::default();
    for entity in lists.iter().flat_map(|list| list.iter()) {
        if entity.kind != EntityKind::Person {
            continue;
        }
        if let Some((last, true)) = surname(&entity.key) {
            full.entry(last.to_string())
                .and_modify(|known| {
                    if known.as_deref() != Some(entity.key.as_str()) {
                        *known = None;
                    }
                })
                .or_insert_with(|| Some(entity.key.clone()));
        }
    }
    for entity in lists.iter_mut().flat_map(|list| list.iter_mut()) {
        if entity.kind != EntityKind::Person {
            continue;
        }
        if let Some((last, false)) = surname(&entity.key)
            && let Some(Some(key)) = full.get(last)
        {
            entity.key = key.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Entity {
        Entity {
            id: 0,
            kind: EntityKind::Person,
            name: name.to_string(),
            key: format!("person:{}", name.to_lowercase()),
            aliases: Vec::new(),
            role: None,
            mentions: Vec::new(),
            salience: 1.0,
        }
    }

    #[test]
    fn a_bare_surname_takes_the_one_full_name_of_the_library() {
        let mut first = [person("Marta Quell"), person("Dov Arrin")];
        let mut second = [person("Quell")];
        share_keys(&mut [&mut first[..], &mut second[..]]);
        assert_eq!(second[0].key, "person:marta quell");
        assert_eq!(first[1].key, "person:dov arrin");
    }

    #[test]
    fn two_full_names_with_one_surname_leave_the_bare_one_apart() {
        let mut first = [person("Marta Quell")];
        let mut second = [person("Ivo Quell")];
        let mut third = [person("Quell")];
        share_keys(&mut [&mut first[..], &mut second[..], &mut third[..]]);
        assert_eq!(third[0].key, "person:quell");
        assert_eq!(first[0].key, "person:marta quell");
    }
}
