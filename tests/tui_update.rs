//! `App::update`: navigation, claims, the person filter, search and the library, without a
//! terminal.

mod common;

use common::{first, library_app, plain_berlin, rich_app, type_text, visible_text};
use lede::tui::action::Action;
use lede::tui::app::{Overlay, PanelRow, Request, Screen};
use lede::tui::layout::Focus;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn top(app: &lede::tui::app::App) -> usize {
    app.reader.as_ref().unwrap().top
}

fn claim_text(app: &lede::tui::app::App, n: usize) -> String {
    let entry = app.current().unwrap();
    entry
        .article
        .slice(entry.analysis.claims[n].content)
        .to_string()
}

/// Whether the first words of a text are in view.
fn in_view(app: &lede::tui::app::App, words: &str) -> bool {
    let view = visible_text(app).join(" ");
    let start: String = words
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    view.contains(&start)
}

#[test]
fn scrolling_stays_between_the_first_and_last_line() {
    let mut app = rich_app(80, 24);
    app.update(Action::Up);
    assert_eq!(top(&app), 0);
    app.update(Action::Bottom);
    let bottom = top(&app);
    assert!(bottom > 0);
    app.update(Action::Down);
    app.update(Action::PageDown);
    assert_eq!(top(&app), bottom, "no scrolling past the end");
    app.update(Action::HalfPageUp);
    assert!(top(&app) < bottom);
    app.update(Action::Top);
    assert_eq!(top(&app), 0);
}

#[test]
fn next_claim_moves_the_text_to_it() {
    let mut app = rich_app(80, 24);
    let claims = app.panel_claims();
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(claims[0]));
    app.update(Action::Next);
    app.update(Action::Next);
    let third = claims[2];
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(third));
    assert!(top(&app) > 0, "the third claim is below the first screen");
    assert!(
        in_view(&app, &claim_text(&app, third)),
        "{:?}",
        visible_text(&app)
    );
    app.update(Action::Previous);
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(claims[1]));
}

#[test]
fn the_claims_panel_selects_with_j_and_moves_the_text_on_enter() {
    let mut app = rich_app(120, 40);
    app.update(Action::FocusNext);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Claims);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Down);
    let fifth = app.panel_claims()[4];
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(fifth));
    assert_eq!(top(&app), 0, "selecting alone does not scroll");
    app.update(Action::Open);
    assert!(in_view(&app, &claim_text(&app, fifth)));
    app.update(Action::Back);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Text);
}

#[test]
fn the_panel_follows_the_reading_position() {
    let mut app = rich_app(80, 24);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let reader = app.reader.as_ref().unwrap();
    let entry = app.current().unwrap();
    let at = reader.doc.offset_of_line(reader.top);
    let selected = &entry.analysis.claims[reader.claim.unwrap()];
    assert!(
        selected.sentence.start() >= at,
        "selected claim is not above the view"
    );
    let earlier = entry
        .analysis
        .claims
        .iter()
        .filter(|c| c.sentence.start() >= at && c.sentence.start() < selected.sentence.start())
        .count();
    assert_eq!(
        earlier, 0,
        "it is the first claim from the reading position on"
    );
}

#[test]
fn choosing_a_person_groups_claims_by_and_about_them_and_n_steps_through_mentions() {
    let mut app = rich_app(120, 40);
    app.update(Action::PickPerson);
    assert!(matches!(app.overlay, Some(Overlay::People(_))));
    // Typing goes into the picker, even letters bound to actions.
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(app.action_for_key(q), Some(Action::Type('q')));
    type_text(&mut app, "merz");
    app.update(Action::Open);
    assert!(app.overlay.is_none());
    assert_eq!(app.person.as_ref().unwrap().name, "Friedrich Merz");
    let rows = app.panel_rows();
    assert_eq!(rows[0], PanelRow::Group("By Friedrich Merz (0)".into()));
    assert_eq!(
        rows[1],
        PanelRow::Empty("none".into()),
        "an empty group says so"
    );
    assert_eq!(rows[2], PanelRow::Group("About Friedrich Merz (1)".into()));
    assert!(matches!(rows[3], PanelRow::Claim(4)));
    // The panel opens on the person's first claim, and the text shows it.
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(4));
    let claim = app.current().unwrap().analysis.claims[4].sentence;
    assert!(in_view(&app, &first_sentence_words(&app, claim)));

    let mentions: Vec<_> = app.person_entity().unwrap().mentions.clone();
    assert!(mentions.len() >= 2);
    app.update(Action::Top);
    app.update(Action::Next);
    app.update(Action::Next);
    let reader = app.reader.as_ref().unwrap();
    assert_eq!(reader.mention, Some(1));
    assert!(in_view(&app, &first_sentence_words(&app, mentions[1].span)));

    app.update(Action::Back);
    assert!(app.person.is_none(), "esc clears the filter");
}

