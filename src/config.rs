//! The user's settings: key bindings and reading width, from a RON file whose entries
//! override lede's defaults one by one.
//!
//! The file is found, in order, at the `--config` flag's path, at `$LEDE_CONFIG`, or in the
//! platform's config folder (`~/.config/lede/config.ron` on Linux). A broken file stops lede
//! before the terminal is touched, with the file, line and what to do: someone who wrote a
//! config expects it to be used, and quietly reading with other keys would be more confusing
//! than being told at once.

use std::collections::HashMap;
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Deserialize;

use crate::did_you_mean;
use crate::files::{self, ReadError};
use crate::sanitize::sanitize;
use crate::tui::action::Action;
use crate::tui::keymap::{Key, Keymap};

/// Widest text by default, in columns: longer lines are hard to follow.
pub const DEFAULT_READING_WIDTH: u16 = 100;
/// Range a configured reading width must fall in.
const READING_WIDTHS: std::ops::RangeInclusive<u16> = 20..=1000;
/// Largest config file read; a config is a few lines.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
/// The shipped example config, which is the defaults written out (a test keeps them equal):
/// what `lede config print-default` prints.
pub const EXAMPLE: &str = include_str!("../config.example.ron");
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
    /// Folders (or files) opened when lede is started with none; empty for the samples.
    pub library: Vec<PathBuf>,
    /// Key bindings.
    pub keymap: Keymap,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            reading_width: DEFAULT_READING_WIDTH,
            mouse: true,
            outline: true,
            claims: true,
            library: Vec::new(),
            keymap: Keymap::default(),
        }
    }
}

/// The file as written: every field optional, unknown fields refused so typos are caught.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "config")]
struct ConfigFile {
    #[serde(default = "default_reading_width")]
    reading_width: u16,
    #[serde(default = "default_mouse")]
    mouse: bool,
    #[serde(default = "default_panel")]
    outline: bool,
    #[serde(default = "default_panel")]
    claims: bool,
    #[serde(default)]
    library: Vec<String>,
    #[serde(default)]
    keys: Bindings,
}

/// The `keys` map as written, in file order and with repeats kept, so a key bound twice can be
/// pointed out instead of one binding quietly winning.
#[derive(Default)]
struct Bindings(Vec<(String, Action)>);

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

impl Default for ConfigFile {
    fn default() -> ConfigFile {
        ConfigFile {
            reading_width: DEFAULT_READING_WIDTH,
            mouse: default_mouse(),
            outline: default_panel(),
            claims: default_panel(),
            library: Vec::new(),
            keys: Bindings::default(),
        }
    }
}

fn default_mouse() -> bool {
    true
}

fn default_panel() -> bool {
    true
}

/// A library folder as written in the config, with a leading `~/` for the home folder.
fn expand_home(folder: &str) -> PathBuf {
    match folder.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(folder), |dirs| dirs.home_dir().join(rest)),
        None => PathBuf::from(folder),
    }
}

fn default_reading_width() -> u16 {
    DEFAULT_READING_WIDTH
}

/// A file name made safe to print: a path may hold control characters too.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

impl Config {
    /// Parses a config file's text; `path` only names the file in errors. Blank text is the
    /// defaults; a leading byte order mark is skipped.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid = |(line, column): (usize, usize), message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            message,
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: ConfigFile = if text.trim().is_empty() {
            ConfigFile::default()
        } else {
            ron::from_str(text)
                .map_err(|e| invalid((e.span.start.line, e.span.start.col), explain(&e.code)))?
        };
        let mut config = Config::default();
        let width = file.reading_width;
        if !READING_WIDTHS.contains(&width) {
            return Err(invalid(
                locate(text, "reading_width"),
                format!(
                    "reading_width {width} is out of range; use {} to {} columns",
                    READING_WIDTHS.start(),
                    READING_WIDTHS.end()
                ),
            ));
        }
        config.reading_width = width;
        config.mouse = file.mouse;
        config.outline = file.outline;
        config.claims = file.claims;
        config.library = file.library.iter().map(|f| expand_home(f)).collect();

