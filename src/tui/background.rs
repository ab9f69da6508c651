//! The reader's work outside the screen: the library database, the worker thread that reads
//! and analyses new and changed files, the watch on the opened folders, and the loads and
//! queries the reader asks for. Everything found comes back as [`Loaded`] values for
//! `App::receive`; nothing here blocks the screen for longer than one indexed query.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::app::{Body, Entry, Loaded, Request};
use crate::analysis::{self, Analysis};
use crate::article;
use crate::sanitize::sanitize;
use crate::store::{self, Store, sync};

/// How long the folders must be quiet after a change before they are read again: an editor
/// saving a file, or a download landing, makes a burst of events.
const SETTLE: Duration = Duration::from_millis(300);
/// Most search results listed.
const SEARCH_LIMIT: usize = 200;

/// The database, the worker and the watch for one opened library.
pub struct Background {
    /// The screen thread's own connection: state writes, article loads, searches.
    store: Store,
    /// The opened folders and files, absolute (the samples' pseudo folder for them).
    roots: Vec<PathBuf>,
    /// Whether the roots are on disk, to be synced and watched.
    live: bool,
    sender: Sender<Loaded>,
    receiver: Receiver<Loaded>,
    /// Tells a running sync to stop between files.
    cancel: Arc<AtomicBool>,
    /// The sync running now, if any.
    worker: Option<JoinHandle<()>>,
    /// When the watched folders last changed, to sync again once they settle.
    changed: Arc<Mutex<Option<Instant>>>,
    /// Kept alive while the reader runs (once made); dropping it stops the watch.
    _watcher: Arc<Mutex<Option<notify::RecommendedWatcher>>>,
    /// Article loads running on their own threads.
    loads: Vec<JoinHandle<()>>,
    /// A write that failed was reported; later failures are not repeated.
    write_failed: bool,
    /// Whether a sync has started: the first sends the stored cards' people first.
    synced_once: bool,
}

impl Background {
    /// Starts the background for a library: when `live`, a sync of `roots` on a worker
    /// thread and a watch on them; the embedded samples are only queried.
    pub fn start(store: Store, roots: Vec<PathBuf>, live: bool) -> Background {
        let (sender, receiver) = mpsc::channel();
        let changed = Arc::new(Mutex::new(None));
        // Watching a folder walks everything under it: done beside the first frame, not
        // before it.
        let watcher = Arc::new(Mutex::new(None));
        if live && !roots.is_empty() {
            let (roots, changed, slot) =
                (roots.clone(), Arc::clone(&changed), Arc::clone(&watcher));
            let sender = sender.clone();
            let _ = thread::Builder::new()
                .name("lede-watch".into())
                .spawn(move || match watch(&roots, changed) {
                    Ok(made) => {
                        if let Ok(mut slot) = slot.lock() {
                            *slot = Some(made);
                        }
                    }
                    Err(e) => {
                        let _ = sender.send(Loaded::Failed(format!(
                            "cannot watch the folders for changes ({}); restart lede to see new files",
                            sanitize(&e.to_string())
                        )));
                    }
                });
        }
        let mut background = Background {
            store,
            roots,
            live,
            sender,
            receiver,
            cancel: Arc::new(AtomicBool::new(false)),
            worker: None,
            changed,
            _watcher: watcher,
            loads: Vec::new(),
            write_failed: false,
            synced_once: false,
        };
        background.sync();
        background
    }

    /// Whether work is under way whose results the screen is waiting for, so the event loop
    /// should look for them often.
    pub fn busy(&self) -> bool {
        self.worker.is_some()
            || !self.loads.is_empty()
            || self.changed.lock().is_ok_and(|c| c.is_some())
    }

