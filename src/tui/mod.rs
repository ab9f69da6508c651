//! The reader: a ratatui interface over the library and its analysis.
//!
//! State lives in [`app::App`] and changes only in `App::update(Action)`, which does no I/O;
//! [`panes::render`] draws it and changes nothing. This module is the edge: it owns the
//! terminal, turns terminal events into actions, and blocks between events, so an idle reader
//! uses no CPU.

pub mod action;
pub mod app;
pub mod background;
pub mod doc;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod picker;
pub mod saved;
pub mod search;
pub mod settings;
pub mod terminal;
pub mod text;
pub mod theme;

use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::{DefaultTerminal, Terminal, prelude::CrosstermBackend};

use crate::analysis;
use crate::article;
use action::Action;
use app::{App, Entry};
use background::Background;
use terminal::{Ending, Request, SignalWatch};

/// Where an article was left: its key and the byte offset at the top of the view.
pub type Position = Option<(String, usize)>;

/// How often the reading position is kept while reading, so a killed lede loses only the
/// last few seconds of it.
const KEEP_POSITION_EVERY: Duration = Duration::from_secs(3);
/// How long the loop waits for a key before looking at the background again: often while
/// results are coming, rarely when all is quiet.
const BUSY_WAIT: Duration = Duration::from_millis(50);
const IDLE_WAIT: Duration = Duration::from_millis(500);

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
            Entry::loaded(article, analysis)
        })
        .collect();
    (entries, errors.iter().map(ToString::to_string).collect())
}

/// Runs the reader in the terminal until the user quits or a signal ends it. The terminal is
/// restored on the way out, on error, on a signal and on panic; the caller saves the reading
/// state in every case but a panic.
///
/// `save` keeps the reading position; the reader calls it itself only when the terminal was
/// hung up under it and the event loop cannot return (see [`terminal::Stuck`]). Read marks,
/// stars and positions are kept as they change, through `background`.
pub fn run(
    app: &mut App,
    background: &mut Background,
    save: Arc<dyn Fn(Position) + Send + Sync>,
) -> io::Result<Ending> {
    if let Err(e) = terminal::enter() {
        // Half taken (raw mode but no alternate screen, say) is still taken: give it back.
        let _ = terminal::restore();
        return Err(e);
    }
    let result = Terminal::new(CrosstermBackend::new(stdout()))
        .and_then(|mut screen| event_loop(&mut screen, app, background, save));
    let restored = terminal::restore();
    match &result {
        Ok(ending) => tracing::info!(?ending, "reader closed"),
        Err(e) => tracing::error!("reader stopped: {e}"),
    }
    match result {
        // After SIGHUP the terminal may be gone, and giving it back fail: the signal still
        // decides the exit status.
        Ok(Ending::Signal(signal)) => Ok(Ending::Signal(signal)),
        other => other.and_then(|ending| restored.map(|()| ending)),
    }
}

