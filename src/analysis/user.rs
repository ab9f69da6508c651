//! The user's own words from the config file (names lede should know or ignore, more
//! reporting verbs), set once when lede starts, before anything is analysed.
//!
//! Set once for the whole process rather than passed to every call: every analysis a run
//! makes (the reader's, the library's worker, `lede analyze`) must use the same words, and the
//! library database tells analyses made with other words apart by [`fingerprint`].

use std::sync::OnceLock;

use super::claims::ExtraCues;
use super::entities::UserLexicon;

/// The words the user added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserWords {
    /// Names to know, with their kinds and aliases, and names to ignore.
    pub names: UserLexicon,
    /// More reporting verbs, as lemmas.
    pub reporting_verbs: Vec<String>,
}

impl UserWords {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.reporting_verbs.is_empty()
    }
}

static WORDS: OnceLock<UserWords> = OnceLock::new();

/// Sets the user's words for the rest of the run; false when they were already set (the
/// first words stay, so every analysis of a run agrees).
pub fn set(words: UserWords) -> bool {
    WORDS.set(words).is_ok()
}

/// The user's words, empty unless [`set`].
pub fn words() -> &'static UserWords {
    static EMPTY: OnceLock<UserWords> = OnceLock::new();
    WORDS
        .get()
        .unwrap_or_else(|| EMPTY.get_or_init(UserWords::default))
}

/// A short mark of the user's words, empty when there are none: analyses stored with one
/// mark are made again under another.
pub fn fingerprint() -> &'static str {
    static MARK: OnceLock<String> = OnceLock::new();
    MARK.get_or_init(|| {
        let words = words();
        if words.is_empty() {
            String::new()
        } else {
            format!(
                "{:016x}",
                xxhash_rust::xxh3::xxh3_64(format!("{words:?}").as_bytes())
            )
        }
    })
}

/// The user's reporting verbs as the claims finder looks them up, made once.
pub fn cues() -> &'static ExtraCues {
    static CUES: OnceLock<ExtraCues> = OnceLock::new();
    CUES.get_or_init(|| ExtraCues::new(&words().reporting_verbs))
}
