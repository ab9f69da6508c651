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

/// The library's key for every bare surname that has exactly one full name in the library
/// ("person:quell" → "person:marta quell"), from all the person keys of its articles. Where
/// two full names share a surname ("Marta Quell", "Ivo Quell") the bare one keeps its own key,
/// since the library cannot tell which is meant.
pub fn library_keys<'a>(
    person_keys: impl IntoIterator<Item = &'a str>,
) -> std::collections::HashMap<String, String> {
    let mut full: HashMap<&'a str, Option<&'a str>> = HashMap::default();
    let mut bare: Vec<&'a str> = Vec::new();
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
            Some((_, false)) => bare.push(key),
            None => {}
        }
    }
    bare.into_iter()
        .filter_map(|key| {
            let (last, _) = surname(key)?;
            let one = (*full.get(last)?)?;
            Some((key.to_string(), one.to_string()))
        })
        .collect()
}

/// Gives every person named by surname alone the key of the one full name in the library
/// that ends with that surname (see [`library_keys`]).
pub fn share_keys(lists: &mut [&mut [Entity]]) {
    let people = |e: &&Entity| e.kind == EntityKind::Person;
    let keys = library_keys(
        lists
            .iter()
            .flat_map(|list| list.iter().filter(people))
            .map(|e| e.key.as_str()),
    );
    if keys.is_empty() {
        return;
    }
    for entity in lists.iter_mut().flat_map(|list| list.iter_mut()) {
        if entity.kind == EntityKind::Person
            && let Some(key) = keys.get(&entity.key)
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