fn event_loop(
    screen: &mut DefaultTerminal,
    app: &mut App,
    background: &mut Background,
    save: Arc<dyn Fn(Position) + Send + Sync>,
) -> io::Result<Ending> {
    // Start listening before asking the size: a resize between the two would otherwise be
    // lost and the first frame kept at the old size until the next key. The signal watch
    // needs the event reader to exist too (see `terminal`).
    event::poll(Duration::ZERO)?;
    // The reading position as of the last action, for the signal thread should the loop be
    // stuck.
    let latest = Arc::new(Mutex::new(app.reading_position()));
    let last_words = Arc::clone(&latest);
    let signals = SignalWatch::start(Box::new(move |signal| {
        let _ = terminal::restore();
        if let Ok(position) = last_words.lock() {
            save(position.clone());
        }
        std::process::exit(128 + signal);
    }))?;
    let size = screen.size()?;
    app.update(Action::Resize(size.width, size.height));
    for request in app.take_requests() {
        background.handle(request);
    }
    let mut kept = app.reading_position();
    let mut kept_at = Instant::now();
    let test_panic = std::env::var_os("LEDE_TEST_PANIC").is_some();
    let mut first_frame = true;
    // An event read in the same turn as a redraw (a key typed just as the shell continued
    // lede): handled right after the redraw's resize instead of being lost.
    let mut pending: Option<Event> = None;
    loop {
        screen.draw(|frame| panes::render(app, frame))?;
        if first_frame {
            first_frame = false;
            tracing::debug!(articles = app.entries.len(), "first frame drawn");
        }
        if app.quit {
            return Ok(Ending::Quit);
        }
        if test_panic {
            // A hidden trigger for the test of the panic path, in every build: the tests run
            // on the release build the README's first command made.
            panic!("LEDE_TEST_PANIC is set: a deliberate panic to test the terminal's restoration");
        }
        // Wait until an event or the background means something; redraw only then.
        let action = loop {
            if let Some(action) = pending.take().and_then(|event| action_for(app, event)) {
                break Some(action);
            }
            let arrived = background.arrived();
            if !arrived.is_empty() {
                for loaded in arrived {
                    app.receive(loaded);
                }
                break None;
            }
            if kept_at.elapsed() >= KEEP_POSITION_EVERY {
                let now = app.reading_position();
                if now != kept {
                    background.keep_position(now.clone());
                    kept = now;
                }
                kept_at = Instant::now();
            }
            let wait = if background.busy() {
                BUSY_WAIT
            } else {
                IDLE_WAIT
            };
            let ready = match event::poll(wait) {
                Ok(ready) => ready,
                Err(e) => match signals.wait_for_end(Duration::from_millis(250)) {
                    Some(signal) => return Ok(Ending::Signal(signal)),
                    None => return Err(e),
                },
            };
            let mut redraw = false;
            while let Some(request) = signals.next() {
                match request {
                    Request::End(signal) => return Ok(Ending::Signal(signal)),
                    Request::Suspend => terminal::suspend()?,
                    Request::Resume => terminal::reenter()?,
                }
                redraw = true;
            }
            let event = if ready {
                match event::read() {
                    Ok(event) => Some(event),
                    // A closed terminal fails reads just before its SIGHUP arrives: let the
                    // signal, if one comes, end the session as a signal.
                    Err(e) => match signals.wait_for_end(Duration::from_millis(250)) {
                        Some(signal) => return Ok(Ending::Signal(signal)),
                        None => return Err(e),
                    },
                }
            } else {
                None
            };
            let event = match event {
                Some(event) if is_suspend_key(&event) => {
                    terminal::suspend()?;
                    redraw = true;
                    None
                }
                event => event,
            };
            if redraw {
                // The screen was given away: draw every cell again, at the size it has now.
                // A fresh terminal forgets the last frame; `Terminal::clear` would ask the
                // terminal where its cursor is, which not every terminal answers.
                execute!(stdout(), Clear(ClearType::All))?;
                *screen = Terminal::new(CrosstermBackend::new(stdout()))?;
                let size = screen.size()?;
                pending = event;
                break Some(Action::Resize(size.width, size.height));
            }
            if let Some(action) = event.and_then(|event| action_for(app, event)) {
                break Some(action);
            }
        };
        if let Some(action) = action {
            app.update(action);
        }
        for request in app.take_requests() {
            background.handle(request);
        }
        if let Ok(mut position) = latest.lock() {
            *position = app.reading_position();
        }
    }
}

/// Ctrl-Z: in raw mode the terminal sends it as a key instead of stopping lede, so lede stops
/// itself, as every terminal program does, whatever the config binds.
fn is_suspend_key(event: &Event) -> bool {
    matches!(event, Event::Key(key) if key.kind == KeyEventKind::Press
        && key.code == KeyCode::Char('z')
        && key.modifiers.contains(KeyModifiers::CONTROL))
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
