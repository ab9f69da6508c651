//! Small classes of English words that say what a name beside them is ("the carmaker X", "X's
//! wife", "the town of X", "the film X"), kept in one place so that every stage asks the same
//! question of the same list. Each word carries bits for the classes it belongs to ("captain"
//! is both a team's member and a role that clubs have), so one lookup answers them all.
//!
//! The lists are written by hand for lede; they hold lower-case words as news text writes
//! them, and a lookup is one hash probe that never allocates.

use std::sync::LazyLock;

use super::lexicon::{HashMap, Listed};

/// A kind of organisation that stands next to its name ("the carrier Aerolinea Sur").
const ORG_NOUN: u16 = 1 << 0;
/// Kin and entourage, and what only a living person has ("Okafor's wife", "his funeral").
const KIN: u16 = 1 << 1;
/// A role that organisations have as much as people ("the club's manager").
const SHARED_ROLE: u16 = 1 << 2;
/// A member or staff of a sports team ("Lisbon captain").
const TEAM_MEMBER: u16 = 1 << 3;
/// A kind of place before "of" ("the town of …").
const PLACE_NOUN: u16 = 1 << 4;
/// A building or service after a town's name ("the Dalby prison", "Orrin Falls police").
const PLACE_SERVICE: u16 = 1 << 5;
/// A word after which a name is usually a place ("in", "near", "northern").
const PLACE_PREPOSITION: u16 = 1 << 6;
/// A kind of work or product beside its title ("the film Night Harbour").
const WORK_NOUN: u16 = 1 << 7;

/// The classes and their words.
const CLASSES: &[(u16, &[&str])] = &[
    (
        ORG_NOUN,
        &[
            "firm",
            "company",
            "companies",
            "group",
            "giant",
            "newspaper",
            "daily",
            "weekly",
            "agency",
            "carrier",
            "airline",
            "bank",
            "lender",
            "insurer",
            "broadcaster",
            "channel",
            "network",
            "maker",
            "manufacturer",
            "producer",
            "retailer",
            "supplier",
            "operator",
            "conglomerate",
            "club",
            "team",
            "side",
            "outfit",
            "magazine",
            "publisher",
            "brokerage",
            "utility",
            "automaker",
            "carmaker",
            "chipmaker",
            "startup",
            "subsidiary",
            "unit",
            "party",
            "movement",
            "faction",
            "militia",
            "organisation",
            "organization",
            "charity",
            "broker",
            "exchange",
        ],
    ),
    (
        KIN,
        &[
            "wife",
            "husband",
            "son",
            "sons",
            "daughter",
            "daughters",
            "children",
            "mother",
            "father",
            "brother",
            "sister",
            "family",
            "aides",
            "aide",
            "widow",
            "grandchildren",
            "parents",
            "lawyers",
            "lawyer",
            "friend",
            "friends",
            "supporters",
            "allies",
            "successor",
            "predecessor",
            "career",
            "death",
            "birthday",
            "funeral",
            "speech",
            "remarks",
            "visit",
            "resignation",
            "election",
        ],
    ),
    (
        SHARED_ROLE,
        &[
            "manager",
            "chairman",
            "chairwoman",
            "president",
            "chief",
            "executive",
            "director",
            "coach",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "owner",
            "founder",
            "head",
            "boss",
            "ceo",
            "editor",
            "captain",
        ],
    ),
    (
        TEAM_MEMBER,
        &[
            "captain",
            "manager",
            "coach",
            "striker",
            "goalkeeper",
            "midfielder",
            "defender",
            "winger",
            "pitcher",
            "quarterback",
            "skipper",
            "players",
            "fans",
            "squad",
        ],
    ),
    (
        PLACE_NOUN,
        &[
            "town",
            "city",
            "village",
            "province",
            "region",
            "district",
            "state",
            "capital",
            "port",
            "island",
            "islands",
            "county",
            "suburb",
            "municipality",
            "republic",
            "kingdom",
            "emirate",
            "outskirts",
            "centre",
            "center",
            "streets",
            "people",
        ],
    ),
    (
        PLACE_SERVICE,
        &[
            "prison", "jail", "hotel", "stadium", "airport", "station", "bridge", "mall", "police",
            "campus",
        ],
    ),
    (
        PLACE_PREPOSITION,
        &[
            "in",
            "at",
            "from",
            "near",
            "across",
            "throughout",
            "outside",
            "inside",
            "around",
            "into",
            "towards",
            "toward",
            "via",
            "between",
            "visited",
            "visit",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
        ],
    ),
    (
        WORK_NOUN,
        &[
            "film",
            "movie",
            "show",
            "series",
            "sitcom",
            "drama",
            "documentary",
            "song",
            "single",
            "album",
            "book",
            "novel",
            "memoir",
            "play",
            "musical",
            "opera",
            "game",
            "app",
            "model",
            "episode",
            "season",
            "franchise",
            "sequel",
            "podcast",
            "trailer",
            "exhibition",
            "painting",
            "sculpture",
            "smartphone",
            "console",
            "sedan",
            "truck",
            "pickup",
            "jet",
            "jets",
            "airliner",
            "probe",
            "spacecraft",
            "telescope",
            "rover",
            "satellite",
            "rifle",
            "rifles",
            "pistol",
            "pistols",
        ],
    ),
];

