//! What reaches the reader from the background (cards as files are read and analysed, an
//! article's text, search results, a person's claims) and what it asks of the edge in return
//! (load this article, run this search, keep this read mark). `App` stays free of I/O: the
//! event loop carries requests out and results in.

use std::path::{Path, PathBuf};

use super::*;
use crate::store::sync::Event;
use crate::store::{ClaimRow, Hit};

/// A result the event loop hands to [`App::receive`].
#[derive(Clone, Debug)]
pub enum Loaded {
    /// What the sync of the library's folders found: titles, analyses, files gone,
    /// failures, progress, the end.
    Sync(Event),
    /// The stored cards, people included, of a library first listed without them.
    People(Vec<Card>),
    /// A problem met outside the sync, as a line for the status bar.
    Failed(String),
    /// An article's text and analysis (the analysis may still be empty when `analysed` is
    /// false, and comes again when it is ready).
    Body {
        /// The article's path.
        path: PathBuf,
        /// Its text and analysis.
        body: Arc<Body>,
        /// Whether the analysis has run.
        analysed: bool,
    },
    /// A message for the status line (where a note was written, why a link did not open).
    Notice(String),
    /// An article that could not be loaded after all.
    Unavailable {
        /// The article's path.
        path: PathBuf,
        /// Why, in a few words.
        reason: String,
    },
    /// The library's full-text search results for a query.
    Hits {
        /// The query they answer.
        query: String,
        /// Best first.
        hits: Vec<Hit>,
    },
    /// Every claim by or about a person across the library, newest first.
    PersonClaims {
        /// The person's key.
        key: String,
        /// The claims.
        rows: Vec<ClaimRow>,
    },
}

/// Something the reader needs done outside itself, collected by [`App::take_requests`].
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Load an article's text and analysis.
    Body {
        /// The article's path.
        path: PathBuf,
        /// The file it comes from.
        file: PathBuf,
    },
    /// Search the library's text.
    Search(String),
    /// Every claim by or about a person across the library.
    PersonClaims(String),
    /// Keep a read mark (`true`) or take it away.
    Read(String, bool),
    /// Keep where an article was left, as a byte offset.
    Position(String, usize),
    /// Star (`true`) or unstar the claim whose sentence starts at an offset of an article.
    Star(String, usize, bool),
    /// Put text on the clipboard.
    Copy(String),
    /// Write a Markdown note of claims, under a file name.
    Export {
        /// The file name (the edge chooses the folder).
        name: String,
        /// The note.
        markdown: String,
    },
    /// Open a link or a file with the system's opener.
    OpenLink(String),
}

/// An article the user asked to open before its text was loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Wanted {
    /// The article's path.
    pub path: PathBuf,
    /// Where to put the view once it opens (a claim's sentence, a search match).
    pub at: Option<usize>,
    /// The library search that found it, to go on with in the text.
    pub query: Option<String>,
}

