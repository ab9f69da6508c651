//! The claims panel: who said what, one item per claim, grouped by and about the chosen person.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::super::action::Action;
use super::super::app::{App, Body, PanelRow};
use super::super::layout::Focus;
use super::super::theme::Theme;
use super::super::{text, theme};
use super::{fit, span};
use crate::analysis::Claim;

/// Most lines of a claim's content shown before it is cut with `…`.
const CONTENT_LINES: usize = 3;

/// Most lines of the selected claim's content: it is shown whole, up to a screenful.
const SELECTED_LINES: usize = 40;

/// One row of the panel laid out for a width.
pub struct Item {
    /// What the row is.
    pub row: PanelRow,
    /// Its lines, blank separator included.
    pub lines: Vec<Line<'static>>,
}

/// The rows of the panel that are in view, laid out for `width` columns, and how many of
/// their lines scroll off the top: only these are laid out, so a panel of thousands of
/// claims costs no more than a screenful. Shared by drawing and by clicks.
///
/// The selected claim heads the view (under its group's title), so the claims below it are
/// the ones in the text being read; near the end of the list the view fills upwards instead.
pub fn visible(app: &App, width: usize, height: usize) -> (Vec<Item>, usize) {
    let Some(entry) = app.current() else {
        return (Vec::new(), 0);
    };
    let rows = app.panel_rows();
    let selected = app.reader.as_ref().and_then(|r| r.claim);
    let chosen = rows
        .iter()
        .position(|r| matches!(r, PanelRow::Claim(n) if Some(*n) == selected))
        .unwrap_or(0);
    let key = crate::tui::app::path_key(&entry.article);
    let lay = |row: &PanelRow| Item {
        row: row.clone(),
        lines: item_lines(
            &app.theme,
            entry,
            row,
            width,
            matches!(row, PanelRow::Claim(n) if Some(*n) == selected),
            |claim: &Claim| app.stars.contains(&(key.clone(), claim.sentence.start())),
        ),
    };
    let first = match chosen.checked_sub(1).and_then(|n| rows.get(n)) {
        Some(PanelRow::Group(_)) => chosen - 1,
        _ => chosen,
    };
    // Forward from the selection until the view is full.
    let mut window: Vec<Item> = Vec::new();
    let mut total = 0;
    for row in rows.iter().skip(first) {
        if total >= height {
            break;
        }
        let item = lay(row);
        total += item.lines.len();
        window.push(item);
    }
    // The last item's blank separator need not fit.
    let used = total.saturating_sub(usize::from(first + window.len() == rows.len()));
    if used >= height {
        return (window, 0);
    }
    // The list ends before the view does: fill upwards, cutting the top item if need be.
    let mut above: Vec<Item> = Vec::new();
    let mut filled = used;
    for row in rows[..first.min(rows.len())].iter().rev() {
        if filled >= height {
            break;
        }
        let item = lay(row);
        filled += item.lines.len();
        above.push(item);
    }
    above.reverse();
    above.extend(window);
    (above, filled.saturating_sub(height))
}

/// The lines of one row of the panel; the selected claim is shown whole.
fn item_lines(
    theme: &Theme,
    entry: &Body,
    row: &PanelRow,
    width: usize,
    selected: bool,
    starred: impl Fn(&Claim) -> bool,
) -> Vec<Line<'static>> {
    match row {
        PanelRow::Group(title) => vec![Line::styled(
            format!(" {}", fit(title, width.saturating_sub(1))),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )],
        PanelRow::Empty(message) => text::wrap(
            message,
            crate::span::Span::whole(message),
            width.saturating_sub(1),
        )
        .into_iter()
        .map(|s| Line::styled(format!(" {}", s.slice(message)), theme::dimmed()))
        .chain([Line::default()])
        .collect(),
        PanelRow::Claim(n) => match entry.analysis.claims.get(*n) {
            Some(claim) => claim_lines(
                theme,
                &entry.article.text,
                claim,
                width,
                selected,
                starred(claim),
            ),
            None => Vec::new(),
        },
    }
}

