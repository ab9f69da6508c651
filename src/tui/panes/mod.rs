//! Drawing: `render(&App, &mut Frame)` changes no state. One module per pane.

pub mod article;
pub mod claims;
pub mod help;
pub mod library;
pub mod outline;
pub mod people;
pub mod person;
pub mod status;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use super::app::{App, Overlay, Screen};
use super::layout;
use super::text;
use super::theme::Theme;

/// Draws the whole screen.
///
/// ```text
///  Library ──────────────────────────────────────────────────────────────
///  ● Ukraine Peace Talks Continue …   NEWS     6 people   9 claims
///    Kelsport council approves …      Courier  …
///  ─────────────────────────────────────────────────────────────────────
///  Outline ─────┐┌ Article ───────────────────────┐┌ Claims (9) ─────────
///  ▸ Talks in   ││ NEWS                           ││ Q Volodymyr Zelensky
///    Berlin     ││ Ukraine Peace Talks Continue … ││   indicated: Kyiv …
///  status: title · section · filter · search · claim 3/9 · 42%
///  hints:  j down  n next claim  ] section  p person  / search  ? help
/// ```
///
/// Help and the person picker are drawn over the screen.
pub fn render(app: &App, frame: &mut Frame) {
    let size = frame.area();
    match app.screen {
        Screen::Library => library::render(app, frame),
        Screen::Person => person::render(app, frame),
        Screen::Reader => {
            let areas = app.reader_areas();
            if let Some(area) = areas.outline {
                outline::render(app, frame, area);
            }
            if let Some(area) = areas.text {
                article::render(app, frame, area);
            }
            if let Some(area) = areas.claims {
                claims::render(app, frame, area);
            }
        }
    }
    let (_, status_area, hints_area) = layout::split_bottom(size);
    if let Some(area) = status_area {
        status::render_status(app, frame, area);
    }
    if let Some(area) = hints_area {
        status::render_hints(app, frame, area);
    }
    match &app.overlay {
        Some(Overlay::Help(scroll)) => help::render(app, *scroll, frame, size),
        Some(Overlay::People(picker)) => people::render(picker, &app.theme, frame, size),
        None => {}
    }
}

pub use super::layout::centered;

/// Untrusted text made safe and cut to `width` columns, with `…` where it was cut.
pub fn fit(words: &str, width: usize) -> String {
    let clean = text::sanitize(words);
    if text::width(&clean) <= width {
        return clean.into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in clean.graphemes(true) {
        let w = text::grapheme_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// [`fit`], padded with spaces to exactly `width` columns.
pub fn pad(words: &str, width: usize) -> String {
    let mut out = fit(words, width);
    let used = text::width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Draws the focused border of a whole-screen list (the library, a person's page) with its
/// title cut to fit, and gives the area inside.
pub fn framed(frame: &mut Frame, theme: &Theme, area: Rect, title: &str) -> Rect {
    let block = ratatui::widgets::Block::bordered()
        .border_style(theme.border(true))
        .title(fit(title, area.width.saturating_sub(2) as usize));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Draws `lines` from the top of `area`, one per row, clipped.
pub fn draw_lines(frame: &mut Frame, area: Rect, lines: Vec<Line<'_>>) {
    for (n, line) in lines.into_iter().take(area.height as usize).enumerate() {
        let row = Rect {
            y: area.y + n as u16,
            height: 1,
            ..area
        };
        frame.render_widget(line, row);
    }
}

/// A `Span` of already-safe text, for building lines.
pub fn span<'a>(
    words: impl Into<std::borrow::Cow<'a, str>>,
    style: ratatui::style::Style,
) -> Span<'a> {
    Span::styled(words, style)
}
