//! How long the reader takes to show a library: the release binary in a pseudo-terminal, its
//! screen read back through a terminal emulator, timed from start to the first frame that
//! lists articles, and to the frame where every count is filled in (nothing left to read or
//! analyse), then how long it takes to quit.
//!
//! ```text
//! cargo build --release
//! cargo run --release --example first_frame -- DIR [DATA_DIR]
//! ```
//!
//! `DATA_DIR` is the library database's folder (`LEDE_DATA_DIR`); a new empty one measures a
//! cold start, the same one again a warm start. The figures go to docs/performance.md.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Longest a run may take before the measure gives up.
const PATIENCE: Duration = Duration::from_secs(600);

fn main() -> Result<(), String> {
    let mut args = std::env::args_os().skip(1);
    let library = PathBuf::from(args.next().ok_or("usage: first_frame DIR [DATA_DIR]")?);
    let data = args.next().map(PathBuf::from).unwrap_or_else(|| {
        std::env::temp_dir().join(format!("lede-first-frame-{}", std::process::id()))
    });
    let binary = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/lede");
    let (rows, cols) = (40, 120);
    let pair = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| e.to_string())?;
    let mut cmd = CommandBuilder::new(&binary);
    cmd.arg(&library);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LEDE_DATA_DIR", &data);
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pair.slave);
    let size = |n: u16| std::num::NonZeroU16::new(n).ok_or("a zero terminal size");
    let screen = Arc::new(Mutex::new(vt100::Parser::new(size(rows)?, size(cols)?, 0)));
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let sink = Arc::clone(&screen);
    thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let Ok(mut parser) = sink.lock() {
                parser.process(&buf[..n]);
            }
        }
    });
    let shows = |test: &dyn Fn(&str) -> bool| -> Result<Duration, String> {
        loop {
            if let Ok(parser) = screen.lock()
                && test(&parser.screen().contents())
            {
                return Ok(started.elapsed());
            }
            if started.elapsed() > PATIENCE {
                return Err("gave up waiting".into());
            }
            thread::sleep(Duration::from_millis(1));
        }
    };
    let frame = shows(&|s| s.contains("Library ·"))?;
    let first = shows(&|s| s.contains("Library ·") && !s.contains(" of 0 articles"))?;
    // A count still coming shows as a lone `…` in its column.
    let filled = shows(&|s| s.contains("Library ·") && !s.contains("     …"))?;
    let synced = shows(&|s| {
        s.contains("Library ·") && !s.contains("analysing") && !s.contains("reading files")
    })?;
    let articles = screen
        .lock()
        .ok()
        .and_then(|p| {
            let contents = p.screen().contents();
            contents.lines().next().map(str::to_string)
        })
        .unwrap_or_default();
    let mut writer = pair.master.take_writer().map_err(|e| e.to_string())?;
    let quitting = Instant::now();
    writer.write_all(b"q").map_err(|e| e.to_string())?;
    writer.flush().map_err(|e| e.to_string())?;
    let status = child.wait().map_err(|e| e.to_string())?;
    let quit = quitting.elapsed();
    println!("{}", articles.trim_matches(['┌', '─', '┐', ' ']));
    println!("first frame:               {:>8.1} ms", ms(frame));
    println!("first frame with articles: {:>8.1} ms", ms(first));
    println!("every count filled:        {:>8.1} ms", ms(filled));
    println!("every file checked:        {:>8.1} ms", ms(synced));
    println!(
        "quit after q:              {:>8.1} ms ({status:?})",
        ms(quit)
    );
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
