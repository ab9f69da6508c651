//! The outline: the article's sections, the one being read marked, made-up titles in italics.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::super::app::{App, list_offset};
use super::super::layout::Focus;
use super::super::theme;
use super::fit;

/// The row the outline highlights: the focused selection, or the section being read.
fn highlighted(app: &App) -> usize {
    match &app.reader {
        Some(r) if r.focus == Focus::Outline => r.section,
        _ => app.current_section(),
    }
}

/// Draws the outline into `area` (borders included).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let (Some(reader), Some(entry)) = (&app.reader, app.current()) else {
        return;
    };
    let block = Block::bordered()
        .border_style(app.theme.border(reader.focus == Focus::Outline))
        .title(" Outline ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let current = app.current_section();
    let selected = highlighted(app);
    let width = inner.width as usize;
    let skip = list_offset(selected, inner.height as usize);
    let lines = entry
        .analysis
        .sections
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(n, section)| {
            let marker = if n == current { "▸ " } else { "  " };
            let mut style = if section.generated {
                theme::generated_title()
            } else {
                Style::new()
            };
            if n == current {
                style = style.add_modifier(Modifier::BOLD);
            }
            let line = Line::styled(
                format!("{marker}{}", fit(&section.title, width.saturating_sub(2))),
                style,
            );
            if n == selected && reader.focus == Focus::Outline {
                line.patch_style(theme::selected_row())
            } else {
                line
            }
        })
        .collect();
    super::draw_lines(frame, inner, lines);
}

/// The section drawn at `row` of the outline's inside `inner`, for clicks.
pub fn section_at(app: &App, inner: Rect, row: u16) -> Option<usize> {
    (row >= inner.y)
        .then(|| list_offset(highlighted(app), inner.height as usize) + (row - inner.y) as usize)
}
