//! Which key does what: one table that the event loop looks keys up in and from which the help
//! screen and the key-hint bar are generated.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A key with its modifiers, normalised so that `G` and `shift-g` are one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    mods: KeyModifiers,
}

impl Key {
    /// The key of a terminal key event.
    pub fn from_event(event: KeyEvent) -> Key {
        Key::new(event.code, event.modifiers)
    }

    fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        // A character already says whether shift was held; back-tab is shift-tab.
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key { code, mods }
    }

    /// Parses a key as the config file writes it: `j`, `G`, `ctrl-d`, `alt-x`, `enter`,
    /// `space`, `tab`, `backtab`, `esc`, `up`, `pagedown`, `f1`, …
    pub fn parse(name: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = name;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, m) = if lower.starts_with("ctrl-") {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                break;
            }
            mods |= m;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if mods.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() {
                    KeyCode::Char(c.to_ascii_uppercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "space" => KeyCode::Char(' '),
                "tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f') => match f[1..].parse::<u8>() {
                    Ok(n) if (1..=24).contains(&n) => KeyCode::F(n),
                    _ => return Err(unknown_key(name)),
                },
                _ => return Err(unknown_key(name)),
            },
        };
        Ok(Key::new(code, mods))
    }
}

fn unknown_key(name: &str) -> String {
    format!(
        "unknown key `{name}`: write a character (`j`, `G`, `?`) or a name (`enter`, `esc`, `space`, \
         `tab`, `backtab`, `up`, `pagedown`, `f1`), optionally after `ctrl-`, `alt-` or `shift-`"
    )
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("backtab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Insert => f.write_str("insert"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The bindings in force: lede's defaults with the user's overrides applied key by key.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    map: HashMap<Key, Action>,
}

/// lede's own bindings, as the config file would write them.
pub const DEFAULT_BINDINGS: &[(&str, Action)] = &[
    ("j", Action::Down),
    ("down", Action::Down),
    ("k", Action::Up),
    ("up", Action::Up),
    ("ctrl-d", Action::HalfPageDown),
    ("ctrl-u", Action::HalfPageUp),
    ("space", Action::PageDown),
    ("pagedown", Action::PageDown),
    ("ctrl-f", Action::PageDown),
    ("pageup", Action::PageUp),
    ("ctrl-b", Action::PageUp),
    ("g", Action::Top),
    ("home", Action::Top),
    ("G", Action::Bottom),
    ("end", Action::Bottom),
    ("]", Action::NextSection),
    ("[", Action::PrevSection),
    ("n", Action::Next),
    ("N", Action::Previous),
    ("enter", Action::Open),
    ("tab", Action::FocusNext),
    ("backtab", Action::FocusPrev),
    ("o", Action::ToggleOutline),
    ("c", Action::ToggleClaims),
    ("a", Action::AllClaims),
    ("p", Action::PickPerson),
    ("/", Action::Search),
    ("s", Action::Sort),
    ("m", Action::ToggleRead),
    ("u", Action::NextUnread),
    ("*", Action::Star),
    ("y", Action::CopyClaim),
    ("e", Action::ExportClaims),
    ("O", Action::OpenLink),
    ("esc", Action::Back),
    ("?", Action::Help),
    ("q", Action::Quit),
    ("ctrl-c", Action::Quit),
];

impl Default for Keymap {
    fn default() -> Keymap {
        let map = DEFAULT_BINDINGS
            .iter()
            .filter_map(|(name, action)| Some((Key::parse(name).ok()?, *action)))
            .collect();
        Keymap { map }
    }
}

impl Keymap {
    /// Binds `key` to `action`, replacing the key's previous binding; [`Action::None`]
    /// removes it.
    pub fn bind(&mut self, key: Key, action: Action) {
        if action == Action::None {
            self.map.remove(&key);
        } else {
            self.map.insert(key, action);
        }
    }

    /// The action bound to a key.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.map.get(&key).copied()
    }

    /// The action bound to a key written as the config writes it.
    pub fn action_named(&self, name: &str) -> Option<Action> {
        Key::parse(name).ok().and_then(|key| self.action(key))
    }

    /// The keys bound to an action, shortest name first.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        let mut keys: Vec<String> = self
            .map
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| k.to_string())
            .collect();
        keys.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        keys
    }

    /// Every bound action with its keys, in help order.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        Action::BINDABLE
            .iter()
            .filter_map(|&action| {
                let keys = self.keys_for(action);
                (!keys.is_empty()).then(|| (keys.join(", "), action.describe()))
            })
            .collect()
    }

    /// `key label` pairs for the hint bar, for the actions given, skipping unbound ones.
    pub fn hints(&self, actions: &[Action]) -> Vec<(String, &'static str)> {
        actions
            .iter()
            .filter_map(|&action| {
                let key = self.keys_for(action).into_iter().next()?;
                Some((key, action.hint()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_print_back() {
        for name in [
            "j", "G", "ctrl-d", "enter", "space", "backtab", "pagedown", "?", "f5",
        ] {
            assert_eq!(Key::parse(name).unwrap().to_string(), name);
        }
        assert_eq!(Key::parse("shift-g").unwrap(), Key::parse("G").unwrap());
        assert_eq!(
            Key::parse("shift-tab").unwrap(),
            Key::parse("backtab").unwrap()
        );
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("").is_err());
    }

    #[test]
    fn a_shifted_character_event_matches_its_binding() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            Keymap::default().action(Key::from_event(event)),
            Some(Action::Bottom)
        );
    }

    #[test]
    fn every_bindable_action_has_a_default_key_and_a_description() {
        let keymap = Keymap::default();
        for &action in Action::BINDABLE {
            assert!(!keymap.keys_for(action).is_empty(), "{action:?} unbound");
            assert!(!action.describe().is_empty());
        }
    }

    #[test]
    fn binding_none_removes_a_key() {
        let mut keymap = Keymap::default();
        let q = Key::parse("q").unwrap();
        keymap.bind(q, Action::None);
        assert_eq!(keymap.action(q), None);
        assert_eq!(keymap.keys_for(Action::Quit), ["ctrl-c"]);
    }
}
