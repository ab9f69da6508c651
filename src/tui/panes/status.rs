//! The two bottom lines: the status (where you are, filters, messages) and the key hints.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::app::{App, PromptKind, Screen};
use super::super::{text, theme};
use super::{fit, span};

/// Draws the status line.
pub fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let width = area.width as usize;
    let right = right_side(app);
    let right_width = text::width(&right).min(width);
    let left_room = width.saturating_sub(right_width + 1);
    let left: Line = if let Some((kind, typed)) = &app.prompt {
        let label = match kind {
            PromptKind::Search => "/",
            PromptKind::Titles => "title: ",
        };
        Line::from(vec![
            span(label, theme::key()),
            span(
                fit(typed, left_room.saturating_sub(label.len() + 1)),
                Style::new(),
            ),
            span("▏", theme::key()),
        ])
    } else if let Some(notice) = &app.notice {
        Line::styled(fit(notice, left_room), theme::warning())
    } else if app.screen == Screen::Library && !app.problems.is_empty() {
        let message = super::super::app::summary(&app.problems).unwrap_or_default();
        Line::styled(fit(&message, left_room), theme::warning())
    } else {
        let title = match app.current_entry() {
            Some(entry) if app.screen == Screen::Reader => entry.article.title.as_str(),
            _ => "",
        };
        Line::styled(
            fit(title, left_room),
            Style::new().add_modifier(ratatui::style::Modifier::DIM),
        )
    };
    frame.render_widget(left, area);
    frame.render_widget(
        Line::styled(fit(&right, width), theme::key()).alignment(Alignment::Right),
        area,
    );
}

/// The filter, search and claim position, for the right of the status line.
fn right_side(app: &App) -> String {
    let mut parts = Vec::new();
    if let Some(reader) = &app.reader
        && app.screen == Screen::Reader
        && let Some(search) = &reader.search
    {
        parts.push(match (search.current, search.matches.len()) {
            (_, 0) if !search.query.is_empty() => format!("“{}” not found", search.query),
            (_, 0) => String::new(),
            (Some(i), n) => format!("match {}/{n}", i + 1),
            (None, n) => format!("{n} matches"),
        });
    }
    if let Some(person) = &app.person {
        parts.push(format!("filter: {}", person.name));
    }
    if app.screen == Screen::Reader
        && let Some(reader) = &app.reader
    {
        let claims = app.panel_claims();
        if let Some(at) = reader
            .claim
            .and_then(|c| claims.iter().position(|&n| n == c))
        {
            parts.push(format!("{}/{} claims", at + 1, claims.len()));
        } else {
            parts.push(format!("{} claims", claims.len()));
        }
    }
    parts.retain(|p| !p.is_empty());
    parts.join("   ")
}

/// Draws the key-hint bar, generated from the keymap.
pub fn render_hints(app: &App, frame: &mut Frame, area: Rect) {
    let actions: &[Action] = match (app.screen, app.prompt.is_some()) {
        (_, true) => &[],
        (Screen::Library, false) if app.person.is_some() || !app.library.titles.is_empty() => &[
            Action::Back,
            Action::Open,
            Action::Down,
            Action::Search,
            Action::Sort,
            Action::Help,
            Action::Quit,
        ],
        (Screen::Library, false) => &[
            Action::Open,
            Action::Down,
            Action::Search,
            Action::Sort,
            Action::PickPerson,
            Action::Help,
            Action::Quit,
        ],
        // Something to clear or leave: say how first.
        (Screen::Reader, false) if clearable(app) => &[
            Action::Back,
            Action::Down,
            Action::Next,
            Action::NextSection,
            Action::FocusNext,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
        (Screen::Reader, false) => &[
            Action::Down,
            Action::Next,
            Action::NextSection,
            Action::FocusNext,
            Action::PickPerson,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
    };
    let mut hints = app.keymap.hints(actions);
    // n steps through whatever is active: search matches, the person's mentions, or claims.
    for (key, label) in &mut hints {
        if app.keymap.action_named(key) == Some(Action::Next) {
            *label = next_label(app);
        }
    }
    if app.prompt.is_some() {
        hints = vec![("enter".into(), "done"), ("esc".into(), "cancel")];
    }
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, label) in hints {
        let key = text::sanitize(&key).into_owned();
        let needed = text::width(&key) + label.len() + 3;
        if used + needed > area.width as usize {
            break;
        }
        used += needed;
        spans.push(span(format!(" {key}"), theme::key()));
        spans.push(span(format!(" {label} "), Style::new()));
    }
    frame.render_widget(Line::from(spans), area);
}

/// Whether Esc would clear something in the reader rather than leave it.
fn clearable(app: &App) -> bool {
    app.person.is_some()
        || app
            .reader
            .as_ref()
            .is_some_and(|r| r.search.is_some() || r.focus != super::super::layout::Focus::Text)
}

/// What `n` moves to right now.
fn next_label(app: &App) -> &'static str {
    let searching = app
        .reader
        .as_ref()
        .and_then(|r| r.search.as_ref())
        .is_some_and(|s| !s.matches.is_empty());
    if searching {
        "next match"
    } else if app.person_entity().is_some() {
        "next mention"
    } else {
        "next claim"
    }
}
