//! The reader screen's part of `App::update`: scrolling, claims, sections, focus, the mouse.

use super::*;

impl App {
    /// The rows of the claims panel: the key claims (or all, when asked) in text order, or
    /// with a person chosen, the claims by them and the claims about them.
    pub fn panel_rows(&self) -> Vec<PanelRow> {
        let Some(entry) = self.current() else {
            return Vec::new();
        };
        match &self.person {
            None => {
                let rows: Vec<PanelRow> = entry
                    .claims_in_text_order(self.all_claims)
                    .into_iter()
                    .map(PanelRow::Claim)
                    .collect();
                if rows.is_empty() {
                    vec![PanelRow::Empty("No claims found in this article.".into())]
                } else {
                    rows
                }
            }
            Some(person) => match entry.entity_for(&person.key) {
                None => vec![PanelRow::Empty(format!(
                    "{} is not named in this article.",
                    person.name
                ))],
                Some(entity) => {
                    let (by, about) = entry.claims_by_and_about(entity.id);
                    let mut rows = vec![PanelRow::Group(format!(
                        "By {} ({})",
                        entity.name,
                        by.len()
                    ))];
                    let none = |rows: &mut Vec<PanelRow>, empty: bool| {
                        if empty {
                            rows.push(PanelRow::Empty("none".into()));
                        }
                    };
                    none(&mut rows, by.is_empty());
                    rows.extend(by.into_iter().map(PanelRow::Claim));
                    rows.push(PanelRow::Group(format!(
                        "About {} ({})",
                        entity.name,
                        about.len()
                    )));
                    none(&mut rows, about.is_empty());
                    rows.extend(about.into_iter().map(PanelRow::Claim));
                    rows
                }
            },
        }
    }

    /// The claims of the panel, in panel order.
    pub fn panel_claims(&self) -> Vec<usize> {
        self.panel_rows()
            .into_iter()
            .filter_map(|r| match r {
                PanelRow::Claim(n) => Some(n),
                _ => None,
            })
            .collect()
    }

    /// The reader's rectangles at the current size.
    pub fn reader_areas(&self) -> ReaderAreas {
        let focus = self.reader.as_ref().map_or(Focus::Text, |r| r.focus);
        layout::reader(
            self.size,
            self.widths,
            self.show_outline,
            self.show_claims,
            focus,
        )
    }

    /// Lines of text in view.
    pub fn view_height(&self) -> usize {
        self.reader_areas()
            .text
            .map_or(0, |t| layout::inner(t).height as usize)
    }

    /// Rewraps the open article for the text pane's width, keeping the line at the top of the
    /// view (and so the sentence being read) in place.
    pub(super) fn relayout(&mut self) {
        let areas = self.reader_areas();
        let reading_width = self.reading_width;
        let Some(reader) = &mut self.reader else {
            return;
        };
        let entry = Arc::clone(&reader.body);
        if let Some(text) = areas.text {
            let width = layout::text_column(text, reading_width).width as usize;
            if width != reader.doc.width() && width > 0 {
                let doc = &reader.doc;
                let anchor = (reader.top > 0).then(|| {
                    reader
                        .anchor
                        .filter(|&a| doc.line_of_offset(a) == reader.top)
                        .unwrap_or_else(|| doc.offset_of_line(reader.top))
                });
                let anchor = reader.restore.take().or(anchor);
                reader.doc.rewrap(&entry.article, width);
                reader.top = anchor.map_or(0, |a| reader.doc.line_of_offset(a));
                reader.anchor = anchor;
            }
        }
        self.clamp_top();
    }

    pub(super) fn max_top(&self) -> usize {
        let lines = self.reader.as_ref().map_or(0, |r| r.doc.len());
        lines.saturating_sub(self.view_height().max(1))
    }

    pub(super) fn clamp_top(&mut self) {
        let max = self.max_top();
        if let Some(reader) = &mut self.reader {
            reader.top = reader.top.min(max);
        }
    }

    pub(super) fn scroll(&mut self, delta: isize) {
        let max = self.max_top();
        if let Some(reader) = &mut self.reader {
            reader.top = reader.top.saturating_add_signed(delta).min(max);
        }
        self.follow();
    }

    /// Selects the first claim of the panel at or after the reading position, so the panel
    /// follows the text.
    pub(super) fn follow(&mut self) {
        let claims = self.panel_claims();
        let Some(reader) = &self.reader else {
            return;
        };
        let entry = Arc::clone(&reader.body);
        let at = if reader.top == 0 {
            0
        } else {
            reader.doc.offset_of_line(reader.top)
        };
        let start = |n: &usize| {
            entry
                .analysis
                .claims
                .get(*n)
                .map_or(0, |c| c.sentence.start())
        };
        let chosen = claims
            .iter()
            .filter(|n| start(n) >= at)
            .min_by_key(|n| start(n))
            .or_else(|| claims.iter().max_by_key(|n| start(n)))
            .copied();
        if let Some(reader) = &mut self.reader {
            reader.claim = chosen;
        }
    }

