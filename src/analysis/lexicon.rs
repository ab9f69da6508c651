//! The word lists of `assets/lexicon/`, embedded in the binary and parsed once on first use.
//!
//! The generated lists (names, places, common words, frequencies) come from
//! `scripts/lexicon/build.py`; the hand-written ones (titles, organisations, cue words,
//! reporting verbs) are the project's own. The four big lists (common words, frequencies,
//! given names, surnames) are hash tables laid out by `build.rs` ([`table`]); the others are
//! keyed by slices of the embedded text, so loading allocates only their maps, and lookups
//! never allocate.

use std::sync::LazyLock;

mod listed;
mod table;

pub(crate) use listed::Listed;

/// Word tables use the analysis's fast unkeyed hash: the keys are the lists' own words, never
/// chosen by an attacker, and word lookups are the hot path of the analysis.
pub type HashMap<K, V> = super::fast_hash::FastMap<K, V>;

/// Calls `f` with the lower-case form of `word`, without allocating for short ASCII words
/// (and without copying those already in lower case).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// Names as the lists spell them hold their words joined by single spaces. These split them
/// by bytes: a name is short, and a search for a `char` pattern sets up more than it then
/// reads (it was a tenth of entity recognition, asked of every name several times).
/// Whether a name has more than one word.
pub fn has_space(name: &str) -> bool {
    name.bytes().any(|b| b == b' ')
}

/// A name split at its first space, as `str::split_once(' ')`.
pub fn split_first(name: &str) -> Option<(&str, &str)> {
    let i = name.bytes().position(|b| b == b' ')?;
    Some((name.get(..i)?, name.get(i + 1..)?))
}

/// A name split at its last space, as `str::rsplit_once(' ')`.
pub fn split_last(name: &str) -> Option<(&str, &str)> {
    let i = name.bytes().rposition(|b| b == b' ')?;
    Some((name.get(..i)?, name.get(i + 1..)?))
}

/// The first word of a name (the whole name if it has one word).
pub fn first_word(name: &str) -> &str {
    split_first(name).map_or(name, |(first, _)| first)
}

/// The last word of a name (the whole name if it has one word).
pub fn last_word(name: &str) -> &str {
    split_last(name).map_or(name, |(_, last)| last)
}

/// The words of a name in order, as `str::split(' ')` gives them.
pub fn words_of(name: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let r = rest?;
        match split_first(r) {
            Some((word, tail)) => {
                rest = Some(tail);
                Some(word)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The lower-case form of `word`, borrowed when it has no capitals (ASCII words, most of them,
/// skip the Unicode tables): for a form that outlives the call, where [`with_lower`] will not do.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Which pronoun a given name most often goes with, by the census's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    /// "he"
    Male,
    /// "she"
    Female,
}

/// What sort of place a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country or territory, by its name or one of its aliases.
    Country,
    /// A US state or territory.
    State,
    /// A city or capital.
    City,
    /// A continent, region, province, sea, river or mountain range.
    Region,
}

/// A known place: its kind and the canonical name that all its aliases share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Country, state or city.
    pub kind: PlaceKind,
    /// The name every alias of the place maps to ("United States" for "US").
    pub canonical: &'static str,
}

/// How a title word stands before a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleKind {
    /// Only ever a title ("Mr", "Sen"): strong evidence for a person.
    Honorific,
    /// An office or job ("Chancellor", "envoy").
    Role,
    /// A word that may stand inside a role phrase ("former", "chief").
    Modifier,
}

/// Where a cue word stands in the name it marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CuePosition {
    /// First word, possibly followed by "of" ("Ministry of Defence").
    First,
    /// Last word ("Labour Party").
    Last,
    /// Either.
    Any,
}