/// Every listed word with the bits of its classes.
static WORDS: LazyLock<Listed<&'static str, u16>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u16> = HashMap::default();
    for &(bit, words) in CLASSES {
        for &w in words {
            *map.entry(w).or_default() |= bit;
        }
    }
    Listed::new(map)
});

/// Whether `word` (as written) is in a class.
fn is(word: &str, bit: u16) -> bool {
    classes(word).0 & bit != 0
}

/// Every class of one word, looked up once for a step that asks several questions of the
/// same word.
#[derive(Clone, Copy, Debug, Default)]
pub struct Classes(u16);

/// The classes of `word` (as written).
pub fn classes(word: &str) -> Classes {
    // Every listed word opens with a lower-case ASCII letter: capitalised words and
    // punctuation, asked as often, are ruled out before hashing.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return Classes::default();
    }
    Classes(WORDS.get(word).copied().unwrap_or(0))
}

impl Classes {
    /// [`is_org_noun`] of the word.
    pub fn org_noun(self) -> bool {
        self.0 & ORG_NOUN != 0
    }

    /// [`is_team_member`] of the word.
    pub fn team_member(self) -> bool {
        self.0 & TEAM_MEMBER != 0
    }

    /// [`is_place_service`] of the word.
    pub fn place_service(self) -> bool {
        self.0 & PLACE_SERVICE != 0
    }

    /// [`is_place_preposition`] of the word.
    pub fn place_preposition(self) -> bool {
        self.0 & PLACE_PREPOSITION != 0
    }
}

/// Whether `word` names a kind of organisation ("carmaker", "bank", "club"): a name beside it
/// is that organisation.
pub fn is_org_noun(word: &str) -> bool {
    is(word, ORG_NOUN)
}

/// Whether `word` is kin, entourage or an event of a life ("wife", "aides", "funeral"): only a
/// person has them.
pub fn is_kin(word: &str) -> bool {
    is(word, KIN)
}

/// Whether `word` is a role that organisations have as much as people ("manager", "chairman"),
/// which says nothing about whether its owner is a person.
pub fn is_shared_role(word: &str) -> bool {
    is(word, SHARED_ROLE)
}

/// Whether `word` is a member or staff of a sports team ("captain", "striker", "fans"): a town
/// before it is its team.
pub fn is_team_member(word: &str) -> bool {
    is(word, TEAM_MEMBER)
}

/// Whether `word` is a kind of place ("town", "province"), as in "the town of Kjelvik".
pub fn is_place_noun(word: &str) -> bool {
    is(word, PLACE_NOUN)
}

/// Whether `word` is a building or a town's service ("prison", "police") named after a place.
pub fn is_place_service(word: &str) -> bool {
    is(word, PLACE_SERVICE)
}

/// Whether `word` is one after which a name is usually a place ("in", "near", "northern").
pub fn is_place_preposition(word: &str) -> bool {
    is(word, PLACE_PREPOSITION)
}

/// Whether `word` is a kind of work or product ("film", "album", "sedan") that stands beside
/// a title, which is no person whatever the name lists say.
pub fn is_work_noun(word: &str) -> bool {
    is(word, WORK_NOUN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_may_belong_to_several_classes() {
        assert!(is_team_member("captain") && is_shared_role("captain"));
        assert!(!is_kin("captain"));
        assert!(is_kin("visit") && is_place_preposition("visit"));
    }

    #[test]
    fn every_listed_word_opens_with_a_lower_case_ascii_letter() {
        for &(_, words) in CLASSES {
            for w in words {
                assert!(
                    w.as_bytes().first().is_some_and(u8::is_ascii_lowercase),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn lookups_are_exact_lower_case_words() {
        assert!(is_org_noun("carmaker"));
        assert!(!is_org_noun("Carmaker"));
        assert!(!is_org_noun("car"));
        assert!(is_work_noun("film") && !is_work_noun("filmmaker"));
        assert!(is_place_noun("town") && is_place_service("police"));
    }
}
