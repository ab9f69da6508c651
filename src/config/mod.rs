//! The user's settings, from a RON file whose entries override lede's defaults one by one:
//! reading width, panels, mouse, library folders, colours, the user's own lexicon and key
//! bindings.
//!
//! The file is found, in order, at the `--config` flag's path, at `$LEDE_CONFIG`, or in the
//! platform's config folder (`~/.config/lede/config.ron` on Linux). A broken file stops lede
//! before the terminal is touched, with the file, line and what to do: someone who wrote a
//! config expects it to be used, and quietly reading with other keys would be more confusing
//! than being told at once.
//!
//! This module knows the file, not the reader: key bindings stay as written (with where they
//! were written), and the reader turns them into its keymap, reporting a bad one as a
//! [`Problem`] at its place in the file.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Deserialize;

use crate::analysis::entities::{UserEntry, UserLexicon};
use crate::analysis::user::UserWords;
use crate::did_you_mean;
use crate::files::{self, ReadError};
use crate::sanitize::sanitize;

pub mod colour;

pub use colour::{Colour, ColourMode, Colours};

/// Widest text by default, in columns: longer lines are hard to follow.
pub const DEFAULT_READING_WIDTH: u16 = 100;
/// Range a configured reading width must fall in.
const READING_WIDTHS: std::ops::RangeInclusive<u16> = 20..=1000;
/// The outline's width by default, borders included.
pub const DEFAULT_OUTLINE_WIDTH: u16 = 24;
/// Range a configured outline width must fall in.
const OUTLINE_WIDTHS: std::ops::RangeInclusive<u16> = 12..=80;
/// Widest the claims panel gets by default, borders included (it takes a third of the
/// screen up to this).
pub const DEFAULT_CLAIMS_WIDTH: u16 = 48;
/// Range a configured claims width must fall in.
const CLAIMS_WIDTHS: std::ops::RangeInclusive<u16> = 20..=160;
/// Largest config file read; a config is a few lines.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// The shipped example config, which is the defaults written out (a test keeps them equal):
/// what `lede config print-default` prints.
pub const EXAMPLE: &str = include_str!("../../config.example.ron");
/// Environment variable naming the config file.
pub const CONFIG_ENV: &str = "LEDE_CONFIG";

/// The settings in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Widest the text gets, in columns.
    pub reading_width: u16,
    /// Whether lede takes the mouse (wheel and clicks); without it the terminal's own text
    /// selection works.
    pub mouse: bool,
    /// Whether an article opens with the outline beside it.
    pub outline: bool,
    /// Whether an article opens with the claims panel beside it.
    pub claims: bool,
    /// The outline's width, borders included.
    pub outline_width: u16,
    /// Widest the claims panel gets, borders included.
    pub claims_width: u16,
    /// Folders (or files) opened when lede is started with none; empty for the samples.
    pub library: Vec<PathBuf>,
    /// The colours of names, claims and the interface, and whether to use colour at all.
    pub colours: Colours,
    /// Names and reporting verbs the user adds to lede's own lists.
    pub lexicon: Lexicon,
    /// Key bindings as written, in file order, to apply over the reader's defaults.
    pub keys: Vec<Binding>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            reading_width: DEFAULT_READING_WIDTH,
            mouse: true,
            outline: true,
            claims: true,
            outline_width: DEFAULT_OUTLINE_WIDTH,
            claims_width: DEFAULT_CLAIMS_WIDTH,
            library: Vec::new(),
            colours: Colours::default(),
            lexicon: Lexicon::default(),
            keys: Vec::new(),
        }
    }
}

/// One key binding as the file writes it: `"ctrl-d": half_page_down`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    /// The key's name as written.
    pub key: String,
    /// The action's name as written.
    pub action: String,
    /// Where the key was written, for errors about it.
    pub at: Location,
}

/// A 1-based line and column in the config file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Something wrong found in a setting after the file was read (a key or action name only
/// the reader knows), at its place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub at: Location,
    /// What is wrong, and what to write instead when that can be guessed.
    pub message: String,
}

