//! Colours as the config file writes them: a name from the terminal's palette ("cyan",
//! "light-red"), an index into its 256 colours ("208"), or a hex colour ("#ff8800"), and which
//! of them each kind of name, claim and part of the screen gets.
//!
//! The palette's named colours are the default because the terminal's theme sets them, so
//! lede looks at home on light and dark terminals alike; indexed and hex colours are for users
//! who want exactly one colour whatever the theme.

use serde::Deserialize;

use crate::did_you_mean;

/// One colour as a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// The terminal's own foreground or background: no colour of lede's.
    Default,
    /// One of the terminal's sixteen named colours.
    Named(Named),
    /// One of the terminal's 256 indexed colours.
    Indexed(u8),
    /// A 24-bit colour.
    Rgb(u8, u8, u8),
}

/// The sixteen colours every terminal's theme names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// Palette 0.
    Black,
    /// Palette 1.
    Red,
    /// Palette 2.
    Green,
    /// Palette 3.
    Yellow,
    /// Palette 4.
    Blue,
    /// Palette 5.
    Magenta,
    /// Palette 6.
    Cyan,
    /// Palette 7 (the dim white).
    Gray,
    /// Palette 8 (the bright black).
    DarkGray,
    /// Palette 9.
    LightRed,
    /// Palette 10.
    LightGreen,
    /// Palette 11.
    LightYellow,
    /// Palette 12.
    LightBlue,
    /// Palette 13.
    LightMagenta,
    /// Palette 14.
    LightCyan,
    /// Palette 15.
    White,
}

/// Names as the file writes them, for parsing and for suggesting the one a typo meant.
const NAMES: &[(&str, Colour)] = &[
    ("default", Colour::Default),
    ("black", Colour::Named(Named::Black)),
    ("red", Colour::Named(Named::Red)),
    ("green", Colour::Named(Named::Green)),
    ("yellow", Colour::Named(Named::Yellow)),
    ("blue", Colour::Named(Named::Blue)),
    ("magenta", Colour::Named(Named::Magenta)),
    ("cyan", Colour::Named(Named::Cyan)),
    ("gray", Colour::Named(Named::Gray)),
    ("dark-gray", Colour::Named(Named::DarkGray)),
    ("light-red", Colour::Named(Named::LightRed)),
    ("light-green", Colour::Named(Named::LightGreen)),
    ("light-yellow", Colour::Named(Named::LightYellow)),
    ("light-blue", Colour::Named(Named::LightBlue)),
    ("light-magenta", Colour::Named(Named::LightMagenta)),
    ("light-cyan", Colour::Named(Named::LightCyan)),
    ("white", Colour::Named(Named::White)),
];

impl Colour {
    /// Reads a colour as the file writes it; the error says what would be read.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let word = text.trim().to_lowercase();
        if let Some(hex) = word.strip_prefix('#') {
            return rgb(hex).ok_or_else(|| {
                format!("`{text}` is not a hex colour; write six hex digits, as in \"#ff8800\"")
            });
        }
        if let Ok(index) = word.parse::<u16>() {
            return u8::try_from(index)
                .map(Colour::Indexed)
                .map_err(|_| format!("colour index {index} is out of range; use 0 to 255"));
        }
        // "light red", "light_red", "lightred", "grey" and "bright red" all mean one colour.
        let squashed: String = word
            .replace("grey", "gray")
            .replace("bright", "light")
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some((_, colour)) = NAMES
            .iter()
            .find(|(name, _)| name.replace('-', "") == squashed)
        {
            return Ok(*colour);
        }
        if squashed == "reset" {
            return Ok(Colour::Default);
        }
        let mut message = format!("unknown colour `{text}`");
        if let Some(meant) = did_you_mean::nearest(&word, NAMES.iter().map(|(name, _)| *name)) {
            message.push_str(&format!(" (did you mean `{meant}`?)"));
        } else {
            message
                .push_str("; use a name such as \"cyan\", an index such as \"208\" or \"#ff8800\"");
        }
        Err(message)
    }
}

