//! The reader's settings, made from the config file's: the keymap from the bindings as
//! written, the theme from the colours, the panels' widths. A binding only the reader can judge
//! (an unknown key or action, a key bound twice) is refused here, at its place in the file.

use std::collections::HashMap;
use std::ffi::OsStr;

use serde::Deserialize;
use serde::de::IntoDeserializer;

use crate::config::{Binding, Config, Location, Problem};
use crate::did_you_mean;

use super::action::Action;
use super::keymap::{Key, Keymap};
use super::layout::PanelWidths;
use super::theme::Theme;

/// What the reader takes from the config file.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Widest the text gets, in columns.
    pub reading_width: u16,
    /// Whether lede takes the mouse.
    pub mouse: bool,
    /// Whether an article opens with the outline beside it.
    pub outline: bool,
    /// Whether an article opens with the claims panel beside it.
    pub claims: bool,
    /// The side panels' widths.
    pub widths: PanelWidths,
    /// Key bindings: the defaults with the file's applied over them.
    pub keymap: Keymap,
    /// Colours, or their stand-ins without colour.
    pub theme: Theme,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings::with_keymap(&Config::default(), Keymap::default(), None)
    }
}

impl Settings {
    /// The reader's settings from a config, with the `NO_COLOR` environment variable's value.
    pub fn from_config(config: &Config, no_color: Option<&OsStr>) -> Result<Settings, Problem> {
        Ok(Settings::with_keymap(
            config,
            keymap(&config.keys)?,
            no_color,
        ))
    }

