//! The reader's whole state and the one place it changes: [`App::update`], which does no I/O.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::analysis::{Analysis, Claim, Entity, EntityId, EntityKind};
use crate::article::Article;
use crate::span::Span;
use crate::store::{Card, PersonCount};

use crate::tui::action::Action;
use crate::tui::doc::{Doc, LineKind};
use crate::tui::keymap::{Key, Keymap};
use crate::tui::layout::{self, Focus, PanelWidths, ReaderAreas};
use crate::tui::picker::{Choice, Picker};
use crate::tui::saved::Saved;
use crate::tui::search;
use crate::tui::settings::Settings;
use crate::tui::theme::Theme;

mod export;
pub mod help;
mod library;
mod loading;
mod person_page;
mod reader;

pub use loading::{Loaded, Request, Wanted};
pub use person_page::PersonPage;

/// Lines the wheel scrolls per notch.
const WHEEL_LINES: isize = 3;
/// Lines of context kept above a claim, match or section the text jumps to.
const CONTEXT_LINES: usize = 2;

/// One article of the library: what the list shows of it, and its text and analysis once
/// they are loaded (the library can list thousands of articles without holding them all).
#[derive(Clone, Debug)]
pub struct Entry {
    /// What the library shows, filters and counts.
    pub card: Card,
    /// The text and analysis, when loaded.
    pub body: Option<Arc<Body>>,
    /// The publication date read once, for sorting.
    published: Option<crate::article::Date>,
    /// The title in lower case, for filtering and sorting.
    title_key: String,
    /// Whether the card came without its people, which are on their way.
    pub(super) people_pending: bool,
}

impl Entry {
    /// An entry for a card, with its text and analysis if they are at hand.
    pub fn new(card: Card, body: Option<Arc<Body>>) -> Entry {
        Entry {
            published: card.date.as_deref().and_then(crate::article::parse_date),
            title_key: card.title.to_lowercase(),
            card,
            body,
            people_pending: false,
        }
    }

    /// An entry for a card listed without its people (a first frame of a large library):
    /// its people count shows as pending until the full card arrives.
    pub fn listed(card: Card) -> Entry {
        Entry {
            people_pending: card.analysed,
            ..Entry::new(card, None)
        }
    }

    /// Whether the people of the card are still on their way.
    pub fn people_pending(&self) -> bool {
        self.people_pending
    }

    /// An entry with its text and analysis at hand (the embedded samples, tests).
    pub fn loaded(article: Article, analysis: Analysis) -> Entry {
        let card = Card::new(&article, Some(&analysis));
        Entry::new(card, Some(Arc::new(Body { article, analysis })))
    }

    /// The publication date as a calendar date, when the source gives one lede reads.
    pub fn published(&self) -> Option<crate::article::Date> {
        self.published
    }

    /// How the state remembers this article.
    pub fn key(&self) -> String {
        self.card.path.display().to_string()
    }

    /// The person a filter's key names in this article, by the card.
    pub fn person(&self, key: &str) -> Option<&PersonCount> {
        self.card.people.iter().find(|p| p.key == key)
    }
}

/// One article's text and what lede found in it: what the reader needs to show it.
#[derive(Clone, Debug)]
pub struct Body {
    /// The article.
    pub article: Article,
    /// Its analysis.
    pub analysis: Analysis,
}

impl Body {
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

