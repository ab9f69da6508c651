//! The reader's whole state and the one place it changes: [`App::update`], which does no I/O.

use std::collections::{HashMap, HashSet};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::analysis::{Analysis, Claim, Entity, EntityId, EntityKind};
use crate::article::Article;
use crate::config::Config;
use crate::span::Span;

use super::action::Action;
use super::doc::{Doc, LineKind};
use super::keymap::{Key, Keymap};
use super::layout::{self, Focus, ReaderAreas};
use super::picker::{Choice, Picker};
use super::saved::Saved;
use super::search;

/// Lines the wheel scrolls per notch.
const WHEEL_LINES: isize = 3;
/// Lines of context kept above a claim, match or section the text jumps to.
const CONTEXT_LINES: usize = 2;

/// One loaded article and what lede found in it.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The article.
    pub article: Article,
    /// Its analysis.
    pub analysis: Analysis,
}

impl Entry {
    /// The people of the article.
    pub fn people(&self) -> impl Iterator<Item = &Entity> {
        self.analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
    }

    /// The entity a person filter's key names in this article.
    pub fn entity_for(&self, key: &str) -> Option<&Entity> {
        self.analysis.entities.iter().find(|e| e.key == key)
    }

    /// Claims spoken by an entity, and claims about it (not spoken by it).
    pub fn claims_by_and_about(&self, id: EntityId) -> (Vec<usize>, Vec<usize>) {
        let mut by = Vec::new();
        let mut about = Vec::new();
        for (n, claim) in self.analysis.claims.iter().enumerate() {
            if speaker_entity(claim) == Some(id) {
                by.push(n);
            } else if claim.about.contains(&id) {
                about.push(n);
            }
        }
        (by, about)
    }

    /// Claims in the order the text gives them.
    fn claims_in_text_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.analysis.claims.len()).collect();
        order.sort_by_key(|&n| self.analysis.claims[n].sentence.start());
        order
    }
}

fn speaker_entity(claim: &Claim) -> Option<EntityId> {
    claim.speaker.as_ref().and_then(|s| s.entity)
}

/// Which screen is up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The list of articles.
    Library,
    /// One article.
    Reader,
}

/// The library's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// As loaded (path order).
    File,
    /// Newest first; undated last.
    Date,
    /// Alphabetical by title.
    Title,
}

impl Sort {
    /// The name shown in the library's title.
    pub fn label(self) -> &'static str {
        match self {
            Sort::File => "file",
            Sort::Date => "date",
            Sort::Title => "title",
        }
    }
}

/// A pane drawn over the others.
#[derive(Clone, Debug)]
pub enum Overlay {
    /// The list of keys, scrolled by `.0` lines.
    Help(usize),
    /// The person picker.
    People(Picker),
}

/// What a text prompt at the bottom is typing into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// The reader's search.
    Search,
    /// The library's title filter.
    Titles,
}

/// The chosen person, who filters claims, paragraphs and articles.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonFilter {
    /// The key that identifies them across articles.
    pub key: String,
    /// Their name.
    pub name: String,
}

/// A search in the reader.
#[derive(Clone, Debug, Default)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// Where it occurs.
    pub matches: Vec<Span>,
    /// The match the reader is on.
    pub current: Option<usize>,
}

/// A row of the claims panel.
#[derive(Clone, Debug, PartialEq)]
pub enum PanelRow {
    /// A group title ("By …", "About …").
    Group(String),
    /// A claim, by its index in the analysis.
    Claim(usize),
    /// A line saying why the panel is empty.
    Empty(String),
}

