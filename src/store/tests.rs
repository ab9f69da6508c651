//! The store's own tests: round trips, staleness, damaged files, the user's state across
//! connections, and syncs counted by their events.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::query::fts_query;
use super::sync::{self, Event};
use super::*;
use crate::article;

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-store-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::canonicalize(&dir).unwrap()
}

const HARBOUR: &str = "Harbour board delays the ferry contract\n\n\
The harbour board postponed its vote on the new ferry contract on Tuesday.\n\n\
\"We need another month to read the bids,\" said Odile Farrant, who chairs the board.\n\n\
Farrant said the delay would not affect the summer timetable.\n";

const ORCHARD: &str = "Orchard growers count frost losses\n\n\
Growers in the valley lost a third of their apple blossom to a late frost.\n\n\
\"It was the coldest April night in twenty years,\" said Tomas Brevik, a grower near Aldmoor.\n";

fn analysed(path: &Path, text: &str) -> Vec<(Article, Analysis)> {
    let articles = article::read_source(path.to_path_buf(), text.to_string()).unwrap();
    articles
        .into_iter()
        .map(|a| {
            let x = crate::analysis::analyze(&a);
            (a, x)
        })
        .collect()
}

fn stamp(n: u64) -> Stamp {
    Stamp {
        size: n,
        mtime_ns: n as i64,
        hash: n,
    }
}

#[test]
fn an_article_round_trips_and_its_card_comes_back() {
    let mut store = Store::in_memory();
    let path = PathBuf::from("/news/harbour.txt");
    let list = analysed(&path, HARBOUR);
    let put = store.put_file(&path, &stamp(1), &list).unwrap();
    let cards = store.cards(&[PathBuf::from("/news")]).unwrap();
    assert_eq!(cards, put);
    assert_eq!(cards.len(), 1);
    assert!(cards[0].analysed);
    assert!(
        cards[0]
            .people
            .iter()
            .any(|p| p.name == "Odile Farrant" && p.by >= 1),
        "{:?}",
        cards[0].people
    );
    let (article, analysis) = store.body(&path).unwrap().unwrap();
    assert_eq!(article.text, list[0].0.text);
    assert_eq!(analysis.claims, list[0].1.claims);
    assert_eq!(analysis.entities, list[0].1.entities);
    // Outside the roots, or another root with a shared prefix, nothing.
    assert!(store.cards(&[PathBuf::from("/new")]).unwrap().is_empty());
    assert!(store.cards(&[PathBuf::from("/news2")]).unwrap().is_empty());
    assert_eq!(store.cards(std::slice::from_ref(&path)).unwrap().len(), 1);
    assert_eq!(
        store.stamps_under(&[PathBuf::from("/")]).unwrap()[&path],
        stamp(1)
    );
    // With more articles elsewhere, a small list looks its people up instead: same cards.
    for n in 0..3 {
        let other = PathBuf::from(format!("/other/{n}.txt"));
        store
            .put_file(&other, &stamp(2), &analysed(&other, ORCHARD))
            .unwrap();
    }
    assert_eq!(store.cards(&[PathBuf::from("/news")]).unwrap(), put);
    let everything = store.cards(&[PathBuf::from("/")]).unwrap();
    assert_eq!(everything.len(), 4);
    assert!(everything.iter().all(|c| !c.people.is_empty()));
}

#[test]
fn cards_come_in_file_path_order_and_putting_again_replaces() {
    let mut store = Store::in_memory();
    let b = PathBuf::from("/n/b.txt");
    let a = PathBuf::from("/n/a.txt");
    store
        .put_file(&b, &stamp(1), &analysed(&b, ORCHARD))
        .unwrap();
    store
        .put_file(&a, &stamp(2), &analysed(&a, HARBOUR))
        .unwrap();
    store
        .put_file(&a, &stamp(3), &analysed(&a, ORCHARD))
        .unwrap();
    let cards = store.cards(&[PathBuf::from("/n")]).unwrap();
    let titles: Vec<_> = cards
        .iter()
        .map(|c| (c.path.clone(), c.title.clone()))
        .collect();
    assert_eq!(
        titles,
        [
            (a.clone(), "Orchard growers count frost losses".to_string()),
            (b.clone(), "Orchard growers count frost losses".to_string()),
        ]
    );
    let removed = store.remove_file(&a).unwrap();
    assert_eq!(removed, std::slice::from_ref(&a));
    assert_eq!(store.cards(&[PathBuf::from("/n")]).unwrap().len(), 1);
    assert!(store.body(&a).unwrap().is_none());
}

