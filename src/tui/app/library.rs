//! The library screen's part of `App::update`: its rows, moving through them, opening one.

use super::*;

impl App {
    /// The library's rows, as entry indices, filtered and sorted. While a search is typed,
    /// the articles whose text matches come first, best first, then those whose title has
    /// the words.
    pub fn library_rows(&self) -> Vec<usize> {
        let titles = self.library.titles.to_lowercase();
        let by_person = |entry: &Entry| {
            self.person
                .as_ref()
                .is_none_or(|p| entry.person(&p.key).is_some())
        };
        let mut rows: Vec<usize> = (0..self.entries.len())
            .filter(|&n| {
                let entry = &self.entries[n];
                entry.title_key.contains(&titles) && by_person(entry)
            })
            .collect();
        match self.library.sort {
            Sort::File => {}
            Sort::Title => {
                rows.sort_by(|&a, &b| self.entries[a].title_key.cmp(&self.entries[b].title_key))
            }
            Sort::Date => rows.sort_by(|&a, &b| {
                let (da, db) = (self.entries[a].published, self.entries[b].published);
                match (da, db) {
                    (Some(x), Some(y)) => y.cmp(&x),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            }),
        }
        if let Some(hits) = self.searching() {
            let mut ranked: Vec<usize> = Vec::with_capacity(hits.len() + rows.len());
            let mut seen = HashSet::new();
            for hit in hits {
                if let Some(n) = self.entry_of(&hit.article)
                    && self.entries.get(n).is_some_and(by_person)
                    && seen.insert(n)
                {
                    ranked.push(n);
                }
            }
            ranked.extend(rows.into_iter().filter(|n| !seen.contains(n)));
            return ranked;
        }
        rows
    }

    /// The full-text matches of the library's search, when one is typed and answered.
    pub fn searching(&self) -> Option<&[crate::store::Hit]> {
        if self.library.titles.is_empty() {
            return None;
        }
        self.library.hits.as_deref()
    }

    /// The full-text match of an entry in the library's search, if any.
    pub fn hit_of(&self, entry: usize) -> Option<&crate::store::Hit> {
        let path = &self.entries.get(entry)?.card.path;
        self.searching()?.iter().find(|h| &h.article == path)
    }

    /// Sets the library's search and asks the library's text for it.
    pub(super) fn search_library(&mut self, query: String) {
        self.library.selected = 0;
        self.library.hits = None;
        if !query.trim().is_empty() {
            self.requests.retain(|r| !matches!(r, Request::Search(_)));
            self.requests.push(Request::Search(query.clone()));
        }
        self.library.titles = query;
    }

    /// Opens a row of the library: at its match while a search has answered.
    fn open_row(&mut self, entry: usize) {
        match self.hit_of(entry).map(|h| h.offset) {
            Some(at) => {
                let query = self.library.titles.clone();
                self.open_at(entry, Some(at), Some(query));
            }
            None => self.open_at(entry, None, None),
        }
    }

    /// Marks an article read or unread, and has the mark kept.
    pub(super) fn set_read(&mut self, entry: usize, read: bool) {
        let Some(e) = self.entries.get(entry) else {
            return;
        };
        let key = e.key();
        let changed = if read {
            self.read.insert(key.clone())
        } else {
            self.read.remove(&key)
        };
        if changed {
            self.requests.push(Request::Read(key, read));
        }
    }

    /// The first unread article after the one given, in the library's order, wrapping round.
    pub(super) fn next_unread(&self, after: Option<usize>) -> Option<usize> {
        let rows = self.library_rows();
        let start = after
            .and_then(|n| rows.iter().position(|&r| r == n))
            .map_or(0, |i| i + 1);
        let unread = |&&n: &&usize| {
            self.entries
                .get(n)
                .is_some_and(|e| !self.read.contains(&e.key()))
        };
        rows[start.min(rows.len())..]
            .iter()
            .find(unread)
            .or_else(|| rows[..start.min(rows.len())].iter().find(unread))
            .copied()
    }

    pub(super) fn update_library(&mut self, action: Action) {
        let rows = self.library_rows();
        let last = rows.len().saturating_sub(1);
        let page = self.library_height().max(1);
        let lines_per_row = if self.searching().is_some() { 2 } else { 1 };
        let sel = &mut self.library.selected;
        match action {
            Action::Down | Action::Next => *sel = (*sel + 1).min(last),
            Action::Up | Action::Previous => *sel = sel.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => *sel = (*sel + page).min(last),
            Action::PageUp | Action::HalfPageUp => *sel = sel.saturating_sub(page),
            Action::Top => *sel = 0,
            Action::Bottom => *sel = last,
            Action::Open => {
                if let Some(&n) = rows.get(*sel) {
                    self.open_row(n);
                }
            }
            Action::Search => {
                self.prompt = Some((PromptKind::Titles, self.library.titles.clone()));
            }
            Action::ToggleRead => {
                if let Some(&n) = rows.get(*sel) {
                    let read = self
                        .entries
                        .get(n)
                        .is_some_and(|e| self.read.contains(&e.key()));
                    self.set_read(n, !read);
                }
            }
            Action::NextUnread => {
                let current = rows.get(*sel).copied();
                match self.next_unread(current) {
                    Some(n) => {
                        if let Some(row) = self.library_rows().iter().position(|&r| r == n) {
                            self.library.selected = row;
                        }
                        self.open_at(n, None, None);
                    }
                    None => self.notice = Some("Every article here is read.".into()),
                }
            }
            Action::Sort => {
                self.library.sort = match self.library.sort {
                    Sort::File => Sort::Date,
                    Sort::Date => Sort::Title,
                    Sort::Title => Sort::File,
                };
                self.library.selected = 0;
            }
            Action::PickPerson => self.open_picker(),
            Action::Help => self.overlay = Some(Overlay::Help(0)),
            Action::Back => {
                if !self.library.titles.is_empty() {
                    self.library.titles.clear();
                    self.library.hits = None;
                } else if self.person.is_some() {
                    self.set_person(None);
                }
            }
            Action::Wheel { down, .. } => {
                *sel = if down {
                    (*sel + 1).min(last)
                } else {
                    sel.saturating_sub(1)
                };
            }
            Action::Click { row, .. } => {
                let (main, _, _) = layout::split_bottom(self.size);
                let list = layout::inner(main);
                if row > list.y && row < list.y + list.height {
                    let offset = list_offset(*sel, page);
                    let clicked = offset + (row - list.y - 1) as usize / lines_per_row;
                    if clicked <= last && !rows.is_empty() {
                        if clicked == *sel {
                            if let Some(&n) = rows.get(clicked) {
                                self.open_row(n);
                            }
                        } else {
                            *sel = clicked;
                        }
                    }
                }
            }
            _ => {}
        }
        self.library.selected = self
            .library
            .selected
            .min(self.library_rows().len().saturating_sub(1));
    }

    /// Articles the library pane can show at once (each takes two lines while a search has
    /// answered).
    pub fn library_height(&self) -> usize {
        let (main, _, _) = layout::split_bottom(self.size);
        let lines = layout::inner(main).height.saturating_sub(1) as usize;
        if self.searching().is_some() {
            (lines / 2).max(1)
        } else {
            lines
        }
    }

    /// Opens an article in the reader, where it was left; one whose text is not loaded yet
    /// opens when it arrives.
    pub fn open(&mut self, entry: usize) {
        match self.entries.get(entry).and_then(|e| e.body.clone()) {
            Some(body) => self.open_with(entry, body),
            None => self.open_at(entry, None, None),
        }
    }

    /// Opens an article whose text and analysis are at hand.
    pub(super) fn open_with(&mut self, entry: usize, body: Arc<Body>) {
        if let Some(position) = self.reading_position() {
            self.requests
                .push(Request::Position(position.0, position.1));
        }
        let key = path_key(&body.article);
        let doc = Doc::new(&body.article, &body.analysis);
        self.set_read(entry, true);
        self.reader = Some(Reader {
            entry,
            body,
            doc,
            top: 0,
            focus: Focus::Text,
            claim: None,
            section: 0,
            mention: None,
            search: None,
            search_origin: 0,
            anchor: None,
            restore: self.positions.get(&key).copied().filter(|&o| o > 0),
        });
        self.screen = Screen::Reader;
        self.relayout();
        self.follow();
    }

    pub(super) fn close_reader(&mut self) {
        if let Some((key, offset)) = self.reading_position() {
            self.positions.insert(key.clone(), offset);
            self.requests.push(Request::Position(key, offset));
        }
        self.reader = None;
        self.screen = if self.person_page.is_some() {
            Screen::Person
        } else {
            Screen::Library
        };
    }
}