fn first_sentence_words(app: &lede::tui::app::App, span: lede::span::Span) -> String {
    let entry = app.current().unwrap();
    entry.article.slice(span).to_string()
}

#[test]
fn search_finds_every_match_and_n_cycles_through_them() {
    let mut app = rich_app(80, 24);
    app.update(Action::Search);
    type_text(&mut app, "nato");
    let entry = app.current().unwrap();
    let expected = entry
        .article
        .paragraphs
        .iter()
        .map(|p| {
            entry
                .article
                .slice(*p)
                .to_lowercase()
                .matches("nato")
                .count()
        })
        .sum::<usize>();
    let search = app.reader.as_ref().unwrap().search.clone().unwrap();
    assert_eq!(search.matches.len(), expected);
    assert_eq!(search.current, Some(0));
    assert!(in_view(&app, "Nato"));
    app.update(Action::Open);
    assert!(app.prompt.is_none());
    app.update(Action::Next);
    assert_eq!(
        app.reader
            .as_ref()
            .unwrap()
            .search
            .as_ref()
            .unwrap()
            .current,
        Some(1)
    );
    app.update(Action::Previous);
    app.update(Action::Previous);
    assert_eq!(
        app.reader
            .as_ref()
            .unwrap()
            .search
            .as_ref()
            .unwrap()
            .current,
        Some(expected - 1),
        "N wraps around"
    );
    app.update(Action::Back);
    assert!(app.reader.as_ref().unwrap().search.is_none());
}

#[test]
fn a_resize_keeps_the_line_being_read_at_the_top() {
    let mut app = rich_app(120, 40);
    for _ in 0..17 {
        app.update(Action::Down);
    }
    let reader = app.reader.as_ref().unwrap();
    let anchor = reader.doc.offset_of_line(reader.top);
    for (w, h) in [(80, 24), (61, 30), (160, 48)] {
        app.update(Action::Resize(w, h));
        let reader = app.reader.as_ref().unwrap();
        assert_eq!(
            reader.doc.line_of_offset(anchor),
            reader.top,
            "at {w}x{h} the anchor is on the top line"
        );
    }
}

#[test]
fn sections_jump_with_brackets_and_the_outline_follows() {
    let mut app = rich_app(120, 40);
    assert_eq!(app.current().unwrap().analysis.sections.len(), 3);
    app.update(Action::NextSection);
    assert_eq!(app.current_section(), 1);
    assert!(
        in_view(&app, "Nato membership"),
        "the made-up title heads the view"
    );
    app.update(Action::NextSection);
    app.update(Action::NextSection);
    assert_eq!(app.current_section(), 2, "no section past the last");
    app.update(Action::PrevSection);
    assert_eq!(app.current_section(), 1);
    app.update(Action::Down);
    app.update(Action::PrevSection);
    assert_eq!(
        app.current_section(),
        1,
        "[ inside a section goes to its start"
    );
    app.update(Action::PrevSection);
    assert_eq!(app.current_section(), 0);
    assert_eq!(top(&app), 0);
}

#[test]
fn the_outline_selects_with_j_and_jumps_on_enter() {
    let mut app = rich_app(120, 40);
    app.update(Action::FocusPrev);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Outline);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.current_section(), 0, "selecting alone does not scroll");
    app.update(Action::Open);
    assert_eq!(app.current_section(), 2);
}

#[test]
fn narrow_terminals_hide_panels_that_stay_reachable_by_key() {
    let mut app = rich_app(60, 24);
    let areas = app.reader_areas();
    assert!(areas.claims.is_none() && areas.outline.is_none());
    app.update(Action::ToggleClaims);
    let areas = app.reader_areas();
    assert_eq!(areas.claims.map(|a| a.width), Some(60));
    assert!(areas.text.is_none());
    app.update(Action::ToggleClaims);
    assert!(app.reader_areas().text.is_some());
}