/// All the word lists, loaded once.
pub struct Lexicon {
    highest_frequency: u64,
    given_sex: Listed<&'static str, char>,
    places: Listed<&'static str, Place>,
    demonyms: Listed<&'static str, &'static str>,
    organisations: Listed<&'static str, &'static str>,
    titles: Listed<String, TitleKind>,
    org_cues: Listed<&'static str, CuePosition>,
    place_cues: Listed<&'static str, CuePosition>,
    groups: Listed<&'static str, ()>,
    events: Listed<&'static str, ()>,
    not_entities: Listed<&'static str, ()>,
    reporting: Listed<&'static str, ()>,
    particles: Listed<&'static str, ()>,
    function_words: Listed<&'static str, ()>,
    /// The byte length of the longest function word: a longer ASCII word is none.
    longest_function_word: usize,
    state_codes: Listed<&'static str, ()>,
    /// Every name the place, organisation, nationality (with its plural) and group lists
    /// know: entity recognition asks whether a name is in any of them for most names, and
    /// one lookup answers for the four lists.
    known_names: Listed<Box<str>, ()>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// Rows of a tab-separated list, without the header and comment lines.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// The first two columns of every row as a map, the second one parsed; sized up front. The
/// rows are cut with one pass over the bytes rather than `lines` and `split`, which searched
/// each line twice. (`build/lexicon_tables.rs` cuts the big lists' rows the same way.)
fn pairs<T: std::str::FromStr>(text: &'static str) -> HashMap<&'static str, T> {
    let rows = text.bytes().filter(|&b| b == b'\n').count();
    let mut map = HashMap::with_capacity_and_hasher(rows, Default::default());
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        // The first and second tab of the line, and its end.
        let (mut tab, mut second_tab, mut end) = (None, None, bytes.len());
        for (i, &b) in bytes.iter().enumerate().skip(start) {
            match b {
                b'\n' => {
                    end = i;
                    break;
                }
                b'\t' if tab.is_none() => tab = Some(i),
                b'\t' if second_tab.is_none() => second_tab = Some(i),
                _ => {}
            }
        }
        let next = end + 1;
        // As `str::lines`: a line may end in "\r\n".
        let end = if end > start && bytes[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        if let Some(tab) = tab.filter(|&t| t < end)
            && bytes[start] != b'#'
            && let Some(key) = text.get(start..tab)
            && let Some(value) = text.get(tab + 1..second_tab.filter(|&t| t < end).unwrap_or(end))
            && let Ok(value) = value.parse()
        {
            map.insert(key, value);
        }
        start = next;
    }
    map
}

/// One word per line, as a set.
fn set(text: &'static str) -> HashMap<&'static str, ()> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| (l, ()))
        .collect()
}

fn cues(text: &'static str) -> HashMap<&'static str, CuePosition> {
    rows(text)
        .filter_map(|r| {
            let position = match *r.get(1)? {
                "first" => CuePosition::First,
                "last" => CuePosition::Last,
                _ => CuePosition::Any,
            };
            Some((*r.first()?, position))
        })
        .collect()
}

impl Lexicon {
    /// The shared lexicon, parsed on first use (a few milliseconds).
    pub fn get() -> &'static Lexicon {
        &LEXICON
    }

    fn load() -> Lexicon {
        let mut places = HashMap::default();
        let mut demonyms = HashMap::default();
        // Cities first, so that a country or state of the same name wins.
        for r in rows(include_str!("../../assets/lexicon/cities.tsv")) {
            if let Some(&name) = r.first() {
                let place = Place {
                    kind: PlaceKind::City,
                    canonical: name,
                };
                places.insert(name, place);
                if let Some(&ascii) = r.get(3).filter(|a| !a.is_empty()) {
                    places.insert(ascii, place);
                }
            }
        }
        for r in rows(include_str!("../../assets/lexicon/us_states.tsv")) {
            if let Some(&name) = r.first() {
                let place = Place {
                    kind: PlaceKind::State,
                    canonical: name,
                };
                places.insert(name, place);
            }
        }
        for r in rows(include_str!("../../assets/lexicon/countries.tsv")) {
            let Some(&name) = r.first() else { continue };
            let place = Place {
                kind: PlaceKind::Country,
                canonical: name,
            };
            places.insert(name, place);
            for alias in r.get(1).into_iter().flat_map(|a| a.split('|')) {
                if !alias.is_empty() {
                    places.insert(alias, place);
                }
            }
            if let Some(&capital) = r.get(2).filter(|c| !c.is_empty()) {
                places.entry(capital).or_insert(Place {
                    kind: PlaceKind::City,
                    canonical: capital,
                });
            }
            for demonym in r.get(3).into_iter().flat_map(|d| d.split('|')) {
                if !demonym.is_empty() {
                    demonyms.entry(demonym).or_insert(name);
                }
            }
        }
        for r in rows(include_str!("../../assets/lexicon/regions.tsv")) {
            let Some(&name) = r.first() else { continue };
            let place = Place {
                kind: PlaceKind::Region,
                canonical: name,
            };
            for alias in
                std::iter::once(name).chain(r.get(1).into_iter().flat_map(|a| a.split('|')))
            {
                if !alias.is_empty() {
                    places.entry(alias).or_insert(place);
                }
            }
        }
        let mut organisations = HashMap::default();
        for r in rows(include_str!("../../assets/lexicon/organisations.tsv")) {
            let Some(&name) = r.first() else { continue };
            organisations.insert(name, name);
            for alias in r.get(1).into_iter().flat_map(|a| a.split('|')) {
                if !alias.is_empty() {
                    organisations.insert(alias, name);
                }
            }
        }
        let titles = rows(include_str!("../../assets/lexicon/titles.tsv"))
            .filter_map(|r| {
                let kind = match *r.get(1)? {
                    "honorific" => TitleKind::Honorific,
                    "role" => TitleKind::Role,
                    _ => TitleKind::Modifier,
                };
                Some((r.first()?.to_lowercase(), kind))
            })
            .fold(HashMap::default(), |mut map, (word, kind)| {
                // A word listed both as a role and as a modifier counts as a role.
                let entry = map.entry(word).or_insert(kind);
                if kind != TitleKind::Modifier {
                    *entry = kind;
                }
                map
            });
        let function_words = set(include_str!("../../assets/lexicon/function_words.txt"));
        let groups = set(include_str!("../../assets/lexicon/groups.txt"));
        let known_names = places
            .keys()
            .chain(organisations.keys())
            .chain(demonyms.keys())
            .chain(groups.keys())
            .map(|&name| Box::from(name))
            // `demonym` takes plurals too.
            .chain(demonyms.keys().map(|d| format!("{d}s").into_boxed_str()))
            .map(|name| (name, ()))
            .collect();
        Lexicon {
            highest_frequency: table::FREQ.max_u64().unwrap_or(0),
            given_sex: Listed::new(pairs(include_str!(
                "../../assets/lexicon/given_name_genders.tsv"
            ))),
            places: Listed::new(places),
            demonyms: Listed::new(demonyms),
            organisations: Listed::new(organisations),
            titles: Listed::new(titles),
            org_cues: Listed::new(cues(include_str!("../../assets/lexicon/org_cues.tsv"))),
            place_cues: Listed::new(cues(include_str!("../../assets/lexicon/place_cues.tsv"))),
            groups: Listed::new(groups),
            known_names: Listed::new(known_names),
            events: Listed::new(set(include_str!("../../assets/lexicon/events.txt"))),
            not_entities: Listed::new(set(include_str!("../../assets/lexicon/not_entities.txt"))),
            reporting: Listed::new(set(include_str!(
                "../../assets/lexicon/reporting_verbs.txt"
            ))),
            particles: Listed::new(set(include_str!("../../assets/lexicon/particles.txt"))),
            longest_function_word: function_words.keys().map(|w| w.len()).max().unwrap_or(0),
            function_words: Listed::new(function_words),
            state_codes: Listed::new(
                rows(include_str!("../../assets/lexicon/us_states.tsv"))
                    .filter_map(|r| r.get(1).map(|&code| (code, ())))
                    .collect(),
            ),
        }
    }

    /// The SCOWL level (10 = most common … 50) of a lower-case English word, if it is one.
    pub fn common_level(&self, lower: &str) -> Option<u8> {
        table::COMMON.u8(lower)
    }

    /// How often a lower-case word occurs in English books (Google Books Ngram counts).
    pub fn frequency(&self, lower: &str) -> Option<u64> {
        table::FREQ.u64(lower)
    }

    /// The count of the commonest word in [`Lexicon::frequency`]'s counts, the scale against
    /// which a word's rarity is measured.
    pub fn highest_frequency(&self) -> u64 {
        self.highest_frequency
    }

    /// The sex the census gives a given name to nine times in ten or more, `None` for names
    /// shared more evenly or unknown: a hint for "he" and "she" when the text gives none.
    pub fn given_name_sex(&self, name: &str) -> Option<Sex> {
        match self.given_sex.get(name) {
            Some('M') => Some(Sex::Male),
            Some('F') => Some(Sex::Female),
            _ => None,
        }
    }

    /// A given name's weight: its US Census frequency in percent, 0 when only known from
    /// international lists.
    pub fn given_name(&self, name: &str) -> Option<f32> {
        table::GIVEN.f32(name)
    }

    /// A surname's weight, as for [`Lexicon::given_name`].
    pub fn surname(&self, name: &str) -> Option<f32> {
        table::SURNAMES.f32(name)
    }

    /// A country, state or city by any of its names.
    pub fn place(&self, name: &str) -> Option<Place> {
        self.places.get(name).copied()
    }

    /// The country a demonym belongs to ("Ukrainian" → "Ukraine"); plurals are accepted.
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(word).copied().or_else(|| {
            word.strip_suffix('s')
                .and_then(|w| self.demonyms.get(w).copied())
        })
    }