/// The state of the open article.
#[derive(Clone, Debug)]
pub struct Reader {
    /// Which entry is open.
    pub entry: usize,
    /// Its laid-out lines.
    pub doc: Doc,
    /// The first line in view.
    pub top: usize,
    /// The pane with the keyboard.
    pub focus: Focus,
    /// The selected claim, by index in the analysis.
    pub claim: Option<usize>,
    /// The section highlighted in the outline while it has the focus.
    pub section: usize,
    /// The chosen person's mention the reader is on.
    pub mention: Option<usize>,
    /// The search, when there is one.
    pub search: Option<Search>,
    /// The first line in view when the search prompt opened.
    search_origin: usize,
    /// The byte offset the last rewrap kept at the top, reused while the view has not moved
    /// so that repeated resizes do not drift backwards line by line.
    anchor: Option<usize>,
    /// Where to put the view once the text is first wrapped (the saved reading position).
    restore: Option<usize>,
}

/// The library's state.
#[derive(Clone, Debug)]
pub struct LibraryState {
    /// The highlighted row.
    pub selected: usize,
    /// The order.
    pub sort: Sort,
    /// The title filter typed after `/`.
    pub titles: String,
}

/// Everything the reader shows, and nothing it draws.
#[derive(Clone, Debug)]
pub struct App {
    /// The loaded articles.
    pub entries: Vec<Entry>,
    /// The keys in force.
    pub keymap: Keymap,
    /// The widest the text gets, in columns.
    pub reading_width: u16,
    /// The terminal's size.
    pub size: Rect,
    /// The screen that is up.
    pub screen: Screen,
    /// The library's state.
    pub library: LibraryState,
    /// The open article, when there is one.
    pub reader: Option<Reader>,
    /// The chosen person.
    pub person: Option<PersonFilter>,
    /// A pane over the others.
    pub overlay: Option<Overlay>,
    /// A prompt being typed into, and its text.
    pub prompt: Option<(PromptKind, String)>,
    /// Whether the user wants the outline.
    pub show_outline: bool,
    /// Whether the user wants the claims panel.
    pub show_claims: bool,
    /// A message for the status line, cleared by the next key.
    pub notice: Option<String>,
    /// Problems met while starting (unreadable files, a corrupt state file), kept on show in
    /// the library.
    pub problems: Vec<String>,
    /// Articles opened before, by path.
    pub read: HashSet<String>,
    /// Where each article was left, as a byte offset, by path.
    pub positions: HashMap<String, usize>,
    /// Set when the user asked to leave.
    pub quit: bool,
}

impl App {
    /// The reader for these articles; with a single article it opens directly.
    pub fn new(entries: Vec<Entry>, config: &Config, saved: Saved, problems: Vec<String>) -> App {
        let mut app = App {
            entries,
            keymap: config.keymap.clone(),
            reading_width: config.reading_width,
            size: Rect::default(),
            screen: Screen::Library,
            library: LibraryState {
                selected: 0,
                sort: Sort::File,
                titles: String::new(),
            },
            reader: None,
            person: None,
            overlay: None,
            prompt: None,
            show_outline: true,
            show_claims: true,
            notice: summary(&problems),
            problems,
            read: saved.read,
            positions: saved.positions,
            quit: false,
        };
        if app.entries.len() == 1 {
            app.open(0);
        }
        app
    }

    /// What the state file should remember now.
    pub fn saved(&self) -> Saved {
        let mut positions = self.positions.clone();
        if let Some((key, offset)) = self.reading_position() {
            positions.insert(key, offset);
        }
        Saved {
            read: self.read.clone(),
            positions,
        }
    }

    fn reading_position(&self) -> Option<(String, usize)> {
        let reader = self.reader.as_ref()?;
        let entry = self.entries.get(reader.entry)?;
        let offset = if reader.top == 0 {
            0
        } else {
            reader
                .doc
                .offset_of_line(reader.top)
                .min(entry.article.text.len())
        };
        Some((path_key(&entry.article), offset))
    }

