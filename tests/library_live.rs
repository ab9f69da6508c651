//! The reader's background on a real folder and database: a first sync fills the library,
//! files added, changed and deleted reach it through the folder watch, and the reader's
//! requests (an article, a search, a person's claims) are answered. These tests wait for what
//! should arrive, with a generous cap, and never time anything.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lede::store::Store;
use lede::store::sync::Event;
use lede::tui::app::{Loaded, Request};
use lede::tui::background::Background;

/// Longest wait for something the background should send.
const PATIENCE: Duration = Duration::from_secs(30);

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-live-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("news")).unwrap();
    fs::canonicalize(dir).unwrap()
}

const TRAM: &str = "Tram Line Extension Approved\n\nThe city approved the tram extension to \
    the northern suburbs on Thursday. \"This connects twenty thousand people to the centre,\" \
    said Ilse Marvanne, the transport councillor.\n\nBuilding starts next spring.\n";
const MARKET: &str = "Market Hall Reopens\n\nThe old market hall reopened after two years of \
    repairs. Ilse Marvanne said the stalls were already fully let.\n";
const FERRY: &str = "Ferry Timetable Changes\n\nWinter sailings will drop to four a day, the \
    operator said, blaming the price of fuel.\n";

/// Collects what arrives until `done` says enough, or fails naming what it waited for.
fn wait(
    background: &mut Background,
    what: &str,
    mut done: impl FnMut(&Loaded) -> bool,
) -> Vec<Loaded> {
    let start = Instant::now();
    let mut seen = Vec::new();
    loop {
        for loaded in background.arrived() {
            let enough = done(&loaded);
            seen.push(loaded);
            if enough {
                return seen;
            }
        }
        assert!(
            start.elapsed() < PATIENCE,
            "waited for {what}; arrived: {seen:#?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn analysed(seen: &[Loaded]) -> Vec<PathBuf> {
    seen.iter()
        .flat_map(|l| match l {
            Loaded::Sync(Event::Analysed(cards)) => cards.iter().map(|c| c.path.clone()).collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn start(dir: &Path) -> Background {
    let (store, problem) = Store::open(&dir.join("data/library.sqlite3"));
    assert!(problem.is_none(), "{problem:?}");
    Background::start(store, vec![dir.join("news")], true)
}

#[test]
fn a_folder_fills_in_and_follows_its_files() {
    let dir = folder("follow");
    let news = dir.join("news");
    fs::write(news.join("tram.txt"), TRAM).unwrap();
    fs::write(news.join("market.txt"), MARKET).unwrap();
    let mut background = start(&dir);
    let first = wait(&mut background, "the first sync", |l| {
        matches!(l, Loaded::Sync(Event::Done))
    });
    let mut found = analysed(&first);
    found.sort();
    assert_eq!(found, [news.join("market.txt"), news.join("tram.txt")]);
    assert!(
        first
            .iter()
            .any(|l| matches!(l, Loaded::Sync(Event::Titles(_)))),
        "titles come before analyses"
    );

    // A new file appears.
    fs::write(news.join("ferry.txt"), FERRY).unwrap();
    let seen = wait(
        &mut background,
        "the new file",
        |l| matches!(l, Loaded::Sync(Event::Analysed(cards)) if cards.iter().any(|c| c.path.ends_with("ferry.txt"))),
    );
    assert!(analysed(&seen).contains(&news.join("ferry.txt")));

    // A changed file is analysed again; an unchanged one is not.
    fs::write(
        news.join("market.txt"),
        format!("{MARKET}\nTraders welcomed the news.\n"),
    )
    .unwrap();
    let seen = wait(
        &mut background,
        "the changed file",
        |l| matches!(l, Loaded::Sync(Event::Analysed(cards)) if cards.iter().any(|c| c.path.ends_with("market.txt"))),
    );
    assert!(
        !analysed(&seen).contains(&news.join("tram.txt")),
        "{seen:#?}"
    );

    // A deleted file goes.
    fs::remove_file(news.join("tram.txt")).unwrap();
    wait(
        &mut background,
        "the deleted file",
        |l| matches!(l, Loaded::Sync(Event::Removed(paths)) if paths.iter().any(|p| p.ends_with("tram.txt"))),
    );
    background.stop();
}

#[test]
fn a_second_start_reads_the_database_instead_of_analysing_again() {
    let dir = folder("warm");
    let news = dir.join("news");
    fs::write(news.join("tram.txt"), TRAM).unwrap();
    let mut background = start(&dir);
    wait(&mut background, "the first sync", |l| {
        matches!(l, Loaded::Sync(Event::Done))
    });
    background.stop();
    drop(background);

    let (store, _) = Store::open(&dir.join("data/library.sqlite3"));
    let cards = store.cards(std::slice::from_ref(&news)).unwrap();
    assert_eq!(cards.len(), 1);
    assert!(cards[0].analysed);
    let mut background = Background::start(store, vec![news.clone()], true);
    let seen = wait(&mut background, "the second sync", |l| {
        matches!(l, Loaded::Sync(Event::Done))
    });
    assert!(
        analysed(&seen).is_empty(),
        "nothing is analysed again: {seen:#?}"
    );
    background.stop();
}

#[test]
fn the_readers_requests_are_answered() {
    let dir = folder("requests");
    let news = dir.join("news");
    fs::write(news.join("tram.txt"), TRAM).unwrap();
    fs::write(news.join("market.txt"), MARKET).unwrap();
    let mut background = start(&dir);
    wait(&mut background, "the first sync", |l| {
        matches!(l, Loaded::Sync(Event::Done))
    });

    background.handle(Request::Body {
        path: news.join("tram.txt"),
        file: news.join("tram.txt"),
    });
    let seen = wait(&mut background, "the article", |l| {
        matches!(l, Loaded::Body { analysed: true, .. })
    });
    let Some(Loaded::Body { body, .. }) = seen.last() else {
        panic!("{seen:#?}");
    };
    assert!(body.article.text.contains("tram extension"));

    background.handle(Request::Search("stalls".into()));
    let seen = wait(&mut background, "the search", |l| {
        matches!(l, Loaded::Hits { .. })
    });
    let Some(Loaded::Hits { hits, .. }) = seen.last() else {
        panic!("{seen:#?}");
    };
    assert_eq!(hits.len(), 1);
    assert!(hits[0].article.ends_with("market.txt"));

    let key = body
        .analysis
        .entities
        .iter()
        .find(|e| e.name == "Ilse Marvanne")
        .map(|e| e.key.clone())
        .expect("the councillor is found");
    background.handle(Request::PersonClaims(key));
    let seen = wait(&mut background, "her claims", |l| {
        matches!(l, Loaded::PersonClaims { .. })
    });
    let Some(Loaded::PersonClaims { rows, .. }) = seen.last() else {
        panic!("{seen:#?}");
    };
    let articles: Vec<&Path> = rows.iter().map(|r| r.article.as_path()).collect();
    assert!(
        articles.contains(&news.join("tram.txt").as_path()),
        "{rows:#?}"
    );
    assert!(
        articles.contains(&news.join("market.txt").as_path()),
        "{rows:#?}"
    );
    background.stop();
}

#[test]
fn read_marks_from_two_readers_on_one_database_are_both_kept() {
    let dir = folder("two");
    let path = dir.join("data/library.sqlite3");
    let (one, _) = Store::open(&path);
    let (two, _) = Store::open(&path);
    let mut first = Background::start(one, Vec::new(), false);
    let mut second = Background::start(two, Vec::new(), false);
    first.handle(Request::Read("/news/a.txt".into(), true));
    second.handle(Request::Read("/news/b.txt".into(), true));
    first.handle(Request::Star("/news/a.txt".into(), 12, true));
    second.handle(Request::Position("/news/b.txt".into(), 40));
    let (store, _) = Store::open(&path);
    let marks = store.read_marks().unwrap();
    assert!(marks.contains("/news/a.txt") && marks.contains("/news/b.txt"));
    assert!(
        store
            .stars()
            .unwrap()
            .contains(&("/news/a.txt".to_string(), 12))
    );
    assert_eq!(store.positions().unwrap().get("/news/b.txt"), Some(&40));
}