/// A claim as a heading (kind mark, speaker in bold, cue; the cue on a line of its own when
/// both do not fit, so neither is cut) and its content, indented: three lines of it, or all
/// of it for the selected claim. A starred claim has a star before its mark.
fn claim_lines(
    theme: &Theme,
    article: &str,
    claim: &Claim,
    width: usize,
    selected: bool,
    starred: bool,
) -> Vec<Line<'static>> {
    let (mark, mark_style) = theme.claim_mark(claim.kind);
    let hedge = if claim.hedged {
        theme::HEDGED_MARK
    } else {
        " "
    };
    let speaker = claim
        .speaker
        .as_ref()
        .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()));
    let cue = claim.cue.as_ref().map(|c| c.text.clone());
    let room = width.saturating_sub(4);
    let mut head = vec![
        if starred {
            span(theme::STAR_MARK, theme.key())
        } else {
            span(" ", Style::new())
        },
        span(mark, mark_style),
        span(hedge, theme.warning()),
        span(" ", Style::new()),
    ];
    // "According to the unions" reads in the text's order; "Ann Lee said" too.
    let cue_first = matches!((&claim.cue, &claim.speaker),
        (Some(c), Some(s)) if c.span.start() < s.span.start());
    let indent = 4;
    let italic = Style::new().add_modifier(Modifier::ITALIC);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    // A second heading line, for the speaker or the cue that does not fit beside the other.
    let mut second: Option<Line<'static>> = None;
    match speaker {
        Some(name) => {
            let cue = cue.unwrap_or_default();
            let together = text::width(&name) + 1 + text::width(&cue) <= room;
            let (first, first_style, then, then_style) = if cue_first {
                (cue, italic, name, bold)
            } else {
                (name, bold, cue, italic)
            };
            if together || then.is_empty() {
                head.push(span(fit(&first, room), first_style));
                if !then.is_empty() {
                    head.push(span(format!(" {then}"), then_style));
                }
            } else {
                head.push(span(fit(&first, room), first_style));
                second = Some(Line::from(vec![
                    span(" ".repeat(indent), Style::new()),
                    span(fit(&then, width.saturating_sub(indent)), then_style),
                ]));
            }
        }
        None => head.push(span(fit("unattributed", room), theme::dimmed())),
    }
    let mut lines = vec![Line::from(head)];
    lines.extend(second);
    let most = if selected {
        SELECTED_LINES
    } else {
        CONTENT_LINES
    };
    let wrapped = text::wrap(article, claim.content, width.saturating_sub(indent));
    let cut = wrapped.len() > most;
    for (n, piece) in wrapped.iter().take(most).enumerate() {
        let words = piece.slice(article);
        let shown = if cut && n + 1 == most {
            let room = width.saturating_sub(indent);
            let mut s = fit(words, room.saturating_sub(1));
            if !s.ends_with('…') {
                s.push('…');
            }
            s
        } else {
            text::sanitize(words).into_owned()
        };
        lines.push(Line::from(format!("{}{shown}", " ".repeat(indent))));
    }
    lines.push(Line::default());
    lines
}

