//! The help screen, generated from the keymap, with the colour legend.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::super::action::Action;
use super::super::app::App;
use super::super::{text, theme};
use super::{centered, fit, pad, span};
use crate::analysis::{ClaimKind, EntityKind};

/// The help box for a screen of `area`: centred, at most 84 columns wide, a line short of
/// the screen at top and bottom.
fn frame_of(area: Rect) -> Rect {
    centered(area, 84, area.height.saturating_sub(2).max(3))
}

/// How far the help can scroll on a screen of `width` × `height`: until its last line is the
/// last one in view, never past it. The app clamps its scroll with this, measured without
/// drawing.
pub fn max_scroll(app: &App, width: u16, height: u16) -> usize {
    let inner = frame_of(Rect::new(0, 0, width, height));
    let (w, h) = (
        inner.width.saturating_sub(2),
        inner.height.saturating_sub(2),
    );
    lines(app, usize::from(w))
        .len()
        .saturating_sub(usize::from(h))
}

/// Draws the help centred in `area`, scrolled by `scroll` lines.
pub fn render(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let rect = frame_of(area);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(app.theme.border(true))
        .title(" Help ")
        .title_bottom(closing_hint(app));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines: Vec<Line> = lines(app, inner.width as usize)
        .into_iter()
        .skip(scroll)
        .collect();
    super::draw_lines(frame, inner, lines);
}

/// How to scroll and close the help, with the keys in force.
fn closing_hint(app: &App) -> String {
    let first = |action| app.keymap.keys_for(action).into_iter().next();
    let scroll = match (first(Action::Down), first(Action::Up)) {
        (Some(down), Some(up)) => format!("{down}/{up} scroll · "),
        _ => String::new(),
    };
    let close: Vec<String> = [Action::Back, Action::Help]
        .into_iter()
        .filter_map(first)
        .collect();
    // Keys come from the user's config: shown safely like any other untrusted text.
    text::sanitize(&format!(" {scroll}{} close ", close.join(" or "))).into_owned()
}

/// Every line of the help: bindings, then the legend.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let heading = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let rows = app.keymap.help_rows();
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let mut out = Vec::new();
    // What went wrong while reading the library, in full: the status line has room for one.
    if !app.problems.is_empty() {
        out.push(Line::styled(
            format!("Problems ({})", app.problems.len()),
            heading,
        ));
        for problem in &app.problems {
            let clean = text::sanitize(problem);
            for piece in text::wrap(
                &clean,
                crate::span::Span::whole(&clean),
                width.saturating_sub(3),
            ) {
                let lead = if piece.start() == 0 { " • " } else { "   " };
                out.push(Line::from(vec![
                    span(lead, app.theme.warning()),
                    span(piece.slice(&clean).to_string(), Style::new()),
                ]));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled("Keys", heading));
    for (keys, what) in rows {
        out.push(Line::from(vec![
            span(format!(" {} ", pad(&keys, key_width)), app.theme.key()),
            span(fit(what, width.saturating_sub(key_width + 2)), Style::new()),
        ]));
    }
    // Keys the picker and prompts read themselves, and the mouse, are not in the keymap.
    for (keys, what) in [
        (
            "type, backspace",
            "in the person picker and prompts: filter, search",
        ),
        ("up, down", "in the person picker: move"),
        ("wheel", "scroll the pane under the pointer"),
        ("click", "select a claim, section or article; twice: open"),
    ] {
        out.push(Line::from(vec![
            span(format!(" {} ", pad(keys, key_width)), app.theme.key()),
            span(fit(what, width.saturating_sub(key_width + 2)), Style::new()),
        ]));
    }
    out.push(Line::default());
    out.push(Line::styled("Colours", heading));
    for (kind, name) in [
        (EntityKind::Person, "person"),
        (EntityKind::Organization, "organisation"),
        (EntityKind::Place, "place"),
        (EntityKind::Group, "group or nationality"),
    ] {
        out.push(Line::from(vec![
            span(" ■ ", app.theme.entity(kind)),
            span(name, app.theme.entity(kind)),
        ]));
    }
    let plain = span(" ", Style::new());
    let bar = span(theme::CLAIM_BAR, app.theme.claim_bar());
    for (margin, style, name) in [
        (
            &plain,
            app.theme.chosen_person(),
            "the person you filter by",
        ),
        (
            &bar,
            theme::selected_claim(),
            "the selected claim's sentence",
        ),
        (&plain, app.theme.search_match(), "a search match"),
        (
            &plain,
            app.theme.current_match(),
            "the search match you are on",
        ),
        (
            &plain,
            theme::generated_title(),
            "a section title made up by lede",
        ),
        (
            &plain,
            theme::dimmed(),
            "a paragraph that does not name the chosen person",
        ),
    ] {
        out.push(Line::from(vec![margin.clone(), span(name, style)]));
    }
    out.push(Line::default());
    out.push(Line::styled("Claims", heading));
    for (kind, name) in [
        (ClaimKind::Quote, "quoted words"),
        (ClaimKind::Reported, "reported speech"),
        (ClaimKind::Belief, "a belief or intention"),
        (
            ClaimKind::Assertion,
            "the article's own unattributed assertion",
        ),
    ] {
        let (mark, style) = app.theme.claim_mark(kind);
        out.push(Line::from(vec![
            span(format!(" {mark} "), style),
            span(name, Style::new()),
        ]));
    }
    out.push(Line::from(vec![
        span(format!(" {} ", theme::HEDGED_MARK), app.theme.warning()),
        span("hedged (could, may, reportedly)", Style::new()),
    ]));
    out
}