    /// Scrolls so the span is in view, with a little context above it, unless it already is.
    pub(super) fn reveal(&mut self, span: Span) {
        let height = self.view_height();
        let max = self.max_top();
        let Some(reader) = &mut self.reader else {
            return;
        };
        let first = reader.doc.line_of_offset(span.start());
        let last = reader
            .doc
            .line_of_offset(span.end().saturating_sub(1).max(span.start()));
        if first < reader.top || last >= reader.top + height.max(1) {
            reader.top = first.saturating_sub(CONTEXT_LINES).min(max);
        }
    }

    /// Index of the section the reading position is in.
    pub fn current_section(&self) -> usize {
        let Some(reader) = &self.reader else {
            return 0;
        };
        let at = reader.doc.offset_of_line(reader.top);
        reader
            .body
            .analysis
            .sections
            .iter()
            .rposition(|s| s.span.start() <= at)
            .unwrap_or(0)
    }

    /// The line a section starts on, its made-up title included.
    pub(super) fn section_line(&self, index: usize) -> Option<usize> {
        let reader = self.reader.as_ref()?;
        let section = self.current()?.analysis.sections.get(index)?;
        if index == 0 {
            return Some(0);
        }
        let line = reader.doc.line_of_offset(section.span.start());
        let titled = line >= 2
            && reader
                .doc
                .line(line - 2)
                .is_some_and(|l| l.kind == LineKind::GeneratedHeading);
        Some(if titled { line - 2 } else { line })
    }

    pub(super) fn go_to_section(&mut self, index: usize) {
        let max = self.max_top();
        let Some(line) = self.section_line(index) else {
            return;
        };
        if let Some(reader) = &mut self.reader {
            reader.top = line.min(max);
            reader.section = index;
        }
        self.follow();
    }

    pub(super) fn go_to_claim(&mut self, claim: usize) {
        let Some(span) = self
            .current()
            .and_then(|e| e.analysis.claims.get(claim))
            .map(|c| c.sentence)
        else {
            return;
        };
        if let Some(reader) = &mut self.reader {
            reader.claim = Some(claim);
        }
        self.reveal(span);
    }

