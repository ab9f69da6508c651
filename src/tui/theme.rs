//! The reader's colours, in one place so the help legend and the panes agree: the config's
//! colours made into styles, or without colour their stand-ins.
//!
//! By default only the terminal's named colours, which its theme sets, and modifiers: a fixed
//! 256-colour grey behind the default foreground is unreadable on a light theme, and selection
//! is shown by reversing, which reads on any theme.
//!
//! Without colour (`NO_COLOR`, or `colour: never` in the config) every style that would be
//! coloured gets modifiers instead, each kind its own, so every highlight stays and kinds stay
//! apart: people bold, organisations underlined, places italic, groups and warnings bold
//! italic, a coloured background reversed.

use ratatui::style::{Color, Modifier, Style};

use crate::analysis::{ClaimKind, EntityKind};
use crate::config::{Colour, Colours, colour::Named};

/// The styles of every kind of name, claim and part of the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// The colours, each already a terminal colour.
    colours: Palette,
    /// Whether to draw with colour, or with the modifiers that stand in for it.
    coloured: bool,
}

/// [`Colours`] as terminal colours.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Palette {
    person: Color,
    organization: Color,
    place: Color,
    group: Color,
    quote: Color,
    reported: Color,
    belief: Color,
    assertion: Color,
    keys: Color,
    focused_border: Color,
    border: Color,
    claim_bar: Color,
    warning: Color,
    search_match: Color,
    current_match: Color,
    chosen_person: Color,
}

/// A setting's colour as the terminal's.
fn color(colour: Colour) -> Color {
    match colour {
        Colour::Default => Color::Reset,
        Colour::Indexed(i) => Color::Indexed(i),
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
        Colour::Named(named) => match named {
            Named::Black => Color::Black,
            Named::Red => Color::Red,
            Named::Green => Color::Green,
            Named::Yellow => Color::Yellow,
            Named::Blue => Color::Blue,
            Named::Magenta => Color::Magenta,
            Named::Cyan => Color::Cyan,
            Named::Gray => Color::Gray,
            Named::DarkGray => Color::DarkGray,
            Named::LightRed => Color::LightRed,
            Named::LightGreen => Color::LightGreen,
            Named::LightYellow => Color::LightYellow,
            Named::LightBlue => Color::LightBlue,
            Named::LightMagenta => Color::LightMagenta,
            Named::LightCyan => Color::LightCyan,
            Named::White => Color::White,
        },
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::new(&Colours::default(), true)
    }
}

impl Theme {
    /// The styles for the config's colours; `coloured` false draws with modifiers only.
    pub fn new(colours: &Colours, coloured: bool) -> Theme {
        let c = colours;
        Theme {
            colours: Palette {
                person: color(c.person),
                organization: color(c.organization),
                place: color(c.place),
                group: color(c.group),
                quote: color(c.quote),
                reported: color(c.reported),
                belief: color(c.belief),
                assertion: color(c.assertion),
                keys: color(c.keys),
                focused_border: color(c.focused_border),
                border: color(c.border),
                claim_bar: color(c.claim_bar),
                warning: color(c.warning),
                search_match: color(c.search_match),
                current_match: color(c.current_match),
                chosen_person: color(c.chosen_person),
            },
            coloured,
        }
    }

    /// The default colours' stand-ins, as with `NO_COLOR` set.
    pub fn without_colour() -> Theme {
        Theme::new(&Colours::default(), false)
    }

    /// Text in a colour, or with `plain` in its stead.
    fn text(&self, colour: Color, plain: Modifier) -> Style {
        if self.coloured {
            Style::new().fg(colour)
        } else {
            Style::new().add_modifier(plain)
        }
    }

    /// Text on a coloured background, or reversed (and `plain`) in its stead.
    fn behind(&self, colour: Color, plain: Modifier) -> Style {
        if self.coloured {
            Style::new().fg(Color::Black).bg(colour)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | plain)
        }
    }

    /// How mentions of each kind of entity look.
    pub fn entity(&self, kind: EntityKind) -> Style {
        let c = &self.colours;
        match kind {
            EntityKind::Person => self.text(c.person, Modifier::BOLD),
            EntityKind::Organization => self.text(c.organization, Modifier::UNDERLINED),
            EntityKind::Place => self.text(c.place, Modifier::ITALIC),
            EntityKind::Group => self.text(c.group, Modifier::BOLD | Modifier::ITALIC),
        }
    }

    /// Mentions of the chosen person.
    pub fn chosen_person(&self) -> Style {
        self.behind(self.colours.chosen_person, Modifier::empty())
            .add_modifier(Modifier::BOLD)
    }

    /// The bar in the text's left margin beside the lines of the selected claim.
    pub fn claim_bar(&self) -> Style {
        self.text(self.colours.claim_bar, Modifier::empty())
            .add_modifier(Modifier::BOLD)
    }

    /// A search match.
    pub fn search_match(&self) -> Style {
        self.behind(self.colours.search_match, Modifier::empty())
    }

    /// The search match the reader is on.
    pub fn current_match(&self) -> Style {
        self.behind(self.colours.current_match, Modifier::UNDERLINED)
            .add_modifier(Modifier::BOLD)
    }

    /// The border of the pane with the keyboard, and of the others.
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.text(self.colours.focused_border, Modifier::BOLD)
        } else {
            self.text(self.colours.border, Modifier::DIM)
        }
    }

    /// A key in the hint bar and the help.
    pub fn key(&self) -> Style {
        self.text(self.colours.keys, Modifier::empty())
            .add_modifier(Modifier::BOLD)
    }

    /// A message that needs the user's attention.
    pub fn warning(&self) -> Style {
        self.text(self.colours.warning, Modifier::BOLD | Modifier::ITALIC)
    }

    /// The one-character mark of a claim's kind, and its style.
    pub fn claim_mark(&self, kind: ClaimKind) -> (&'static str, Style) {
        let c = &self.colours;
        let (mark, style) = match kind {
            ClaimKind::Quote => ("Q", self.text(c.quote, Modifier::ITALIC)),
            ClaimKind::Reported => ("R", self.text(c.reported, Modifier::empty())),
            ClaimKind::Belief => ("B", self.text(c.belief, Modifier::UNDERLINED)),
            ClaimKind::Assertion => ("A", self.text(c.assertion, Modifier::empty())),
        };
        (mark, style.add_modifier(Modifier::BOLD))
    }
}