#[test]
fn the_library_opens_articles_and_goes_back_with_esc() {
    let mut app = library_app(100, 30);
    assert_eq!(app.screen, Screen::Library);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.screen, Screen::Reader);
    let opened = app.current().unwrap().article.path.clone();
    assert_eq!(opened, app.entries[app.library_rows()[1]].card.path);
    app.update(Action::Back);
    assert_eq!(app.screen, Screen::Library);
    assert!(app.read.contains(&opened.display().to_string()));

    app.update(Action::Search);
    type_text(&mut app, "zzzz");
    app.update(Action::Open);
    assert!(app.library_rows().is_empty());
    app.update(Action::Back);
    assert_eq!(app.library_rows().len(), app.entries.len());

    app.update(Action::Sort);
    app.update(Action::Sort);
    let titles: Vec<String> = app
        .library_rows()
        .iter()
        .map(|&n| app.entries[n].card.title.to_lowercase())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted, "second sort is by title");
}

#[test]
fn a_person_filter_in_the_library_keeps_their_articles() {
    let mut app = library_app(100, 30);
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    // The person's page is up and has asked the library for their claims.
    assert_eq!(app.screen, Screen::Person);
    assert!(
        app.take_requests()
            .iter()
            .any(|r| matches!(r, Request::PersonClaims(key) if key.contains("merz")))
    );
    app.update(Action::Back);
    assert_eq!(app.screen, Screen::Library);
    let rows = app.library_rows();
    assert_eq!(rows.len(), 1);
    assert!(
        app.entries[rows[0]]
            .card
            .path
            .ends_with("berlin-peace-talks.txt")
    );
    app.update(Action::Back);
    assert_eq!(app.library_rows().len(), app.entries.len());
}

#[test]
fn an_article_without_entities_or_claims_is_still_readable() {
    let mut app = common::app(vec![plain_berlin()], 80, 24);
    for action in [
        Action::Next,
        Action::Previous,
        Action::FocusNext,
        Action::Down,
        Action::Open,
        Action::FocusNext,
        Action::Down,
        Action::Open,
        Action::Back,
        Action::PickPerson,
        Action::Type('x'),
        Action::Open,
        Action::NextSection,
        Action::Bottom,
    ] {
        app.update(action);
    }
    assert_eq!(app.screen, Screen::Reader);
    assert!(top(&app) > 0);
}

#[test]
fn the_first_claim_of_the_sample_is_a_real_phrase() {
    // Guards the fixture: its spans come from the sample text, not invented strings.
    let entry = common::rich_berlin();
    let entry = entry.body.as_deref().unwrap();
    let span = first(&entry.article, "the discussions as constructive");
    assert_eq!(entry.analysis.claims[0].content, span);
}

#[test]
fn the_mouse_wheel_scrolls_the_pane_under_it_and_a_click_selects() {
    let mut app = rich_app(120, 40);
    let areas = app.reader_areas();
    let text = areas.text.unwrap();
    app.update(Action::Wheel {
        column: text.x + 5,
        row: text.y + 5,
        down: true,
    });
    assert_eq!(top(&app), 3);

    let claims = areas.claims.unwrap();
    let inner = lede::tui::layout::inner(claims);
    let first_item = lede::tui::panes::claims::visible(&app, inner.width as usize, 20)
        .0
        .first()
        .map(|i| i.lines.len())
        .unwrap();
    app.update(Action::Click {
        column: inner.x + 3,
        row: inner.y + first_item as u16,
    });
    let second = app.panel_claims()[1];
    assert_eq!(app.reader.as_ref().unwrap().claim, Some(second));
    assert!(in_view(&app, &claim_text(&app, second)));

    let before = app.reader.as_ref().unwrap().claim;
    app.update(Action::Wheel {
        column: inner.x + 3,
        row: inner.y + 3,
        down: true,
    });
    assert_ne!(
        app.reader.as_ref().unwrap().claim,
        before,
        "the wheel over the panel moves the selection"
    );
}

#[test]
fn a_click_in_the_library_selects_and_a_second_click_opens() {
    let mut app = library_app(100, 30);
    // Row 0 is the border, row 1 the column titles, row 2 the first article.
    app.update(Action::Click { column: 10, row: 4 });
    assert_eq!(app.library.selected, 2);
    assert_eq!(app.screen, Screen::Library);
    app.update(Action::Click { column: 10, row: 4 });
    assert_eq!(app.screen, Screen::Reader);
}

#[test]
fn problems_met_while_loading_are_shown() {
    let config = lede::tui::settings::Settings::default();
    let problems = vec!["bad.txt: not UTF-8 text (invalid byte at offset 3), skipped".to_string()];
    let mut app = lede::tui::app::App::new(
        vec![plain_berlin(), plain_berlin()],
        &config,
        lede::tui::saved::Saved::default(),
        problems.clone(),
    );
    app.update(Action::Resize(100, 30));
    assert_eq!(app.notice.as_deref(), Some(problems[0].as_str()));
    app.update(Action::Down);
    assert!(app.notice.is_none(), "the notice goes with the next key");
    assert_eq!(app.problems, problems, "the library keeps showing them");
}

