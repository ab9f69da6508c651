//! The terminal's life: taken over when the reader starts, and given back exactly as it was
//! on quit, on a signal, on suspend (Ctrl-Z, `kill -TSTP`) and on a panic.
//!
//! Signals are caught with signal-hook on a thread of their own, which queues them for the
//! event loop and wakes it by raising SIGWINCH: crossterm already listens for that signal, so
//! the loop's blocking read returns at once (as a resize, which also redraws) and the loop
//! handles the queued signal on the main thread, where the reading state lives. Nothing but
//! queueing happens inside a signal handler.

use std::io::{self, IsTerminal, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Once};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::{Handle, Signals};

/// Whether lede holds the terminal (raw mode, alternate screen, mouse reporting), so a panic
/// gives it back once and only when taken.
static HELD: AtomicBool = AtomicBool::new(false);

/// How a reading session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The user quit.
    Quit,
    /// A signal asked lede to stop (SIGTERM, SIGINT, SIGHUP, SIGQUIT); the process should exit
    /// with the shell's status for it, 128 + the signal's number.
    Signal(i32),
}

impl Ending {
    /// The process exit status that tells a shell how lede ended.
    pub fn exit_status(self) -> u8 {
        match self {
            Ending::Quit => 0,
            Ending::Signal(signal) => u8::try_from(128 + signal).unwrap_or(1),
        }
    }
}

/// Checks, before anything is drawn, that there is a terminal the reader can drive; the
/// message says what to do instead.
pub fn check() -> Result<(), String> {
    if std::env::var_os("TERM").is_some_and(|term| term == "dumb") {
        return Err(
            "the reader needs a terminal that can move the cursor, and TERM=dumb says \
             this one cannot; run it in a full terminal, or print a summary with \
             `lede analyze --format text PATHS`"
                .to_string(),
        );
    }
    if !io::stdin().is_terminal()
        && std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .is_err()
    {
        return Err(
            "the reader needs a terminal to read keys from, and there is none; run \
             it in a terminal, or print a summary with `lede analyze --format text PATHS`"
                .to_string(),
        );
    }
    Ok(())
}

/// Whether lede takes the mouse when it takes the terminal (the config's `mouse`).
static MOUSE: AtomicBool = AtomicBool::new(true);

/// Chooses whether [`enter`] (and every later re-entry) takes the mouse.
pub fn use_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

/// Takes the terminal: raw mode, the alternate screen and, unless the config says not to,
/// mouse reporting.
pub fn enter() -> io::Result<()> {
    install_panic_hook();
    HELD.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Gives the terminal back as it was: mouse reporting off, the main screen, the cursor shown,
/// cooked mode. Every step is tried even when one fails; the first failure is returned.
pub fn restore() -> io::Result<()> {
    HELD.store(false, Ordering::SeqCst);
    // Leaving the alternate screen comes last of the sequences, so a terminal back on its main
    // screen has already had mouse reporting turned off and the cursor shown.
    let steps = [
        execute!(stdout(), DisableMouseCapture),
        execute!(stdout(), Show),
        execute!(stdout(), LeaveAlternateScreen),
        disable_raw_mode(),
    ];
    steps.into_iter().collect()
}

/// Takes the terminal again after the process was stopped and continued: the shell may have
/// reset its mode meanwhile, so raw mode is set afresh rather than assumed.
pub fn reenter() -> io::Result<()> {
    disable_raw_mode()?;
    enter()
}

/// Gives the terminal back and stops the process as SIGTSTP would; returns when the shell
/// continues it (`fg`), with the terminal taken again. The caller redraws.
pub fn suspend() -> io::Result<()> {
    restore()?;
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    reenter()
}

/// Restores the terminal before any panic message is printed, then says where to report it.
/// The previous hook (Rust's message and backtrace) runs in between.
fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if HELD.load(Ordering::SeqCst) {
                let _ = restore();
            }
            previous(info);
            let repository = env!("CARGO_PKG_REPOSITORY");
            let place = if repository.is_empty() {
                "lede's issue tracker"
            } else {
                repository
            };
            eprintln!(
                "\nlede crashed: this is a bug in lede, not in your files. Please report it at \
                 {place} with the message above and the command you ran; your files were not \
                 changed."
            );
        }));
    });
}

