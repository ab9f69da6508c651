//! The reader: a ratatui interface over the library and its analysis.
//!
//! State lives in [`app::App`] and changes only in `App::update(Action)`, which does no I/O;
//! [`panes::render`] draws it and changes nothing. This module is the edge: it owns the
//! terminal, turns terminal events into actions, and blocks between events, so an idle reader
//! uses no CPU.

pub mod action;
pub mod app;
pub mod doc;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod picker;
pub mod saved;
pub mod search;
pub mod text;
pub mod theme;

use std::io::{self, stdout};
use std::path::PathBuf;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::analysis;
use crate::article;
use action::Action;
use app::{App, Entry};

/// Loads and analyses the articles under `paths` (the embedded samples when there are none),
/// returning what could not be read as messages beside them.
pub fn load(paths: &[PathBuf]) -> (Vec<Entry>, Vec<String>) {
    let (articles, errors) = if paths.is_empty() {
        (article::embedded_library(), Vec::new())
    } else {
        article::load_paths(paths)
    };
    let entries = analysis::analyze_library(articles)
        .into_iter()
        .map(|(mut article, analysis)| {
            // Read marks and positions are kept by path: the same file must have one name
            // whether it was reached as `news/a.txt`, `./news/a.txt` or from another folder.
            if !paths.is_empty()
                && let Ok(absolute) = std::fs::canonicalize(&article.path)
            {
                article.path = absolute;
            }
            Entry { article, analysis }
        })
        .collect();
    (entries, errors.iter().map(ToString::to_string).collect())
}

/// Runs the reader in the terminal until the user quits. The terminal is restored on the way
/// out, on error and on panic.
pub fn run(app: &mut App) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    // ratatui's hook restores the screen; ours runs first to stop mouse reporting too.
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        restore_screen(info);
    }));
    let result =
        execute!(stdout(), EnableMouseCapture).and_then(|()| event_loop(&mut terminal, app));
    let _ = execute!(stdout(), DisableMouseCapture);
    let restored = ratatui::try_restore();
    result.and(restored)
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    // Start listening before asking the size: a resize between the two would otherwise be
    // lost and the first frame kept at the old size until the next key.
    event::poll(Duration::ZERO)?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| panes::render(app, frame))?;
        if app.quit {
            return Ok(());
        }
        // Block until an event means something; redraw only then.
        let action = loop {
            if let Some(action) = action_for(app, event::read()?) {
                break action;
            }
        };
        app.update(action);
    }
}

/// The action a terminal event asks for, if any.
fn action_for(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => app.action_for_key(key),
        Event::Resize(width, height) => Some(Action::Resize(width, height)),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    down: false,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        _ => None,
    }
}
