//! The library screen's part of `App::update`: its rows, moving through them, opening one.

use super::*;

impl App {
    /// The library's rows, as entry indices, filtered and sorted.
    pub fn library_rows(&self) -> Vec<usize> {
        let titles = self.library.titles.to_lowercase();
        let mut rows: Vec<usize> = (0..self.entries.len())
            .filter(|&n| {
                let entry = &self.entries[n];
                entry.card.title.to_lowercase().contains(&titles)
                    && self
                        .person
                        .as_ref()
                        .is_none_or(|p| entry.person(&p.key).is_some())
            })
            .collect();
        match self.library.sort {
            Sort::File => {}
            Sort::Title => {
                rows.sort_by_cached_key(|&n| self.entries[n].card.title.to_lowercase())
            }
            Sort::Date => rows.sort_by(|&a, &b| {
                let (da, db) = (
                    self.entries[a].card.published(),
                    self.entries[b].card.published(),
                );
                match (da, db) {
                    (Some(x), Some(y)) => y.cmp(&x),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            }),
        }
        rows
    }

    pub(super) fn update_library(&mut self, action: Action) {
        let rows = self.library_rows();
        let last = rows.len().saturating_sub(1);
        let page = self.library_height().max(1);
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
                    self.open(n);
                }
            }
            Action::Search => {
                self.prompt = Some((PromptKind::Titles, self.library.titles.clone()));
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
                    let offset = list_offset(*sel, list.height.saturating_sub(1) as usize);
                    let clicked = offset + (row - list.y - 1) as usize;
                    if clicked <= last && !rows.is_empty() {
                        if clicked == *sel {
                            if let Some(&n) = rows.get(clicked) {
                                self.open(n);
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

    /// Rows of articles the library pane can show.
    pub(super) fn library_height(&self) -> usize {
        let (main, _, _) = layout::split_bottom(self.size);
        layout::inner(main).height.saturating_sub(1) as usize
    }

    /// Opens an article in the reader, where it was left.
    pub fn open(&mut self, entry: usize) {
        let Some(e) = self.entries.get(entry) else {
            return;
        };
        let Some(body) = e.body.clone() else {
            return;
        };
        let key = e.key();
        let doc = Doc::new(&body.article, &body.analysis);
        self.read.insert(key.clone());
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
            self.positions.insert(key, offset);
        }
        self.reader = None;
        self.screen = Screen::Library;
    }
}
