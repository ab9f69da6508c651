//! The article's text: headline, headings, paragraphs with entity mentions coloured, the
//! selected claim's sentence, search matches and the chosen person's mentions highlighted.

use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::Block;
use unicode_segmentation::UnicodeSegmentation;

use super::super::app::{App, Body, Reader};
use super::super::doc::{LineKind, Source};
use super::super::layout::{self, Focus};
use super::super::theme::Theme;
use super::super::{text, theme};
use super::fit;
use crate::span::Span;

/// Draws the text pane into `area` (borders included).
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let (Some(reader), Some(entry)) = (&app.reader, app.current()) else {
        return;
    };
    // One section is the whole article; its title would only repeat the headline.
    let sections = &entry.analysis.sections;
    let section = match sections.get(app.current_section()) {
        Some(s) if sections.len() > 1 => s.title.as_str(),
        _ => "Article",
    };
    let inner_width = area.width.saturating_sub(4) as usize;
    let block = Block::bordered()
        .border_style(app.theme.border(reader.focus == Focus::Text))
        .title(format!(" {} ", fit(section, inner_width)))
        .title_bottom(
            Line::from(format!(" {} ", position(reader, app.view_height())))
                .alignment(Alignment::Right),
        );
    frame.render_widget(block, area);

    let column = layout::text_column(area, app.reading_width);
    let shown = visible_range(reader, column.height as usize);
    let marks = Marks::new(app, reader, entry, shown);
    let lines = reader
        .doc
        .lines_in(reader.top, column.height as usize)
        .into_iter()
        .map(|line| {
            let (words, base) = match line.source {
                Source::Article(span) => (span, Some(span)),
                Source::Extra(span) => (span, None),
            };
            let style = line_style(line.kind, &marks);
            match base {
                Some(span) => marks.styled(&entry.article.text, span, style),
                None => Line::styled(
                    text::sanitize(words.slice(&reader.doc.extra)).into_owned(),
                    style,
                ),
            }
        })
        .collect();
    super::draw_lines(frame, column, lines);
    claim_bar(&app.theme, reader, entry, frame, area, column);
}

/// Marks the lines of the selected claim with a bar in the margin left of the text, where
/// there is one, so the claim is found at a glance whatever the terminal's colours.
fn claim_bar(
    theme: &Theme,
    reader: &Reader,
    entry: &Body,
    frame: &mut Frame,
    pane: Rect,
    column: Rect,
) {
    let inner = layout::inner(pane);
    let Some(x) = column.x.checked_sub(1).filter(|&x| x >= inner.x) else {
        return;
    };
    let Some(sentence) = reader
        .claim
        .and_then(|c| entry.analysis.claims.get(c))
        .map(|c| c.sentence)
    else {
        return;
    };
    let lines = reader.doc.lines_in(reader.top, column.height as usize);
    for (row, line) in (column.y..column.y + column.height).zip(lines) {
        if let Source::Article(span) = line.source
            && span.overlaps(sentence)
        {
            let bar = Rect::new(x, row, 1, 1);
            frame.render_widget(TextSpan::styled(theme::CLAIM_BAR, theme.claim_bar()), bar);
        }
    }
}

/// The article bytes the view shows, so only highlights there are gathered.
fn visible_range(reader: &Reader, height: usize) -> Span {
    let mut spans = reader
        .doc
        .lines_in(reader.top, height)
        .into_iter()
        .filter_map(|l| match l.source {
            Source::Article(span) => Some(span),
            Source::Extra(_) => None,
        });
    let first = spans.next().unwrap_or_default();
    spans.fold(first, Span::cover)
}

/// "Top", "End", "All" or how far through, like a pager.
fn position(reader: &Reader, height: usize) -> String {
    let total = reader.doc.len();
    if total <= height {
        "All".into()
    } else if reader.top == 0 {
        "Top".into()
    } else if reader.top + height >= total {
        "End".into()
    } else {
        format!("{}%", (reader.top + height) * 100 / total.max(1))
    }
}