/// What a caught signal asks the event loop to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// Stop the process until the shell continues it.
    Suspend,
    /// The process was continued after someone else stopped it: take the terminal again.
    Resume,
    /// Save and exit with the signal's status.
    End(i32),
}

/// Longest the event loop may take to act on a signal that ends the session before the
/// signal thread ends it instead.
const PATIENCE: Duration = Duration::from_secs(2);

/// What ends the process when the event loop cannot: crossterm's reader spins without
/// returning on a terminal that was hung up (a closed window), so after SIGHUP the loop may
/// never see the signal. Given the signal, it restores what it can, saves and exits.
pub type Stuck = Box<dyn FnOnce(i32) + Send>;

/// The signals the reader handles, queued for the event loop while the terminal is held.
pub struct SignalWatch {
    queue: Receiver<i32>,
    handle: Handle,
    closed: Arc<AtomicBool>,
    /// Set when the loop takes a signal that ends the session.
    taken: Arc<AtomicBool>,
}

impl SignalWatch {
    /// Starts catching SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT. Call it after
    /// crossterm's event reader exists, so the SIGWINCH that wakes the loop is heard.
    /// `stuck` ends the process if the loop has not taken an ending signal within
    /// [`PATIENCE`].
    pub fn start(stuck: Stuck) -> io::Result<SignalWatch> {
        let mut signals = Signals::new([SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT])?;
        let handle = signals.handle();
        let closed = Arc::new(AtomicBool::new(false));
        let taken = Arc::new(AtomicBool::new(false));
        let (stop, took) = (Arc::clone(&closed), Arc::clone(&taken));
        let (sender, queue) = mpsc::channel();
        thread::Builder::new()
            .name("lede-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if stop.load(Ordering::SeqCst) || sender.send(signal).is_err() {
                        break;
                    }
                    // Wake the event loop's blocking read.
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                    if ends_the_session(signal) {
                        thread::sleep(PATIENCE);
                        if !took.load(Ordering::SeqCst) && !stop.load(Ordering::SeqCst) {
                            stuck(signal);
                        }
                        break;
                    }
                }
            })?;
        Ok(SignalWatch {
            queue,
            handle,
            closed,
            taken,
        })
    }

    /// Tells the signal thread the loop is ending the session itself.
    fn take(&self, signal: i32) -> i32 {
        self.taken.store(true, Ordering::SeqCst);
        signal
    }

    /// Waits up to `patience` for a signal that ends the session, returning it; suspend and
    /// resume requests met on the way are dropped, as the session is ending anyway.
    pub fn wait_for_end(&self, patience: Duration) -> Option<i32> {
        let deadline = Instant::now() + patience;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.queue.recv_timeout(left).ok()? {
                SIGTSTP | SIGCONT => {}
                signal => return Some(self.take(signal)),
            }
        }
    }

    /// The next caught signal's request, if one is waiting.
    pub fn next(&self) -> Option<Request> {
        let signal = self.queue.try_recv().ok()?;
        Some(match signal {
            SIGTSTP => Request::Suspend,
            SIGCONT => Request::Resume,
            other => Request::End(self.take(other)),
        })
    }
}

/// Whether a signal asks lede to end (rather than to suspend or resume).
fn ends_the_session(signal: i32) -> bool {
    !matches!(signal, SIGTSTP | SIGCONT)
}

impl Drop for SignalWatch {
    fn drop(&mut self) {
        self.closed.store(true, Ordering::SeqCst);
        self.handle.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_ends_with_the_shells_status_for_it() {
        assert_eq!(Ending::Quit.exit_status(), 0);
        assert_eq!(Ending::Signal(SIGTERM).exit_status(), 143);
        assert_eq!(Ending::Signal(SIGHUP).exit_status(), 129);
        assert_eq!(Ending::Signal(SIGINT).exit_status(), 130);
    }
}
