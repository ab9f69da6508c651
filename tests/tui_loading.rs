//! The reader fed from the background: cards that arrive, change and go, articles whose text
//! comes later, the library's search and the user's marks, all through `App::receive` and
//! `App::take_requests`, without a terminal or a database.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use lede::analysis;
use lede::article;
use lede::store::sync::Event;
use lede::store::{Card, Hit};
use lede::tui::action::Action;
use lede::tui::app::{App, Body, Loaded, Request, Screen};

/// An article of our own, read as a file at `path` would be.
fn article_at(path: &str, text: &str) -> article::Article {
    let mut article = article::from_source(PathBuf::from(path), text.to_string());
    article.path = PathBuf::from(path);
    article
}

fn card(path: &str, text: &str, analysed: bool) -> Card {
    let article = article_at(path, text);
    let analysis = analysis::analyze(&article);
    Card::new(&article, analysed.then_some(&analysis))
}

fn body(path: &str, text: &str) -> Arc<Body> {
    let article = article_at(path, text);
    let analysis = analysis::analyze(&article);
    Arc::new(Body { article, analysis })
}

const HARBOUR: &str = "Harbour Fees Rise Again\n\nThe port authority raised its fees on Monday. \
    \"We had no choice,\" said Orla Brennick, the authority's director.\n\nShipping firms \
    said the rise would reach shoppers within weeks.\n";
const BRIDGE: &str = "Bridge Repairs Delayed\n\nRepairs to the old river bridge will take \
    another year, the council said on Tuesday.\n\nOrla Brennick said the port would pay \
    its share.\n";

fn titles(cards: Vec<Card>) -> Loaded {
    Loaded::Sync(Event::Titles(cards))
}

fn analysed(cards: Vec<Card>) -> Loaded {
    Loaded::Sync(Event::Analysed(cards))
}

fn removed(paths: Vec<PathBuf>) -> Loaded {
    Loaded::Sync(Event::Removed(paths))
}

fn empty_app() -> App {
    common::app(Vec::new(), 100, 30)
}

#[test]
fn title_cards_show_at_once_and_analysed_ones_fill_in_their_counts() {
    let mut app = empty_app();
    app.receive(titles(vec![
        card("/news/a.txt", HARBOUR, false),
        card("/news/b.txt", BRIDGE, false),
    ]));
    assert_eq!(app.library_rows().len(), 2);
    assert!(app.entries.iter().all(|e| !e.card.analysed));
    app.receive(analysed(vec![card("/news/a.txt", HARBOUR, true)]));
    assert_eq!(app.entries.len(), 2, "a card is replaced, not added twice");
    assert!(app.entries[0].card.analysed);
    assert!(
        app.entries[0]
            .card
            .people
            .iter()
            .any(|p| p.name == "Orla Brennick")
    );
    // A late title card never undoes an analysis.
    app.receive(titles(vec![card("/news/a.txt", HARBOUR, false)]));
    assert!(app.entries[0].card.analysed);
}

#[test]
fn the_selection_stays_on_its_article_as_cards_arrive_and_go() {
    let mut app = empty_app();
    app.receive(analysed(vec![
        card("/news/b.txt", BRIDGE, true),
        card("/news/c.txt", HARBOUR, true),
    ]));
    // By title: "Bridge…", "Harbour…"; then "Harbour Fees" of a.txt comes between them.
    app.update(Action::Sort);
    app.update(Action::Sort);
    app.update(Action::Down);
    let selected = |app: &App| {
        app.entries[app.library_rows()[app.library.selected]]
            .card
            .path
            .clone()
    };
    assert_eq!(selected(&app), PathBuf::from("/news/c.txt"));
    app.receive(analysed(vec![card("/news/a.txt", HARBOUR, true)]));
    assert_eq!(selected(&app), PathBuf::from("/news/c.txt"));
    app.receive(removed(vec![PathBuf::from("/news/b.txt")]));
    assert_eq!(app.entries.len(), 2);
    assert_eq!(selected(&app), PathBuf::from("/news/c.txt"));
}

#[test]
fn an_article_not_yet_loaded_opens_when_its_text_arrives() {
    let mut app = empty_app();
    app.receive(analysed(vec![card("/news/a.txt", HARBOUR, true)]));
    app.update(Action::Open);
    assert_eq!(app.screen, Screen::Library, "nothing to show yet");
    let requests = app.take_requests();
    assert!(
        requests.contains(&Request::Body {
            path: PathBuf::from("/news/a.txt"),
            file: PathBuf::from("/news/a.txt"),
        }),
        "{requests:?}"
    );
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/a.txt"),
        body: body("/news/a.txt", HARBOUR),
        analysed: true,
    });
    assert_eq!(app.screen, Screen::Reader);
    assert!(app.read.contains("/news/a.txt"));
    assert!(
        app.take_requests()
            .contains(&Request::Read("/news/a.txt".into(), true)),
        "the read mark is kept at once"
    );
}