#[test]
fn a_row_from_another_analyser_or_a_damaged_blob_is_not_decoded() {
    let mut store = Store::in_memory();
    let path = PathBuf::from("/n/a.txt");
    store
        .put_file(&path, &stamp(1), &analysed(&path, HARBOUR))
        .unwrap();
    store
        .conn
        .execute("UPDATE bodies SET blob = X'01FFFF'", [])
        .unwrap();
    assert!(store.body(&path).unwrap().is_none());
    store
        .put_file(&path, &stamp(1), &analysed(&path, HARBOUR))
        .unwrap();
    store
        .conn
        .execute("UPDATE articles SET analyser = 'lede 0.0.1-old'", [])
        .unwrap();
    assert!(store.body(&path).unwrap().is_none());
}

#[test]
fn a_file_that_is_not_a_database_is_set_aside_and_a_new_one_started() {
    let dir = folder("garbage");
    let path = dir.join("library.sqlite3");
    fs::write(
        &path,
        "these bytes are a shopping list, not a database\n".repeat(100),
    )
    .unwrap();
    let (store, message) = Store::open(&path);
    let message = message.expect("the user is told");
    assert!(message.contains("moved it to"), "{message}");
    let aside: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".broken-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(
        fs::read_to_string(aside[0].path())
            .unwrap()
            .contains("shopping list")
    );
    store.set_read("/n/a.txt", true).unwrap();
    drop(store);
    let (again, message) = Store::open(&path);
    assert_eq!(message, None);
    assert!(again.read_marks().unwrap().contains("/n/a.txt"));
}

#[test]
fn a_newer_database_is_left_alone_and_the_session_runs_in_memory() {
    let dir = folder("newer");
    let path = dir.join("library.sqlite3");
    drop(Store::open(&path));
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema::VERSION + 1)
            .unwrap();
    }
    let (store, message) = Store::open(&path);
    assert!(message.unwrap().contains("newer lede"));
    assert!(path.exists());
    store.set_read("x", true).unwrap();
    assert!(store.read_marks().unwrap().contains("x"));
}

#[test]
fn two_connections_see_each_others_marks_and_none_is_lost() {
    let dir = folder("two");
    let path = dir.join("library.sqlite3");
    let (first, _) = Store::open(&path);
    let (second, _) = Store::open(&path);
    first.set_read("/n/a.txt", true).unwrap();
    second.set_read("/n/b.txt", true).unwrap();
    first.set_position("/n/a.txt", 120).unwrap();
    second.set_star("/n/b.txt", 40, true).unwrap();
    first.set_star("/n/b.txt", 90, true).unwrap();
    second.set_star("/n/b.txt", 90, false).unwrap();
    let marks = first.read_marks().unwrap();
    assert!(marks.contains("/n/a.txt") && marks.contains("/n/b.txt"));
    assert_eq!(second.positions().unwrap()["/n/a.txt"], 120);
    assert_eq!(
        first.stars().unwrap(),
        [("/n/b.txt".to_string(), 40)].into_iter().collect()
    );
    // A process killed without closing: every write was already committed.
    std::mem::forget(first);
    std::mem::forget(second);
    let (third, _) = Store::open(&path);
    assert_eq!(third.read_marks().unwrap().len(), 2);
    assert_eq!(third.positions().unwrap().len(), 1);
    second_unread(&third);
}

fn second_unread(store: &Store) {
    store.set_read("/n/b.txt", false).unwrap();
    assert_eq!(store.read_marks().unwrap().len(), 1);
}