/// The label above the headline ("NEWS"): uncoloured, as every colour in the text stands
/// for a kind of name.
pub fn kicker() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::DIM)
}

/// The selected claim's sentence: underlined, so its own colours (names, matches) stay; a bar
/// in the margin ([`Theme::claim_bar`]) marks its lines.
pub fn selected_claim() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED)
}

/// The character of [`Theme::claim_bar`].
pub const CLAIM_BAR: &str = "▌";

/// Text outside the chosen person's paragraphs.
pub fn dimmed() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// A section title lede made up rather than the source.
pub fn generated_title() -> Style {
    Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM)
}

/// The highlighted row of a list: reversed, which stands out on light and dark themes alike.
pub fn selected_row() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// Before a claim the reader starred.
pub const STAR_MARK: &str = "★";

/// The mark of a hedged claim ("could", "may", "reportedly").
pub const HEDGED_MARK: &str = "~";

#[cfg(test)]
mod tests {
    use super::*;

    const ENTITIES: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
    ];
    const CLAIMS: [ClaimKind; 3] = [ClaimKind::Quote, ClaimKind::Reported, ClaimKind::Belief];

    #[test]
    fn without_colour_every_highlight_stays_and_kinds_stay_apart() {
        let theme = Theme::without_colour();
        let entities = ENTITIES.map(|k| theme.entity(k));
        let marks = CLAIMS.map(|k| theme.claim_mark(k).1);
        let marks_of_text = [
            theme.chosen_person(),
            theme.search_match(),
            theme.current_match(),
        ];
        for group in [&entities[..], &marks[..], &marks_of_text[..]] {
            for (i, a) in group.iter().enumerate() {
                assert_eq!((a.fg, a.bg), (None, None), "no colour: {a:?}");
                assert!(!a.add_modifier.is_empty(), "{a:?}");
                for b in &group[i + 1..] {
                    assert_ne!(a, b, "two kinds look the same");
                }
            }
        }
        for mark in marks_of_text {
            assert!(!entities.contains(&mark), "{mark:?}");
        }
        let others = [
            theme.claim_bar(),
            theme.border(true),
            theme.border(false),
            theme.key(),
            theme.warning(),
        ];
        for style in others {
            assert_eq!((style.fg, style.bg), (None, None), "no colour: {style:?}");
            assert!(!style.add_modifier.is_empty(), "{style:?}");
        }
    }

    #[test]
    fn the_default_colours_read_on_light_and_dark_themes_and_tell_kinds_apart() {
        let theme = Theme::default();
        let mut seen: Vec<Option<Color>> = ENTITIES.iter().map(|&k| theme.entity(k).fg).collect();
        seen.dedup();
        assert_eq!(seen.len(), ENTITIES.len(), "each kind has its own colour");
        let marks = CLAIMS.map(|k| theme.claim_mark(k).1);
        let text_styles = ENTITIES
            .map(|k| theme.entity(k))
            .into_iter()
            .chain(marks)
            .chain([
                theme.warning(),
                theme.key(),
                theme.claim_bar(),
                theme.border(true),
                theme.border(false),
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

    #[test]
    fn configured_colours_are_used() {
        let colours = Colours {
            person: Colour::Rgb(255, 136, 0),
            search_match: Colour::Indexed(22),
            ..Colours::default()
        };
        let theme = Theme::new(&colours, true);
        assert_eq!(
            theme.entity(EntityKind::Person).fg,
            Some(Color::Rgb(255, 136, 0))
        );
        assert_eq!(theme.search_match().bg, Some(Color::Indexed(22)));
        assert_eq!(
            Theme::new(&colours, false).entity(EntityKind::Person).fg,
            None,
            "no colour, even a configured one, when colour is off"
        );
    }
}
