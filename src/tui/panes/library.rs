//! The library: every loaded article with its kicker or source, date, people and claims.

use ratatui::Frame;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::super::app::{App, Entry, list_offset};
use super::super::{layout, theme};
use super::{fit, pad, span};
use crate::article;

/// Narrowest the title column gets before other columns give way.
const MIN_TITLE: usize = 16;
/// Widths of the columns after the title, separating spaces included.
const SOURCE: usize = 18;
const DATE: usize = 11;
/// People in 8 columns and claims in 9 (" by/about" keeps a space from "people"), right-aligned,
/// and a margin.
const COUNTS: usize = 18;

/// Draws the library into the screen's main area.
pub fn render(app: &App, frame: &mut Frame) {
    let (main, _, _) = layout::split_bottom(frame.area());
    let rows = app.library_rows();
    let mut title = format!(
        " Library · {} of {} articles · by {} ",
        rows.len(),
        app.entries.len(),
        app.library.sort.label()
    );
    if !app.library.titles.is_empty() {
        match app.searching() {
            Some(hits) => title.push_str(&format!(
                "· “{}” in {} {} ",
                app.library.titles,
                hits.len(),
                if hits.len() == 1 { "text" } else { "texts" }
            )),
            None => title.push_str(&format!("· title has “{}” ", app.library.titles)),
        }
    }
    let inner = super::framed(frame, &app.theme, main, &title);
    let width = inner.width as usize;
    // The title keeps MIN_TITLE columns; the date goes first, then the source, then the
    // counts.
    let room = width.saturating_sub(2 + MIN_TITLE);
    let counts_shown = room >= COUNTS;
    let source_shown = room >= COUNTS + SOURCE;
    let date_shown = room >= COUNTS + SOURCE + DATE;
    let used = [
        (counts_shown, COUNTS),
        (source_shown, SOURCE),
        (date_shown, DATE),
    ]
    .iter()
    .filter(|(shown, _)| *shown)
    .map(|(_, w)| w)
    .sum::<usize>();
    let title_width = width.saturating_sub(2 + used);
    let claims_header = if app.person.is_some() {
        "by/about"
    } else {
        "claims"
    };
    let mut header = pad("  Title", title_width + 2);
    if source_shown {
        header.push_str(&pad("  Kicker/source", SOURCE));
    }
    if date_shown {
        header.push_str(&pad(" Date", DATE));
    }
    if counts_shown {
        header.push_str(&format!("{:>8}{claims_header:>9} ", "people"));
    }
    let mut lines = vec![Line::styled(
        header,
        Style::new().add_modifier(Modifier::DIM | Modifier::UNDERLINED),
    )];
    if app.entries.is_empty() && app.syncing {
        lines.push(Line::styled(
            fit("Reading the folders…", width),
            theme::dimmed(),
        ));
    } else if app.entries.is_empty() {
        lines.push(Line::styled(
            fit(
                "No articles here. lede reads plain text, Markdown, saved web pages and feeds: \
                 lede ~/news",
                width,
            ),
            app.theme.warning(),
        ));
    } else if rows.is_empty() {
        lines.push(Line::styled(
            fit("No article matches; esc clears the filter.", width),
            theme::dimmed(),
        ));
    }
    // While a search has answered, each article takes two lines: its row, then the line of
    // its text that matched.
    let searching = app.searching().is_some();
    let height = app.library_height();
    let skip = list_offset(app.library.selected, height);
    for (n, &index) in rows.iter().enumerate().skip(skip).take(height) {
        let Some(entry) = app.entries.get(index) else {
            continue;
        };
        let unread = !app.read.contains(&entry.key());
        let mut parts = vec![
            span(if unread { "● " } else { "  " }, app.theme.key()),
            span(
                pad(&entry.card.title, title_width),
                if unread {
                    Style::new().add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                },
            ),
        ];
        let source = entry.card.kicker.as_ref().or(entry.card.source.as_ref());
        if source_shown {
            let source = pad(source.map_or("", |s| s.as_str()), SOURCE - 2);
            parts.push(span(format!("  {source}"), theme::dimmed()));
        }
        if date_shown {
            let shown = entry.published().map(article::iso_date);
            let date = pad(
                shown
                    .as_deref()
                    .or(entry.card.date.as_deref())
                    .unwrap_or(""),
                DATE - 1,
            );
            parts.push(span(format!(" {date}"), theme::dimmed()));
        }
        if counts_shown {
            parts.push(span(counts(app, entry), Style::new()));
        }
        let line = Line::from(parts);
        let selected = n == app.library.selected;
        lines.push(if selected {
            line.patch_style(theme::selected_row())
        } else {
            line
        });
        if searching {
            let matched = match app.hit_of(index) {
                Some(hit) => span(
                    format!("    {}", fit(&hit.line, width.saturating_sub(4))),
                    theme::dimmed(),
                ),
                None => span("    (title)", theme::dimmed()),
            };
            let line = Line::from(matched);
            lines.push(if selected {
                line.patch_style(theme::selected_row())
            } else {
                line
            });
        }
    }
    super::draw_lines(frame, inner, lines);
}

/// People and claims of an article; with a person chosen, claims by and about them.
fn counts(app: &App, entry: &Entry) -> String {
    if !entry.card.analysed {
        return format!("{:>8}{:>9} ", "…", "…");
    }
    if entry.people_pending() {
        return format!("{:>8}{:>9} ", "…", entry.card.claims);
    }
    let people = entry.card.people.len();
    let claims = match app.person.as_ref().and_then(|p| entry.person(&p.key)) {
        Some(person) => format!("{}/{}", person.by, person.about),
        None => entry.card.claims.to_string(),
    };
    format!("{people:>8}{claims:>9} ")
}