#[test]
fn a_library_search_ranks_text_matches_first_and_opens_at_the_match() {
    let mut app = empty_app();
    app.receive(analysed(vec![
        card("/news/a.txt", HARBOUR, true),
        card("/news/b.txt", BRIDGE, true),
    ]));
    app.update(Action::Search);
    common::type_text(&mut app, "port");
    let requests = app.take_requests();
    assert_eq!(
        requests
            .iter()
            .filter(|r| matches!(r, Request::Search(_)))
            .count(),
        1,
        "one search in flight, the latest: {requests:?}"
    );
    assert!(requests.contains(&Request::Search("port".into())));
    let at = BRIDGE.find("the port").unwrap_or(0);
    app.receive(Loaded::Hits {
        query: "port".into(),
        hits: vec![Hit {
            article: PathBuf::from("/news/b.txt"),
            title: "Bridge Repairs Delayed".into(),
            date: None,
            line: "Orla Brennick said the port would pay its share.".into(),
            offset: at,
        }],
    });
    // A stale answer to an earlier query is dropped.
    app.receive(Loaded::Hits {
        query: "po".into(),
        hits: Vec::new(),
    });
    let rows = app.library_rows();
    assert_eq!(app.entries[rows[0]].card.path, PathBuf::from("/news/b.txt"));
    app.update(Action::Open);
    app.update(Action::Open);
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/b.txt"),
        body: body("/news/b.txt", BRIDGE),
        analysed: true,
    });
    assert_eq!(app.screen, Screen::Reader);
}

#[test]
fn marks_and_stars_are_asked_to_be_kept_as_they_change() {
    let mut app = empty_app();
    app.receive(analysed(vec![
        card("/news/a.txt", HARBOUR, true),
        card("/news/b.txt", BRIDGE, true),
    ]));
    app.update(Action::ToggleRead);
    assert!(
        app.take_requests()
            .contains(&Request::Read("/news/a.txt".into(), true))
    );
    app.update(Action::ToggleRead);
    assert!(
        app.take_requests()
            .contains(&Request::Read("/news/a.txt".into(), false))
    );
    // Next unread skips what is read.
    app.update(Action::ToggleRead);
    app.update(Action::NextUnread);
    assert!(
        app.take_requests().iter().any(
            |r| matches!(r, Request::Body { path, .. } if path == &PathBuf::from("/news/b.txt"))
        )
    );
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/b.txt"),
        body: body("/news/b.txt", BRIDGE),
        analysed: true,
    });
    app.update(Action::Next);
    app.update(Action::Star);
    let requests = app.take_requests();
    assert!(
        requests
            .iter()
            .any(|r| matches!(r, Request::Star(key, _, true) if key == "/news/b.txt")),
        "{requests:?}"
    );
    assert_eq!(app.stars.len(), 1);
    app.update(Action::Star);
    assert!(app.stars.is_empty());
    // Leaving the article keeps where it was left.
    app.update(Action::Back);
    assert!(
        app.take_requests()
            .iter()
            .any(|r| matches!(r, Request::Position(key, _) if key == "/news/b.txt"))
    );
}

#[test]
fn an_open_article_reanalysed_keeps_its_place_when_its_text_is_the_same() {
    let long: String = (0..60)
        .map(|n| format!("Paragraph {n} says the port authority met again on the fees.\n\n"))
        .collect();
    let text = format!("Long Port Story\n\n{long}");
    let mut app = empty_app();
    app.receive(analysed(vec![card("/news/long.txt", &text, true)]));
    app.update(Action::Open);
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/long.txt"),
        body: body("/news/long.txt", &text),
        analysed: true,
    });
    for _ in 0..3 {
        app.update(Action::PageDown);
    }
    // The place is the text at the top of the view (generated titles may move by a line).
    let place = |app: &App| app.reader.as_ref().map(|r| r.doc.offset_of_line(r.top));
    let before = place(&app);
    assert!(app.reader.as_ref().is_some_and(|r| r.top > 0));
    app.take_requests();
    app.receive(analysed(vec![card("/news/long.txt", &text, true)]));
    assert!(
        app.take_requests()
            .iter()
            .any(|r| matches!(r, Request::Body { .. })),
        "the new analysis is fetched"
    );
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/long.txt"),
        body: body("/news/long.txt", &text),
        analysed: true,
    });
    assert_eq!(place(&app), before);

    // A reader at the end stays at the end.
    app.update(Action::Bottom);
    let end = app.reader.as_ref().map(|r| r.top);
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/long.txt"),
        body: body("/news/long.txt", &text),
        analysed: true,
    });
    assert_eq!(app.reader.as_ref().map(|r| r.top), end);
}