/// The user's additions to lede's word lists: names it should know (with the other names they
/// go by), names never to treat as entities, and reporting verbs ("chirrup" for "chirruped").
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Lexicon {
    /// People to always recognise.
    pub people: Vec<UserEntry>,
    /// Organisations to always recognise.
    pub organizations: Vec<UserEntry>,
    /// Places to always recognise.
    pub places: Vec<UserEntry>,
    /// Names never to treat as entities (compared without regard to case).
    pub ignore: Vec<String>,
    /// More verbs that report speech or belief, as lemmas ("chirrup"); their regular forms
    /// count too.
    pub reporting_verbs: Vec<String>,
}

impl Lexicon {
    /// The names part, as the entity recogniser takes it.
    pub fn names(&self) -> UserLexicon {
        UserLexicon {
            people: self.people.clone(),
            organizations: self.organizations.clone(),
            places: self.places.clone(),
            ignore: self.ignore.clone(),
        }
    }

    /// All of it, as the analysis takes it.
    pub fn words(&self) -> UserWords {
        UserWords {
            names: self.names(),
            reporting_verbs: self.reporting_verbs.clone(),
        }
    }
}

/// The file as written: every field optional, unknown fields refused so typos are caught.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "config", default)]
struct ConfigFile {
    reading_width: u16,
    mouse: bool,
    outline: bool,
    claims: bool,
    outline_width: u16,
    claims_width: u16,
    library: Vec<String>,
    colours: Colours,
    lexicon: Lexicon,
    keys: Bindings,
}

impl Default for ConfigFile {
    fn default() -> ConfigFile {
        let config = Config::default();
        ConfigFile {
            reading_width: config.reading_width,
            mouse: config.mouse,
            outline: config.outline,
            claims: config.claims,
            outline_width: config.outline_width,
            claims_width: config.claims_width,
            library: Vec::new(),
            colours: config.colours,
            lexicon: config.lexicon,
            keys: Bindings::default(),
        }
    }
}

/// The `keys` map as written, in file order and with repeats kept, so a key bound twice can be
/// pointed out instead of one binding quietly winning.
#[derive(Default)]
struct Bindings(Vec<(String, ActionName)>);

/// An action's bare name (`down`, not `"down"`), kept as written for the reader to resolve.
struct ActionName(String);

impl<'de> Deserialize<'de> for ActionName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ActionName, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = ActionName;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an action's name")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<ActionName, E> {
                Ok(ActionName(name.to_string()))
            }
        }
        deserializer.deserialize_identifier(Visit)
    }
}

impl<'de> Deserialize<'de> for Bindings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Bindings, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Bindings;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map of keys to actions")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Bindings, M::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Bindings(pairs))
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

/// Why a config file could not be used; every message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file named by the flag or the environment does not exist or cannot be read.
    #[error(
        "config file {}: {}. Check the path given by --config or ${CONFIG_ENV}.",
        shown(.path),
        sanitize(&.reason.to_string())
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        reason: io::Error,
    },
    /// The file is not valid, at a line.
    #[error(
        "config file {}:{line}:{column}: {}. Fix that line (config.example.ron lists every \
         setting) or move the file away to start with the defaults.",
        shown(.path),
        sanitize(.message)
    )]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// A library folder as written in the config, with a leading `~/` for the home folder.
fn expand_home(folder: &str) -> PathBuf {
    match folder.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(folder), |dirs| dirs.home_dir().join(rest)),
        None => PathBuf::from(folder),
    }
}

/// A file name made safe to print: a path may hold control characters too.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

impl ConfigError {
    /// A problem the reader found in a setting of the file at `path`.
    pub fn at(path: &Path, problem: Problem) -> ConfigError {
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line: problem.at.line,
            column: problem.at.column,
            message: problem.message,
        }
    }
}

