//! End-to-end: the real `lede` binary in a pseudo-terminal (portable-pty), its screen read
//! back through a terminal emulator (vt100). CI has no terminal of its own; the pty is one.
//!
//! These tests wait for what should appear, with a generous cap, and never time anything.
//! They read what the analysis finds from `lede analyze`, so they test whatever entities and
//! claims the analysis produces today and get stricter on their own as it learns more.

#[path = "common/bin.rs"]
mod bin;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Longest wait for a screen to show what is expected.
const PATIENCE: Duration = Duration::from_secs(20);

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles/berlin-peace-talks.txt")
}

/// A folder of its own for each test's config and state.
fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

impl Session {
    fn start(name: &str, args: &[&Path], cols: u16, rows: u16) -> Session {
        Session::start_with(name, args, &[], cols, rows)
    }

    fn start_with(
        name: &str,
        args: &[&Path],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Session {
        let pair = native_pty_system().openpty(size(cols, rows)).unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_lede"));
        cmd.env("LEDE_DATA_DIR", bin::data_dir());
        for arg in args {
            cmd.arg(arg);
        }
        let home = home(name);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", &home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_STATE_HOME", home.join("state"));
        cmd.env("LEDE_DATA_DIR", home.join("data"));
        cmd.env_remove("LEDE_CONFIG");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        // Drain the pty so lede never blocks on a full buffer.
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            screen,
            writer,
            master: pair.master,
            child,
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen satisfies `test`, or fails showing the screen.
    fn wait_for(&self, what: &str, test: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            if test(self.screen.lock().unwrap().screen()) {
                return;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited for {what}; the screen shows:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_text(&self, text: &str) {
        self.wait_for(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.lock().unwrap().set_size(nz(rows), nz(cols));
        self.master.resize(size(cols, rows)).unwrap();
    }

    /// Sends a signal to lede with the system's `kill`.
    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("lede has a process id");
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(pid.to_string())
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name} {pid}");
    }

    /// Waits until lede is stopped (state `T` in /proc), as after Ctrl-Z.
    #[cfg(target_os = "linux")]
    fn wait_stopped(&self) {
        let pid = self.child.process_id().expect("lede has a process id");
        let start = Instant::now();
        loop {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // The state follows the command name in parentheses.
            let state = stat.rsplit_once(") ").map(|(_, rest)| rest.chars().next());
            if state == Some(Some('T')) {
                return;
            }
            if start.elapsed() > PATIENCE {
                panic!("lede did not stop; /proc says {stat:?}");
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!("lede did not quit; the screen shows:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// What `lede analyze` finds in the sample.
fn analysis_of_sample() -> serde_json::Value {
    let out = bin::lede()
        .args(["analyze", "--format", "json"])
        .arg(sample())
        .output()
        .unwrap();
    assert!(out.status.success());
    let docs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    docs[0].clone()
}

/// The words of the text pane (the left `width` columns, borders and the selected claim's
/// margin bar dropped), lines joined with spaces so a sentence wrapped over several rows reads
/// as one.
fn text_pane(screen: &vt100::Screen, width: u16) -> String {
    let rows: Vec<String> = screen
        .rows(1, width.saturating_sub(2))
        .map(|row| row.replace('▌', " ").trim().to_string())
        .collect();
    rows.join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn moving_to_the_third_claim_scrolls_the_text_to_it() {
    let doc = analysis_of_sample();
    let text = doc["text"].as_str().unwrap().to_string();
    let mut claims: Vec<(usize, usize)> = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = &c["sentence"];
            (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    claims.sort();

    let mut lede = Session::start("claims", &[&sample()], 80, 24);
    // Every claim, not only the key ones, so the panel's third claim is the text's third.
    lede.wait_for_text("Claims (");
    lede.keys("a");
    lede.wait_for_text(&format!("Claims ({})", claims.len()));
    if claims.len() < 3 {
        // Until the analysis finds three claims, check the reader says so plainly.
        eprintln!(
            "note: the analysis finds {} claims in the sample; checking the empty panel",
            claims.len()
        );
        lede.keys("nn");
        lede.wait_for_text(&format!("{} claims", claims.len()));
        if claims.is_empty() {
            lede.wait_for_text("No claims found");
        }
        lede.keys("q");
        assert!(lede.wait_exit().success());
        return;
    }
    let (start, end) = claims[2];
    let sentence = &text[start..end];
    let words: Vec<&str> = sentence.split_whitespace().take(6).collect();
    let opening = words.join(" ");
    // Read to the end first, so the third claim is out of view and the text must move back.
    lede.keys("G");
    lede.wait_for_text("End ┘");
    assert!(
        !text_pane(lede.screen.lock().unwrap().screen(), 50).contains(&opening),
        "the sentence is out of view at the end:\n{}",
        lede.contents()
    );
    // Focus the claims panel, go to its first claim, down twice, and move the text there.
    lede.keys("\tgjj\r");
    lede.wait_for_text(&format!("3/{} claims", claims.len()));
    lede.wait_for(&format!("{opening:?} in the text pane"), |s| {
        text_pane(s, 50).contains(&opening)
    });
    lede.keys("q");
    assert!(lede.wait_exit().success());
}

#[test]
fn filtering_by_merz_shows_their_claims_and_the_filter_on_the_bottom_line() {
    let doc = analysis_of_sample();
    let person = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["kind"] == "person"
                && e["name"]
                    .as_str()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains("merz")
        })
        .map(|e| e["name"].as_str().unwrap().to_string());

    let mut lede = Session::start("merz", &[&sample()], 120, 40);
    lede.wait_for_text("Claims (");
    lede.keys("p");
    lede.wait_for_text("Filter by person");
    lede.keys("merz");
    match person {
        Some(name) => {
            lede.wait_for_text(&name);
            lede.keys("\r");
            let status = format!("filter: {name}");
            lede.wait_for(&format!("{status:?} on the status line"), |s| {
                s.rows(0, 120)
                    .nth(38)
                    .is_some_and(|row| row.contains(&status))
            });
            lede.wait_for_text(&format!("By {name}"));
            lede.wait_for_text(&format!("About {name}"));
            lede.keys("\x1b");
            lede.wait_for("the filter cleared", |s| !s.contents().contains(&status));
        }
        None => {
            eprintln!(
                "note: the analysis finds no person named Merz yet; checking the empty picker"
            );
            lede.wait_for("the picker to say nobody matches", |s| {
                let c = s.contents();
                c.contains("No people found") || c.contains("Nobody matches")
            });
            lede.keys("\r");
            lede.wait_for("the picker to close", |s| {
                !s.contents().contains("Filter by person")
            });
            assert!(!lede.contents().contains("filter:"));
        }
    }
    lede.keys("q");
    assert!(lede.wait_exit().success());
}

#[test]
fn a_resize_redraws_and_quitting_leaves_the_alternate_screen() {
    let mut lede = Session::start("resize", &[], 80, 24);
    lede.wait_for_text("Library");
    lede.wait_for("the alternate screen", |s| s.alternate_screen());
    lede.resize(120, 30);
    // The library's frame reaches the new right edge.
    lede.wait_for("a redraw at 120 columns", |s| {
        s.cell(0, 119).is_some_and(|c| c.contents() == "┐")
    });
    lede.keys("\r");
    lede.wait_for_text("Claims (");
    lede.resize(50, 12);
    lede.wait_for("a redraw at 50 columns", |s| {
        s.cell(0, 49).is_some_and(|c| c.contents() == "┐")
    });
    lede.keys("q");
    let status = lede.wait_exit();
    assert!(status.success(), "{status:?}");
    lede.wait_for("the main screen back", |s| !s.alternate_screen());
    let screen = lede.screen.lock().unwrap();
    assert_eq!(
        screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
}

/// Where a session started with `Session::start(name, …)` left each article, from its
/// library database.
fn positions(name: &str) -> std::collections::HashMap<String, usize> {
    let path = std::env::temp_dir()
        .join(format!("lede-pty-{}-{name}", std::process::id()))
        .join("data/library.sqlite3");
    let (store, problem) = lede::store::Store::open(&path);
    assert!(problem.is_none(), "{problem:?}");
    store.positions().unwrap()
}

/// Checks that the terminal lede leaves behind is the one it found: main screen, no mouse
/// reporting, cursor shown.
fn assert_terminal_given_back(lede: &Session) {
    lede.wait_for("the main screen back", |s| !s.alternate_screen());
    let screen = lede.screen.lock().unwrap();
    assert_eq!(
        screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    assert!(!screen.screen().hide_cursor(), "the cursor is shown");
}

#[test]
fn sigterm_and_sighup_give_the_terminal_back_save_the_position_and_exit_with_their_status() {
    for (signal, status) in [("TERM", 143), ("HUP", 129), ("INT", 130), ("QUIT", 131)] {
        let name = format!("signal-{signal}");
        let mut lede = Session::start(&name, &[&sample()], 80, 24);
        lede.wait_for_text("Claims (");
        lede.wait_for("the alternate screen", |s| s.alternate_screen());
        // Scroll to the end, so the saved position is not the start.
        lede.keys("G");
        lede.wait_for_text("End ┘");
        lede.signal(signal);
        let exit = lede.wait_exit();
        assert_eq!(exit.exit_code(), status, "SIG{signal}: {exit:?}");
        assert_terminal_given_back(&lede);
        let positions = positions(&name);
        let position = positions
            .iter()
            .find(|(article, _)| article.ends_with("berlin-peace-talks.txt"))
            .map(|(_, &offset)| offset);
        assert!(
            position.is_some_and(|p| p > 0),
            "SIG{signal}: {positions:?}"
        );
    }
}

// Whether lede is stopped is read from /proc.
#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_suspends_and_sigcont_comes_back_redrawn_and_listening() {
    let mut lede = Session::start("suspend", &[&sample()], 80, 24);
    lede.wait_for_text("Claims (");
    lede.keys("\x1a");
    lede.wait_stopped();
    assert_terminal_given_back(&lede);
    // Scribble on the main screen, as a shell would, so a redraw must paint every cell.
    lede.screen
        .lock()
        .unwrap()
        .process(b"\x1b[2J\x1b[Hshell prompt$ ");
    lede.signal("CONT");
    lede.wait_for("the alternate screen again", |s| s.alternate_screen());
    lede.wait_for_text("Claims (");
    // The keys work: the help screen opens.
    lede.keys("?");
    lede.wait_for_text("Help ─");
    lede.keys("\x1b");
    // `kill -TSTP` from outside suspends the same way.
    lede.signal("TSTP");
    lede.wait_stopped();
    assert_terminal_given_back(&lede);
    lede.signal("CONT");
    lede.wait_for("the alternate screen again", |s| s.alternate_screen());
    lede.wait_for_text("Claims (");
    lede.keys("q");
    assert!(lede.wait_exit().success());
    assert_terminal_given_back(&lede);
}

#[test]
fn a_panic_gives_the_terminal_back_and_says_where_to_report() {
    // With LEDE_TEST_PANIC set, lede panics after its first frame.
    let mut lede = Session::start_with("panic", &[&sample()], &[("LEDE_TEST_PANIC", "1")], 100, 30);
    let exit = lede.wait_exit();
    assert!(!exit.success(), "{exit:?}");
    assert_terminal_given_back(&lede);
    lede.wait_for_text("LEDE_TEST_PANIC");
    lede.wait_for_text("Please report it");
}

#[test]
fn a_dumb_terminal_gets_a_message_and_is_left_alone() {
    let mut lede = Session::start_with("dumb", &[&sample()], &[("TERM", "dumb")], 100, 30);
    let exit = lede.wait_exit();
    assert!(!exit.success(), "{exit:?}");
    lede.wait_for_text("TERM=dumb");
    assert!(!lede.screen.lock().unwrap().screen().alternate_screen());
}

/// The library database of a session started with `Session::start(name, …)`.
fn database(name: &str) -> lede::store::Store {
    let path = std::env::temp_dir()
        .join(format!("lede-pty-{}-{name}", std::process::id()))
        .join("data/library.sqlite3");
    let (store, problem) = lede::store::Store::open(&path);
    assert!(problem.is_none(), "{problem:?}");
    store
}

#[test]
fn a_kill_9_while_reading_loses_only_the_last_few_seconds() {
    let name = "kill9";
    // Beside the session's own folder, which starting the session empties.
    let news = home("kill9-news").join("news");
    std::fs::create_dir_all(&news).unwrap();
    std::fs::copy(sample(), news.join("berlin-peace-talks.txt")).unwrap();
    let mut lede = Session::start(name, &[&news], 80, 24);
    lede.wait_for_text("Ukraine Peace Talks");
    lede.keys("\r");
    lede.wait_for_text("Claims (");
    lede.keys("G");
    lede.wait_for_text("End ┘");
    // The position is kept every few seconds while reading: wait until it is there.
    let start = Instant::now();
    let kept = loop {
        let positions = database(name).positions().unwrap();
        if let Some(&offset) = positions
            .iter()
            .find(|(article, _)| article.ends_with("berlin-peace-talks.txt"))
            .map(|(_, offset)| offset)
            .filter(|&&offset| offset > 0)
        {
            break offset;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "no position kept: {positions:?}"
        );
        thread::sleep(Duration::from_millis(200));
    };
    lede.signal("KILL");
    lede.wait_exit();
    let store = database(name);
    assert!(
        store
            .read_marks()
            .unwrap()
            .iter()
            .any(|a| a.ends_with("berlin-peace-talks.txt")),
        "the read mark survives"
    );
    assert!(store.positions().unwrap().values().any(|&o| o == kept));
}

#[test]
fn with_mouse_false_the_terminal_keeps_the_mouse_for_its_own_selection() {
    let config = home("mouse-config").join("config.ron");
    std::fs::write(&config, "(mouse: false)").unwrap();
    let config = config.display().to_string();
    for (env, wanted) in [
        (vec![], vt100::MouseProtocolMode::PressRelease),
        (
            vec![("LEDE_CONFIG", config.as_str())],
            vt100::MouseProtocolMode::None,
        ),
    ] {
        let mut lede = Session::start_with("mouse", &[&sample()], &env, 80, 24);
        lede.wait_for_text("Claims (");
        let mode = lede.screen.lock().unwrap().screen().mouse_protocol_mode();
        // Any reporting mode counts as taking the mouse.
        assert_eq!(
            mode == vt100::MouseProtocolMode::None,
            wanted == vt100::MouseProtocolMode::None,
            "{env:?}: {mode:?}"
        );
        lede.keys("q");
        lede.wait_exit();
    }
}

#[test]
fn with_no_paths_lede_opens_the_library_folders_the_config_names() {
    let news = home("config-library-news").join("news");
    std::fs::create_dir_all(&news).unwrap();
    std::fs::copy(sample(), news.join("berlin-peace-talks.txt")).unwrap();
    std::fs::write(
        news.join("bridge.txt"),
        "Bridge Repairs Delayed\n\nRepairs to the river bridge will take another year.\n",
    )
    .unwrap();
    let config = home("config-library-file").join("config.ron");
    std::fs::write(
        &config,
        format!(
            "(library: [{:?}], outline: false)",
            news.display().to_string()
        ),
    )
    .unwrap();
    let config = config.display().to_string();
    let mut lede = Session::start_with("config-library", &[], &[("LEDE_CONFIG", &config)], 100, 30);
    lede.wait_for_text("Bridge Repairs Delayed");
    lede.wait_for_text("2 of 2 articles");
    lede.keys("q");
    assert!(lede.wait_exit().success());
}
