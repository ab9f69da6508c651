//! What the fuzz targets run, shared with `tests/fuzz_corpus.rs` (which includes this file), so
//! the checked-in corpus is replayed by `cargo test` on a stable toolchain through the very same
//! code. Each function panics when lede breaks a promise; a panic is what the fuzzer reports.

use std::path::Path;

use lede::analysis;
use lede::article::{self, Article};
use lede::config::{Config, ConfigError};
use lede::report::{self, Document, OutputFormat};
use lede::tui::action::Action;
use lede::tui::app::{App, Entry};
use lede::tui::panes;
use lede::tui::saved::Saved;
use lede::tui::settings::Settings;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A name per reader lede chooses by extension, and one without, so content decides.
const NAMES: &[&str] = &["story.txt", "story.md", "page.html", "feed.rss", "story"];

/// Every output format of `lede analyze`.
const FORMATS: &[OutputFormat] = &[
    OutputFormat::Json,
    OutputFormat::Jsonl,
    OutputFormat::Ron,
    OutputFormat::Text,
];

/// Characters no text for a terminal may carry raw: controls other than the line break, and
/// the bidirectional controls that reorder a line.
fn unsafe_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n') || lede::sanitize::is_bidi_control(c)
}

/// What machine output (JSON, RON) writes as escapes: the above and every invisible format
/// character; only the text summary keeps joiners and soft hyphens as they are.
fn unsafe_in_machine_output(c: char) -> bool {
    unsafe_on_a_terminal(c) || lede::sanitize::is_invisible_format(c)
}

/// Any bytes, read as every format, analysed, and printed in every output format: no panic,
/// every span on the text's char boundaries, nothing unsafe printed, and the JSON's text parses
/// back to the article's text.
pub fn formats(data: &[u8]) {
    for name in NAMES {
        let Ok(articles) = article::read_bytes(Path::new(name), data.to_vec()) else {
            continue;
        };
        for article in &articles {
            check_article(article);
        }
    }
}

fn check_article(article: &Article) {
    let analysis = analysis::analyze(article);
    let text = &article.text;
    let spans = article.paragraphs.iter().chain(&analysis.sentences);
    for span in spans {
        assert!(
            text.get(span.start()..span.end()).is_some(),
            "span {span:?} outside the text or off a char boundary"
        );
    }
    for &format in FORMATS {
        let out = report::render(&[Document::new(article, &analysis)], format)
            .expect("an analysed article always renders");
        let text_summary = format == OutputFormat::Text;
        let unsafe_here = |c| {
            if text_summary {
                unsafe_on_a_terminal(c)
            } else {
                unsafe_in_machine_output(c)
            }
        };
        if let Some(bad) = out.chars().find(|&c| unsafe_here(c)) {
            panic!("{format:?} output carries U+{:04X} raw", u32::from(bad));
        }
        if matches!(format, OutputFormat::Json | OutputFormat::Jsonl) {
            let first = out.lines().next().unwrap_or_default();
            let parsed: serde_json::Value = if format == OutputFormat::Json {
                serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON")[0].clone()
            } else {
                serde_json::from_str(first).expect("valid JSON line")
            };
            assert_eq!(
                parsed["text"].as_str(),
                Some(text.as_str()),
                "{format:?} text parses back unchanged"
            );
            assert_eq!(parsed["title"].as_str(), Some(article.title.as_str()));
        }
    }
}

/// Largest terminal the reader target tries, so one run stays quick.
const MAX_COLUMNS: u16 = 160;
const MAX_ROWS: u16 = 60;

/// Most actions one reader input plays: each is drawn, so long scripts would only slow the
/// fuzzer down without reaching new states.
const MAX_STEPS: usize = 64;

/// The first built-in sample, analysed once per process: the reader's second library entry.
fn sample_entry() -> &'static Entry {
    static SAMPLE: std::sync::OnceLock<Entry> = std::sync::OnceLock::new();
    SAMPLE.get_or_init(|| {
        let article = article::embedded_library()
            .into_iter()
            .next()
            .expect("lede embeds samples");
        let analysis = analysis::analyze(&article);
        Entry::loaded(article, analysis)
    })
}

/// The reader: an article made of the bytes before the first NUL (as plain text) beside a
/// built-in sample, then every following three bytes (up to [`MAX_STEPS`]) an action, a
/// resize, a click or a wheel turn, each drawn on a test backend. Nothing may panic.
pub fn reader(data: &[u8]) {
    let (text, script) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let article = article::from_source(
        "fuzz.txt".into(),
        String::from_utf8_lossy(text).into_owned(),
    );
    let analysis = analysis::analyze(&article);
    let entries = vec![Entry::loaded(article, analysis), sample_entry().clone()];
    let mut app = App::new(entries, &Settings::default(), Saved::default(), Vec::new());
    let (mut columns, mut rows) = (80, 24);
    app.update(Action::Resize(columns, rows));
    for step in script.chunks(3).take(MAX_STEPS) {
        let &[op, a, b] = step else { break };
        let action = match op % 8 {
            0 => {
                columns = u16::from(a) % (MAX_COLUMNS + 1);
                rows = u16::from(b) % (MAX_ROWS + 1);
                Action::Resize(columns, rows)
            }
            1 => Action::Click {
                column: u16::from(a),
                row: u16::from(b),
            },
            2 => Action::Wheel {
                column: u16::from(a),
                row: u16::from(b),
                down: a % 2 == 0,
            },
            3 => Action::Type(char::from(a)),
            4 => Action::DeleteBack,
            _ => {
                let named = Action::BINDABLE;
                named[usize::from(a) % named.len()]
            }
        };
        if action == Action::Quit {
            continue;
        }
        app.update(action);
        let mut terminal =
            Terminal::new(TestBackend::new(columns, rows)).expect("a test backend never fails");
        terminal
            .draw(|frame| panes::render(&app, frame))
            .expect("a test backend never fails");
    }
    // What would be saved on quit names only loaded articles.
    let saved = app.saved();
    assert!(saved.positions.len() <= 2 && saved.read.len() <= 2);
}

/// Config parsing and the reader's settings made from it: any text is settings or an error,
/// and an error never carries a raw control or invisible format character, whatever the
/// file held.
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("fuzz\u{1b}]0;title\u{7}.ron");
    let settings = Config::parse(&text, path).and_then(|config| {
        Settings::from_config(&config, None).map_err(|p| ConfigError::at(path, p))
    });
    if let Err(e) = settings {
        let message = e.to_string();
        if let Some(bad) = message.chars().find(|&c| unsafe_on_a_terminal(c)) {
            panic!(
                "config error carries U+{:04X} raw: {message:?}",
                u32::from(bad)
            );
        }
    }
}