#[test]
fn problems_met_in_the_background_are_summed_up_and_listed_in_full_in_the_help() {
    let mut app = empty_app();
    app.receive(Loaded::Failed(
        "library database /data/library.sqlite3 was unusable (file is not a database)".into(),
    ));
    app.receive(Loaded::Failed(
        "/news/menu.html: no article text found in page".into(),
    ));
    let status = lede::tui::app::summary(&app.problems).unwrap_or_default();
    assert!(status.starts_with("2 problems"), "{status}");
    assert!(
        status.contains("was unusable"),
        "the first is named: {status}"
    );
    app.update(Action::Help);
    let backend = ratatui::backend::TestBackend::new(100, 30);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|frame| lede::tui::panes::render(&app, frame))
        .unwrap();
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("Problems (2)"), "{shown}");
    assert!(shown.contains("no article text found in page"), "{shown}");
}

#[test]
fn a_claim_is_copied_with_its_speaker_and_source_and_claims_export_as_markdown() {
    let mut app = empty_app();
    app.receive(analysed(vec![card("/news/a.txt", HARBOUR, true)]));
    app.update(Action::Open);
    app.receive(Loaded::Body {
        path: PathBuf::from("/news/a.txt"),
        body: body("/news/a.txt", HARBOUR),
        analysed: true,
    });
    app.take_requests();
    // The quote of the director is a claim; select it and copy.
    let quote = app
        .current()
        .and_then(|b| {
            b.analysis
                .claims
                .iter()
                .position(|c| b.article.slice(c.content).contains("no choice"))
        })
        .expect("the director's quote is a claim");
    assert!(app.panel_claims().contains(&quote), "in the panel");
    for _ in 0..app.panel_claims().len() {
        if app.reader.as_ref().and_then(|r| r.claim) == Some(quote) {
            break;
        }
        app.update(Action::Next);
    }
    app.update(Action::CopyClaim);
    let copied = app.take_requests().into_iter().find_map(|r| match r {
        Request::Copy(text) => Some(text),
        _ => None,
    });
    let copied = copied.expect("a copy was asked for");
    assert!(copied.contains("Orla Brennick"), "{copied}");
    assert!(copied.contains("We had no choice"), "{copied}");
    assert!(copied.contains("Harbour Fees Rise Again"), "{copied}");
    assert!(copied.contains("/news/a.txt"), "{copied}");

    app.update(Action::ExportClaims);
    let note = app.take_requests().into_iter().find_map(|r| match r {
        Request::Export { name, markdown } => Some((name, markdown)),
        _ => None,
    });
    let (name, markdown) = note.expect("an export was asked for");
    assert!(name.ends_with(".md"), "{name}");
    assert!(markdown.starts_with("# Claims"), "{markdown}");
    assert!(markdown.contains("Orla Brennick"), "{markdown}");
}

#[test]
fn the_person_page_shows_a_sentence_once_however_many_of_its_claims_are_theirs() {
    use lede::store::ClaimRow;
    let mut app = empty_app();
    app.receive(analysed(vec![card("/news/a.txt", HARBOUR, true)]));
    app.update(Action::PickPerson);
    common::type_text(&mut app, "brennick");
    app.update(Action::Open);
    let key = app.person.as_ref().map(|p| p.key.clone()).expect("chosen");
    let row = |content: &str| ClaimRow {
        article: PathBuf::from("/news/a.txt"),
        title: "Harbour Fees Rise Again".into(),
        date: None,
        by: true,
        speaker: "Orla Brennick".into(),
        verb: "said".into(),
        content: content.into(),
        sentence: "\"We had no choice,\" said Orla Brennick, the authority's director.".into(),
        at: 60,
    };
    app.receive(Loaded::PersonClaims {
        key,
        rows: vec![row("We had no choice"), row("no choice")],
    });
    let rows = app.person_page.as_ref().and_then(|p| p.rows.as_ref());
    assert_eq!(rows.map(Vec::len), Some(1));
}

#[test]
fn the_library_s_picker_shows_a_person_by_the_fullest_name_any_article_uses() {
    let mut app = empty_app();
    let mut short = card("/news/a.txt", HARBOUR, true);
    let mut full = card("/news/b.txt", BRIDGE, true);
    // One person under one key: named by surname alone, often, in one article and in full,
    // once, in the other.
    for (card, name, mentions) in [(&mut short, "Brennick", 6), (&mut full, "Orla Brennick", 1)] {
        let person = card.people.first_mut().unwrap();
        person.key = "person:orla brennick".into();
        person.name = name.into();
        person.mentions = mentions;
        card.people.truncate(1);
    }
    app.receive(analysed(vec![short, full]));
    app.update(Action::PickPerson);
    let Some(lede::tui::app::Overlay::People(picker)) = &app.overlay else {
        panic!("the picker is not up");
    };
    let choice = picker.current().unwrap();
    assert_eq!(
        (choice.name.as_str(), choice.mentions),
        ("Orla Brennick", 7)
    );
}