#[test]
fn reading_positions_and_read_marks_are_remembered() {
    let mut app = rich_app(80, 24);
    app.update(Action::PageDown);
    let saved = app.saved();
    let key = app.current().unwrap().article.path.display().to_string();
    assert!(saved.read.contains(&key));
    let offset = saved.positions[&key];
    assert!(offset > 0);
    let again = lede::tui::app::App::new(
        vec![common::rich_berlin()],
        &lede::tui::settings::Settings::default(),
        saved,
        Vec::new(),
    );
    let mut again = again;
    again.update(Action::Resize(80, 24));
    assert_eq!(
        again.saved().positions[&key],
        offset,
        "reopened where it was left"
    );
}

#[test]
fn on_a_narrow_terminal_enter_on_a_claim_brings_the_text_back_at_it() {
    let mut app = rich_app(60, 20);
    app.update(Action::ToggleClaims);
    assert!(
        app.reader_areas().text.is_none(),
        "the panel covers the text"
    );
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Text);
    let third = app.panel_claims()[2];
    assert!(
        in_view(&app, &claim_text(&app, third)),
        "{:?}",
        visible_text(&app)
    );
}

/// The reader on the rich sample with a config file's text.
fn configured_app(text: &str) -> lede::tui::app::App {
    let config = lede::config::Config::parse(text, std::path::Path::new("test.ron")).unwrap();
    let config = lede::tui::settings::Settings::from_config(&config, None).unwrap();
    lede::tui::app::App::new(
        vec![common::rich_berlin()],
        &config,
        lede::tui::saved::Saved::default(),
        Vec::new(),
    )
}

#[test]
fn the_config_sets_the_reading_width_and_the_keys() {
    let text = "(reading_width: 40, keys: { \"x\": quit, \"j\": up })";
    let mut app = configured_app(text);
    app.update(Action::Resize(160, 48));
    assert_eq!(app.reader.as_ref().unwrap().doc.width(), 40);
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(app.action_for_key(key('x')), Some(Action::Quit));
    assert_eq!(app.action_for_key(key('j')), Some(Action::Up));
    assert_eq!(
        app.action_for_key(key('k')),
        Some(Action::Up),
        "untouched keys keep defaults"
    );
}

#[test]
fn ctrl_c_quits_from_every_screen_even_while_typing() {
    // The config may move quit to another key; ctrl-c stays, in the reader and in a prompt.
    let text = "(keys: { \"x\": quit, \"q\": none })";
    let mut app = configured_app(text);
    app.update(Action::Resize(100, 30));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(app.action_for_key(ctrl_c), Some(Action::Quit));
    app.update(Action::Search);
    assert_eq!(
        app.action_for_key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
        Some(Action::Type('q'))
    );
    assert_eq!(app.action_for_key(ctrl_c), Some(Action::Quit));
}

#[test]
fn esc_in_a_focused_list_gives_the_text_the_keyboard_before_clearing_the_filter() {
    let mut app = rich_app(120, 40);
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    app.update(Action::FocusNext);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Claims);
    app.update(Action::Back);
    assert_eq!(app.reader.as_ref().unwrap().focus, Focus::Text);
    assert!(app.person.is_some(), "the filter stays");
    app.update(Action::Back);
    assert!(app.person.is_none());
}

#[test]
fn clearing_a_person_keeps_the_panel_on_the_reading_position() {
    let mut app = rich_app(80, 24);
    app.update(Action::PickPerson);
    app.update(Action::Open);
    let first = app.panel_claims().first().copied();
    assert_eq!(
        app.reader.as_ref().unwrap().claim,
        first,
        "choosing selects the person's first claim"
    );
    app.update(Action::Bottom);
    let top = app.reader.as_ref().unwrap().top;
    let at = app.reader.as_ref().unwrap().doc.offset_of_line(top);
    app.update(Action::Back);
    let entry = app.current().unwrap();
    let claim = app
        .reader
        .as_ref()
        .unwrap()
        .claim
        .expect("a claim is selected");
    let first_in_view = entry
        .analysis
        .claims
        .iter()
        .filter(|c| c.sentence.start() >= at)
        .map(|c| c.sentence.start())
        .min();
    let selected = entry.analysis.claims[claim].sentence.start();
    match first_in_view {
        Some(start) => assert_eq!(selected, start, "the first claim from the view on"),
        None => assert!(
            entry
                .analysis
                .claims
                .iter()
                .all(|c| c.sentence.start() <= selected),
            "the last claim, when none is below the view"
        ),
    }
}