    /// The action a key press asks for: typing while a prompt or the picker is open, the
    /// keymap otherwise.
    pub fn action_for_key(&self, event: KeyEvent) -> Option<Action> {
        let typing = self.prompt.is_some() || matches!(self.overlay, Some(Overlay::People(_)));
        if typing {
            let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
            return match event.code {
                KeyCode::Char('c') if ctrl => Some(Action::Quit),
                KeyCode::Char(c) if !ctrl => Some(Action::Type(c)),
                KeyCode::Backspace => Some(Action::DeleteBack),
                KeyCode::Esc => Some(Action::Back),
                KeyCode::Enter => Some(Action::Open),
                KeyCode::Down | KeyCode::Tab => Some(Action::Down),
                KeyCode::Up | KeyCode::BackTab => Some(Action::Up),
                _ => None,
            };
        }
        self.keymap.action(Key::from_event(event))
    }

    /// Applies one action. No I/O: loading and saving happen in the event loop.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Resize(width, height) => {
                self.size = Rect::new(0, 0, width, height);
                let restoring = self.reader.as_ref().is_some_and(|r| r.restore.is_some());
                self.relayout();
                if restoring {
                    self.follow();
                }
                return;
            }
            Action::Quit => {
                self.quit = true;
                return;
            }
            Action::None => return,
            Action::Wheel { .. } | Action::Click { .. } => {}
            _ => self.notice = None,
        }
        if self.overlay.is_some() {
            self.update_overlay(action);
        } else if self.prompt.is_some() {
            self.update_prompt(action);
        } else {
            match self.screen {
                Screen::Library => self.update_library(action),
                Screen::Reader => self.update_reader(action),
            }
        }
    }

    // ----- overlays and prompts -----

    fn update_overlay(&mut self, action: Action) {
        match (&mut self.overlay, action) {
            (Some(Overlay::Help(scroll)), a) => match a {
                Action::Down | Action::Wheel { down: true, .. } => *scroll += 1,
                Action::Up | Action::Wheel { down: false, .. } => {
                    *scroll = scroll.saturating_sub(1)
                }
                Action::PageDown | Action::HalfPageDown => *scroll += 10,
                Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(10),
                Action::Top => *scroll = 0,
                Action::Help | Action::Back | Action::Open => self.overlay = None,
                _ => {}
            },
            (Some(Overlay::People(picker)), a) => match a {
                Action::Type(c) => picker.push(c),
                Action::DeleteBack => picker.pop(),
                Action::Down | Action::Wheel { down: true, .. } => picker.step(1),
                Action::Up | Action::Wheel { down: false, .. } => picker.step(-1),
                Action::Back => self.overlay = None,
                Action::Open => {
                    let chosen = picker.current().map(|c| PersonFilter {
                        key: c.key.clone(),
                        name: c.name.clone(),
                    });
                    self.overlay = None;
                    if let Some(person) = chosen {
                        self.set_person(Some(person));
                    }
                }
                _ => {}
            },
            (None, _) => {}
        }
    }

    fn update_prompt(&mut self, action: Action) {
        let Some((kind, text)) = &mut self.prompt else {
            return;
        };
        let kind = *kind;
        match action {
            Action::Type(c) => text.push(c),
            Action::DeleteBack => {
                text.pop();
            }
            Action::Open => {
                self.prompt = None;
                if kind == PromptKind::Search
                    && let Some(reader) = &mut self.reader
                    && reader.search.as_ref().is_some_and(|s| s.query.is_empty())
                {
                    reader.search = None;
                }
                return;
            }
            Action::Back => {
                self.prompt = None;
                match kind {
                    PromptKind::Search => {
                        if let Some(reader) = &mut self.reader {
                            reader.search = None;
                            reader.top = reader.search_origin;
                        }
                    }
                    PromptKind::Titles => self.library.titles.clear(),
                }
                return;
            }
            Action::Down | Action::Up => {
                // Let arrows move the list or text while typing.
                self.prompt = None;
                let text = match kind {
                    PromptKind::Titles => self.library.titles.clone(),
                    PromptKind::Search => String::new(),
                };
                match self.screen {
                    Screen::Library => self.update_library(action),
                    Screen::Reader => self.update_reader(action),
                }
                self.prompt = Some((kind, text));
                return;
            }
            _ => return,
        }
        let typed = text.clone();
        match kind {
            PromptKind::Titles => {
                self.library.titles = typed;
                self.library.selected = 0;
            }
            PromptKind::Search => self.set_search(&typed),
        }
    }

    fn set_search(&mut self, query: &str) {
        let Some(reader) = &mut self.reader else {
            return;
        };
        let Some(entry) = self.entries.get(reader.entry) else {
            return;
        };
        let article = &entry.article;
        let within: Vec<Span> = article
            .headings
            .iter()
            .map(|h| h.span)
            .chain(article.paragraphs.iter().copied())
            .collect();
        let matches = search::find_all(&article.text, &within, query);
        let origin = reader.doc.offset_of_line(reader.search_origin);
        let current = matches
            .iter()
            .position(|m| m.start() >= origin)
            .or((!matches.is_empty()).then_some(0));
        let target = current.and_then(|n| matches.get(n)).copied();
        reader.search = Some(Search {
            query: query.to_string(),
            matches,
            current,
        });
        match target {
            Some(span) => self.reveal(span),
            None => {
                if let Some(reader) = &mut self.reader {
                    reader.top = reader.search_origin;
                }
            }
        }
        self.follow();
    }

    // ----- the library -----

    /// The library's rows, as entry indices, filtered and sorted.
    pub fn library_rows(&self) -> Vec<usize> {
        let titles = self.library.titles.to_lowercase();
        let mut rows: Vec<usize> = (0..self.entries.len())
            .filter(|&n| {
                let entry = &self.entries[n];
                entry.article.title.to_lowercase().contains(&titles)
                    && self
                        .person
                        .as_ref()
                        .is_none_or(|p| entry.entity_for(&p.key).is_some())
            })
            .collect();
        match self.library.sort {
            Sort::File => {}
            Sort::Title => {
                rows.sort_by_cached_key(|&n| self.entries[n].article.title.to_lowercase())
            }
            Sort::Date => rows.sort_by(|&a, &b| {
                let (da, db) = (&self.entries[a].article.date, &self.entries[b].article.date);
                match (da, db) {
                    (Some(x), Some(y)) => y.cmp(x),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            }),
        }
        rows
    }

    fn update_library(&mut self, action: Action) {
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
    fn library_height(&self) -> usize {
        let (main, _, _) = layout::split_bottom(self.size);
        layout::inner(main).height.saturating_sub(1) as usize
    }

    /// Opens an article in the reader, where it was left.
    pub fn open(&mut self, entry: usize) {
        let Some(e) = self.entries.get(entry) else {
            return;
        };
        let key = path_key(&e.article);
        let doc = Doc::new(&e.article, &e.analysis);
        self.read.insert(key.clone());
        self.reader = Some(Reader {
            entry,
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

    fn close_reader(&mut self) {
        if let Some((key, offset)) = self.reading_position() {
            self.positions.insert(key, offset);
        }
        self.reader = None;
        self.screen = Screen::Library;
    }

    // ----- the person filter -----

    fn open_picker(&mut self) {
        let choices = match (&self.screen, &self.reader) {
            (Screen::Reader, Some(reader)) => match self.entries.get(reader.entry) {
                Some(entry) => people_of(entry),
                None => Vec::new(),
            },
            _ => {
                let mut merged: Vec<Choice> = Vec::new();
                for entry in &self.entries {
                    for choice in people_of(entry) {
                        match merged.iter_mut().find(|c| c.key == choice.key) {
                            Some(c) => {
                                if choice.mentions > c.mentions {
                                    c.name = choice.name.clone();
                                }
                                c.mentions += choice.mentions;
                                c.claims += choice.claims;
                            }
                            None => merged.push(choice),
                        }
                    }
                }
                merged
            }
        };
        self.overlay = Some(Overlay::People(Picker::new(choices)));
    }

    fn set_person(&mut self, person: Option<PersonFilter>) {
        self.person = person;
        self.library.selected = 0;
        if let Some(reader) = &mut self.reader {
            reader.mention = None;
            reader.claim = None;
        }
        self.select_first_claim();
    }

    /// The chosen person's entity in the open article.
    pub fn person_entity(&self) -> Option<&Entity> {
        let person = self.person.as_ref()?;
        self.current_entry()?.entity_for(&person.key)
    }

    /// The open article's entry.
    pub fn current_entry(&self) -> Option<&Entry> {
        self.entries.get(self.reader.as_ref()?.entry)
    }

    // ----- the reader -----

    /// The rows of the claims panel: all claims in text order, or with a person chosen, the
    /// claims by them and the claims about them.
    pub fn panel_rows(&self) -> Vec<PanelRow> {
        let Some(entry) = self.current_entry() else {
            return Vec::new();
        };
        match &self.person {
            None => {
                let rows: Vec<PanelRow> = entry
                    .claims_in_text_order()
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
                    rows.extend(by.into_iter().map(PanelRow::Claim));
                    rows.push(PanelRow::Group(format!(
                        "About {} ({})",
                        entity.name,
                        about.len()
                    )));
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
        layout::reader(self.size, self.show_outline, self.show_claims, focus)
    }

    /// Lines of text in view.
    pub fn view_height(&self) -> usize {
        self.reader_areas()
            .text
            .map_or(0, |t| layout::inner(t).height as usize)
    }

    /// Rewraps the open article for the text pane's width, keeping the line at the top of the
    /// view (and so the sentence being read) in place.
    fn relayout(&mut self) {
        let areas = self.reader_areas();
        let reading_width = self.reading_width;
        let Some(reader) = &mut self.reader else {
            return;
        };
        let Some(entry) = self.entries.get(reader.entry) else {
            return;
        };
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

    fn max_top(&self) -> usize {
        let lines = self.reader.as_ref().map_or(0, |r| r.doc.lines().len());
        lines.saturating_sub(self.view_height().max(1))
    }

    fn clamp_top(&mut self) {
        let max = self.max_top();
        if let Some(reader) = &mut self.reader {
            reader.top = reader.top.min(max);
        }
    }

    fn scroll(&mut self, delta: isize) {
        let max = self.max_top();
        if let Some(reader) = &mut self.reader {
            reader.top = reader.top.saturating_add_signed(delta).min(max);
        }
        self.follow();
    }

    /// Selects the first claim of the panel at or after the reading position, so the panel
    /// follows the text.
    fn follow(&mut self) {
        let claims = self.panel_claims();
        let Some(reader) = &self.reader else {
            return;
        };
        let Some(entry) = self.entries.get(reader.entry) else {
            return;
        };
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

    fn select_first_claim(&mut self) {
        let first = self.panel_claims().first().copied();
        if let Some(reader) = &mut self.reader {
            reader.claim = first;
        }
    }

    /// Scrolls so the span is in view, with a little context above it, unless it already is.
    fn reveal(&mut self, span: Span) {
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
        let Some(entry) = self.entries.get(reader.entry) else {
            return 0;
        };
        let at = reader.doc.offset_of_line(reader.top);
        entry
            .analysis
            .sections
            .iter()
            .rposition(|s| s.span.start() <= at)
            .unwrap_or(0)
    }

    /// The line a section starts on, its made-up title included.
    fn section_line(&self, index: usize) -> Option<usize> {
        let reader = self.reader.as_ref()?;
        let section = self.current_entry()?.analysis.sections.get(index)?;
        if index == 0 {
            return Some(0);
        }
        let line = reader.doc.line_of_offset(section.span.start());
        let lines = reader.doc.lines();
        let titled = line >= 2
            && lines
                .get(line - 2)
                .is_some_and(|l| l.kind == LineKind::GeneratedHeading);
        Some(if titled { line - 2 } else { line })
    }

    fn go_to_section(&mut self, index: usize) {
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

    fn go_to_claim(&mut self, claim: usize) {
        let Some(span) = self
            .current_entry()
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

    fn step_claim(&mut self, forward: bool) -> Option<usize> {
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

    fn next_or_previous(&mut self, forward: bool) {
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

    fn focus_cycle(&mut self, forward: bool) {
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

    fn update_reader(&mut self, action: Action) {
        let Some(focus) = self.reader.as_ref().map(|r| r.focus) else {
            self.screen = Screen::Library;
            return;
        };
        let page = self.view_height().max(1) as isize;
        let sections = self
            .current_entry()
            .map_or(0, |e| e.analysis.sections.len());
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
                if self.show_outline && !layout::outline_fit(self.size, self.show_claims) {
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
                if self.show_claims && !layout::claims_fit(self.size) {
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
            (_, Action::PickPerson) => self.open_picker(),
            (_, Action::Search) => {
                if let Some(reader) = &mut self.reader {
                    reader.search_origin = reader.top;
                    let query = reader
                        .search
                        .as_ref()
                        .map(|s| s.query.clone())
                        .unwrap_or_default();
                    self.prompt = Some((PromptKind::Search, query));
                }
            }
            (_, Action::Help) => self.overlay = Some(Overlay::Help(0)),
            (_, Action::Back) => self.back_in_reader(),
            (_, Action::Wheel { column, row, down }) => self.wheel(column, row, down),
            (_, Action::Click { column, row }) => self.click(column, row),
            _ => {}
        }
    }

    fn set_focus(&mut self, focus: Focus) {
        let current = self.current_section();
        if let Some(reader) = &mut self.reader {
            reader.focus = focus;
            if focus == Focus::Outline {
                reader.section = current;
            }
        }
        self.relayout();
    }

    fn back_in_reader(&mut self) {
        let Some(reader) = &mut self.reader else {
            return;
        };
        if reader.search.is_some() {
            reader.search = None;
        } else if self.person.is_some() {
            self.set_person(None);
        } else if reader.focus != Focus::Text {
            self.set_focus(Focus::Text);
        } else if self.entries.len() > 1 {
            self.close_reader();
        }
    }

    fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let areas = self.reader_areas();
        let step = if down { 1 } else { -1 };
        if layout::contains(areas.claims, column, row) {
            if let Some(claim) = self.step_claim(down)
                && let Some(reader) = &mut self.reader
            {
                reader.claim = Some(claim);
            }
        } else if layout::contains(areas.outline, column, row) {
            let sections = self
                .current_entry()
                .map_or(0, |e| e.analysis.sections.len());
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

    fn click(&mut self, column: u16, row: u16) {
        let areas = self.reader_areas();
        if layout::contains(areas.claims, column, row)
            && let Some(area) = areas.claims
        {
            let inner = layout::inner(area);
            if let Some(claim) = super::panes::claims::claim_at(self, inner, row) {
                self.go_to_claim(claim);
            }
        } else if layout::contains(areas.outline, column, row)
            && let Some(area) = areas.outline
        {
            let inner = layout::inner(area);
            let sections = self
                .current_entry()
                .map_or(0, |e| e.analysis.sections.len());
            if let Some(index) =
                super::panes::outline::section_at(self, inner, row).filter(|&i| i < sections)
            {
                self.go_to_section(index);
            }
        }
    }
}

/// The people of one article as picker choices.
fn people_of(entry: &Entry) -> Vec<Choice> {
    entry
        .people()
        .map(|e| {
            let (by, about) = entry.claims_by_and_about(e.id);
            Choice {
                key: e.key.clone(),
                name: e.name.clone(),
                mentions: e.mentions.len(),
                claims: by.len() + about.len(),
                aliases: e.aliases.clone(),
            }
        })
        .collect()
}

/// One line about the problems met while starting, for the status line.
pub fn summary(problems: &[String]) -> Option<String> {
    match problems {
        [] => None,
        [one] => Some(one.clone()),
        [first, rest @ ..] => Some(format!("{first} (and {} more problems)", rest.len())),
    }
}

/// How the state file names an article.
pub fn path_key(article: &Article) -> String {
    article.path.display().to_string()
}

/// The first row of a list `height` rows high that keeps row `selected` in view.
pub fn list_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}
