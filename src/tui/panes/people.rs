//! The person picker, drawn over the screen: a query line and the matching people.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::super::app::list_offset;
use super::super::picker::Picker;
use super::super::theme::{self, Theme};
use super::{centered, fit, pad, span};

/// Columns of the mention and claim counts.
const COUNTS: usize = 17;

/// Draws the picker centred in `area`.
pub fn render(picker: &Picker, theme: &Theme, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 60, 20);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.border(true))
        .title(" Filter by person ")
        .title_bottom(" enter choose · esc cancel ");
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(vec![
        span("> ", theme.key()),
        span(fit(&picker.query, width.saturating_sub(3)), Style::new()),
        span("▏", theme.key()),
    ])];
    if picker.choices.is_empty() {
        lines.push(Line::styled(
            fit("No people found here yet.", width),
            theme::dimmed(),
        ));
    } else if picker.shown.is_empty() {
        lines.push(Line::styled(fit("Nobody matches.", width), theme::dimmed()));
    }
    // Names first; the counts follow in two right-aligned columns when there is room, under
    // a header that names them.
    let counts = width >= 20 + COUNTS;
    let name_width = width.saturating_sub(1 + if counts { COUNTS } else { 0 });
    if counts && !picker.shown.is_empty() {
        lines.push(Line::styled(
            format!(" {}{:>9}{:>7} ", pad("", name_width), "mentions", "claims"),
            theme::dimmed(),
        ));
    }
    let rows = (inner.height as usize).saturating_sub(lines.len());
    let skip = list_offset(picker.selected, rows);
    for (n, &index) in picker.shown.iter().enumerate().skip(skip).take(rows) {
        let Some(choice) = picker.choices.get(index) else {
            continue;
        };
        let mut parts = vec![span(
            format!(" {}", pad(&choice.name, name_width)),
            Style::new(),
        )];
        if counts {
            parts.push(span(
                format!("{:>9}{:>7} ", choice.mentions, choice.claims),
                theme::dimmed(),
            ));
        }
        let line = Line::from(parts);
        lines.push(if n == picker.selected {
            line.patch_style(theme::selected_row())
        } else {
            line
        });
    }
    super::draw_lines(frame, inner, lines);
}