#[test]
fn an_in_memory_store_reopens_onto_the_same_database() {
    let store = Store::in_memory();
    let other = store.reopen().unwrap();
    other.set_read("a", true).unwrap();
    assert!(store.read_marks().unwrap().contains("a"));
    let unrelated = Store::in_memory();
    assert!(unrelated.read_marks().unwrap().is_empty());
}

#[test]
fn the_old_state_file_is_imported_once_and_left_in_place() {
    let dir = folder("import");
    let state = dir.join("state.ron");
    let mut saved = state_file::Saved::default();
    saved.read.insert("/n/a.txt".into());
    saved.positions.insert("/n/a.txt".into(), 77);
    saved.stars.insert(("/n/a.txt".into(), 12));
    saved.store(&state).unwrap();
    let store = Store::in_memory();
    store.set_position("/n/a.txt", 5).unwrap();
    assert_eq!(store.import_state(&state), None);
    assert!(store.read_marks().unwrap().contains("/n/a.txt"));
    assert_eq!(
        store.positions().unwrap()["/n/a.txt"],
        5,
        "the database's own wins"
    );
    assert!(state.exists());
    store.set_read("/n/a.txt", false).unwrap();
    assert_eq!(store.import_state(&state), None);
    assert!(store.read_marks().unwrap().is_empty(), "imported only once");

    let broken = dir.join("broken.ron");
    fs::write(&broken, "(read: [").unwrap();
    let message = Store::in_memory().import_state(&broken).unwrap();
    assert!(message.contains("corrupt"), "{message}");
}

/// What one sync said, counted.
#[derive(Debug, Default)]
struct Told {
    titles: Vec<PathBuf>,
    analysed: Vec<PathBuf>,
    removed: Vec<PathBuf>,
    failed: Vec<String>,
    done: usize,
}

fn run(store: &mut Store, roots: &[PathBuf]) -> Told {
    let mut told = Told::default();
    sync::sync(
        store,
        roots,
        &AtomicBool::new(false),
        &mut |event| match event {
            Event::Titles(cards) => {
                assert!(cards.iter().all(|c| !c.analysed));
                told.titles.extend(cards.into_iter().map(|c| c.path));
            }
            Event::Analysed(cards) => told.analysed.extend(cards.into_iter().map(|c| c.path)),
            Event::Removed(paths) => told.removed.extend(paths),
            Event::Failed(why) => told.failed.push(why),
            Event::Progress { done, total } => assert!(done <= total),
            Event::Done => told.done += 1,
        },
    );
    told.titles.sort();
    told.analysed.sort();
    told
}

#[test]
fn a_sync_reads_new_and_changed_files_only_and_forgets_removed_ones() {
    let dir = folder("sync");
    fs::write(dir.join("harbour.txt"), HARBOUR).unwrap();
    fs::write(dir.join("orchard.md"), ORCHARD).unwrap();
    fs::write(dir.join("notes.png"), "not an article").unwrap();
    fs::create_dir_all(dir.join("sub")).unwrap();
    fs::write(dir.join("sub/empty.txt"), "   \n").unwrap();
    let mut store = Store::in_memory();

    let first = run(&mut store, std::slice::from_ref(&dir));
    let both = vec![dir.join("harbour.txt"), dir.join("orchard.md")];
    assert_eq!(first.titles, both);
    assert_eq!(first.analysed, both);
    assert_eq!(first.failed.len(), 1, "{:?}", first.failed);
    assert!(first.failed[0].contains("empty.txt"));
    assert_eq!(first.done, 1);
    let cards = store.cards(std::slice::from_ref(&dir)).unwrap();
    assert_eq!(cards.len(), 2);
    assert!(cards.iter().all(|c| c.analysed));

    // Nothing changed: nothing read, and the unreadable file is not retried.
    let second = run(&mut store, std::slice::from_ref(&dir));
    assert!(second.titles.is_empty() && second.analysed.is_empty() && second.failed.is_empty());

    // Touched with the same bytes: read, not analysed.
    let harbour = dir.join("harbour.txt");
    let file = fs::File::options().append(true).open(&harbour).unwrap();
    file.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(file);
    let touched = run(&mut store, std::slice::from_ref(&dir));
    assert!(touched.titles.is_empty() && touched.analysed.is_empty());
    let again = run(&mut store, std::slice::from_ref(&dir));
    assert!(again.titles.is_empty());

    // Changed, added, removed.
    fs::write(&harbour, HARBOUR.replace("Tuesday", "Wednesday")).unwrap();
    fs::write(dir.join("third.txt"), ORCHARD.replace("apple", "pear")).unwrap();
    fs::remove_file(dir.join("orchard.md")).unwrap();
    let changed = run(&mut store, std::slice::from_ref(&dir));
    let expected = vec![harbour.clone(), dir.join("third.txt")];
    assert_eq!(changed.titles, expected);
    assert_eq!(changed.analysed, expected);
    assert_eq!(changed.removed, [dir.join("orchard.md")]);
    let (article, _) = store.body(&harbour).unwrap().unwrap();
    assert!(article.text.contains("Wednesday"));
    assert_eq!(store.cards(std::slice::from_ref(&dir)).unwrap().len(), 2);
}

