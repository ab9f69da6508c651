//! The reader's colours, in one place so the help legend and the panes agree.
//!
//! Only the named ANSI colours, which the terminal's theme sets, and modifiers: a fixed
//! 256-colour grey behind the default foreground is unreadable on a light theme, and selection
//! is shown by reversing, which reads on any theme.

use ratatui::style::{Color, Modifier, Style};

use crate::analysis::{ClaimKind, EntityKind};

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
