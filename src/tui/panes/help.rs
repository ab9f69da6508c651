//! The help screen: the app's help model (`App::help`) drawn with the theme's styles.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::super::action::Action;
use super::super::app::App;
use super::super::app::help::{HelpItem, Legend, problem_lines};
use super::super::layout;
use super::super::text;
use super::super::theme::{self, Theme};
use super::{fit, pad, span};

/// Draws the help centred in `area`, scrolled by `scroll` lines.
pub fn render(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let rect = layout::help_box(area);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(app.theme.border(true))
        .title(" Help ")
        .title_bottom(closing_hint(app));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines: Vec<Line> = lines(app, inner.width as usize)
        .into_iter()
        .skip(scroll)
        .collect();
    super::draw_lines(frame, inner, lines);
}

/// How to scroll and close the help, with the keys in force.
fn closing_hint(app: &App) -> String {
    let first = |action| app.keymap.keys_for(action).into_iter().next();
    let scroll = match (first(Action::Down), first(Action::Up)) {
        (Some(down), Some(up)) => format!("{down}/{up} scroll · "),
        _ => String::new(),
    };
    let close: Vec<String> = [Action::Back, Action::Help]
        .into_iter()
        .filter_map(first)
        .collect();
    // Keys come from the user's config: shown safely like any other untrusted text.
    text::sanitize(&format!(" {scroll}{} close ", close.join(" or "))).into_owned()
}

/// Every line of the help at `width` columns.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let items = app.help();
    let key_width = items
        .iter()
        .filter_map(|item| match item {
            HelpItem::Binding { keys, .. } => Some(keys.chars().count()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let heading = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let theme = &app.theme;
    let mut out = Vec::new();
    for item in items {
        match item {
            HelpItem::Heading(title) => out.push(Line::styled(title, heading)),
            HelpItem::Blank => out.push(Line::default()),
            HelpItem::Problem(problem) => {
                for (n, piece) in problem_lines(&problem, width).into_iter().enumerate() {
                    let lead = if n == 0 { " • " } else { "   " };
                    out.push(Line::from(vec![
                        span(lead, theme.warning()),
                        span(piece, Style::new()),
                    ]));
                }
            }
            HelpItem::Binding { keys, what } => out.push(Line::from(vec![
                span(format!(" {} ", pad(&keys, key_width)), theme.key()),
                span(fit(what, width.saturating_sub(key_width + 2)), Style::new()),
            ])),
            HelpItem::Legend(look, name) => out.push(legend(theme, look, name)),
        }
    }
    out
}

/// One line of the legend: a sample of the look, or the look on its own words.
fn legend(theme: &Theme, look: Legend, name: &'static str) -> Line<'static> {
    let plain = Style::new();
    let (sample, style, words) = match look {
        Legend::Entity(kind) => (" ■ ".to_string(), theme.entity(kind), theme.entity(kind)),
        Legend::Claim(kind) => {
            let (mark, style) = theme.claim_mark(kind);
            (format!(" {mark} "), style, plain)
        }
        Legend::Hedged => (format!(" {} ", theme::HEDGED_MARK), theme.warning(), plain),
        Legend::SelectedClaim => (
            theme::CLAIM_BAR.to_string(),
            theme.claim_bar(),
            theme::selected_claim(),
        ),
        Legend::ChosenPerson => (" ".into(), plain, theme.chosen_person()),
        Legend::SearchMatch => (" ".into(), plain, theme.search_match()),
        Legend::CurrentMatch => (" ".into(), plain, theme.current_match()),
        Legend::GeneratedTitle => (" ".into(), plain, theme::generated_title()),
        Legend::Dimmed => (" ".into(), plain, theme::dimmed()),
    };
    Line::from(vec![span(sample, style), span(name, words)])
}