    /// The full name of a known organisation by any of its names ("Nato" → its full name).
    pub fn organisation(&self, name: &str) -> Option<&'static str> {
        self.organisations.get(name).copied()
    }

    /// Whether a word (any case, with or without a final period) is a title or role word.
    pub fn title(&self, word: &str) -> Option<TitleKind> {
        let word = word.strip_suffix('.').unwrap_or(word);
        // Most words asked are no title, in ASCII and without a hyphen: the list's bits turn
        // them away before the word is lower-cased and hashed. One pass over the bytes tells
        // both.
        if !word.bytes().any(|b| b == b'-' || !b.is_ascii())
            && !self.titles.may_hold_lower_ascii(word)
        {
            return None;
        }
        with_lower(word, |w| {
            self.titles.get(w).copied().or_else(|| {
                // "Lieutenant-Colonel", "Major-General": a title joined to a title; "ex-envoy".
                // By bytes: a search for the hyphen costs more than the short word.
                let hyphen = w.bytes().rposition(|b| b == b'-')?;
                let (head, last) = (w.get(..hyphen)?, w.get(hyphen + 1..)?);
                match self.titles.get(last).copied() {
                    Some(TitleKind::Role | TitleKind::Honorific) => Some(TitleKind::Role),
                    _ if head == "ex" => Some(TitleKind::Modifier),
                    _ => None,
                }
            })
        })
    }

    /// Where an organisation cue word stands in the names it marks.
    pub fn org_cue(&self, word: &str) -> Option<CuePosition> {
        self.org_cues
            .get(word.strip_suffix('.').unwrap_or(word))
            .copied()
    }

    /// Where a place cue word stands in the names it marks.
    pub fn place_cue(&self, word: &str) -> Option<CuePosition> {
        self.place_cues.get(word).copied()
    }

    /// Whether the lists know `name` as a place, an organisation, a nationality or a group:
    /// [`Lexicon::place`], [`Lexicon::organisation`], [`Lexicon::demonym`] or
    /// [`Lexicon::group`] in one lookup.
    pub fn known(&self, name: &str) -> bool {
        self.known_names.contains(name)
    }

    /// Whether a word names a group that is not a nationality ("Republicans", "Muslim").
    pub fn group(&self, word: &str) -> bool {
        self.groups.contains(word)
    }

    /// Whether a word ends names of events and prizes ("Cup", "Prize"), which lede leaves
    /// unmarked.
    pub fn event(&self, word: &str) -> bool {
        self.events.contains(word)
    }

    /// Whether a capitalised word is never an entity on its own (months, weekdays, "I").
    pub fn not_entity(&self, word: &str) -> bool {
        self.not_entities.contains(word)
    }

    /// Whether a lower-case word is a verb of saying or thinking that follows its subject.
    pub fn reporting_verb(&self, lower: &str) -> bool {
        self.reporting.contains(lower)
    }

    /// Whether a lower-case word may stand inside a name ("de", "van", "bin").
    pub fn particle(&self, lower: &str) -> bool {
        self.particles.contains(lower)
    }

    /// The name a company goes by without its legal or corporate suffix: "Veltrona" for
    /// "Veltrona Corp." and "Veltrona Group", "Bellamy" for "Bellamy & Sons". A story names
    /// the company in full once and bare after that, so both forms are one organisation.
    pub fn corporate_head(name: &str) -> Option<&str> {
        const SUFFIXES: &[&str] = &[
            "Corp",
            "Corp.",
            "Corporation",
            "Inc",
            "Inc.",
            "Ltd",
            "Ltd.",
            "Limited",
            "LLC",
            "Plc",
            "PLC",
            "plc",
            "Co",
            "Co.",
            "GmbH",
            "AG",
            "SA",
            "NV",
            "Group",
            "Holdings",
            "Sons",
            "Bros",
            "Bros.",
            "Brothers",
        ];
        let (head, last) = split_last(name)?;
        if !SUFFIXES.contains(&last) {
            return None;
        }
        let head = head.strip_suffix(" &").unwrap_or(head);
        let head = head.strip_suffix(',').unwrap_or(head);
        (!head.is_empty() && words_of(head).count() <= 3).then_some(head)
    }

    /// Whether a word is a US state's postal code ("VA", "TX"): after "Town, " it says the
    /// town is a place. Never a place on its own ("IN", "OR", "ME" are English words).
    pub fn state_code(&self, word: &str) -> bool {
        self.state_codes.contains(word)
    }

    /// Whether a word of any case is an article, pronoun, preposition, conjunction or
    /// auxiliary: such a word never belongs to a person's name, so capitalised inside a run of
    /// capitals it marks a title of a work ("It To The Streets") rather than a name.
    pub fn function_word(&self, word: &str) -> bool {
        // Lower-casing keeps an ASCII word's length.
        if word.is_ascii() && word.len() > self.longest_function_word {
            return false;
        }
        if !self.function_words.may_hold_lower(word) {
            return false;
        }
        with_lower(word, |l| self.function_words.contains(l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_lowered_as_to_lowercase_lowers_it() {
        let long = "A".repeat(40);
        for word in [
            "",
            "envoy",
            "Envoy",
            "NATO",
            "McConnell",
            "Zoë",
            "ÉLYSÉE",
            long.as_str(),
        ] {
            assert_eq!(
                with_lower(word, str::to_string),
                word.to_lowercase(),
                "{word:?}"
            );
        }
    }

    #[test]
    fn known_answers_as_the_four_lists_do() {
        let lex = Lexicon::get();
        let listed = lex
            .places
            .keys()
            .chain(lex.organisations.keys())
            .chain(lex.demonyms.keys())
            .chain(lex.groups.keys());
        let mut names: Vec<String> = Vec::new();
        for name in listed {
            names.extend([
                name.to_string(),
                format!("{name}s"),
                format!("{name}ss"),
                name.to_lowercase(),
                name.chars().skip(1).collect(),
            ]);
        }
        names.extend(["", "s", "Okafor", "the", "Harbour Street"].map(String::from));
        for name in &names {
            let four = lex.place(name).is_some()
                || lex.organisation(name).is_some()
                || lex.demonym(name).is_some()
                || lex.group(name);
            assert_eq!(lex.known(name), four, "{name:?}");
        }
    }

    #[test]
    fn a_name_splits_at_its_spaces_as_the_string_methods_split_it() {
        for name in [
            "",
            "Okafor",
            "Ana Ruiz",
            "Jean-Luc de la Tour",
            " Léa",
            "Zoë ",
            "a  b",
        ] {
            assert_eq!(has_space(name), name.contains(' '), "{name:?}");
            assert_eq!(split_first(name), name.split_once(' '), "{name:?}");
            assert_eq!(split_last(name), name.rsplit_once(' '), "{name:?}");
            assert_eq!(Some(first_word(name)), name.split(' ').next(), "{name:?}");
            assert_eq!(Some(last_word(name)), name.rsplit(' ').next(), "{name:?}");
            assert!(words_of(name).eq(name.split(' ')), "{name:?}");
        }
    }

    #[test]
    fn every_list_loads_and_answers() {
        let lex = Lexicon::get();
        assert_eq!(lex.common_level("despite"), Some(10));
        assert!(lex.frequency("the").is_some());
        assert!(lex.given_name("Donald").is_some());
        assert_eq!(lex.given_name_sex("Margaret"), Some(Sex::Female));
        assert_eq!(lex.given_name_sex("Thomas"), Some(Sex::Male));
        assert_eq!(lex.given_name_sex("Harbour"), None);
        assert!(lex.surname("Smith").is_some());
        assert_eq!(
            lex.place("Turkey").map(|p| p.kind),
            Some(PlaceKind::Country)
        );
        assert_eq!(lex.place("US").map(|p| p.canonical), Some("United States"));
        assert_eq!(lex.demonym("Ukrainians"), Some("Ukraine"));
        assert!(lex.organisation("Nato").is_some());
        assert_eq!(lex.title("Mr."), Some(TitleKind::Honorific));
        assert_eq!(lex.title("chancellor"), Some(TitleKind::Role));
        assert_eq!(lex.title("former"), Some(TitleKind::Modifier));
        assert_eq!(lex.org_cue("Party"), Some(CuePosition::Last));
        assert_eq!(lex.place_cue("River"), Some(CuePosition::Last));
        assert!(lex.group("Republicans"));
        assert!(lex.event("Cup"));
        assert_eq!(
            lex.place("Scotland").map(|p| p.kind),
            Some(PlaceKind::Region)
        );
        assert!(lex.not_entity("May"));
        assert!(lex.reporting_verb("said"));
        assert!(lex.particle("von"));
        assert!(lex.function_word("The"));
        assert!(lex.state_code("VA"));
        assert_eq!(Lexicon::corporate_head("Bellamy & Sons"), Some("Bellamy"));
        assert_eq!(Lexicon::corporate_head("Veltrona Corp."), Some("Veltrona"));
        assert_eq!(Lexicon::corporate_head("Labour Party"), None);
        assert!(lex.place("VA").is_none());
        assert!(!lex.function_word("Streets"));
    }
}
