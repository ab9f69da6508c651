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

/// The library's key map: each bare-surname person key ("person:quell") that has exactly one
/// full name with that surname among `person_keys` ("person:marta quell"), to that full key.
/// Where two full names share a surname the bare one is left out, since the library cannot
/// tell which is meant. The library database applies it to keys stored per article, so a key
/// is shared across exactly the articles a question is asked about.
pub fn library_keys<'a>(
    person_keys: impl IntoIterator<Item = &'a str>,
) -> std::collections::HashMap<String, String> {
    let mut full: HashMap<&'a str, Option<&'a str>> = HashMap::default();
    let mut bare: Vec<(&'a str, &'a str)> = Vec::new();
    for key in person_keys {
        match surname(key) {
            Some((last, true)) => {
                full.entry(last)
                    .and_modify(|known| {
                        if *known != Some(key) {
                            *known = None;
                        }
                    })
                    .or_insert(Some(key));
            }
            Some((last, false)) => bare.push((key, last)),
            None => {}
        }
    }
    bare.into_iter()
        .filter_map(|(key, last)| match full.get(last) {
            Some(Some(full)) => Some((key.to_string(), (*full).to_string())),
            _ => None,
        })
        .collect()
}

/// Gives every person named by surname alone the key of the one full name in the library
/// that ends with that surname ([`library_keys`]); where two full names share it ("Marta
/// Quell", "Ivo Quell"), the bare surname keeps its own key.
pub fn share_keys(lists: &mut [&mut [Entity]]) {
    let map = library_keys(
        lists
            .iter()
            .flat_map(|list| list.iter())
            .filter(|entity| entity.kind == EntityKind::Person)
            .map(|entity| entity.key.as_str()),
    );
    if map.is_empty() {
        return;
    }
    for entity in lists.iter_mut().flat_map(|list| list.iter_mut()) {
        if entity.kind == EntityKind::Person
            && let Some(key) = map.get(&entity.key)
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

    #[test]
    fn the_key_map_names_only_bare_surnames_with_one_full_name() {
        let map = library_keys([
            "person:marta quell",
            "person:quell",
            "person:arrin",
            "person:dov arrin",
            "person:ivo sand",
            "person:lea sand",
            "person:sand",
            "person:oskar",
        ]);
        assert_eq!(map.len(), 2, "{map:?}");
        assert_eq!(map["person:quell"], "person:marta quell");
        assert_eq!(map["person:arrin"], "person:dov arrin");
    }
}