impl Config {
    /// Parses a config file's text; `path` only names the file in errors. Blank text is the
    /// defaults; a leading byte order mark is skipped.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid =
            |at: Location, message: String| ConfigError::at(path, Problem { at, message });
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: ConfigFile = if text.trim().is_empty() {
            ConfigFile::default()
        } else {
            ron::from_str(text).map_err(|e| {
                let at = Location {
                    line: e.span.start.line,
                    column: e.span.start.col,
                };
                invalid(at, explain(&e.code))
            })?
        };
        for (name, value, range) in [
            ("reading_width", file.reading_width, READING_WIDTHS),
            ("outline_width", file.outline_width, OUTLINE_WIDTHS),
            ("claims_width", file.claims_width, CLAIMS_WIDTHS),
        ] {
            if !range.contains(&value) {
                return Err(invalid(
                    locate(text, name),
                    format!(
                        "{name} {value} is out of range; use {} to {} columns",
                        range.start(),
                        range.end()
                    ),
                ));
            }
        }
        // Where each key was written: the string literals after `keys:` are the keys, in
        // order, unescaped, so the n-th key is the first literal equal to it after the
        // (n-1)-th, however it was spelt.
        let keys_at = locate(text, "keys:");
        let literals: Vec<(String, Location)> = string_literals(text)
            .into_iter()
            .filter(|(_, at)| (at.line, at.column) >= (keys_at.line, keys_at.column))
            .collect();
        let mut from = 0;
        let keys = file
            .keys
            .0
            .into_iter()
            .map(|(key, ActionName(action))| {
                let found = literals[from..].iter().position(|(value, _)| *value == key);
                let at = match found {
                    Some(n) => {
                        from += n + 1;
                        literals[from - 1].1
                    }
                    None => keys_at,
                };
                Binding { key, action, at }
            })
            .collect();
        Ok(Config {
            reading_width: file.reading_width,
            mouse: file.mouse,
            outline: file.outline,
            claims: file.claims,
            outline_width: file.outline_width,
            claims_width: file.claims_width,
            library: file.library.iter().map(|f| expand_home(f)).collect(),
            colours: file.colours,
            lexicon: file.lexicon,
            keys,
        })
    }

    /// Reads the config file at `path`; a missing file is the defaults unless the user named
    /// it (`required`).
    pub fn load(path: &Path, required: bool) -> Result<Config, ConfigError> {
        let failed = |reason| ConfigError::Read {
            path: path.to_path_buf(),
            reason,
        };
        match files::read_regular(path, MAX_CONFIG_BYTES) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Config::parse(&text, path),
                Err(e) => Err(failed(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "not UTF-8 text (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                ))),
            },
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound && !required => {
                Ok(Config::default())
            }
            Err(ReadError::Io(e)) => Err(failed(e)),
            Err(other) => Err(failed(io::Error::other(other.to_string()))),
        }
    }
}

/// What a RON error means in a config, with the name meant when a setting is misspelt.
fn explain(code: &ron::Error) -> String {
    let (what, expected, found) = match code {
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => ("value", *expected, found),
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => ("setting", *expected, found),
        ron::Error::ExpectedIdentifier => {
            return format!("{code} (actions take no quotes: `\"j\": down`)");
        }
        _ => return code.to_string(),
    };
    match did_you_mean::nearest(found, expected.iter().copied()) {
        Some(meant) => format!("unknown {what} `{found}` (did you mean `{meant}`?)"),
        None => {
            let known: Vec<String> = expected.iter().map(|name| format!("`{name}`")).collect();
            format!(
                "unknown {what} `{found}`; here lede reads {}",
                known.join(", ")
            )
        }
    }
}

/// The place of the first occurrence of `needle`, or 1:1.
fn locate(text: &str, needle: &str) -> Location {
    text.lines()
        .enumerate()
        .find_map(|(n, line)| {
            line.find(needle).map(|c| Location {
                line: n + 1,
                column: line[..c].chars().count() + 1,
            })
        })
        .unwrap_or(Location { line: 1, column: 1 })
}