#[test]
fn search_finds_words_of_the_headline_first() {
    let mut app = rich_app(120, 40);
    let title = app.current().unwrap().article.title_span.unwrap();
    app.update(Action::Search);
    type_text(&mut app, "peace talks");
    let search = app.reader.as_ref().unwrap().search.clone().unwrap();
    assert!(title.contains(search.matches[0]), "{:?}", search.matches);
    assert!(
        search
            .matches
            .windows(2)
            .all(|w| w[0].start() < w[1].start()),
        "matches are in text order"
    );
}

#[test]
fn an_article_has_one_read_mark_however_its_path_is_written() {
    let (a, _) = lede::tui::load(&["assets/articles/rail-strike-report.txt".into()]);
    let (b, _) = lede::tui::load(&["assets/../assets/articles/./rail-strike-report.txt".into()]);
    assert_eq!(a[0].key(), b[0].key());
}

#[test]
fn sorting_by_date_reads_every_date_form_newest_first() {
    let dated = |name: &str, date: &str| {
        let mut article = common::berlin();
        article.path = std::path::PathBuf::from(name);
        article.date = Some(date.to_string());
        let analysis = lede::analysis::analyze(&article);
        lede::tui::app::Entry::loaded(article, analysis)
    };
    let mut app = common::app(
        vec![
            dated("a.txt", "Thu, 16 Apr 2026 08:00:00 +0000"),
            dated("b.txt", "2026-05-01T09:00:00Z"),
            dated("c.txt", "3 January 2026"),
        ],
        100,
        30,
    );
    app.update(Action::Sort);
    let order: Vec<String> = app
        .library_rows()
        .iter()
        .map(|&n| app.entries[n].card.path.display().to_string())
        .collect();
    assert_eq!(order, ["b.txt", "a.txt", "c.txt"]);
}

#[test]
fn the_panel_leads_with_the_key_claims_and_a_shows_them_all() {
    let mut app = common::app(vec![plain_berlin()], 100, 30);
    let total = app.current().unwrap().analysis.claims.len();
    assert!(
        total > lede::analysis::claims::KEY_CLAIMS,
        "the sample has claims to hide"
    );
    let key = app.panel_claims();
    assert_eq!(key.len(), lede::analysis::claims::KEY_CLAIMS);
    app.update(Action::AllClaims);
    assert_eq!(app.panel_claims().len(), total);
    app.update(Action::AllClaims);
    assert_eq!(app.panel_claims(), key);
}

#[test]
fn a_new_search_starts_empty_and_up_recalls_the_last_one() {
    let mut app = rich_app(80, 24);
    app.update(Action::Search);
    type_text(&mut app, "nato");
    app.update(Action::Open);
    app.update(Action::Search);
    let prompt = app.prompt.clone().map(|(_, typed)| typed);
    assert_eq!(prompt.as_deref(), Some(""), "the prompt starts empty");
    type_text(&mut app, "berlin");
    let query = |app: &lede::tui::app::App| {
        app.reader
            .as_ref()
            .and_then(|r| r.search.as_ref())
            .map(|s| s.query.clone())
    };
    assert_eq!(
        query(&app).as_deref(),
        Some("berlin"),
        "typing does not append"
    );
    // Cleared, then recalled with Up in the empty prompt.
    app.update(Action::Back);
    assert_eq!(query(&app), None);
    app.update(Action::Search);
    app.update(Action::Up);
    let prompt = app.prompt.clone().map(|(_, typed)| typed);
    assert_eq!(prompt.as_deref(), Some("nato"));
    assert_eq!(query(&app).as_deref(), Some("nato"));
    assert!(
        !app.reader
            .as_ref()
            .unwrap()
            .search
            .as_ref()
            .unwrap()
            .matches
            .is_empty()
    );
}

#[test]
fn arrows_while_searching_keep_what_was_typed() {
    let mut app = rich_app(80, 24);
    app.update(Action::Search);
    type_text(&mut app, "na");
    app.update(Action::Down);
    type_text(&mut app, "to");
    let prompt = app.prompt.clone().map(|(_, typed)| typed);
    assert_eq!(prompt.as_deref(), Some("nato"));
}