/// Six hex digits, or three (`#f80` is `#ff8800`).
fn rgb(hex: &str) -> Option<Colour> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize, width: usize| {
        let value = u8::from_str_radix(hex.get(i * width..(i + 1) * width)?, 16).ok()?;
        Some(if width == 1 { value * 17 } else { value })
    };
    let width = match hex.len() {
        6 => 2,
        3 => 1,
        _ => return None,
    };
    Some(Colour::Rgb(
        digit(0, width)?,
        digit(1, width)?,
        digit(2, width)?,
    ))
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Colour, D::Error> {
        let text = String::deserialize(deserializer)?;
        Colour::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Whether lede uses colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColourMode {
    /// Colour unless `NO_COLOR` is set (no-color.org), when bold, underline, italic and reverse
    /// stand in for it.
    #[default]
    Auto,
    /// Colour even with `NO_COLOR` set: a config file is the user asking for it.
    Always,
    /// Never colour.
    Never,
}

impl ColourMode {
    /// Whether to colour, given the `NO_COLOR` environment variable's value: set and not empty
    /// means no colour, unless the config says always.
    pub fn colours(self, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColourMode::Always => true,
            ColourMode::Never => false,
            ColourMode::Auto => no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// Each kind of name, claim and part of the screen with its colour. The defaults are the
/// terminal's named colours, chosen to read on light and dark themes (no yellow or blue text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Colours {
    /// Whether to use colour at all.
    pub colour: ColourMode,
    /// Names of people in the text and lists.
    pub person: Colour,
    /// Names of organisations.
    pub organization: Colour,
    /// Names of places.
    pub place: Colour,
    /// Groups of people ("the protesters").
    pub group: Colour,
    /// The mark of a direct quote in the claims panel.
    pub quote: Colour,
    /// The mark of reported speech.
    pub reported: Colour,
    /// The mark of a stated belief or stance.
    pub belief: Colour,
    /// The mark of an unattributed assertion.
    pub assertion: Colour,
    /// Keys in the hint bar and help.
    pub keys: Colour,
    /// The border of the pane with the keyboard.
    pub focused_border: Colour,
    /// The borders of the other panes.
    pub border: Colour,
    /// The bar beside the selected claim's lines.
    pub claim_bar: Colour,
    /// Messages that need attention.
    pub warning: Colour,
    /// Behind search matches.
    pub search_match: Colour,
    /// Behind the search match the reader is on.
    pub current_match: Colour,
    /// Behind mentions of the person the reader filters by.
    pub chosen_person: Colour,
}

impl Default for Colours {
    fn default() -> Colours {
        let named = Colour::Named;
        Colours {
            colour: ColourMode::Auto,
            person: named(Named::Cyan),
            organization: named(Named::Magenta),
            place: named(Named::Green),
            group: named(Named::Red),
            quote: named(Named::Green),
            reported: named(Named::Cyan),
            belief: named(Named::Magenta),
            assertion: Colour::Default,
            keys: named(Named::Cyan),
            focused_border: named(Named::Cyan),
            border: named(Named::DarkGray),
            claim_bar: named(Named::Cyan),
            warning: named(Named::Red),
            search_match: named(Named::Yellow),
            current_match: named(Named::LightRed),
            chosen_person: named(Named::Cyan),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_indexes_and_hex_colours_are_read() {
        let read = |text| Colour::parse(text).unwrap();
        assert_eq!(read("cyan"), Colour::Named(Named::Cyan));
        for light_red in ["light-red", "Light Red", "lightred", "bright_red"] {
            assert_eq!(
                read(light_red),
                Colour::Named(Named::LightRed),
                "{light_red}"
            );
        }
        assert_eq!(read("dark-grey"), Colour::Named(Named::DarkGray));
        assert_eq!(read("default"), Colour::Default);
        assert_eq!(read("208"), Colour::Indexed(208));
        assert_eq!(read("#FF8800"), Colour::Rgb(255, 136, 0));
        assert_eq!(read("#f80"), Colour::Rgb(255, 136, 0));
    }

    #[test]
    fn a_colour_that_cannot_be_read_says_what_can() {
        assert!(Colour::parse("256").unwrap_err().contains("0 to 255"));
        assert!(
            Colour::parse("#ff88")
                .unwrap_err()
                .contains("six hex digits")
        );
        assert!(
            Colour::parse("#gg8800")
                .unwrap_err()
                .contains("six hex digits")
        );
        assert!(
            Colour::parse("magneta")
                .unwrap_err()
                .contains("did you mean `magenta`?")
        );
        assert!(
            Colour::parse("chartreuse")
                .unwrap_err()
                .contains("\"#ff8800\"")
        );
    }

    #[test]
    fn no_color_is_honoured_unless_the_config_asks_for_colour() {
        use std::ffi::OsStr;
        let set = Some(OsStr::new("1"));
        assert!(ColourMode::Auto.colours(None));
        assert!(ColourMode::Auto.colours(Some(OsStr::new(""))));
        assert!(!ColourMode::Auto.colours(set));
        assert!(ColourMode::Always.colours(set));
        assert!(!ColourMode::Never.colours(None));
    }
}