    /// What has arrived since the last call; starts a sync when the folders have settled
    /// after a change.
    pub fn arrived(&mut self) -> Vec<Loaded> {
        self.loads.retain(|load| !load.is_finished());
        if self.worker.as_ref().is_some_and(JoinHandle::is_finished) {
            self.worker = None;
        }
        let settled = self
            .changed
            .lock()
            .is_ok_and(|c| c.is_some_and(|at| at.elapsed() >= SETTLE));
        if settled && self.worker.is_none() {
            if let Ok(mut changed) = self.changed.lock() {
                *changed = None;
            }
            self.sync();
        }
        self.receiver.try_iter().collect()
    }

    /// Carries out what the reader asked for.
    pub fn handle(&mut self, request: Request) {
        match request {
            Request::Body { path, file } => self.load(path, file),
            Request::Search(query) => {
                let hits = self
                    .store
                    .search(&self.roots, &query, SEARCH_LIMIT)
                    .unwrap_or_else(|e| {
                        tracing::warn!("search {query:?}: {e}");
                        Vec::new()
                    });
                let _ = self.sender.send(Loaded::Hits { query, hits });
            }
            Request::PersonClaims(key) => {
                let rows = self.store.claims_of(&self.roots, &key).unwrap_or_else(|e| {
                    tracing::warn!("claims of {key:?}: {e}");
                    Vec::new()
                });
                let _ = self.sender.send(Loaded::PersonClaims { key, rows });
            }
            Request::Read(article, read) => {
                let done = self.store.set_read(&article, read);
                self.wrote(done);
            }
            Request::Position(article, offset) => {
                let done = self.store.set_position(&article, offset);
                self.wrote(done);
            }
            Request::Star(article, at, starred) => {
                let done = self.store.set_star(&article, at, starred);
                self.wrote(done);
            }
            Request::Copy(text) => {
                tracing::debug!(bytes = text.len(), "copy through OSC 52");
                if let Err(e) = copy(&text) {
                    self.tell(format!("Could not copy: {e}"));
                }
            }
            Request::Export { name, markdown } => match export(&name, &markdown) {
                Ok(path) => {
                    tracing::info!(note = %path.display(), "claims exported");
                    self.tell(format!(
                        "Claims written to {}",
                        sanitize(&path.display().to_string())
                    ))
                }
                Err(e) => {
                    tracing::warn!("export: {e}");
                    self.tell(format!("Could not write the claims: {e}"));
                }
            },
            Request::OpenLink(target) => {
                tracing::info!(?target, "open with the system's opener");
                if let Err(e) = open_with_system(&target) {
                    tracing::warn!("open: {e}");
                    self.tell(format!("Could not open it: {e}"));
                }
            }
        }
    }

    fn tell(&self, message: String) {
        let _ = self.sender.send(Loaded::Notice(message));
    }

    /// Keeps where the open article is, at most once per call of the event loop's timer.
    pub fn keep_position(&mut self, position: Option<(String, usize)>) {
        if let Some((article, offset)) = position {
            let done = self.store.set_position(&article, offset);
            self.wrote(done);
        }
    }

    /// Asks the sync to stop between files and leaves it and the loads to end with the
    /// process: quitting never waits for them, and what they stored is committed or not at
    /// all.
    pub fn stop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    fn wrote(&mut self, done: store::Result<()>) {
        if let Err(e) = done
            && !self.write_failed
        {
            tracing::error!("cannot keep read marks and positions: {e}");
            self.write_failed = true;
            let _ = self.sender.send(Loaded::Failed(format!(
                "cannot keep read marks and positions: {}",
                sanitize(&e.to_string())
            )));
        }
    }