fn line_style(kind: LineKind, marks: &Marks) -> Style {
    match kind {
        LineKind::Kicker => theme::kicker(),
        LineKind::Title => Style::new().add_modifier(Modifier::BOLD),
        LineKind::Meta => Style::new().add_modifier(Modifier::DIM),
        LineKind::Heading => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        LineKind::GeneratedHeading => theme::generated_title(),
        LineKind::Body(p) if marks.dims(p) => theme::dimmed(),
        LineKind::Body(_) | LineKind::Blank => Style::new(),
    }
}

/// Highlights over the text, in the order they are laid on (later wins).
struct Marks {
    spans: Vec<(Span, Style)>,
    /// With a person chosen: the paragraphs that name them; others are dimmed.
    lit: Option<HashSet<usize>>,
}

impl Marks {
    fn new(app: &App, reader: &Reader, entry: &Body, shown: Span) -> Marks {
        let analysis = &entry.analysis;
        let mut spans: Vec<(Span, Style)> = Vec::new();
        for entity in &analysis.entities {
            for mention in entity.mentions.iter().filter(|m| m.span.overlaps(shown)) {
                spans.push((mention.span, app.theme.entity(entity.kind)));
            }
        }
        if let Some(claim) = reader.claim.and_then(|c| analysis.claims.get(c)) {
            spans.push((claim.sentence, theme::selected_claim()));
        }
        let mut lit = None;
        if let Some(entity) = app.person_entity() {
            let mut paragraphs = HashSet::new();
            for mention in &entity.mentions {
                if mention.span.overlaps(shown) {
                    spans.push((mention.span, app.theme.chosen_person()));
                }
                let paragraphs_of = &entry.article.paragraphs;
                let after = paragraphs_of.partition_point(|p| p.start() <= mention.span.start());
                if let Some(p) = after.checked_sub(1)
                    && paragraphs_of
                        .get(p)
                        .is_some_and(|p| p.contains(mention.span))
                {
                    paragraphs.insert(p);
                }
            }
            lit = Some(paragraphs);
        } else if app.person.is_some() {
            lit = Some(HashSet::new());
        }
        if let Some(search) = &reader.search {
            for (n, m) in search
                .matches
                .iter()
                .enumerate()
                .filter(|(_, m)| m.overlaps(shown))
            {
                let style = if Some(n) == search.current {
                    app.theme.current_match()
                } else {
                    app.theme.search_match()
                };
                spans.push((*m, style));
            }
        }
        Marks { spans, lit }
    }

    fn dims(&self, paragraph: usize) -> bool {
        self.lit
            .as_ref()
            .is_some_and(|lit| !lit.contains(&paragraph))
    }

    /// One line of the article's text, cut where highlights start and end.
    fn styled<'a>(&self, text: &'a str, line: Span, base: Style) -> Line<'a> {
        let mut cuts = vec![line.start(), line.end()];
        let here: Vec<&(Span, Style)> = self
            .spans
            .iter()
            .filter(|(s, _)| s.overlaps(line))
            .collect();
        for (s, _) in &here {
            cuts.extend(
                [s.start(), s.end()]
                    .into_iter()
                    .filter(|&c| c > line.start() && c < line.end()),
            );
        }
        cuts.sort_unstable();
        cuts.dedup();
        let pieces = cuts
            .windows(2)
            .filter_map(|w| {
                let piece = Span::new(text, w[0], w[1])?;
                let style = here
                    .iter()
                    .filter(|(s, _)| s.contains(piece))
                    .fold(base, |style, (_, mark)| style.patch(*mark));
                let words: String = piece
                    .slice(text)
                    .graphemes(true)
                    .map(text::cell_text)
                    .collect();
                Some(TextSpan::styled(words, style))
            })
            .collect::<Vec<_>>();
        Line::from(pieces)
    }
}
