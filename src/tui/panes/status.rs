//! The two bottom lines: the status (where you are, filters, messages) and the key hints.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::action::Action;
use super::super::app::{App, Overlay, PromptKind, Screen};
use super::super::layout::Focus;
use super::super::text;
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
            PromptKind::Titles => "search library: ",
        };
        Line::from(vec![
            span(label, app.theme.key()),
            span(
                fit(typed, left_room.saturating_sub(label.len() + 1)),
                Style::new(),
            ),
            span("▏", app.theme.key()),
        ])
    } else if let Some(notice) = &app.notice {
        Line::styled(fit(notice, left_room), app.theme.warning())
    } else if app.screen == Screen::Library && !app.problems.is_empty() {
        let message = super::super::app::summary(&app.problems).unwrap_or_default();
        Line::styled(fit(&message, left_room), app.theme.warning())
    } else {
        // The reader names the article; the library names the selected row's file, which
        // tells apart articles whose titles look alike.
        let words = match app.screen {
            // An article in another language says why it has no names or claims, and one
            // decoded from a legacy encoding says from which.
            Screen::Reader => app
                .current()
                .map(|e| {
                    let mut words = e.article.title.clone();
                    if let Some(note) = crate::report::language_note(e.analysis.language) {
                        words = format!("{note} · {words}");
                    }
                    if let Some(encoding) = &e.article.encoding {
                        words = format!("{words} · decoded from {encoding}");
                    }
                    words
                })
                .unwrap_or_default(),
            Screen::Library => app
                .library_rows()
                .get(app.library.selected)
                .and_then(|&n| app.entries.get(n))
                .map(|e| e.card.path.display().to_string())
                .unwrap_or_default(),
            Screen::Person => app
                .person_page
                .as_ref()
                .and_then(|p| p.rows.as_ref()?.get(p.selected))
                .map(|row| row.article.display().to_string())
                .unwrap_or_default(),
        };
        Line::styled(
            fit(&words, left_room),
            Style::new().add_modifier(ratatui::style::Modifier::DIM),
        )
    };
    frame.render_widget(left, area);
    frame.render_widget(
        Line::styled(fit(&right, width), app.theme.key()).alignment(Alignment::Right),
        area,
    );
}

/// The filter, search and claim position, for the right of the status line.
fn right_side(app: &App) -> String {
    let mut parts = Vec::new();
    match app.progress {
        Some((done, total)) => parts.push(format!("analysing {done}/{total}")),
        None if app.syncing => parts.push("reading files…".into()),
        None => {}
    }
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
        if app.screen == Screen::Reader
            && let Some(at) = app.reader.as_ref().and_then(|r| r.mention)
            && let Some(entity) = app.person_entity()
        {
            parts.push(format!("mention {}/{}", at + 1, entity.mentions.len()));
        }
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
    let hints = hints(app);
    // When the bar is short, help and quit stay: `?` is how a newcomer finds the rest.
    let cost = |(key, label): &(String, &str)| text::width(key) + text::width(label) + 3;
    let vital = |label: &str| label == Action::Help.hint() || label == Action::Quit.hint();
    let mut room = area.width as usize;
    let mut shown = vec![false; hints.len()];
    for pass_vital in [true, false] {
        for (n, hint) in hints.iter().enumerate() {
            if vital(hint.1) == pass_vital && !shown[n] && cost(hint) <= room {
                room -= cost(hint);
                shown[n] = true;
            } else if !pass_vital && !shown[n] {
                // Keep the bar's order: once one hint does not fit, the later ones wait.
                room = 0;
            }
        }
    }
    let mut spans: Vec<Span> = Vec::new();
    for ((key, label), _) in hints.into_iter().zip(shown).filter(|(_, s)| *s) {
        let key = text::sanitize(&key).into_owned();
        spans.push(span(format!(" {key}"), app.theme.key()));
        spans.push(span(format!(" {label} "), Style::new()));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The hints for what is on screen, as key and label, most useful first.
fn hints(app: &App) -> Vec<(String, &'static str)> {
    let keys = |action: Action| app.keymap.keys_for(action).into_iter().next();
    let with = |pairs: &[(Action, &'static str)]| -> Vec<(String, &'static str)> {
        pairs
            .iter()
            .filter_map(|&(action, label)| Some((keys(action)?, label)))
            .collect()
    };
    match &app.overlay {
        Some(Overlay::Help(_)) => {
            return with(&[
                (Action::Down, "scroll"),
                (Action::Back, "close"),
                (Action::Quit, Action::Quit.hint()),
            ]);
        }
        // The picker reads keys itself: letters type, arrows move.
        Some(Overlay::People(_)) => {
            return vec![
                ("type".into(), "to filter"),
                ("up/down".into(), "move"),
                ("enter".into(), "choose"),
                ("esc".into(), "cancel"),
            ];
        }
        None => {}
    }
    if let Some((kind, typed)) = &app.prompt {
        let mut hints = vec![("enter".into(), "done"), ("esc".into(), "cancel")];
        if *kind == PromptKind::Search && typed.is_empty() && !app.last_query.is_empty() {
            hints.push(("up".into(), "last search"));
        }
        return hints;
    }
    let focus = app.reader.as_ref().map(|r| r.focus);
    let actions: &[Action] = match app.screen {
        Screen::Library if app.person.is_some() || !app.library.titles.is_empty() => &[
            Action::Back,
            Action::Open,
            Action::Down,
            Action::Search,
            Action::Sort,
            Action::Help,
            Action::Quit,
        ],
        Screen::Library => &[
            Action::Open,
            Action::Down,
            Action::Search,
            Action::PickPerson,
            Action::NextUnread,
            Action::ToggleRead,
            Action::Sort,
            Action::Help,
            Action::Quit,
        ],
        Screen::Person => &[
            Action::Open,
            Action::Down,
            Action::Back,
            Action::PickPerson,
            Action::Help,
            Action::Quit,
        ],
        // A list has the keyboard: j/k choose in it, enter moves the text there.
        Screen::Reader if focus.is_some_and(|f| f != Focus::Text) => {
            return with(&[
                (Action::Down, "select"),
                (Action::Open, "go to"),
                (Action::FocusNext, Action::FocusNext.hint()),
                (Action::Back, "back to text"),
                (Action::Help, Action::Help.hint()),
                (Action::Quit, Action::Quit.hint()),
            ]);
        }
        // Something to clear or leave: say how first.
        Screen::Reader if clearable(app) => &[
            Action::Back,
            Action::Down,
            Action::Next,
            Action::NextSection,
            Action::FocusNext,
            Action::Search,
            Action::Help,
            Action::Quit,
        ],
        Screen::Reader => &[
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
    hints
}

/// Whether Esc would clear something in the reader rather than leave it.
fn clearable(app: &App) -> bool {
    app.person.is_some()
        || app
            .reader
            .as_ref()
            .is_some_and(|r| r.search.is_some() || r.focus != Focus::Text)
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