/// Draws the panel into `area` (borders included).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(reader) = &app.reader else {
        return;
    };
    let count = app.panel_claims().len();
    let total = app.current().map_or(0, |e| e.analysis.claims.len());
    let hidden = total.saturating_sub(count);
    let title = match &app.person {
        Some(_) => format!(" Claims ({count} of {total}) "),
        None if hidden > 0 => {
            let key = app.keymap.keys_for(Action::AllClaims);
            match key.first() {
                Some(k) => format!(" Claims ({count}, {hidden} hidden: {k}) "),
                None => format!(" Claims ({count}, {hidden} hidden) "),
            }
        }
        None => format!(" Claims ({total}) "),
    };
    let block = Block::bordered()
        .border_style(app.theme.border(reader.focus == Focus::Claims))
        .title(fit(&title, area.width.saturating_sub(2) as usize));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (items, skip) = visible(app, inner.width as usize, inner.height as usize);
    let lines: Vec<Line> = items
        .into_iter()
        .flat_map(|item| {
            let selected = matches!(item.row, PanelRow::Claim(n) if Some(n) == reader.claim);
            let count = item.lines.len();
            item.lines
                .into_iter()
                .enumerate()
                .map(move |(i, mut line)| {
                    // The selected claim: its heading reversed across the panel (a line's style
                    // fills its row), its content marked by the same bar as its sentence in the
                    // text.
                    if selected && i == 0 {
                        if let Some(first) = line.spans.first_mut() {
                            first.content = "▸".into();
                        }
                        line.patch_style(theme::selected_row())
                    } else if selected && i + 1 < count {
                        if let Some(first) = line.spans.first_mut() {
                            let rest: String = first.content.chars().skip(1).collect();
                            first.content = rest.into();
                        }
                        line.spans
                            .insert(0, span(theme::CLAIM_BAR, app.theme.claim_bar()));
                        line
                    } else {
                        line
                    }
                })
        })
        .skip(skip)
        .collect();
    super::draw_lines(frame, inner, lines);
}

/// The claim drawn at `row` of the panel's inside `inner`, for clicks.
pub fn claim_at(app: &App, inner: Rect, row: u16) -> Option<usize> {
    if row < inner.y {
        return None;
    }
    let (items, skip) = visible(app, inner.width as usize, inner.height as usize);
    let target = skip + (row - inner.y) as usize;
    let mut start = 0;
    for item in &items {
        let end = start + item.lines.len();
        if target < end {
            return match item.row {
                PanelRow::Claim(n) => Some(n),
                _ => None,
            };
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{ClaimKind, Cue, Speaker};
    use crate::span::Span;

    fn heading(text: &str, speaker: &str, cue: &str) -> String {
        heading_lines(text, speaker, cue, 40).remove(0)
    }

    /// Every line of the claim's layout at `width`, as text.
    fn heading_lines(text: &str, speaker: &str, cue: &str, width: usize) -> Vec<String> {
        let at = |words: &str| {
            let start = text.find(words).unwrap();
            Span::new(text, start, start + words.len()).unwrap()
        };
        let claim = Claim {
            id: 0,
            kind: ClaimKind::Reported,
            speaker: Some(Speaker {
                span: at(speaker),
                text: speaker.into(),
                entity: None,
                name: None,
            }),
            cue: Some(Cue {
                span: at(cue),
                text: cue.into(),
            }),
            content: at("more than half"),
            sentence: Span::whole(text),
            section: 0,
            about: Vec::new(),
            score: 0.5,
            hedged: false,
        };
        claim_lines(&Theme::default(), text, &claim, width, false, false)
            .iter()
            .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_narrow_panel_puts_the_cue_on_a_line_of_its_own_rather_than_cutting_it() {
        let text = "Officials in the capital have said more than half joined.";
        let lines = heading_lines(text, "Officials in the capital", "have said", 28);
        assert_eq!(lines[0].trim_end(), " R  Officials in the capital");
        assert_eq!(lines[1].trim_end(), "    have said");
        assert!(lines.iter().all(|l| !l.contains('…')), "{lines:?}");
    }

    #[test]
    fn the_heading_keeps_the_texts_order_of_speaker_and_cue() {
        let text = "According to the union, more than half joined.";
        assert_eq!(
            heading(text, "the union", "According to").trim_end(),
            " R  According to the union"
        );
        let text = "The union said more than half joined.";
        assert_eq!(
            heading(text, "The union", "said").trim_end(),
            " R  The union said"
        );
    }
}
