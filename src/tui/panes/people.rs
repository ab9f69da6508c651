//! The person picker, drawn over the screen: a query line and the matching people.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::super::app::list_offset;
use super::super::picker::Picker;
use super::super::theme;
use super::{centered, fit, pad, span};

/// Draws the picker centred in `area`.
pub fn render(picker: &Picker, frame: &mut Frame, area: Rect) {
    let rect = centered(area, 60, 20);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme::border(true))
        .title(" Filter by person ")
        .title_bottom(" enter choose · esc cancel ");
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(vec![
        span("> ", theme::key()),
        span(fit(&picker.query, width.saturating_sub(3)), Style::new()),
        span("▏", theme::key()),
    ])];
    if picker.choices.is_empty() {
        lines.push(Line::styled(
            fit("No people found here yet.", width),
            theme::dimmed(),
        ));
    } else if picker.shown.is_empty() {
        lines.push(Line::styled(fit("Nobody matches.", width), theme::dimmed()));
    }
    let rows = (inner.height as usize).saturating_sub(1);
    let skip = list_offset(picker.selected, rows);
    for (n, &index) in picker.shown.iter().enumerate().skip(skip).take(rows) {
        let Some(choice) = picker.choices.get(index) else {
            continue;
        };
        let counts = format!(
            "{} · {}",
            plural(choice.mentions, "mention"),
            plural(choice.claims, "claim")
        );
        let name_width = width.saturating_sub(counts.len() + 3);
        let line = Line::from(vec![
            span(format!(" {} ", pad(&choice.name, name_width)), Style::new()),
            span(
                fit(&counts, width.saturating_sub(name_width + 2)),
                theme::dimmed(),
            ),
        ]);
        lines.push(if n == picker.selected {
            line.patch_style(theme::selected_row())
        } else {
            line
        });
    }
    super::draw_lines(frame, inner, lines);
}

/// "1 mention", "3 mentions".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
