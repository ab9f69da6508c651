//! The reader's colours, in one place so the help legend and the panes agree.
//!
//! Only the named ANSI colours, which the terminal's theme sets, and modifiers: a fixed
//! 256-colour grey behind the default foreground is unreadable on a light theme, and selection
//! is shown by reversing, which reads on any theme.
//!
//! With `NO_COLOR` set ([`Colours::None`]) the panes still draw these styles and
//! [`drop_colours`] turns the finished frame's colours into modifiers, each colour into its
//! own, so every highlight stays and kinds stay apart without each pane knowing the mode.

use std::ffi::OsStr;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::analysis::{ClaimKind, EntityKind};

/// Whether the reader may use colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Colours {
    /// The terminal's named colours.
    #[default]
    Terminal,
    /// None: modifiers (bold, underline, italic, reverse) stand in for them.
    None,
}

impl Colours {
    /// The choice made by the `NO_COLOR` environment variable's value (no-color.org): set and
    /// not empty means no colour.
    pub fn from_no_color(value: Option<&OsStr>) -> Colours {
        match value {
            Some(v) if !v.is_empty() => Colours::None,
            _ => Colours::Terminal,
        }
    }
}

/// The modifiers that stand in for a cell's colours when there are none: people (cyan) bold,
/// organisations (magenta) underlined, places (green) italic, groups and warnings (red) bold
/// italic; a coloured background (the chosen person, search matches) reverses, and the
/// current match (light red) is underlined as well.
pub fn stand_in(fg: Color, bg: Color) -> Modifier {
    let text = match fg {
        Color::Cyan => Modifier::BOLD,
        Color::Magenta => Modifier::UNDERLINED,
        Color::Green => Modifier::ITALIC,
        Color::Red => Modifier::BOLD | Modifier::ITALIC,
        Color::DarkGray => Modifier::DIM,
        _ => Modifier::empty(),
    };
    let back = match bg {
        Color::Reset => Modifier::empty(),
        Color::LightRed => Modifier::REVERSED | Modifier::UNDERLINED,
        _ => Modifier::REVERSED,
    };
    text | back
}

/// Takes every colour out of a drawn frame, putting [`stand_in`]'s modifiers in their place.
pub fn drop_colours(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        cell.modifier |= stand_in(cell.fg, cell.bg);
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}

/// How mentions of each kind of entity look. Yellow and blue text are left out: the first
/// fades on light themes, the second on dark ones.
pub fn entity(kind: EntityKind) -> Style {
    let color = match kind {
        EntityKind::Person => Color::Cyan,
        EntityKind::Organization => Color::Magenta,
        EntityKind::Place => Color::Green,
        EntityKind::Group => Color::Red,
    };
    Style::new().fg(color)
}

/// The label above the headline ("NEWS"): uncoloured, as every colour in the text stands
/// for a kind of name.
pub fn kicker() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::DIM)
}

/// Mentions of the chosen person.
pub fn chosen_person() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD)
}

/// The selected claim's sentence: underlined, so its own colours (names, matches) stay; a bar
/// in the margin ([`claim_bar`]) marks its lines.
pub fn selected_claim() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED)
}

/// The bar in the text's left margin beside the lines of the selected claim.
pub fn claim_bar() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// The character of [`claim_bar`].
pub const CLAIM_BAR: &str = "▌";

/// A search match.
pub fn search_match() -> Style {
    Style::new().fg(Color::Black).bg(Color::Yellow)
}

/// The search match the reader is on.
pub fn current_match() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::LightRed)
        .add_modifier(Modifier::BOLD)
}

/// Text outside the chosen person's paragraphs.
pub fn dimmed() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// A section title lede made up rather than the source.
pub fn generated_title() -> Style {
    Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM)
}

/// The border of the pane with the keyboard, and of the others.
pub fn border(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}