    fn with_keymap(config: &Config, keymap: Keymap, no_color: Option<&OsStr>) -> Settings {
        Settings {
            reading_width: config.reading_width,
            mouse: config.mouse,
            outline: config.outline,
            claims: config.claims,
            widths: PanelWidths {
                outline: config.outline_width,
                claims: config.claims_width,
            },
            keymap,
            theme: Theme::new(&config.colours, config.colours.colour.colours(no_color)),
        }
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

/// The config's names of the actions a key can be bound to, as the file writes them
/// (`half_page_down`): each variant's name in snake case, as serde reads it.
fn action_names() -> Vec<String> {
    Action::BINDABLE
        .iter()
        .chain([&Action::None])
        .map(|action| {
            let mut name = String::new();
            for c in format!("{action:?}").chars() {
                if c.is_ascii_uppercase() && !name.is_empty() {
                    name.push('_');
                }
                name.push(c.to_ascii_lowercase());
            }
            name
        })
        .collect()
}

/// An action from its name in the file, with the name meant when it is misspelt.
fn action(name: &str) -> Result<Action, String> {
    let found: Result<Action, serde::de::value::Error> =
        Action::deserialize(name.into_deserializer());
    let names = action_names();
    found.map_err(
        |_| match did_you_mean::nearest(name, names.iter().map(String::as_str)) {
            Some(meant) => format!("unknown action `{name}` (did you mean `{meant}`?)"),
            None => format!("unknown action `{name}`; `lede config print-default` lists them"),
        },
    )
}

/// The default keymap with the bindings applied in order, refusing a key bound twice
/// (however spelt) and any binding of ctrl-c but to quit, or of ctrl-z, and bindings that
/// leave no way to help or out.
pub fn keymap(bindings: &[Binding]) -> Result<Keymap, Problem> {
    let mut keymap = Keymap::default();
    let mut seen: HashMap<Key, &Binding> = HashMap::new();
    for binding in bindings {
        let problem = |message| Problem {
            at: binding.at,
            message,
        };
        let name = &binding.key;
        let key = Key::parse(name).map_err(|mut message| {
            if let Some(meant) = key_meant(name) {
                message.push_str(&format!(" (did you mean `{meant}`?)"));
            }
            problem(message)
        })?;
        let action = action(&binding.action).map_err(problem)?;
        if let Some(first) = seen.get(&key) {
            let (line, first_line) = (binding.at.line, first.at.line);
            let same = if first.key == *name {
                format!("`{name}` is bound twice, on lines {first_line} and {line}")
            } else {
                format!(
                    "`{}` (line {first_line}) and `{name}` (line {line}) are the same key, bound \
                     twice",
                    first.key
                )
            };
            return Err(problem(format!("{same}; keep one")));
        }
        for (fixed, allowed, does) in [
            ("ctrl-c", Action::Quit, "quits"),
            ("ctrl-z", Action::None, "suspends"),
        ] {
            if Key::parse(fixed).ok() == Some(key) && action != allowed {
                return Err(problem(format!(
                    "{fixed} always {does} lede and cannot be bound; use another key"
                )));
            }
        }
        seen.insert(key, binding);
        keymap.bind(key, action);
    }
    ensure_a_way_out(&keymap, bindings)?;
    Ok(keymap)
}

/// Refuses bindings that leave no key for help, or none but ctrl-c for quit: a user must be
/// able to find their way out from the hint bar. The problem is placed at the last binding
/// that took a default key away from the lost action.
fn ensure_a_way_out(keymap: &Keymap, bindings: &[Binding]) -> Result<(), Problem> {
    let lost = if keymap.keys_for(Action::Help).is_empty() {
        Some((
            Action::Help,
            "no key opens the help screen; bind one, for example `\"?\": help`",
        ))
    } else {
        let ctrl_c = Key::parse("ctrl-c").ok();
        let keys = keymap.keys_for(Action::Quit);
        keys.iter()
            .all(|k| Key::parse(k).ok() == ctrl_c)
            .then_some((
                Action::Quit,
                "no key but ctrl-c quits lede; bind one, for example `\"q\": quit`",
            ))
    };
    let Some((lost, message)) = lost else {
        return Ok(());
    };
    let defaults = Keymap::default();
    let at = bindings
        .iter()
        .rev()
        .find(|b| Key::parse(&b.key).is_ok_and(|key| defaults.action(key) == Some(lost)))
        .or(bindings.last())
        .map_or(Location { line: 1, column: 1 }, |b| b.at);
    Err(Problem {
        at,
        message: message.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::{self, ConfigError};

    /// The reader's settings from a config file's text, or the error lede would print.
    fn settings(text: &str) -> Result<Settings, String> {
        let path = Path::new("config.ron");
        let config = Config::parse(text, path).map_err(|e| e.to_string())?;
        Settings::from_config(&config, None).map_err(|p| ConfigError::at(path, p).to_string())
    }

    #[test]
    fn the_shipped_example_is_the_reader_s_defaults() {
        assert_eq!(settings(config::EXAMPLE).unwrap(), Settings::default());
        let example = Config::parse(config::EXAMPLE, Path::new("example")).unwrap();
        let written: Vec<&str> = example.keys.iter().map(|b| b.key.as_str()).collect();
        let defaults: Vec<&str> = super::super::keymap::DEFAULT_BINDINGS
            .iter()
            .map(|(key, _)| *key)
            .collect();
        assert_eq!(written, defaults, "the example lists every default binding");
    }

    #[test]
    fn near_misses_are_suggested() {
        let message = |text: &str| settings(text).unwrap_err();
        assert!(message("(keys: {\"j\": dwon})").contains("did you mean `down`?"));
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
    fn every_bindable_action_is_read_by_its_config_name() {
        for name in action_names() {
            assert!(action(&name).is_ok(), "{name}");
        }
    }

    #[test]
    fn bindings_override_defaults_key_by_key() {
        let keymap = settings("(keys: { \"x\": quit, \"j\": none })")
            .unwrap()
            .keymap;
        let key = |k| Key::parse(k).unwrap();
        assert_eq!(keymap.action(key("x")), Some(Action::Quit));
        assert_eq!(keymap.action(key("j")), None);
        assert_eq!(keymap.action(key("k")), Some(Action::Up), "others stay");
    }

    #[test]
    fn keys_are_located_however_they_are_spelt() {
        let text = "(\n  // \"hyper-x\": down\n  keys: {\n    \"a\": down,\n    \"\\u{68}yper-x\": up,\n  },\n)";
        let message = settings(text).unwrap_err();
        assert!(
            message.starts_with("config file config.ron:5:5:"),
            "{message}"
        );
    }

    #[test]
    fn a_key_bound_twice_is_pointed_out() {
        let message = settings("(keys: {\n \"G\": top,\n \"shift-g\": bottom })").unwrap_err();
        assert!(
            message.contains("line 2") && message.contains("line 3"),
            "{message}"
        );
    }

    #[test]
    fn ctrl_z_cannot_be_bound_but_may_be_left_alone() {
        assert!(settings("(keys: { \"ctrl-z\": none })").is_ok());
        let message = settings("(keys: { \"ctrl-z\": down })").unwrap_err();
        assert!(message.contains("ctrl-z always suspends"), "{message}");
    }

    #[test]
    fn a_config_must_leave_a_way_to_help_and_out() {
        let message = settings("(keys: {\n \"?\": none,\n \"x\": down })").unwrap_err();
        assert!(
            message.starts_with("config file config.ron:2:"),
            "{message}"
        );
        assert!(message.contains("help"), "{message}");
        let message = settings("(keys: { \"q\": none })").unwrap_err();
        assert!(message.contains("ctrl-c"), "{message}");
    }

    #[test]
    fn errors_name_the_file_the_line_and_what_to_do() {
        let cases = [
            ("(\n  keys: { \"j\": dwn },\n)", 2, "dwn"),
            ("(\n\n  keys: { \"hyper-j\": down },\n)", 3, "unknown key"),
        ];
        for (text, line, words) in cases {
            config::assert_explained(&settings(text).unwrap_err(), line, words);
        }
    }

    #[test]
    fn widths_and_colours_reach_the_reader() {
        let never = settings("(colours: (colour: never))").unwrap();
        assert_eq!(never.theme, Theme::without_colour());
        let always = Config::parse("(colours: (colour: always))", Path::new("c")).unwrap();
        let always = Settings::from_config(&always, Some(OsStr::new("1"))).unwrap();
        assert_eq!(
            always.theme,
            Theme::default(),
            "the config wins over NO_COLOR"
        );
        let settings = settings("(outline_width: 30, claims_width: 60)").unwrap();
        assert_eq!(
            settings.widths,
            PanelWidths {
                outline: 30,
                claims: 60
            }
        );
    }
}