#[test]
fn rows_of_another_analyser_are_analysed_again() {
    let dir = folder("stale");
    fs::write(dir.join("harbour.txt"), HARBOUR).unwrap();
    let mut store = Store::in_memory();
    run(&mut store, std::slice::from_ref(&dir));
    store
        .conn
        .execute("UPDATE files SET analyser = 'lede 0.0.1-old'", [])
        .unwrap();
    let told = run(&mut store, std::slice::from_ref(&dir));
    assert_eq!(told.analysed, [dir.join("harbour.txt")]);
    assert!(
        run(&mut store, std::slice::from_ref(&dir))
            .analysed
            .is_empty()
    );
}

#[test]
fn a_cancelled_sync_ends_at_once_and_says_done() {
    let dir = folder("cancel");
    for n in 0..5 {
        fs::write(dir.join(format!("{n}.txt")), HARBOUR).unwrap();
    }
    let mut store = Store::in_memory();
    let mut events = Vec::new();
    sync::sync(
        &mut store,
        std::slice::from_ref(&dir),
        &AtomicBool::new(true),
        &mut |e| {
            events.push(e);
        },
    );
    assert_eq!(events, [Event::Done]);
    assert!(store.cards(&[dir]).unwrap().is_empty());
}

/// One claim of a hand-made article: who says it (name as written, key), the sentence, and
/// the other people it is about (names as written, keys).
type Said<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);