/// Every string literal of a RON text with its 1-based line and column, unescaped by RON itself
/// so `"\u{47}"` is found as `G`. Comments are skipped.
fn string_literals(text: &str) -> Vec<(String, Location)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    let (mut line, mut column) = (1, 1);
    // Advances past one char, keeping the line and column right.
    let step = |c: char, line: &mut usize, column: &mut usize| {
        if c == '\n' {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
    };
    while let Some((start, c)) = chars.next() {
        let at = Location { line, column };
        step(c, &mut line, &mut column);
        match c {
            '/' if chars.peek().is_some_and(|&(_, next)| next == '/') => {
                for (_, c) in chars.by_ref() {
                    step(c, &mut line, &mut column);
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek().is_some_and(|&(_, next)| next == '*') => {
                let mut last = ' ';
                for (_, c) in chars.by_ref() {
                    step(c, &mut line, &mut column);
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '"' => {
                let mut end = text.len();
                let mut escaped = false;
                for (i, c) in chars.by_ref() {
                    step(c, &mut line, &mut column);
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        end = i + 1;
                        break;
                    }
                }
                if let Some(value) = text
                    .get(start..end)
                    .and_then(|literal| ron::from_str::<String>(literal).ok())
                {
                    found.push((value, at));
                }
            }
            _ => {}
        }
    }
    found
}

/// Where lede reads its config and keeps its state.
#[derive(Clone, Debug, PartialEq)]
pub struct Paths {
    /// The config file, when one can be named.
    pub config: Option<PathBuf>,
    /// Whether the user named the config file, so it must exist.
    pub config_required: bool,
    /// The state file (read marks, positions), when the platform has a place for it.
    pub state: Option<PathBuf>,
}

impl Paths {
    /// The paths from the `--config` flag, then `$LEDE_CONFIG`, then the platform's folders.
    pub fn resolve(flag: Option<PathBuf>) -> Paths {
        Paths::from_parts(
            flag,
            std::env::var_os(CONFIG_ENV),
            ProjectDirs::from("", "", "lede"),
        )
    }

    fn from_parts(
        flag: Option<PathBuf>,
        env: Option<OsString>,
        dirs: Option<ProjectDirs>,
    ) -> Paths {
        let named = flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from));
        let config_required = named.is_some();
        let config = named.or_else(|| dirs.as_ref().map(|d| d.config_dir().join("config.ron")));
        let state = dirs.as_ref().map(|d| {
            d.state_dir()
                .unwrap_or_else(|| d.data_local_dir())
                .join("state.ron")
        });
        Paths {
            config,
            config_required,
            state,
        }
    }
}

/// Checks that an error about `config.ron` names its line, says what is wrong in `words`,
/// and what to do.
#[cfg(test)]
pub(crate) fn assert_explained(message: &str, line: usize, words: &str) {
    assert!(
        message.starts_with(&format!("config file config.ron:{line}:")),
        "{message}"
    );
    assert!(message.contains(words), "{message}");
    assert!(message.contains("move the file away"), "{message}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("config.ron"))
    }

    #[test]
    fn the_shipped_example_is_the_defaults_written_out() {
        let example = parse(EXAMPLE).unwrap();
        // Its keys are the reader's defaults (the reader's settings test that); the rest is
        // this module's defaults.
        assert!(!example.keys.is_empty());
        assert_eq!(
            Config {
                keys: Vec::new(),
                ..example
            },
            Config::default()
        );
    }

    #[test]
    fn near_misses_are_suggested() {
        let message = |text: &str| parse(text).unwrap_err().to_string();
        assert!(message("(reading_widht: 80)").contains("did you mean `reading_width`?"));
        assert!(message("(colours: (persn: \"red\"))").contains("did you mean `person`?"));
        assert!(message("(colours: (person: \"cyna\"))").contains("did you mean `cyan`?"));
        assert!(message("(colours: (colour: alwys))").contains("did you mean `always`?"));
    }

    #[test]
    fn entries_override_defaults_key_by_key() {
        assert!(!parse("(mouse: false)").unwrap().mouse);
        let panels = parse("(outline: false, library: [\"~/news\", \"/srv/feeds\"])").unwrap();
        assert!(!panels.outline && panels.claims);
        assert_eq!(panels.library.len(), 2);
        assert!(panels.library[0].ends_with("news") && !panels.library[0].starts_with("~"));
        assert_eq!(panels.library[1], PathBuf::from("/srv/feeds"));
        assert!(parse("()").unwrap().mouse, "the mouse is taken by default");
        let config = parse("(reading_width: 72, outline_width: 30, claims_width: 60)").unwrap();
        assert_eq!(
            (
                config.reading_width,
                config.outline_width,
                config.claims_width
            ),
            (72, 30, 60)
        );
        let colours = parse("(colours: (person: \"#ff8800\", place: \"208\"))").unwrap();
        assert_eq!(colours.colours.person, Colour::Rgb(0xff, 0x88, 0x00));
        assert_eq!(colours.colours.place, Colour::Indexed(208));
        assert_eq!(
            colours.colours.organization,
            Colours::default().organization,
            "others stay"
        );
    }

    #[test]
    fn the_lexicon_is_read_whole() {
        let text = "(lexicon: (people: [(name: \"Ana Brezin\", aliases: [\"Brezin\"])], \
                    ignore: [\"Apple Daily\"], reporting_verbs: [\"chirrup\"]))";
        let lexicon = parse(text).unwrap().lexicon;
        assert_eq!(lexicon.people[0].aliases, ["Brezin"]);
        assert_eq!(lexicon.reporting_verbs, ["chirrup"]);
        assert!(lexicon.names().ignores("apple daily"));
        assert!(
            parse("(lexicon: (verbs: []))").is_err(),
            "unknown entries are refused"
        );
    }

    #[test]
    fn bindings_are_kept_as_written_with_their_place() {
        let text = "(\n  library: [\"j\"],\n  keys: {\n    \"a\": down,\n    \"\\u{68}yper-x\": up,\n  },\n)";
        let keys = parse(text).unwrap().keys;
        assert_eq!(keys.len(), 2);
        assert_eq!(
            (keys[0].key.as_str(), keys[0].action.as_str()),
            ("a", "down")
        );
        assert_eq!(keys[1].key, "hyper-x");
        assert_eq!(keys[1].at, Location { line: 5, column: 5 });
        let quoted = parse("(keys: { \"j\": \"down\" })")
            .unwrap_err()
            .to_string();
        assert!(quoted.contains("no quotes"), "{quoted}");
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let config = parse("\u{feff}(reading_width: 72)").unwrap();
        assert_eq!(config.reading_width, 72);
    }

    #[test]
    fn blank_files_are_the_defaults() {
        assert_eq!(parse("  \n").unwrap(), Config::default());
        assert_eq!(parse("()").unwrap(), Config::default());
    }

    #[test]
    fn errors_name_the_file_the_line_and_what_to_do() {
        let cases = [
            ("(\n  reading_width: 5,\n)", 2, "out of range"),
            ("(\n\n  claims_width: 500,\n)", 3, "out of range"),
            ("(\n  colour: true,\n)", 2, "colour"),
            (
                "(\n  colours: (\n    place: \"#12345\",\n  ),\n)",
                3,
                "#12345",
            ),
        ];
        for (text, line, words) in cases {
            assert_explained(&parse(text).unwrap_err().to_string(), line, words);
        }
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_both_over_the_platform() {
        let flag = Some(PathBuf::from("/flag.ron"));
        let env = Some(OsString::from("/env.ron"));
        let p = Paths::from_parts(flag, env.clone(), None);
        assert_eq!(p.config, Some(PathBuf::from("/flag.ron")));
        assert!(p.config_required);
        let p = Paths::from_parts(None, env, None);
        assert_eq!(p.config, Some(PathBuf::from("/env.ron")));
        let p = Paths::from_parts(None, None, None);
        assert!(!p.config_required && p.config.is_none());
    }

    #[test]
    fn a_missing_default_file_is_fine_but_a_named_one_is_not() {
        let path = Path::new("/nonexistent/lede/config.ron");
        assert_eq!(Config::load(path, false).unwrap(), Config::default());
        let message = Config::load(path, true).unwrap_err().to_string();
        assert!(
            message.contains("/nonexistent/lede/config.ron"),
            "{message}"
        );
    }
}
