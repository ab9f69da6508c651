//! Bringing the database in step with the folders: new and changed files are read for their
//! titles first (so the library shows them at once), then analysed on every core and stored;
//! files gone from disk are forgotten. Unchanged files (same size and time, or touched but
//! with the same bytes) are not read at all, or read and not analysed.
//!
//! Everything comes back as [`Event`]s, so the reader can run a sync on a worker thread and
//! turn each event into an action, and the command line can print progress.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use super::{Card, Outcome, Stamp, Store, paths};
use crate::analysis::{self, Analysis};
use crate::article::{self, Article, Listed, LoadError};

use crate::sanitize::sanitize;

/// What a sync tells as it goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// New or changed articles, read but not analysed yet (`analysed: false`).
    Titles(Vec<Card>),
    /// Articles analysed and stored, with their counts.
    Analysed(Vec<Card>),
    /// Articles whose files are gone, by article path.
    Removed(Vec<PathBuf>),
    /// A file, folder or analysis that failed: "path: reason", safe to print.
    Failed(String),
    /// Files analysed so far of those to analyse.
    Progress {
        /// Files done.
        done: usize,
        /// Files to do.
        total: usize,
    },
    /// The sync is over (also after a cancel).
    Done,
}

/// How a sync behaves; [`Options::default`] is what lede uses.
#[derive(Clone, Debug)]
pub struct Options {
    /// How long one file's analysis may take before it is reported as skipped and its
    /// articles are stored unanalysed.
    pub limit: Duration,
    /// How often at most batches and progress are sent (and stored).
    pub every: Duration,
    /// The most cards in one batch.
    pub batch: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            limit: Duration::from_secs(10),
            every: Duration::from_millis(100),
            batch: 200,
        }
    }
}

/// Syncs the files under `roots` into the store with the default [`Options`]. `cancel` is
/// looked at between files; the sync then stores what it has and ends with `Done`.
pub fn sync(store: &mut Store, roots: &[PathBuf], cancel: &AtomicBool, on: &mut dyn FnMut(Event)) {
    sync_with(store, roots, cancel, &Options::default(), on);
}

