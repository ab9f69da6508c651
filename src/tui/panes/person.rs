//! The person page: one person's claims across the library, newest first, two lines each
//! (where and when, then who said what).

use ratatui::Frame;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::super::app::{App, list_offset};
use super::super::{layout, theme};
use super::{fit, span};
use crate::analysis::EntityKind;
use crate::article;

/// Draws the person page into the screen's main area.
pub fn render(app: &App, frame: &mut Frame) {
    let (main, _, _) = layout::split_bottom(frame.area());
    let Some(page) = &app.person_page else {
        return;
    };
    let title = match &page.rows {
        Some(rows) => {
            let by = rows.iter().filter(|r| r.by).count();
            let claims = if rows.len() == 1 { "claim" } else { "claims" };
            format!(
                " {} · {} {claims} across the library: {by} by, {} about ",
                page.name,
                rows.len(),
                rows.len() - by
            )
        }
        None => format!(" {} · gathering claims… ", page.name),
    };
    let inner = super::framed(frame, &app.theme, main, &title);
    let width = inner.width as usize;
    let Some(rows) = &page.rows else {
        return;
    };
    let mut lines: Vec<Line> = Vec::new();
    if rows.is_empty() {
        lines.push(Line::styled(
            fit(
                &format!("No claims by or about {} in this library.", page.name),
                width,
            ),
            theme::dimmed(),
        ));
    }
    let height = app.person_page_height();
    let skip = list_offset(page.selected, height);
    for (n, row) in rows.iter().enumerate().skip(skip).take(height) {
        let date = row
            .date
            .as_deref()
            .map(|d| article::parse_date(d).map_or_else(|| d.to_string(), article::iso_date))
            .unwrap_or_default();
        let label = if row.by { "By   " } else { "About" };
        let head = Line::from(vec![
            span(format!(" {label} "), app.theme.key()),
            span(format!("{date:<11}"), theme::dimmed()),
            span(
                fit(&row.title, width.saturating_sub(18)),
                Style::new().add_modifier(Modifier::BOLD),
            ),
        ]);
        // The sentence as the article has it: who said what, in their words.
        let said = row
            .sentence
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let body = Line::from(vec![
            span("       ", Style::new()),
            span(
                fit(&said, width.saturating_sub(7)),
                if row.by {
                    app.theme.entity(EntityKind::Person)
                } else {
                    Style::new()
                },
            ),
        ]);
        if n == page.selected {
            lines.push(head.patch_style(theme::selected_row()));
            lines.push(body.patch_style(theme::selected_row()));
        } else {
            lines.push(head);
            lines.push(body);
        }
    }
    super::draw_lines(frame, inner, lines);
}