    /// Claims in the order the text gives them: all of them, or only the key ones.
    fn claims_in_text_order(&self, all: bool) -> Vec<usize> {
        let mut order: Vec<usize> = if all {
            (0..self.analysis.claims.len()).collect()
        } else {
            crate::analysis::claims::key_claims(&self.analysis.claims)
        };
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
    /// Every claim by and about one person across the library.
    Person,
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
    /// Its text and analysis.
    pub body: Arc<Body>,
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
    /// The search typed after `/`: titles that contain it at once, then the library's
    /// full-text matches.
    pub titles: String,
    /// The full-text matches of `titles`, best first, once the search has answered.
    pub hits: Option<Vec<crate::store::Hit>>,
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
    /// The side panels' widths.
    pub widths: PanelWidths,
    /// The colours of names, claims and the screen, or their stand-ins.
    pub theme: Theme,
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
    /// Whether the claims panel lists every claim rather than only the key ones.
    pub all_claims: bool,
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
    /// The last search run with enter, which Up brings back into an empty search prompt.
    pub last_query: String,
    /// Starred claims: the article's key and the claim's sentence start.
    pub stars: HashSet<(String, usize)>,
    /// Files done and to do while the library is read and analysed in the background.
    pub progress: Option<(usize, usize)>,
    /// Whether the library's folders are being read in the background (set by the edge when
    /// it starts a sync, cleared when the sync is done).
    pub syncing: bool,
    /// The person page, when it is up.
    pub person_page: Option<PersonPage>,
    /// Each entry by article path.
    index: HashMap<std::path::PathBuf, usize>,
    /// What the reader has asked of the edge and the edge has not yet taken.
    requests: Vec<Request>,
    /// An article asked for whose text is on its way.
    wanted: Option<Wanted>,
    /// Bare surname keys mapped to the library's one full name with that surname.
    library_keys: HashMap<String, String>,
    /// Open the article by itself once the library holds just one (a single file named on
    /// the command line, read in the background).
    pub open_alone: bool,
}

impl App {
    /// The reader for these articles; with a single article it opens directly.
    pub fn new(
        entries: Vec<Entry>,
        settings: &Settings,
        saved: Saved,
        problems: Vec<String>,
    ) -> App {
        let mut app = App {
            entries,
            keymap: settings.keymap.clone(),
            reading_width: settings.reading_width,
            widths: settings.widths,
            theme: settings.theme.clone(),
            size: Rect::default(),
            screen: Screen::Library,
            library: LibraryState {
                selected: 0,
                sort: Sort::File,
                titles: String::new(),
                hits: None,
            },
            reader: None,
            person: None,
            overlay: None,
            prompt: None,
            show_outline: settings.outline,
            show_claims: settings.claims,
            all_claims: false,
            notice: summary(&problems),
            problems,
            read: saved.read,
            positions: saved.positions,
            quit: false,
            last_query: String::new(),
            stars: saved.stars,
            progress: None,
            syncing: false,
            person_page: None,
            index: HashMap::new(),
            requests: Vec::new(),
            wanted: None,
            library_keys: HashMap::new(),
            open_alone: false,
        };
        app.reindex();
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
            stars: self.stars.clone(),
        }
    }

    /// The open article's key and the byte offset at the top of the view.
    pub fn reading_position(&self) -> Option<(String, usize)> {
        let reader = self.reader.as_ref()?;
        let article = &reader.body.article;
        let offset = if reader.top == 0 {
            0
        } else {
            reader
                .doc
                .offset_of_line(reader.top)
                .min(article.text.len())
        };
        Some((path_key(article), offset))
    }

    /// The action a key press asks for: typing while a prompt or the picker is open, the
    /// keymap otherwise.
    pub fn action_for_key(&self, event: KeyEvent) -> Option<Action> {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        // ctrl-c always quits, whatever the config or the screen, so no one is ever locked in.
        if ctrl && event.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        let typing = self.prompt.is_some() || matches!(self.overlay, Some(Overlay::People(_)));
        if typing {
            return match event.code {
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
                Screen::Person => self.update_person_page(action),
            }
        }
    }