    /// Starts a sync of the roots on a worker thread with its own connection.
    fn sync(&mut self) {
        if !self.live || self.roots.is_empty() || self.worker.is_some() {
            return;
        }
        let mut store = match self.store.reopen() {
            Ok(store) => store,
            Err(e) => {
                let _ = self.sender.send(Loaded::Failed(format!(
                    "cannot read the library database: {}",
                    sanitize(&e.to_string())
                )));
                return;
            }
        };
        let roots = self.roots.clone();
        let sender = self.sender.clone();
        let cancel = Arc::clone(&self.cancel);
        let first = !self.synced_once;
        self.synced_once = true;
        let spawned = thread::Builder::new()
            .name("lede-sync".into())
            .spawn(move || {
                // The people of what the database already holds, which the first frame went
                // without, before any file is looked at.
                if first
                    && let Ok(cards) = store.cards(&roots)
                    && !cards.is_empty()
                {
                    let _ = sender.send(Loaded::People(cards));
                }
                let started = Instant::now();
                tracing::info!(roots = roots.len(), first, "sync started");
                sync::sync(&mut store, &roots, &cancel, &mut |event| {
                    match &event {
                        sync::Event::Failed(reason) => tracing::warn!("sync: {reason}"),
                        sync::Event::Progress { done, total } => {
                            tracing::debug!(done, total, "sync: analysed");
                        }
                        sync::Event::Done => {
                            tracing::info!(elapsed = ?started.elapsed(), "sync done");
                        }
                        _ => {}
                    }
                    let _ = sender.send(Loaded::Sync(event));
                });
                // Once per session, and after the files: read every page of the database
                // for damage, which the next start would set aside.
                if first && let Some(problem) = store.verify() {
                    tracing::error!("{problem}");
                    let _ = sender.send(Loaded::Failed(problem));
                }
            });
        match spawned {
            Ok(worker) => self.worker = Some(worker),
            Err(e) => {
                let _ = self.sender.send(Loaded::Failed(format!(
                    "cannot start the library's reader: {e}"
                )));
            }
        }
    }

    /// Loads an article: from the database when its analysis is there and current, else
    /// from its file on a thread of its own, the text first and the analysis when done.
    fn load(&mut self, path: PathBuf, file: PathBuf) {
        tracing::debug!(article = %path.display(), "open");
        if let Ok(Some((article, analysis))) = self.store.body(&path) {
            let _ = self.sender.send(Loaded::Body {
                path,
                body: Arc::new(Body { article, analysis }),
                analysed: true,
            });
            return;
        }
        let sender = self.sender.clone();
        let spawned = thread::Builder::new()
            .name("lede-load".into())
            .spawn(move || load_from_file(&path, &file, &sender));
        if let Ok(load) = spawned {
            self.loads.push(load);
        }
    }
}

/// Reads an article from its file, sends its text at once and its analysis when ready.
fn load_from_file(path: &Path, file: &Path, sender: &Sender<Loaded>) {
    let articles = match article::read_articles(file) {
        Ok(articles) => articles,
        Err(e) => {
            tracing::warn!(file = %file.display(), "cannot open: {e}");
            let _ = sender.send(Loaded::Unavailable {
                path: path.to_path_buf(),
                reason: sanitize(&e.to_string()).into_owned(),
            });
            return;
        }
    };
    let Some(article) = articles.into_iter().find(|a| a.path == path) else {
        let _ = sender.send(Loaded::Unavailable {
            path: path.to_path_buf(),
            reason: "it is no longer in its file".into(),
        });
        return;
    };
    let text_first = Arc::new(Body {
        article: article.clone(),
        analysis: Analysis::default(),
    });
    let _ = sender.send(Loaded::Body {
        path: path.to_path_buf(),
        body: text_first,
        analysed: false,
    });
    let started = Instant::now();
    let analysis = analysis::analyze(&article);
    tracing::debug!(article = %path.display(), elapsed = ?started.elapsed(), "analysed");
    let _ = sender.send(Loaded::Body {
        path: path.to_path_buf(),
        body: Arc::new(Body { article, analysis }),
        analysed: true,
    });
}