impl App {
    /// The requests made since the last call, oldest first.
    pub fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }

    /// Applies one result from the background.
    pub fn receive(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Sync(Event::Titles(cards)) => {
                self.merge_cards(cards, false);
                // A single file opens as soon as its text can be had, before its analysis.
                if self.open_alone && self.entries.len() == 1 && self.reader.is_none() {
                    self.open_alone = false;
                    self.open(0);
                }
            }
            Loaded::Sync(Event::Analysed(cards)) => self.merge_cards(cards, true),
            Loaded::People(cards) => self.fill_people(cards),
            Loaded::Sync(Event::Removed(paths)) => self.remove_entries(&paths),
            // Kept with the problems met at the start, which the library's status line sums
            // up from the first: a file skipped in the background does not hide why the
            // database was set aside.
            Loaded::Sync(Event::Failed(problem)) | Loaded::Failed(problem) => {
                self.problems.push(problem)
            }
            Loaded::Notice(message) => self.notice = Some(message),
            Loaded::Sync(Event::Progress { done, total }) => {
                self.syncing = true;
                self.progress = Some((done, total));
            }
            Loaded::Sync(Event::Done) => {
                self.progress = None;
                self.syncing = false;
                if self.open_alone && self.entries.len() == 1 && self.reader.is_none() {
                    self.open_alone = false;
                    self.open(0);
                }
            }
            Loaded::Body {
                path,
                body,
                analysed,
            } => self.body_arrived(&path, body, analysed),
            Loaded::Unavailable { path, reason } => {
                if self.wanted.as_ref().is_some_and(|w| w.path == path) {
                    self.wanted = None;
                    self.notice = Some(format!("Cannot open {}: {reason}", path.display()));
                }
            }
            Loaded::Hits { query, hits } => {
                if self.library.titles == query {
                    self.library.hits = Some(hits);
                    self.library.selected = 0;
                }
            }
            Loaded::PersonClaims { key, mut rows } => {
                // Two claims of one sentence (a quote and its paraphrase) show as one row: the
                // page shows sentences.
                rows.dedup_by(|a, b| a.article == b.article && a.at == b.at && a.by == b.by);
                if let Some(page) = &mut self.person_page
                    && page.key == key
                {
                    page.rows = Some(rows);
                    page.selected = 0;
                }
            }
        }
    }

    /// The entry of an article path.
    pub fn entry_of(&self, path: &Path) -> Option<usize> {
        self.index.get(path).copied()
    }

    /// Takes new and re-analysed cards in, keeping the library's selection on the same
    /// article. A card that was analysed is never replaced by a title-only one.
    fn merge_cards(&mut self, cards: Vec<Card>, analysed: bool) {
        let selected = self.selected_path();
        for card in cards {
            match self.index.get(&card.path).copied() {
                Some(n) => {
                    let Some(entry) = self.entries.get_mut(n) else {
                        continue;
                    };
                    if !analysed && entry.card.analysed {
                        continue;
                    }
                    // The text may have changed: the next open loads it afresh.
                    *entry = Entry::new(card, None);
                }
                None => {
                    self.index.insert(card.path.clone(), self.entries.len());
                    self.entries.push(Entry::new(card, None));
                }
            }
        }
        self.share_keys();
        self.keep_selection(selected);
        if let Some(reader) = &self.reader
            && analysed
        {
            let path = reader.body.article.path.clone();
            if self
                .entry_of(&path)
                .and_then(|n| self.entries.get(n))
                .is_some_and(|e| e.body.is_none())
            {
                // The open article was analysed again (its file changed, or it opened before
                // its analysis was done): fetch it, keeping the place.
                self.request_body(&path);
            }
        }
    }

    /// Gives listed entries the people their cards came without.
    fn fill_people(&mut self, cards: Vec<Card>) {
        for card in cards {
            match self.index.get(&card.path).copied() {
                Some(n) => {
                    if let Some(entry) = self.entries.get_mut(n)
                        && entry.people_pending
                    {
                        entry.card.people = card.people;
                        entry.people_pending = false;
                    }
                }
                None => {
                    self.index.insert(card.path.clone(), self.entries.len());
                    self.entries.push(Entry::new(card, None));
                }
            }
        }
        self.share_keys();
    }

    /// Drops the entries of articles whose files are gone; an open one stays open until left.
    fn remove_entries(&mut self, paths: &[PathBuf]) {
        let selected = self.selected_path();
        let gone: HashSet<&PathBuf> = paths.iter().collect();
        let open = self.reader.as_ref().map(|r| r.body.article.path.clone());
        self.entries
            .retain(|e| !gone.contains(&e.card.path) || Some(&e.card.path) == open.as_ref());
        self.reindex();
        self.keep_selection(selected);
    }

    /// Rebuilds the path index and the open reader's entry number after entries moved.
    pub(super) fn reindex(&mut self) {
        self.index = self
            .entries
            .iter()
            .enumerate()
            .map(|(n, e)| (e.card.path.clone(), n))
            .collect();
        if let Some(reader) = &mut self.reader
            && let Some(&n) = self.index.get(&reader.body.article.path)
        {
            reader.entry = n;
        }
    }

    /// Gives people named by surname alone the key of the library's one full name with that
    /// surname, as the analysis of a whole library does.
    fn share_keys(&mut self) {
        let keys = crate::analysis::entities::library_keys(
            self.entries
                .iter()
                .flat_map(|e| e.card.people.iter().map(|p| p.key.as_str())),
        );
        if keys.is_empty() {
            return;
        }
        for entry in &mut self.entries {
            for person in &mut entry.card.people {
                if let Some(full) = keys.get(&person.key) {
                    person.key.clone_from(full);
                }
            }
        }
        self.library_keys = keys;
    }

    /// The path of the article the library has selected.
    fn selected_path(&self) -> Option<PathBuf> {
        let rows = self.library_rows();
        let n = *rows.get(self.library.selected)?;
        Some(self.entries.get(n)?.card.path.clone())
    }

    fn keep_selection(&mut self, path: Option<PathBuf>) {
        let Some(path) = path else {
            return;
        };
        if let Some(row) = self
            .library_rows()
            .iter()
            .position(|&n| self.entries.get(n).is_some_and(|e| e.card.path == path))
        {
            self.library.selected = row;
        }
    }

    /// Asks the edge for an article's text and analysis.
    pub(super) fn request_body(&mut self, path: &Path) {
        let file = self
            .entry_of(path)
            .and_then(|n| self.entries.get(n))
            .map_or_else(|| path.to_path_buf(), |e| e.card.file.clone());
        let request = Request::Body {
            path: path.to_path_buf(),
            file,
        };
        if !self.requests.contains(&request) {
            self.requests.push(request);
        }
    }

    /// Opens an article now if its text is at hand, else once it arrives; `at` puts the view
    /// on an offset (a claim, a match) instead of where the article was left, and `query`
    /// carries a library search into the text, its matches marked and n stepping through.
    pub(super) fn open_at(&mut self, entry: usize, at: Option<usize>, query: Option<String>) {
        let Some(e) = self.entries.get(entry) else {
            return;
        };
        if let Some(body) = e.body.clone() {
            self.open_with(entry, body);
            self.arrive_at(at, query);
            return;
        }
        let path = e.card.path.clone();
        self.notice = Some(format!("Opening {}…", e.card.title));
        self.request_body(&path);
        self.wanted = Some(Wanted { path, at, query });
    }

    /// Puts the just-opened article's view where it was asked to be.
    fn arrive_at(&mut self, at: Option<usize>, query: Option<String>) {
        if let Some(at) = at {
            self.jump_to(at);
        }
        if let Some(query) = query.filter(|q| !q.trim().is_empty()) {
            if let Some(reader) = &mut self.reader {
                reader.search_origin = reader.top;
            }
            self.set_search(&query);
        }
    }

    /// Puts the view on an offset of the open article, selecting the claim whose sentence
    /// starts there if there is one.
    pub(super) fn jump_to(&mut self, at: usize) {
        let claim = self.current().and_then(|b| {
            b.analysis
                .claims
                .iter()
                .position(|c| c.sentence.start() == at)
        });
        match claim {
            Some(claim) => self.go_to_claim(claim),
            None => {
                let Some(body) = self.current() else {
                    return;
                };
                let end = body.article.text.len();
                let at = at.min(end);
                let text = &body.article.text;
                let start = (at..=end)
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(end);
                if let Some(span) = Span::new(text, start, start) {
                    self.reveal(span);
                    self.follow();
                }
            }
        }
    }

    fn body_arrived(&mut self, path: &Path, body: Arc<Body>, analysed: bool) {
        let Some(n) = self.entry_of(path) else {
            return;
        };
        let mut body = body;
        if !self.library_keys.is_empty() {
            // The article's own keys, as the library shares them.
            let shared = Arc::make_mut(&mut body);
            for entity in &mut shared.analysis.entities {
                if let Some(full) = self.library_keys.get(&entity.key) {
                    entity.key.clone_from(full);
                }
            }
        }
        if let Some(entry) = self.entries.get_mut(n)
            && analysed
        {
            entry.body = Some(Arc::clone(&body));
        }
        let open_here = self
            .reader
            .as_ref()
            .is_some_and(|r| r.body.article.path == path);
        if open_here {
            self.replace_body(body);
        } else if let Some(wanted) = self.wanted.take_if(|w| w.path == path) {
            self.notice = None;
            self.open_with(n, body);
            self.arrive_at(wanted.at, wanted.query);
        }
    }

    /// Swaps the open article's text and analysis for a newer one, keeping the place when the
    /// text is the same (a reader at the end stays at the end).
    fn replace_body(&mut self, body: Arc<Body>) {
        let at_end = self
            .reader
            .as_ref()
            .is_some_and(|r| r.top > 0 && r.top >= self.max_top());
        let Some(reader) = &mut self.reader else {
            return;
        };
        let same_text = reader.body.article.text == body.article.text;
        let at = reader.doc.offset_of_line(reader.top);
        reader.doc = Doc::new(&body.article, &body.analysis);
        reader.body = body;
        reader.claim = None;
        reader.mention = None;
        reader.search = None;
        reader.restore = same_text.then_some(at).filter(|&a| a > 0);
        reader.top = 0;
        self.relayout();
        if at_end && same_text {
            self.scroll(isize::MAX / 2);
        }
        self.follow();
        // A person picker opened on the text alone learns the people the analysis found,
        // keeping what was typed.
        if let Some(Overlay::People(picker)) = &self.overlay
            && self.screen == Screen::Reader
        {
            let typed = picker.query.clone();
            self.open_picker();
            if let Some(Overlay::People(fresh)) = &mut self.overlay {
                typed.chars().for_each(|c| fresh.push(c));
            }
        }
    }
}
