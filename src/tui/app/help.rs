//! What the help screen says, as a model: the keys in force, the problems met while reading
//! the library, and the legend of colours and claim marks. The app measures it to stop the
//! help's scrolling at its end without drawing; the help pane draws it.

use crate::analysis::{ClaimKind, EntityKind};
use crate::span::Span;
use crate::tui::layout;
use crate::tui::text;

use super::App;

/// One entry of the help, in order; each is one line, but a problem, which wraps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpItem {
    /// A section's heading.
    Heading(String),
    /// A problem met while reading the library, in full.
    Problem(String),
    /// Keys and what they do.
    Binding {
        /// The keys, as the config writes them.
        keys: String,
        /// What they do.
        what: &'static str,
    },
    /// A look of the text or the panel and what it means.
    Legend(Legend, &'static str),
    /// A blank line between sections.
    Blank,
}

/// The looks the legend explains, each drawn in the theme's own style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legend {
    /// Mentions of a kind of entity.
    Entity(EntityKind),
    /// Mentions of the person filtered by.
    ChosenPerson,
    /// The selected claim's sentence, with its bar.
    SelectedClaim,
    /// A search match.
    SearchMatch,
    /// The search match the reader is on.
    CurrentMatch,
    /// A section title lede made up.
    GeneratedTitle,
    /// A paragraph outside the person filter.
    Dimmed,
    /// A claim's kind mark.
    Claim(ClaimKind),
    /// The hedged mark.
    Hedged,
}

/// Keys the picker and prompts read themselves, and the mouse: not in the keymap.
const FIXED_KEYS: &[(&str, &str)] = &[
    (
        "type, backspace",
        "in the person picker and prompts: filter, search",
    ),
    ("up, down", "in the person picker: move"),
    ("wheel", "scroll the pane under the pointer"),
    ("click", "select a claim, section or article; twice: open"),
];

impl App {
    /// Everything the help says, in order.
    pub fn help(&self) -> Vec<HelpItem> {
        let mut out = Vec::new();
        // What went wrong while reading the library, in full: the status line has room for one.
        if !self.problems.is_empty() {
            out.push(HelpItem::Heading(format!(
                "Problems ({})",
                self.problems.len()
            )));
            out.extend(self.problems.iter().cloned().map(HelpItem::Problem));
            out.push(HelpItem::Blank);
        }
        out.push(HelpItem::Heading("Keys".into()));
        out.extend(
            self.keymap
                .help_rows()
                .into_iter()
                .map(|(keys, what)| HelpItem::Binding { keys, what }),
        );
        out.extend(FIXED_KEYS.iter().map(|&(keys, what)| HelpItem::Binding {
            keys: keys.into(),
            what,
        }));
        out.push(HelpItem::Blank);
        out.push(HelpItem::Heading("Colours".into()));
        for (look, name) in [
            (Legend::Entity(EntityKind::Person), "person"),
            (Legend::Entity(EntityKind::Organization), "organisation"),
            (Legend::Entity(EntityKind::Place), "place"),
            (Legend::Entity(EntityKind::Group), "group or nationality"),
            (Legend::ChosenPerson, "the person you filter by"),
            (Legend::SelectedClaim, "the selected claim's sentence"),
            (Legend::SearchMatch, "a search match"),
            (Legend::CurrentMatch, "the search match you are on"),
            (Legend::GeneratedTitle, "a section title made up by lede"),
            (
                Legend::Dimmed,
                "a paragraph that does not name the chosen person",
            ),
        ] {
            out.push(HelpItem::Legend(look, name));
        }
        out.push(HelpItem::Blank);
        out.push(HelpItem::Heading("Claims".into()));
        for (kind, name) in [
            (ClaimKind::Quote, "quoted words"),
            (ClaimKind::Reported, "reported speech"),
            (ClaimKind::Belief, "a belief or intention"),
            (
                ClaimKind::Assertion,
                "the article's own unattributed assertion",
            ),
        ] {
            out.push(HelpItem::Legend(Legend::Claim(kind), name));
        }
        out.push(HelpItem::Legend(
            Legend::Hedged,
            "hedged (could, may, reportedly)",
        ));
        out
    }

    /// How far the help can scroll on this screen: until its last line is the last one in
    /// view, never past it.
    pub fn help_last(&self) -> usize {
        let inner = layout::inner(layout::help_box(self.size));
        let height: usize = self
            .help()
            .iter()
            .map(|item| item_height(item, usize::from(inner.width)))
            .sum();
        height.saturating_sub(usize::from(inner.height))
    }
}

/// A problem made safe and cut into the lines it takes at `width` columns (its bullet takes
/// three).
pub fn problem_lines(problem: &str, width: usize) -> Vec<String> {
    let clean = text::sanitize(problem);
    text::wrap(&clean, Span::whole(&clean), width.saturating_sub(3))
        .into_iter()
        .map(|piece| piece.slice(&clean).to_string())
        .collect()
}

/// The lines an item takes at `width` columns.
fn item_height(item: &HelpItem, width: usize) -> usize {
    match item {
        HelpItem::Problem(problem) => problem_lines(problem, width).len().max(1),
        _ => 1,
    }
}