/// An article whose people and claims are made by hand, so the queries are tested apart
/// from the recognisers.
fn hand_made(
    path: &str,
    title: &str,
    date: Option<&str>,
    said: &[Said<'_>],
) -> (Article, Analysis) {
    use crate::analysis::{Claim, ClaimKind, Cue, Entity, Mention, Speaker};
    use crate::span::Span;
    let mut text = format!("{title}\n\n");
    let mut spans = Vec::new();
    for (_, _, sentence, _) in said {
        let start = text.len();
        text.push_str(sentence);
        spans.push(Span::new(&text, start, text.len()).unwrap());
        text.push_str("\n\n");
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut entity = |name: &str, key: &str, within: Span, text: &str| -> usize {
        let at = within.start() + within.slice(text).find(name).expect("name in sentence");
        let mention = Mention {
            span: Span::new(text, at, at + name.len()).unwrap(),
            text: name.to_string(),
        };
        if let Some(e) = entities.iter_mut().find(|e| e.key == key) {
            e.mentions.push(mention);
            return e.id;
        }
        let id = entities.len();
        entities.push(Entity {
            id,
            kind: EntityKind::Person,
            name: name.to_string(),
            key: key.to_string(),
            aliases: Vec::new(),
            role: None,
            mentions: vec![mention],
            salience: 1.0,
        });
        id
    };
    let mut claims = Vec::new();
    for (n, ((name, key, sentence, about), span)) in said.iter().zip(&spans).enumerate() {
        let speaker = entity(name, key, *span, &text);
        let about = about
            .iter()
            .map(|(name, key)| entity(name, key, *span, &text))
            .collect();
        let at = span.start() + sentence.find(name).unwrap();
        let cue_at = span.start() + sentence.find("said").unwrap_or(0);
        claims.push(Claim {
            id: n,
            kind: ClaimKind::Reported,
            speaker: Some(Speaker {
                span: Span::new(&text, at, at + name.len()).unwrap(),
                text: name.to_string(),
                entity: Some(speaker),
                name: None,
            }),
            cue: Some(Cue {
                span: Span::new(&text, cue_at, cue_at + 4).unwrap(),
                text: "said".to_string(),
            }),
            content: *span,
            sentence: *span,
            section: 0,
            about,
            score: 1.0,
            hedged: false,
        });
    }
    let article = Article {
        path: PathBuf::from(path),
        title: title.to_string(),
        title_span: Span::new(&text, 0, title.len()),
        date: date.map(str::to_string),
        paragraphs: spans.clone(),
        text,
        ..Article::default()
    };
    let analysis = Analysis {
        sentences: spans,
        entities,
        claims,
        language: Some("eng"),
        ..Analysis::default()
    };
    (article, analysis)
}

fn put(store: &mut Store, item: (Article, Analysis)) {
    let path = item.0.path.clone();
    store.put_file(&path, &stamp(1), &[item]).unwrap();
}

/// A small library about one port: Marta Quell in full in two articles, "Quell" alone in a
/// third, and Ivo Sand and Lea Sand, who share a surname, with a bare "Sand".
fn port_library() -> Store {
    let mut store = Store::in_memory();
    put(
        &mut store,
        hand_made(
            "/port/a.txt",
            "Cranes arrive at the east quay",
            Some("2026-03-02"),
            &[
                (
                    "Marta Quell",
                    "person:marta quell",
                    "Marta Quell said the cranes were late.",
                    &[],
                ),
                (
                    "Ivo Sand",
                    "person:ivo sand",
                    "Ivo Sand said Marta Quell was right.",
                    &[("Marta Quell", "person:marta quell")],
                ),
            ],
        ),
    );
    put(
        &mut store,
        hand_made(
            "/port/b.txt",
            "Dock workers vote on the new rota",
            Some("2026-05-11"),
            &[(
                "Quell",
                "person:quell",
                "Quell said the rota would stand.",
                &[],
            )],
        ),
    );
    put(
        &mut store,
        hand_made(
            "/port/c.txt",
            "Port accounts show a surplus",
            None,
            &[
                (
                    "Marta Quell",
                    "person:marta quell",
                    "Marta Quell said the surplus was modest.",
                    &[],
                ),
                (
                    "Lea Sand",
                    "person:lea sand",
                    "Lea Sand said the surplus would fund dredging.",
                    &[],
                ),
                (
                    "Sand",
                    "person:sand",
                    "Sand said the dredging starts in June.",
                    &[],
                ),
            ],
        ),
    );
    put(
        &mut store,
        hand_made(
            "/elsewhere/d.txt",
            "Quell visits the ferry yard",
            Some("2026-06-01"),
            &[(
                "Quell",
                "person:quell",
                "Quell said the ferry yard impressed her.",
                &[],
            )],
        ),
    );
    store
}

#[test]
fn claims_of_a_person_include_those_under_a_bare_surname_newest_first() {
    let store = port_library();
    let port = vec![PathBuf::from("/port")];
    let claims = store.claims_of(&port, "person:marta quell").unwrap();
    let seen: Vec<(&str, bool)> = claims.iter().map(|c| (c.sentence.as_str(), c.by)).collect();
    assert_eq!(
        seen,
        [
            ("Quell said the rota would stand.", true),
            ("Marta Quell said the cranes were late.", true),
            ("Ivo Sand said Marta Quell was right.", false),
            ("Marta Quell said the surplus was modest.", true),
        ]
    );
    assert_eq!(claims[0].article, PathBuf::from("/port/b.txt"));
    assert_eq!(claims[0].verb, "said");
    assert_eq!(claims, store.claims_of(&port, "person:quell").unwrap());
    // Two full names share "Sand": the bare one stays apart.
    let sand = store.claims_of(&port, "person:lea sand").unwrap();
    assert_eq!(sand.len(), 1);
    assert_eq!(store.claims_of(&port, "person:sand").unwrap().len(), 1);
    // The roots decide: the ferry yard article is not under /port.
    let everywhere = store
        .claims_of(&[PathBuf::from("/")], "person:marta quell")
        .unwrap();
    assert_eq!(everywhere.len(), 5);
    assert_eq!(everywhere[0].article, PathBuf::from("/elsewhere/d.txt"));
}

#[test]
fn people_are_counted_by_library_key() {
    let store = port_library();
    let people = store.people(&[PathBuf::from("/port")]).unwrap();
    let quell = &people[0];
    assert_eq!(quell.key, "person:marta quell");
    assert_eq!(quell.name, "Marta Quell");
    assert_eq!(quell.aliases, ["Quell"]);
    assert_eq!((quell.articles, quell.by, quell.about), (3, 3, 1));
    let keys: Vec<&str> = people.iter().map(|p| p.key.as_str()).collect();
    assert!(keys.contains(&"person:sand") && keys.contains(&"person:lea sand"));
    assert!(!keys.contains(&"person:quell"));
}

#[test]
fn search_ranks_titles_and_points_at_the_matching_paragraph() {
    let store = port_library();
    let all = vec![PathBuf::from("/")];
    let hits = store.search(&all, "surplus dredg", 10).unwrap();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(hit.article, PathBuf::from("/port/c.txt"));
    assert_eq!(hit.line, "Lea Sand said the surplus would fund dredging.");
    let (article, _) = store.body(&hit.article).unwrap().unwrap();
    assert!(article.text[hit.offset..].starts_with("surplus would"));
    // A title match ranks before a text-only one.
    let ferry = store.search(&all, "ferry", 10).unwrap();
    assert_eq!(ferry.len(), 1);
    let quell = store.search(&all, "quell", 10).unwrap();
    assert_eq!(quell[0].article, PathBuf::from("/elsewhere/d.txt"));
    assert_eq!(quell.len(), 4);
    assert_eq!(store.search(&all, "quell", 2).unwrap().len(), 2);
    assert!(
        store
            .search(&[PathBuf::from("/port")], "ferry", 10)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn any_text_is_a_safe_search() {
    let store = port_library();
    let all = vec![PathBuf::from("/")];
    for query in [
        "\"",
        "\"cranes",
        "cranes\"",
        "*",
        "-",
        "- cranes",
        "NEAR(cranes quay)",
        "cranes NOT quay",
        "AND",
        "OR cranes",
        "(",
        "^cranes",
        "col:cranes",
        "cranes +",
        "",
        "   ",
        "\u{0}",
        "Zoë’s café",
        "港口",
        "cra*",
    ] {
        assert!(store.search(&all, query, 10).is_ok(), "{query:?}");
    }
    assert_eq!(
        fts_query("NEAR(a b)"),
        Some("\"NEAR(a\" \"b)\"*".to_string())
    );
    assert_eq!(
        fts_query("say \"no\""),
        Some("\"say\" \"\"\"no\"\"\"*".to_string())
    );
    assert_eq!(fts_query("- * \""), None);
    // Operators are words: "NOT quay" does not exclude the article with a quay.
    assert!(
        store
            .search(&all, "cranes NOT quay", 10)
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.search(&all, "cranes quay", 10).unwrap().len(), 1);
    assert_eq!(
        store.search(&all, "cran", 10).unwrap().len(),
        1,
        "last word is a prefix"
    );
    assert!(
        store.search(&all, "cran quay", 10).unwrap().is_empty(),
        "only the last"
    );
}

#[test]
fn analyze_takes_an_unchanged_file_from_the_database_and_a_changed_one_afresh() {
    let dir = folder("stream");
    let file = dir.join("harbour.txt");
    fs::write(&file, HARBOUR).unwrap();
    let mut store = Store::in_memory();
    run(&mut store, std::slice::from_ref(&dir));
    // What the database holds for the file, marked so it can be told from a fresh analysis.
    let (article, mut analysis) = store.body(&file).unwrap().unwrap();
    assert!(!analysis.claims.is_empty());
    analysis.claims.clear();
    let stamp = store.stamps_under(std::slice::from_ref(&dir)).unwrap()[&file];
    store
        .put_file(&file, &stamp, &[(article, analysis)])
        .unwrap();

    let claims_printed = |store: &Store| {
        let (listed, _) = article::list_paths(std::slice::from_ref(&dir));
        let mut spill =
            super::stream::analyse_files(&listed, Some(store), &mut |e| panic!("{e}")).unwrap();
        let (article, analysis) = spill.next_document().unwrap().unwrap();
        assert_eq!(article.path, file);
        analysis.claims.len()
    };
    assert_eq!(claims_printed(&store), 0, "taken from the database");
    let touched = fs::File::options().append(true).open(&file).unwrap();
    touched
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(9))
        .unwrap();
    drop(touched);
    assert!(claims_printed(&store) > 0, "analysed afresh");
}

#[test]
fn damage_found_by_verify_sets_the_database_aside_on_the_next_start() {
    let dir = folder("damaged");
    let path = dir.join("library.sqlite3");
    {
        let (mut store, _) = Store::open(&path);
        for n in 0..40 {
            let file = PathBuf::from(format!("/n/{n}.txt"));
            store
                .put_file(&file, &stamp(n), &analysed(&file, HARBOUR))
                .unwrap();
        }
        assert_eq!(store.verify(), None);
        store
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
    }
    // Zeros over the middle of the file: its tables' pages, not its first page.
    let mut bytes = fs::read(&path).unwrap();
    let len = bytes.len();
    assert!(len > 64 * 1024, "{len}");
    bytes[len / 3..len / 2].fill(0);
    fs::write(&path, &bytes).unwrap();
    let (store, message) = Store::open(&path);
    assert_eq!(message, None, "the first pages are sound");
    let found = store.verify().expect("the damage is found");
    assert!(found.contains("set aside when lede next starts"), "{found}");
    drop(store);
    let (fresh, message) = Store::open(&path);
    assert!(message.unwrap().contains("moved it to"));
    assert_eq!(fresh.verify(), None);
    assert!(fresh.cards(&[PathBuf::from("/")]).unwrap().is_empty());
    assert!(!dir.join("library.sqlite3.damaged").exists());
}

#[test]
fn one_huge_sentence_of_many_claims_is_not_stored_once_per_claim() {
    let dir = folder("huge-sentence");
    let (mut store, _) = Store::open(&dir.join("library.sqlite3"));
    // One sentence that never ends, with a claim every few words.
    let body: String = (0..4_000)
        .map(|n| format!("officials said the fee rose {n} times and "))
        .collect();
    let text = format!("Fees\n\n{body}the board agreed.\n");
    let path = dir.join("fees.txt");
    let items = analysed(&path, &text);
    let claims = items[0].1.claims.len();
    assert!(claims > 100, "the text has many claims: {claims}");
    store.put_file(&path, &stamp(1), &items).unwrap();
    let stored: i64 = store
        .conn
        .query_row(
            "SELECT coalesce(sum(length(content) + length(sentence)), 0) FROM claims",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let most = (2 * (MAX_CLAIM_TEXT + 6) * claims) as i64;
    assert!(stored <= most, "{stored} bytes for {claims} claims");
    // And the text itself is whole.
    let (article, _) = store.body(&path).unwrap().unwrap();
    assert_eq!(article.text, text);
}