/// Watches the roots: folders with everything under them, files through their folder (an
/// editor replaces a file rather than writing into it).
fn watch(
    roots: &[PathBuf],
    changed: Arc<Mutex<Option<Instant>>>,
) -> notify::Result<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else {
            return;
        };
        if event.kind.is_access() {
            return;
        }
        if let Ok(mut changed) = changed.lock() {
            *changed = Some(Instant::now());
        }
    })?;
    for root in roots {
        if root.is_dir() {
            watcher.watch(root, RecursiveMode::Recursive)?;
        } else if let Some(folder) = root.parent() {
            watcher.watch(folder, RecursiveMode::NonRecursive)?;
        }
    }
    Ok(watcher)
}

/// Puts the embedded samples, analysed in memory, into the database when it lacks them or
/// holds an older text or analysis, so the library's search and person page find them too.
pub fn seed_samples(store: &mut Store, entries: &[Entry]) -> Option<String> {
    for entry in entries {
        let Some(body) = &entry.body else {
            continue;
        };
        let article = &body.article;
        let current = matches!(store.body(&article.path), Ok(Some((stored, _))) if stored.text == article.text);
        if current {
            continue;
        }
        // Not a file: no time, and the text itself is compared above.
        let stamp = store::Stamp {
            size: article.text.len() as u64,
            mtime_ns: 0,
            hash: 0,
        };
        let pair = [(article.clone(), body.analysis.clone())];
        if let Err(e) = store.put_file(&article.path, &stamp, &pair) {
            return Some(format!(
                "cannot keep the samples in the library database: {}",
                sanitize(&e.to_string())
            ));
        }
    }
    None
}

/// Puts text on the clipboard through the terminal (OSC 52), which works over ssh and in
/// tmux (with `set-clipboard on`) where no clipboard program is reachable.
fn copy(text: &str) -> std::io::Result<()> {
    use base64::Engine;
    use std::io::Write;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = std::io::stdout().lock();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Where notes of claims are written: `$LEDE_EXPORT_DIR`, else a `lede` folder in the user's
/// documents, else `exports` in lede's data folder.
fn export_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("LEDE_EXPORT_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if let Some(documents) =
        directories::UserDirs::new().and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
    {
        return Some(documents.join("lede"));
    }
    Store::default_path().and_then(|db| db.parent().map(|dir| dir.join("exports")))
}

/// Writes a note into the export folder.
fn export(name: &str, markdown: &str) -> std::io::Result<PathBuf> {
    let folder = export_folder()
        .ok_or_else(|| std::io::Error::other("no folder to write to; set LEDE_EXPORT_DIR"))?;
    write_note(&folder, name, markdown)
}

/// Writes a note under a name made safe for a file, never over an existing one.
fn write_note(folder: &Path, name: &str, markdown: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(folder)?;
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let (stem, extension) = safe.rsplit_once('.').unwrap_or((safe.as_str(), "md"));
    for n in 1..1000 {
        let path = if n == 1 {
            folder.join(format!("{stem}.{extension}"))
        } else {
            folder.join(format!("{stem}-{n}.{extension}"))
        };
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                use std::io::Write;
                file.write_all(markdown.as_bytes())?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many notes of that name"))
}

/// Opens a link or file with `$BROWSER`, else the platform's opener, as a program with one
/// argument (never through a shell), its output kept off the screen.
fn open_with_system(target: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let opener = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| {
            if cfg!(target_os = "macos") {
                "open".into()
            } else {
                "xdg-open".into()
            }
        });
    let mut child = Command::new(opener.trim())
        .arg(target)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    // Reaped on a thread of its own, so no finished opener lingers as a zombie.
    thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_gets_a_safe_name_and_never_overwrites_another() {
        let folder = std::env::temp_dir().join(format!("lede-notes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let first = write_note(&folder, "berlin/../talks: Merz-claims.md", "# one").unwrap();
        let second = write_note(&folder, "berlin/../talks: Merz-claims.md", "# two").unwrap();
        assert_eq!(
            first.parent(),
            Some(folder.as_path()),
            "no way out of the folder"
        );
        assert_ne!(first, second);
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "# one");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "# two");
    }
}
