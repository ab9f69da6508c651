//! The person picker: a fuzzy-filtered list of people (nucleo-matcher, as in helix).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

/// One person the picker offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The key that identifies the person across articles.
    pub key: String,
    /// Their canonical name.
    pub name: String,
    /// How often they are named.
    pub mentions: usize,
    /// Claims by or about them.
    pub claims: usize,
    /// Other names they go by, matched too.
    pub aliases: Vec<String>,
}

/// The picker's state: the people, what has been typed, and what matches it.
#[derive(Clone, Debug)]
pub struct Picker {
    /// Everyone on offer, most mentioned first.
    pub choices: Vec<Choice>,
    /// The typed query.
    pub query: String,
    /// Indices into `choices` that match the query, best first.
    pub shown: Vec<usize>,
    /// The highlighted row of `shown`.
    pub selected: usize,
}

impl Picker {
    /// A picker over `choices`, showing all of them.
    pub fn new(mut choices: Vec<Choice>) -> Picker {
        choices.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
        });
        let mut picker = Picker {
            choices,
            query: String::new(),
            shown: Vec::new(),
            selected: 0,
        };
        picker.refilter();
        picker
    }

    /// Adds a character to the query.
    pub fn push(&mut self, c: char) {
        self.query.push(c);
        self.refilter();
    }

    /// Removes the last character of the query.
    pub fn pop(&mut self) {
        self.query.pop();
        self.refilter();
    }

    /// Moves the highlight by `delta` rows, staying in the list.
    pub fn step(&mut self, delta: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// The highlighted person.
    pub fn current(&self) -> Option<&Choice> {
        self.shown
            .get(self.selected)
            .and_then(|&i| self.choices.get(i))
    }

    fn refilter(&mut self) {
        let pattern = Pattern::parse(&self.query, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let haystacks: Vec<Haystack> = self
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let words: Vec<&str> = std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .map(String::as_str)
                    .collect();
                Haystack(i, words.join(" "))
            })
            .collect();
        self.shown = pattern
            .match_list(haystacks.iter(), &mut matcher)
            .into_iter()
            .map(|(h, _)| h.0)
            .collect();
        self.selected = 0;
    }
}

/// A choice's index and the words it is matched on.
struct Haystack(usize, String);

impl AsRef<str> for Haystack {
    fn as_ref(&self) -> &str {
        &self.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(name: &str, mentions: usize) -> Choice {
        Choice {
            key: name.to_lowercase(),
            name: name.to_string(),
            mentions,
            claims: 0,
            aliases: Vec::new(),
        }
    }

    #[test]
    fn an_empty_query_shows_everyone_most_mentioned_first() {
        let p = Picker::new(vec![choice("Ada Byron", 1), choice("Grace Hopper", 5)]);
        assert_eq!(p.current().unwrap().name, "Grace Hopper");
        assert_eq!(p.shown.len(), 2);
    }

    #[test]
    fn typing_narrows_fuzzily_and_ignores_case() {
        let mut p = Picker::new(vec![choice("Ada Byron", 1), choice("Grace Hopper", 5)]);
        for c in "ADB".chars() {
            p.push(c);
        }
        assert_eq!(p.shown.len(), 1);
        assert_eq!(p.current().unwrap().name, "Ada Byron");
        p.push('z');
        assert!(p.current().is_none());
        p.pop();
        p.step(5);
        assert_eq!(p.selected, 0);
    }

    #[test]
    fn no_people_is_an_empty_picker_not_a_panic() {
        let mut p = Picker::new(Vec::new());
        p.step(-1);
        p.step(1);
        assert!(p.current().is_none());
    }
}