/// The highlighted row of a list: reversed, which stands out on light and dark themes alike.
pub fn selected_row() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// A key in the hint bar and the help.
pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// A message that needs the user's attention.
pub fn warning() -> Style {
    Style::new().fg(Color::Red)
}

/// Before a claim the reader starred.
pub const STAR_MARK: &str = "★";

/// The one-character mark of a claim's kind, and its colour (text colours that read on
/// light and dark themes alike, as for entities).
pub fn claim_mark(kind: ClaimKind) -> (&'static str, Style) {
    match kind {
        ClaimKind::Quote => (
            "Q",
            Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        ),
        ClaimKind::Reported => (
            "R",
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        ),
        ClaimKind::Belief => (
            "B",
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        ),
        // The article's own voice: no colour, as its text has none.
        ClaimKind::Assertion => ("A", Style::new().add_modifier(Modifier::BOLD)),
    }
}

/// The mark of a hedged claim ("could", "may", "reportedly").
pub const HEDGED_MARK: &str = "~";

#[cfg(test)]
mod tests {
    use super::*;

    /// What a style looks like without colour.
    fn plain(style: Style) -> Modifier {
        style.add_modifier
            | stand_in(
                style.fg.unwrap_or(Color::Reset),
                style.bg.unwrap_or(Color::Reset),
            )
    }

    #[test]
    fn without_colour_every_highlight_stays_and_kinds_stay_apart() {
        let entities = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
            EntityKind::Group,
        ]
        .map(|k| plain(entity(k)));
        let marks = [ClaimKind::Quote, ClaimKind::Reported, ClaimKind::Belief]
            .map(|k| plain(claim_mark(k).1));
        let marks_of_text = [chosen_person(), search_match(), current_match()].map(plain);
        for group in [&entities[..], &marks[..], &marks_of_text[..]] {
            for (i, a) in group.iter().enumerate() {
                assert!(!a.is_empty(), "{a:?}");
                for b in &group[i + 1..] {
                    assert_ne!(a, b, "two kinds look the same");
                }
            }
        }
        // Marks of the text stand out from names, and the selected claim and its bar show.
        for mark in marks_of_text {
            assert!(!entities.contains(&mark), "{mark:?}");
        }
        assert!(!plain(selected_claim()).is_empty());
        assert!(!plain(claim_bar()).is_empty());
    }

    #[test]
    fn no_color_counts_only_when_set_and_not_empty() {
        assert_eq!(Colours::from_no_color(None), Colours::Terminal);
        assert_eq!(
            Colours::from_no_color(Some(OsStr::new(""))),
            Colours::Terminal
        );
        assert_eq!(Colours::from_no_color(Some(OsStr::new("1"))), Colours::None);
    }

    #[test]
    fn text_colours_read_on_light_and_dark_themes_and_tell_kinds_apart() {
        let kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
            EntityKind::Group,
        ];
        let mut seen: Vec<Option<Color>> = kinds.iter().map(|&k| entity(k).fg).collect();
        seen.dedup();
        assert_eq!(seen.len(), kinds.len(), "each kind has its own colour");
        let marks = [
            ClaimKind::Quote,
            ClaimKind::Reported,
            ClaimKind::Belief,
            ClaimKind::Assertion,
        ]
        .map(|k| claim_mark(k).1);
        let text_styles = kinds.map(entity).into_iter().chain(marks).chain([
            warning(),
            key(),
            claim_bar(),
            border(true),
            border(false),
        ]);
        for style in text_styles {
            // Text on the terminal's own background: no colour that fades on one kind of theme.
            assert_eq!(style.bg, None, "{style:?}");
            assert!(
                !matches!(
                    style.fg,
                    Some(
                        Color::Yellow
                            | Color::LightYellow
                            | Color::Blue
                            | Color::LightBlue
                            | Color::Black
                            | Color::White
                            | Color::Indexed(_)
                            | Color::Rgb(..)
                    )
                ),
                "{style:?}"
            );
        }
    }
}