    fn update_overlay(&mut self, action: Action) {
        // Help scrolls until its last line is the last in view, and stops there.
        let help_last = self.help_last();
        match (&mut self.overlay, action) {
            (Some(Overlay::Help(scroll)), a) => match a {
                Action::Down | Action::Wheel { down: true, .. } => {
                    *scroll = (*scroll + 1).min(help_last)
                }
                Action::Up | Action::Wheel { down: false, .. } => {
                    *scroll = scroll.saturating_sub(1)
                }
                Action::PageDown | Action::HalfPageDown => *scroll = (*scroll + 10).min(help_last),
                Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(10),
                Action::Top => *scroll = 0,
                Action::Bottom => *scroll = help_last,
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
                        self.set_person(Some(person.clone()));
                        // Outside an article, a person's page gathers their claims from the
                        // whole library.
                        if self.screen != Screen::Reader {
                            self.open_person_page(&person);
                        }
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
                if kind == PromptKind::Search && !text.is_empty() {
                    self.last_query = text.clone();
                }
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
                    PromptKind::Titles => self.search_library(String::new()),
                }
                return;
            }
            Action::Up
                if kind == PromptKind::Search && text.is_empty() && !self.last_query.is_empty() =>
            {
                // An empty search prompt recalls the last search, as a shell recalls history.
                text.clone_from(&self.last_query);
            }
            Action::Down | Action::Up => {
                // Let arrows move the list or text while typing, keeping what was typed.
                let text = text.clone();
                self.prompt = None;
                match self.screen {
                    Screen::Library => self.update_library(action),
                    Screen::Reader => self.update_reader(action),
                    Screen::Person => self.update_person_page(action),
                }
                self.prompt = Some((kind, text));
                return;
            }
            _ => return,
        }
        let typed = text.clone();
        match kind {
            PromptKind::Titles => self.search_library(typed),
            PromptKind::Search => self.set_search(&typed),
        }
    }

    pub(super) fn set_search(&mut self, query: &str) {
        let Some(reader) = &mut self.reader else {
            return;
        };
        let article = &reader.body.article;
        // The headline too, when it is part of the text (the reader draws it from there).
        let mut within: Vec<Span> = article
            .title_span
            .map(|t| t.trim(&article.text))
            .into_iter()
            .chain(article.headings.iter().map(|h| h.span))
            .chain(article.paragraphs.iter().copied())
            .collect();
        // In text order, so n and N step through matches as they are read.
        within.sort();
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

    fn open_picker(&mut self) {
        let choices = match (&self.screen, &self.reader) {
            (Screen::Reader, Some(reader)) => people_of(&reader.body),
            _ => {
                // One choice per person across articles, found by key.
                let mut merged: Vec<Choice> = Vec::new();
                let mut index: HashMap<String, usize> = HashMap::new();
                for entry in &self.entries {
                    for choice in entry.card.people.iter().map(choice_of) {
                        match index.get(&choice.key).and_then(|&i| merged.get_mut(i)) {
                            Some(c) => {
                                // The fullest name the library uses ("Ana Ruiz" over a
                                // bare "Ruiz"), then the most named.
                                let words = |name: &str| name.split_whitespace().count();
                                if (words(&choice.name), choice.mentions)
                                    > (words(&c.name), c.mentions)
                                {
                                    c.name = choice.name.clone();
                                }
                                c.mentions += choice.mentions;
                                c.claims += choice.claims;
                            }
                            None => {
                                index.insert(choice.key.clone(), merged.len());
                                merged.push(choice);
                            }
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
        // The panel opens on the person's first claim, by them if any, else about them, and
        // the text moves there; with no claim it follows the reading position.
        match self.panel_claims().first().copied() {
            Some(claim) if self.person.is_some() => self.go_to_claim(claim),
            _ => self.follow(),
        }
    }

    /// The chosen person's entity in the open article.
    pub fn person_entity(&self) -> Option<&Entity> {
        let person = self.person.as_ref()?;
        self.current()?.entity_for(&person.key)
    }

    /// The open article's text and analysis.
    pub fn current(&self) -> Option<&Body> {
        self.reader.as_ref().map(|r| &*r.body)
    }
}

/// A person of a library card as a picker choice.
fn choice_of(person: &PersonCount) -> Choice {
    Choice {
        key: person.key.clone(),
        name: person.name.clone(),
        mentions: person.mentions,
        claims: person.by + person.about,
        aliases: person.aliases.clone(),
    }
}

/// The people of one article as picker choices.
fn people_of(entry: &Body) -> Vec<Choice> {
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
        // The count first: the line is cut at the right on a narrow screen.
        [first, rest @ ..] => Some(format!(
            "{} problems (? lists them): {first}",
            rest.len() + 1
        )),
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