        bind_all(&mut config.keymap, file.keys, text).map_err(|(at, m)| invalid(at, m))?;
        ensure_a_way_out(&config.keymap).map_err(|(lost, message)| {
            // Point at the last line that took a default key away from the lost action.
            let defaults = Keymap::default();
            let at = string_literals(text)
                .into_iter()
                .rev()
                .find(|(name, _)| {
                    Key::parse(name).is_ok_and(|key| defaults.action(key) == Some(lost))
                })
                .map_or_else(|| locate(text, "keys"), |(_, at)| at);
            invalid(at, message)
        })?;
        Ok(config)
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

/// What a RON error means in a config, with the name meant when an action or setting is
/// misspelt.
fn explain(code: &ron::Error) -> String {
    let (what, expected, found) = match code {
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => ("action", *expected, found),
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
        None => code.to_string(),
    }
}

/// Modifiers and key names `Key::parse` knows, for suggesting the one a typo meant.
const KEY_WORDS: &[&str] = &[
    "ctrl",
    "alt",
    "shift",
    "enter",
    "esc",
    "space",
    "tab",
    "backtab",
    "backspace",
    "delete",
    "insert",
    "up",
    "down",
    "left",
    "right",
    "home",
    "end",
    "pageup",
    "pagedown",
];

/// The key a misspelt key name meant ("ctl-d" is `ctrl-d`, "pagdown" is `pagedown`): each
/// word of the name replaced by its near miss, when the result is a key.
fn key_meant(name: &str) -> Option<String> {
    let fixed = name
        .split('-')
        .map(|part| {
            if part.chars().count() > 1 {
                did_you_mean::nearest(part, KEY_WORDS.iter().copied()).unwrap_or(part)
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("-");
    (fixed != name && Key::parse(&fixed).is_ok()).then_some(fixed)
}

/// The 1-based line and column of the first occurrence of `needle`, or 1:1.
fn locate(text: &str, needle: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(n, line)| {
            line.find(needle)
                .map(|c| (n + 1, line[..c].chars().count() + 1))
        })
        .unwrap_or((1, 1))
}

/// A place in the config file (1-based line and column) and what is wrong there.
type Located = ((usize, usize), String);

/// Applies the file's bindings in order, refusing a key bound twice (however spelt) and any
/// binding of ctrl-c but to quit, or of ctrl-z.
fn bind_all(keymap: &mut Keymap, bindings: Bindings, text: &str) -> Result<(), Located> {
    // Where each key was written: the file's string literals are its keys, in order (actions
    // are bare names), so the n-th literal is the n-th binding however it was spelt.
    let literals = string_literals(text);
    let place = |n: usize, name: &str| match literals.get(n) {
        Some((value, at)) if value == name => *at,
        _ => literals
            .iter()
            .find(|(value, _)| value == name)
            .map_or((1, 1), |(_, at)| *at),
    };
    let mut seen: HashMap<Key, (String, (usize, usize))> = HashMap::new();
    for (n, (name, action)) in bindings.0.into_iter().enumerate() {
        let at = place(n, &name);
        let key = Key::parse(&name).map_err(|mut message| {
            if let Some(meant) = key_meant(&name) {
                message.push_str(&format!(" (did you mean `{meant}`?)"));
            }
            (at, message)
        })?;
        if let Some((first, first_at)) = seen.get(&key) {
            let same = if *first == name {
                format!(
                    "`{name}` is bound twice, on lines {} and {}",
                    first_at.0, at.0
                )
            } else {
                format!(
                    "`{first}` (line {}) and `{name}` (line {}) are the same key, bound twice",
                    first_at.0, at.0
                )
            };
            return Err((at, format!("{same}; keep one")));
        }
        for (fixed, allowed, does) in [
            ("ctrl-c", Action::Quit, "quits"),
            ("ctrl-z", Action::None, "suspends"),
        ] {
            if Key::parse(fixed).ok() == Some(key) && action != allowed {
                return Err((
                    at,
                    format!("{fixed} always {does} lede and cannot be bound; use another key"),
                ));
            }
        }
        seen.insert(key, (name, at));
        keymap.bind(key, action);
    }
    Ok(())
}

/// Refuses bindings that leave no key for help, or none but ctrl-c for quit: a user must be
/// able to find their way out from the hint bar.
fn ensure_a_way_out(keymap: &Keymap) -> Result<(), (Action, String)> {
    if keymap.keys_for(Action::Help).is_empty() {
        return Err((
            Action::Help,
            "no key opens the help screen; bind one, for example `\"?\": help`".into(),
        ));
    }
    let ctrl_c = Key::parse("ctrl-c").ok();
    if keymap
        .keys_for(Action::Quit)
        .iter()
        .all(|k| Key::parse(k).ok() == ctrl_c)
    {
        return Err((
            Action::Quit,
            "no key but ctrl-c quits lede; bind one, for example `\"q\": quit`".into(),
        ));
    }
    Ok(())
}

/// Every string literal of a RON text with its 1-based line and column, unescaped by RON itself
/// so `"\u{47}"` is found as `G`. Comments are skipped.
fn string_literals(text: &str) -> Vec<(String, (usize, usize))> {
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
        let at = (line, column);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("config.ron"))
    }

    #[test]
    fn the_shipped_example_parses_to_the_defaults() {
        assert_eq!(parse(EXAMPLE).unwrap(), Config::default());
    }

    #[test]
    fn near_misses_are_suggested() {
        let message = |text: &str| parse(text).unwrap_err().to_string();
        assert!(message("(keys: {\"j\": dwon})").contains("did you mean `down`?"));
        assert!(message("(reading_widht: 80)").contains("did you mean `reading_width`?"));
        assert!(message("(keys: {\"ctl-d\": down})").contains("did you mean `ctrl-d`?"));
        assert!(message("(keys: {\"pagdown\": down})").contains("did you mean `pagedown`?"));
        assert!(!message("(keys: {\"hyper-j\": down})").contains("mean"));
    }

    #[test]
    fn every_suggested_key_word_is_one_lede_reads() {
        for word in KEY_WORDS {
            let key = if ["ctrl", "alt", "shift"].contains(word) {
                format!("{word}-j")
            } else {
                (*word).to_string()
            };
            assert!(Key::parse(&key).is_ok(), "{key}");
        }
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
        let config = parse("(reading_width: 72, keys: { \"x\": quit, \"j\": none })").unwrap();
        assert_eq!(config.reading_width, 72);
        let key = |k| Key::parse(k).unwrap();
        assert_eq!(config.keymap.action(key("x")), Some(Action::Quit));
        assert_eq!(config.keymap.action(key("j")), None);
        assert_eq!(
            config.keymap.action(key("k")),
            Some(Action::Up),
            "others stay"
        );
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let config = parse("\u{feff}(reading_width: 72)").unwrap();
        assert_eq!(config.reading_width, 72);
    }

    #[test]
    fn keys_are_located_however_they_are_spelt() {
        let text = "(\n  // \"hyper-x\": down\n  keys: {\n    \"a\": down,\n    \"\\u{68}yper-x\": up,\n  },\n)";
        let message = parse(text).unwrap_err().to_string();
        assert!(
            message.starts_with("config file config.ron:5:5:"),
            "{message}"
        );
    }

    #[test]
    fn ctrl_z_cannot_be_bound_but_may_be_left_alone() {
        assert!(parse("(keys: { \"ctrl-z\": none })").is_ok());
        let message = parse("(keys: { \"ctrl-z\": down })")
            .unwrap_err()
            .to_string();
        assert!(message.contains("ctrl-z always suspends"), "{message}");
    }

    #[test]
    fn blank_files_are_the_defaults() {
        assert_eq!(parse("  \n").unwrap(), Config::default());
        assert_eq!(parse("()").unwrap(), Config::default());
    }

    #[test]
    fn errors_name_the_file_the_line_and_what_to_do() {
        let cases = [
            ("(\n  keys: { \"j\": dwn },\n)", 2, "dwn"),
            ("(\n  reading_width: 5,\n)", 2, "out of range"),
            ("(\n\n  keys: { \"hyper-j\": down },\n)", 3, "unknown key"),
            ("(\n  colour: true,\n)", 2, "colour"),
        ];
        for (text, line, words) in cases {
            let message = parse(text).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("config file config.ron:{line}:")),
                "{message}"
            );
            assert!(message.contains(words), "{message}");
            assert!(message.contains("move the file away"), "{message}");
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