    pub(super) fn step_claim(&mut self, forward: bool) -> Option<usize> {
        let claims = self.panel_claims();
        let current = self.reader.as_ref()?.claim;
        let at = current.and_then(|c| claims.iter().position(|&n| n == c));
        let next = match (at, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1).min(claims.len().saturating_sub(1)),
            (Some(i), false) => i.saturating_sub(1),
        };
        claims.get(next).copied()
    }

    pub(super) fn next_or_previous(&mut self, forward: bool) {
        // A search with matches steps through them.
        if let Some(reader) = &mut self.reader
            && let Some(search) = &mut reader.search
            && !search.matches.is_empty()
        {
            let count = search.matches.len();
            let next = match (search.current, forward) {
                (None, _) => 0,
                (Some(i), true) => (i + 1) % count,
                (Some(i), false) => (i + count - 1) % count,
            };
            search.current = Some(next);
            let span = search.matches[next];
            self.reveal(span);
            self.follow();
            return;
        }
        // A chosen person steps through their mentions.
        if let Some(entity) = self.person_entity() {
            let spans: Vec<Span> = entity.mentions.iter().map(|m| m.span).collect();
            let Some(reader) = &mut self.reader else {
                return;
            };
            if spans.is_empty() {
                return;
            }
            let count = spans.len();
            let at = reader.doc.offset_of_line(reader.top);
            let next = match (reader.mention, forward) {
                (None, true) => spans.iter().position(|s| s.start() >= at).unwrap_or(0),
                (None, false) => spans
                    .iter()
                    .rposition(|s| s.start() < at)
                    .unwrap_or(count - 1),
                (Some(i), true) => (i + 1) % count,
                (Some(i), false) => (i + count - 1) % count,
            };
            reader.mention = Some(next);
            self.reveal(spans[next]);
            self.follow();
            return;
        }
        if let Some(claim) = self.step_claim(forward) {
            self.go_to_claim(claim);
        }
    }

    pub(super) fn focus_cycle(&mut self, forward: bool) {
        let mut order = vec![Focus::Text];
        if self.show_claims {
            order.push(Focus::Claims);
        }
        if self.show_outline {
            order.push(Focus::Outline);
        }
        let current = self.current_section();
        let Some(reader) = &mut self.reader else {
            return;
        };
        let at = order.iter().position(|&f| f == reader.focus).unwrap_or(0);
        let n = order.len();
        reader.focus = order[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }];
        if reader.focus == Focus::Outline {
            reader.section = current;
        }
        self.relayout();
    }

    pub(super) fn update_reader(&mut self, action: Action) {
        let Some(focus) = self.reader.as_ref().map(|r| r.focus) else {
            self.screen = Screen::Library;
            return;
        };
        let page = self.view_height().max(1) as isize;
        let sections = self.current().map_or(0, |e| e.analysis.sections.len());
        match (focus, action) {
            (Focus::Claims, Action::Down | Action::Up) => {
                if let Some(claim) = self.step_claim(action == Action::Down)
                    && let Some(reader) = &mut self.reader
                {
                    reader.claim = Some(claim);
                }
            }
            (Focus::Claims, Action::Top | Action::Bottom) => {
                let claims = self.panel_claims();
                let pick = if action == Action::Top {
                    claims.first()
                } else {
                    claims.last()
                };
                if let (Some(&claim), Some(reader)) = (pick, &mut self.reader) {
                    reader.claim = Some(claim);
                }
            }
            (Focus::Claims, Action::Open) => {
                self.show_text_if_hidden();
                if let Some(claim) = self.reader.as_ref().and_then(|r| r.claim) {
                    self.go_to_claim(claim);
                }
            }
            (Focus::Outline, Action::Down | Action::Up | Action::Top | Action::Bottom) => {
                if let Some(reader) = &mut self.reader {
                    let last = sections.saturating_sub(1);
                    reader.section = match action {
                        Action::Down => (reader.section + 1).min(last),
                        Action::Up => reader.section.saturating_sub(1),
                        Action::Top => 0,
                        _ => last,
                    };
                }
            }
            (Focus::Outline, Action::Open) => {
                self.show_text_if_hidden();
                if let Some(section) = self.reader.as_ref().map(|r| r.section) {
                    self.go_to_section(section);
                }
            }
            (_, Action::Down) => self.scroll(1),
            (_, Action::Up) => self.scroll(-1),
            (_, Action::HalfPageDown) => self.scroll(page / 2),
            (_, Action::HalfPageUp) => self.scroll(-page / 2),
            (_, Action::PageDown) => self.scroll(page.saturating_sub(1).max(1)),
            (_, Action::PageUp) => self.scroll(-(page.saturating_sub(1).max(1))),
            (_, Action::Top) => self.scroll(isize::MIN / 2),
            (_, Action::Bottom) => self.scroll(isize::MAX / 2),
            (_, Action::NextSection) => {
                let next = self.current_section() + 1;
                if next < sections {
                    self.go_to_section(next);
                }
            }
            (_, Action::PrevSection) => {
                let current = self.current_section();
                let at_start = self
                    .reader
                    .as_ref()
                    .is_some_and(|r| self.section_line(current).is_some_and(|l| r.top <= l));
                let target = if at_start {
                    current.saturating_sub(1)
                } else {
                    current
                };
                self.go_to_section(target);
            }
            (_, Action::Next) => self.next_or_previous(true),
            (_, Action::Previous) => self.next_or_previous(false),
            (_, Action::FocusNext) => self.focus_cycle(true),
            (_, Action::FocusPrev) => self.focus_cycle(false),
            (_, Action::ToggleOutline) => {
                if self.show_outline
                    && !layout::outline_fit(self.size, self.widths, self.show_claims)
                {
                    self.set_focus(if focus == Focus::Outline {
                        Focus::Text
                    } else {
                        Focus::Outline
                    });
                } else {
                    self.show_outline = !self.show_outline;
                    if !self.show_outline && focus == Focus::Outline {
                        self.set_focus(Focus::Text);
                    }
                }
                self.relayout();
            }
            (_, Action::ToggleClaims) => {
                if self.show_claims && !layout::claims_fit(self.size, self.widths) {
                    self.set_focus(if focus == Focus::Claims {
                        Focus::Text
                    } else {
                        Focus::Claims
                    });
                } else {
                    self.show_claims = !self.show_claims;
                    if !self.show_claims && focus == Focus::Claims {
                        self.set_focus(Focus::Text);
                    }
                }
                self.relayout();
            }
            (_, Action::AllClaims) => {
                self.all_claims = !self.all_claims;
                // A claim no longer listed is no longer selected.
                let listed = self.panel_claims();
                if let Some(reader) = &mut self.reader
                    && reader.claim.is_some_and(|c| !listed.contains(&c))
                {
                    reader.claim = None;
                }
                self.relayout();
            }
            (_, Action::PickPerson) => self.open_picker(),
            (_, Action::Star) => self.toggle_star(),
            (_, Action::CopyClaim) => self.copy_claim(),
            (_, Action::ExportClaims) => self.export_claims(),
            (_, Action::OpenLink) => self.open_link(),
            (_, Action::ToggleRead) => {
                // Keeping an article as new: it stays open, and the library shows it unread.
                if let Some(reader) = &self.reader {
                    let entry = reader.entry;
                    let read = self
                        .entries
                        .get(entry)
                        .is_some_and(|e| self.read.contains(&e.key()));
                    self.set_read(entry, !read);
                    self.notice = Some(
                        if read {
                            "Marked unread."
                        } else {
                            "Marked read."
                        }
                        .into(),
                    );
                }
            }
            (_, Action::NextUnread) => {
                let current = self.reader.as_ref().map(|r| r.entry);
                match self.next_unread(current) {
                    Some(n) => self.open_at(n, None, None),
                    None => self.notice = Some("Every article here is read.".into()),
                }
            }
            (_, Action::Search) => {
                // A new search starts empty; Up in the prompt recalls the last one.
                if let Some(reader) = &mut self.reader {
                    reader.search_origin = reader.top;
                    self.prompt = Some((PromptKind::Search, String::new()));
                }
            }
            (_, Action::Help) => self.overlay = Some(Overlay::Help(0)),
            (_, Action::Back) => self.back_in_reader(),
            (_, Action::Wheel { column, row, down }) => self.wheel(column, row, down),
            (_, Action::Click { column, row }) => self.click(column, row),
            _ => {}
        }
    }

    /// Stars the selected claim, or takes its star away, and has it kept.
    fn toggle_star(&mut self) {
        let Some(reader) = &self.reader else {
            return;
        };
        let Some(claim) = reader
            .claim
            .and_then(|c| reader.body.analysis.claims.get(c))
        else {
            self.notice = Some("Select a claim to star it (n, or tab to the claims).".into());
            return;
        };
        let star = (path_key(&reader.body.article), claim.sentence.start());
        let starred = !self.stars.remove(&star);
        if starred {
            self.stars.insert(star.clone());
        }
        self.requests.push(Request::Star(star.0, star.1, starred));
    }

    /// On a terminal too narrow for a panel beside the text, the panel covers it; moving to
    /// a claim or section there brings the text back so the reader sees where it went.
    fn show_text_if_hidden(&mut self) {
        if self.reader_areas().text.is_none() {
            self.set_focus(Focus::Text);
        }
    }

    pub(super) fn set_focus(&mut self, focus: Focus) {
        let current = self.current_section();
        if let Some(reader) = &mut self.reader {
            reader.focus = focus;
            if focus == Focus::Outline {
                reader.section = current;
            }
        }
        self.relayout();
    }

    pub(super) fn back_in_reader(&mut self) {
        let Some(reader) = &mut self.reader else {
            return;
        };
        // A focused list gives the keyboard back to the text first, so Esc there never
        // clears a filter the list is showing.
        if reader.focus != Focus::Text {
            self.set_focus(Focus::Text);
        } else if reader.search.is_some() {
            reader.search = None;
        } else if self.person.is_some() {
            self.set_person(None);
        } else if self.entries.len() > 1 {
            self.close_reader();
        }
    }

    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let areas = self.reader_areas();
        let step = if down { 1 } else { -1 };
        if layout::contains(areas.claims, column, row) {
            if let Some(claim) = self.step_claim(down)
                && let Some(reader) = &mut self.reader
            {
                reader.claim = Some(claim);
            }
        } else if layout::contains(areas.outline, column, row) {
            let sections = self.current().map_or(0, |e| e.analysis.sections.len());
            if let Some(reader) = &mut self.reader {
                reader.section = reader
                    .section
                    .saturating_add_signed(step)
                    .min(sections.saturating_sub(1));
            }
        } else {
            self.scroll(step * WHEEL_LINES);
        }
    }

    pub(super) fn click(&mut self, column: u16, row: u16) {
        let areas = self.reader_areas();
        if layout::contains(areas.claims, column, row)
            && let Some(area) = areas.claims
        {
            let inner = layout::inner(area);
            if let Some(claim) = crate::tui::panes::claims::claim_at(self, inner, row) {
                self.go_to_claim(claim);
            }
        } else if layout::contains(areas.outline, column, row)
            && let Some(area) = areas.outline
        {
            let inner = layout::inner(area);
            let sections = self.current().map_or(0, |e| e.analysis.sections.len());
            if let Some(index) =
                crate::tui::panes::outline::section_at(self, inner, row).filter(|&i| i < sections)
            {
                self.go_to_section(index);
            }
        }
    }
}