/// [`sync`] with chosen options.
pub fn sync_with(
    store: &mut Store,
    roots: &[PathBuf],
    cancel: &AtomicBool,
    options: &Options,
    on: &mut dyn FnMut(Event),
) {
    let (roots, listed, errors) = list(roots);
    for error in errors {
        on(Event::Failed(error.to_string()));
    }
    let stored = match store.files_under(&roots) {
        Ok(stored) => stored,
        Err(e) => {
            on(Event::Failed(e.to_string()));
            Vec::new()
        }
    };
    // Keyed by the paths' bytes: hashing a `Path` walks its components, a tenth of a warm
    // sync of 10,000 files.
    let mut gone: Vec<PathBuf> = Vec::new();
    let present: HashSet<Vec<u8>> = listed.iter().map(|f| paths::bytes(&f.path)).collect();
    let stored: HashMap<Vec<u8>, (Stamp, bool)> = stored
        .into_iter()
        .filter_map(|f| {
            let key = paths::bytes(&f.path);
            if present.contains(&key) {
                Some((key, (f.stamp, f.current)))
            } else {
                gone.push(f.path);
                None
            }
        })
        .collect();
    gone.sort();
    let mut removed = Vec::new();
    for file in &gone {
        match store.remove_file(file) {
            Ok(articles) => removed.extend(articles),
            Err(e) => on(Event::Failed(e.to_string())),
        }
    }
    if !removed.is_empty() {
        on(Event::Removed(removed));
    }

    // New and changed files: those whose size or time differ, or that another lede made.
    let candidates: Vec<Candidate> = listed
        .into_iter()
        .filter_map(|file| {
            let known = stored.get(&paths::bytes(&file.path)).copied();
            let meta = file.meta.clone().or_else(|| fs::metadata(&file.path).ok());
            let unchanged = match (&known, &meta) {
                (Some((stamp, true)), Some(meta)) => stamp.looks_unchanged(meta),
                _ => false,
            };
            (!unchanged).then_some(Candidate { file, known })
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        on(Event::Done);
        return;
    }
    let to_analyse = titles(store, candidates, cancel, options, on);
    analyse(store, to_analyse, cancel, options, on);
    on(Event::Done);
}

/// A file that may need reading, with what the store knew of it (stamp, made by this lede).
struct Candidate {
    file: Listed,
    known: Option<(Stamp, bool)>,
}

/// The roots made canonical, the files under them, and the paths that could not be listed.
fn list(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<Listed>, Vec<LoadError>) {
    let mut canonical = Vec::new();
    let mut errors = Vec::new();
    for root in roots {
        if root.as_os_str() == "-" {
            continue;
        }
        match fs::canonicalize(root) {
            Ok(path) => canonical.push(path),
            // `list_paths` words the reason.
            Err(_) => canonical.push(root.clone()),
        }
    }
    let (listed, list_errors) = article::list_paths(&canonical);
    errors.extend(list_errors);
    canonical.retain(|root| root.is_absolute());
    (canonical, listed, errors)
}

/// Reads a file: its stamp and its articles, or why not.
fn read(file: &Listed) -> (Stamp, Result<Vec<Article>, String>) {
    let meta = match fs::metadata(&file.path) {
        Ok(meta) => meta,
        Err(e) => {
            let stamp = Stamp {
                size: 0,
                mtime_ns: 0,
                hash: 0,
            };
            let error = format!("{}: cannot read: {e}", shown(&file.path));
            return (stamp, Err(error));
        }
    };
    match article::read_listed_bytes(file) {
        Ok(bytes) => {
            let stamp = Stamp::of(&meta, &bytes);
            let articles = article::read_listed(file, bytes).map_err(|e| e.to_string());
            (stamp, articles)
        }
        Err(e) => (Stamp::of(&meta, &[]), Err(e.to_string())),
    }
}

fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// What the title pass learnt of one file.
enum Look {
    /// Touched, same bytes: only the stamp is new.
    Same(Stamp),
    /// New or changed: its title-only cards.
    Changed(Vec<Card>),
    /// Unreadable.
    Failed(Stamp, String),
}

/// The title pass: reads and parses every candidate on every core, sends their cards in
/// batches, stores the stamps of touched files and the failures; gives the files to analyse.
fn titles(
    store: &mut Store,
    candidates: Vec<Candidate>,
    cancel: &AtomicBool,
    options: &Options,
    on: &mut dyn FnMut(Event),
) -> Vec<Listed> {
    let workers = thread::available_parallelism()
        .map_or(1, usize::from)
        .min(candidates.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let mut to_analyse: Vec<Option<Listed>> = Vec::new();
    to_analyse.resize_with(candidates.len(), || None);
    thread::scope(|scope| {
        let (send, receive) = mpsc::channel::<(usize, Look)>();
        for _ in 0..workers {
            let send = send.clone();
            let next = &next;
            let candidates = &candidates;
            scope.spawn(move || {
                while !cancel.load(Ordering::Relaxed) {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(candidate) = candidates.get(index) else {
                        break;
                    };
                    if send.send((index, look(candidate))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut batch = Vec::new();
        let mut last = Instant::now();
        // The first titles go out at once: they are what turns an empty screen into a library.
        let mut first = true;
        loop {
            let received = receive.recv_timeout(if first {
                options.every / 10
            } else {
                options.every
            });
            match received {
                Ok((index, Look::Changed(cards))) => {
                    batch.extend(cards);
                    if let (Some(slot), Some(candidate)) =
                        (to_analyse.get_mut(index), candidates.get(index))
                    {
                        *slot = Some(candidate.file.clone());
                    }
                }
                Ok((index, Look::Same(stamp))) => {
                    if let Some(candidate) = candidates.get(index)
                        && let Err(e) = store.touch(&candidate.file.path, &stamp)
                    {
                        on(Event::Failed(e.to_string()));
                    }
                }
                Ok((index, Look::Failed(stamp, reason))) => {
                    if let Some(candidate) = candidates.get(index) {
                        match store.put_failure(&candidate.file.path, &stamp, &reason) {
                            Ok(removed) if !removed.is_empty() => on(Event::Removed(removed)),
                            Ok(_) => {}
                            Err(e) => on(Event::Failed(e.to_string())),
                        }
                    }
                    on(Event::Failed(reason));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            if !batch.is_empty()
                && (first || batch.len() >= options.batch || last.elapsed() >= options.every)
            {
                on(Event::Titles(std::mem::take(&mut batch)));
                last = Instant::now();
                first = false;
            }
        }
        if !batch.is_empty() {
            on(Event::Titles(batch));
        }
    });
    to_analyse.into_iter().flatten().collect()
}

/// Reads one candidate for the title pass.
fn look(candidate: &Candidate) -> Look {
    let (stamp, articles) = read(&candidate.file);
    if let Some((known, true)) = candidate.known
        && known.hash == stamp.hash
        && known.size == stamp.size
        && articles.is_ok()
    {
        return Look::Same(stamp);
    }
    match articles {
        Ok(articles) => Look::Changed(articles.iter().map(|a| Card::new(a, None)).collect()),
        Err(reason) => Look::Failed(stamp, reason),
    }
}

/// What an analysis worker tells the sync.
enum Report {
    /// Started on a file: its stamp and articles (kept in case the analysis runs too long).
    Started(usize, Stamp, Arc<Vec<Article>>),
    /// Finished a file's analyses, or found it unreadable now.
    Finished(usize, Result<Vec<Analysis>, String>),
    /// Could not read the file any more.
    Unreadable(usize, Stamp, String),
}

/// A file being analysed.
struct InFlight {
    since: Instant,
    stamp: Stamp,
    articles: Arc<Vec<Article>>,
}

/// The analysis pass: every file on every core, stored in batched transactions; a file whose
/// analysis runs past the limit is reported and stored unanalysed, and its worker replaced.
fn analyse(
    store: &mut Store,
    files: Vec<Listed>,
    cancel: &AtomicBool,
    options: &Options,
    on: &mut dyn FnMut(Event),
) {
    let total = files.len();
    if total == 0 {
        return;
    }
    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (send, receive) = mpsc::channel::<Report>();
    let spawn = |send: mpsc::Sender<Report>| {
        let files = Arc::clone(&files);
        let next = Arc::clone(&next);
        let stop = Arc::clone(&stop);
        thread::spawn(move || worker(&files, &next, &stop, &send))
    };
    let workers = thread::available_parallelism()
        .map_or(1, usize::from)
        .min(total);
    for _ in 0..workers {
        spawn(send.clone());
    }
    let mut in_flight: HashMap<usize, InFlight> = HashMap::new();
    let mut skipped: HashSet<usize> = HashSet::new();
    let mut pending: Vec<(PathBuf, Stamp, Outcome)> = Vec::new();
    let mut done = 0;
    let mut last = Instant::now();
    while done < total {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        match receive.recv_timeout(options.every.min(options.limit)) {
            Ok(Report::Started(index, stamp, articles)) => {
                in_flight.insert(
                    index,
                    InFlight {
                        since: Instant::now(),
                        stamp,
                        articles,
                    },
                );
            }
            Ok(Report::Finished(index, result)) => {
                let Some(flight) = in_flight.remove(&index) else {
                    continue;
                };
                if skipped.contains(&index) {
                    continue;
                }
                done += 1;
                let Some(file) = files.get(index) else {
                    continue;
                };
                let articles = Arc::try_unwrap(flight.articles).unwrap_or_else(|a| (*a).clone());
                let outcome = match result {
                    Ok(analyses) => Outcome::Analysed(articles.into_iter().zip(analyses).collect()),
                    Err(reason) => {
                        on(Event::Failed(format!("{}: {reason}", shown(&file.path))));
                        Outcome::Unanalysed(articles)
                    }
                };
                pending.push((file.path.clone(), flight.stamp, outcome));
            }
            Ok(Report::Unreadable(index, stamp, reason)) => {
                done += 1;
                if let Some(file) = files.get(index) {
                    pending.push((file.path.clone(), stamp, Outcome::Failed(reason.clone())));
                }
                on(Event::Failed(reason));
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        // Files past the limit: reported, stored unanalysed, their worker replaced.
        let late: Vec<usize> = in_flight
            .iter()
            .filter(|(index, f)| f.since.elapsed() >= options.limit && !skipped.contains(index))
            .map(|(&index, _)| index)
            .collect();
        for index in late {
            skipped.insert(index);
            done += 1;
            if let (Some(file), Some(flight)) = (files.get(index), in_flight.get(&index)) {
                on(Event::Failed(format!(
                    "{}: analysis took longer than {} s; skipped",
                    shown(&file.path),
                    options.limit.as_secs_f32()
                )));
                pending.push((
                    file.path.clone(),
                    flight.stamp,
                    Outcome::Unanalysed((*flight.articles).clone()),
                ));
            }
            spawn(send.clone());
        }
        if last.elapsed() >= options.every || pending.len() >= options.batch {
            flush(store, &mut pending, on);
            on(Event::Progress { done, total });
            last = Instant::now();
        }
    }
    stop.store(true, Ordering::Relaxed);
    flush(store, &mut pending, on);
    on(Event::Progress { done, total });
}

/// One analysis worker: takes files until none are left or the sync stops.
fn worker(files: &[Listed], next: &AtomicUsize, stop: &AtomicBool, send: &mpsc::Sender<Report>) {
    while !stop.load(Ordering::Relaxed) {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let Some(file) = files.get(index) else {
            return;
        };
        let (stamp, articles) = read(file);
        let articles = match articles {
            Ok(articles) => Arc::new(articles),
            Err(reason) => {
                if send.send(Report::Unreadable(index, stamp, reason)).is_err() {
                    return;
                }
                continue;
            }
        };
        if send
            .send(Report::Started(index, stamp, Arc::clone(&articles)))
            .is_err()
        {
            return;
        }
        let result =
            std::panic::catch_unwind(|| articles.iter().map(analysis::analyze).collect::<Vec<_>>())
                .map_err(|_| {
                    "internal error while analysing (a bug in lede); shown without analysis"
                        .to_string()
                });
        drop(articles);
        if send.send(Report::Finished(index, result)).is_err() {
            return;
        }
    }
}

/// Stores the files analysed since the last batch in one transaction and sends their cards.
fn flush(
    store: &mut Store,
    pending: &mut Vec<(PathBuf, Stamp, Outcome)>,
    on: &mut dyn FnMut(Event),
) {
    if pending.is_empty() {
        return;
    }
    let batch = std::mem::take(pending);
    match store.put_many(&batch) {
        Ok(cards) => on(Event::Analysed(cards)),
        Err(e) => on(Event::Failed(e.to_string())),
    }
}
