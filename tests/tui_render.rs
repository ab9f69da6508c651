//! Drawing: whole-screen snapshots (insta) of every screen at 80×24 and 120×40, the styles
//! that carry meaning, tiny terminals, and untrusted text.

mod common;

use common::{library_app, rich_app, type_text};
use lede::analysis;
use lede::article::Article;
use lede::tui::action::Action;
use lede::tui::app::{App, Entry, Screen};
use lede::tui::panes;
use lede::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|frame| panes::render(app, frame)).unwrap();
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

/// The screens a user meets, each built from the rich sample by the keys that lead there.
fn screens(w: u16, h: u16) -> Vec<(&'static str, App)> {
    let library = library_app(w, h);
    let reader = rich_app(w, h);
    let mut claims = rich_app(w, h);
    claims.update(Action::FocusNext);
    claims.update(Action::Down);
    claims.update(Action::Down);
    claims.update(Action::Open);
    let mut help = rich_app(w, h);
    help.update(Action::Help);
    let mut picker = rich_app(w, h);
    picker.update(Action::PickPerson);
    type_text(&mut picker, "mer");
    let mut filtered = rich_app(w, h);
    filtered.update(Action::PickPerson);
    type_text(&mut filtered, "merz");
    filtered.update(Action::Open);
    let mut search = rich_app(w, h);
    search.update(Action::Search);
    type_text(&mut search, "nato");
    let mut outline = rich_app(w, h);
    outline.update(Action::FocusPrev);
    // The sample as the analysis really sees it; this one changes as the analysis improves.
    let analysed = common::app(vec![common::plain_berlin()], w, h);
    vec![
        ("analysed", analysed),
        ("library", library),
        ("reader", reader),
        ("claims", claims),
        ("help", help),
        ("picker", picker),
        ("filtered", filtered),
        ("search", search),
        ("outline", outline),
    ]
}

#[test]
fn snapshots_of_every_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (name, app) in screens(w, h) {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&app));
        }
    }
}

#[test]
fn a_second_search_opens_an_empty_prompt_over_the_first_ones_matches() {
    let mut app = rich_app(80, 24);
    app.update(Action::Search);
    type_text(&mut app, "nato");
    app.update(Action::Open);
    app.update(Action::Search);
    insta::assert_snapshot!("search_again_80x24", screen(&app));
}

#[test]
fn the_library_with_a_person_filter_keeps_its_column_headers_apart() {
    let mut app = library_app(80, 24);
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    // Choosing from the library opens the person's page; leaving it shows the library of
    // their articles.
    assert_eq!(app.screen, Screen::Person);
    app.update(Action::Back);
    let shown = screen(&app);
    assert!(shown.contains("people by/about"), "{shown}");
    insta::assert_snapshot!("library_filtered_80x24", shown);
}

#[test]
fn help_stops_at_its_end() {
    let mut app = rich_app(80, 24);
    app.update(Action::Help);
    for _ in 0..200 {
        app.update(Action::Down);
    }
    let at_end = screen(&app);
    app.update(Action::Down);
    assert_eq!(
        screen(&app),
        at_end,
        "scrolling on past the end changes nothing"
    );
    app.update(Action::Top);
    app.update(Action::Bottom);
    assert_eq!(screen(&app), at_end, "the end is where Bottom goes");
    // The box is full to its bottom border: no blank run of lines after the last one.
    let rows: Vec<&str> = at_end.lines().collect();
    let inside_last = rows.len().saturating_sub(3);
    assert!(
        rows.get(inside_last).is_some_and(|r| !r
            .trim_matches(|c| c == '"' || c == '│' || c == ' ')
            .is_empty()),
        "{at_end}"
    );
    insta::assert_snapshot!("help_end_80x24", at_end);
}

#[test]
fn every_screen_survives_tiny_terminals() {
    for (name, mut app) in screens(80, 24) {
        for (w, h) in [(0, 0), (1, 1), (2, 2), (3, 3), (20, 5), (44, 3), (5, 40)] {
            app.update(Action::Resize(w, h));
            draw(&app);
            // And keys still work at that size.
            for action in [
                Action::Down,
                Action::Next,
                Action::FocusNext,
                Action::ToggleClaims,
            ] {
                app.update(action);
                draw(&app);
            }
            assert_eq!(draw(&app).backend().buffer().area.width, w, "{name}");
        }
    }
}

/// Where `needle` is drawn: the first cell of its first occurrence.
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_in(buffer, buffer.area, needle)
}

/// Where `needle` is drawn inside `area`.
fn find_in(buffer: &Buffer, area: Rect, needle: &str) -> Option<(u16, u16)> {
    for y in area.y..area.y + area.height {
        let row: Vec<&str> = (area.x..area.x + area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(needle) {
            // Cells here hold one character each, so count characters to get the column.
            let x = area.x + line[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn a_person_mention_is_coloured_as_a_person() {
    let app = rich_app(120, 40);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let text = app.reader_areas().text.unwrap();
    let (x, y) = find_in(buffer, text, "Volodymyr Zelensky").expect("the name is on screen");
    assert_eq!(buffer[(x, y)].fg, Color::Cyan);
    // A word that is no entity keeps the default colour.
    let (x, y) = find(buffer, "Diplomatic").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
}

#[test]
fn the_selected_claims_sentence_is_highlighted() {
    let mut app = rich_app(120, 40);
    app.update(Action::Next);
    app.update(Action::Next);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let text_pane = app.reader_areas().text.unwrap();
    let (x, y) = find(buffer, "He indicated that").expect("the claim's words are on screen");
    assert!(x > text_pane.x && x < text_pane.x + text_pane.width);
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // A bar in the margin beside it, in the column between the border and the text.
    assert_eq!(buffer[(text_pane.x + 1, y)].symbol(), "▌");
    let (x, y) = find(buffer, "Ahead of the renewed").unwrap();
    assert!(
        !buffer[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "the previous sentence is not"
    );
    assert_eq!(buffer[(text_pane.x + 1, y)].symbol(), " ");
}

/// Whether a colour is one the terminal's theme sets (the sixteen named ones).
fn themed(colour: Color) -> bool {
    !matches!(colour, Color::Indexed(_) | Color::Rgb(..))
}

#[test]
fn every_screen_reads_on_light_and_dark_terminals() {
    for (name, app) in screens(120, 40) {
        let terminal = draw(&app);
        let buffer = terminal.backend().buffer();
        for cell in &buffer.content {
            assert!(
                themed(cell.fg) && themed(cell.bg),
                "{name}: {cell:?} has a fixed colour the theme cannot adjust"
            );
            // A background under the terminal's own foreground is unreadable on one theme or
            // the other.
            assert!(
                cell.bg == Color::Reset || cell.fg != Color::Reset,
                "{name}: {cell:?} sets a background without a foreground"
            );
        }
    }
}

#[test]
fn the_selected_row_is_reversed_so_it_shows_on_any_theme() {
    let app = library_app(80, 24);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let title = &app.entries[app.library_rows()[0]].card.title;
    let (x, y) = find(buffer, &title[..10]).unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(buffer, &app.entries[app.library_rows()[1]].card.title[..10]).unwrap();
    assert!(!buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn paragraphs_without_the_chosen_person_are_dimmed() {
    let mut app = rich_app(120, 40);
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    // Choosing moved the text to Merz's first claim; back to the top to see the lead.
    app.update(Action::Top);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Diplomatic talks").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::DIM));
    let (x, y) = find(buffer, "Ukrainian President").unwrap();
    assert!(
        !buffer[(x, y)].modifier.contains(Modifier::DIM),
        "Merz is in this one"
    );
    let text = app.reader_areas().text.unwrap();
    let (x, y) = find_in(buffer, text, "Merz, highlighting").unwrap();
    assert_eq!(
        buffer[(x, y)].bg,
        Color::Cyan,
        "their mentions are strongly highlighted"
    );
    let status = app.size.height - 2;
    let line: String = (0..app.size.width)
        .map(|x| buffer[(x, status)].symbol())
        .collect();
    assert!(line.contains("filter: Friedrich Merz"), "{line}");
}

#[test]
fn control_characters_in_articles_never_reach_the_terminal() {
    let text = "Alarm\n\nA paragraph with \x1b[31mred\x1b[0m text, a bell\x07, a tab\there \
                and a carriage\rreturn; also \u{202e}reversed.\n";
    let dir = std::env::temp_dir().join(format!("lede-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("escape.txt");
    std::fs::write(&path, text).unwrap();
    let article: Article = lede::article::read_file(&path).unwrap();
    let analysis = analysis::analyze(&article);
    let app = common::app(vec![Entry::loaded(article, analysis)], 60, 12);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202e}'),
            "{:?} reached the frame",
            cell.symbol()
        );
    }
    assert!(find(buffer, "␛[31mred").is_some(), "{}", terminal.backend());
    assert!(find(buffer, "bell␇").is_some());
}

#[test]
fn every_pane_draws_into_tiny_areas() {
    let mut app = rich_app(80, 24);
    app.update(Action::Next);
    let mut picker_app = rich_app(80, 24);
    picker_app.update(Action::PickPerson);
    let Some(lede::tui::app::Overlay::People(picker)) = picker_app.overlay.clone() else {
        panic!("the picker is open");
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for (w, h) in [(0, 0), (1, 1), (20, 5), (2, 1), (1, 7)] {
        let area = Rect::new(3, 2, w, h);
        terminal
            .draw(|frame| {
                panes::article::render(&app, frame, area);
                panes::claims::render(&app, frame, area);
                panes::outline::render(&app, frame, area);
                panes::help::render(&app, 0, frame, area);
                panes::people::render(&picker, &Theme::default(), frame, area);
                panes::status::render_status(&app, frame, area);
                panes::status::render_hints(&app, frame, area);
            })
            .unwrap();
    }
    // The library draws into the whole frame, so it goes through tiny frames.
    for (w, h) in [(0, 0), (1, 1), (20, 5)] {
        let library = library_app(w, h);
        draw(&library);
    }
}

#[test]
fn wide_characters_are_wrapped_by_their_width() {
    let text = "東京\n\n日本語の記事です。東京で会議が開かれました。👩‍👩‍👧 家族 emoji, and a long \
                English tail to wrap around the narrow pane.\n";
    let dir = std::env::temp_dir().join(format!("lede-wide-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("wide.txt");
    std::fs::write(&path, text).unwrap();
    let article: Article = lede::article::read_file(&path).unwrap();
    let analysis = analysis::analyze(&article);
    for (w, h) in [(20, 5), (45, 12), (61, 20)] {
        let app = common::app(vec![Entry::loaded(article.clone(), analysis.clone())], w, h);
        draw(&app);
        let column = lede::tui::layout::text_column(app.reader_areas().text.unwrap(), 100);
        let reader = app.reader.as_ref().unwrap();
        for line in reader.doc.lines() {
            let words = match line.source {
                lede::tui::doc::Source::Article(s) => article.slice(s),
                lede::tui::doc::Source::Extra(s) => s.slice(&reader.doc.extra),
            };
            assert!(
                lede::tui::text::width(words) <= column.width as usize,
                "{words:?} is wider than {}",
                column.width
            );
        }
    }
}

/// A row of the drawn screen as text.
fn row(app: &App, y: u16) -> String {
    let terminal = draw(app);
    let buffer = terminal.backend().buffer();
    (0..app.size.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

fn status_line(app: &App) -> String {
    row(app, app.size.height - 2)
}

fn hint_line(app: &App) -> String {
    row(app, app.size.height - 1)
}

#[test]
fn the_status_line_counts_the_chosen_persons_mentions() {
    let mut app = rich_app(120, 40);
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    app.update(Action::Top);
    let total = app.person_entity().unwrap().mentions.len();
    app.update(Action::Next);
    assert!(
        status_line(&app).contains(&format!("mention 1/{total}")),
        "{}",
        status_line(&app)
    );
}

#[test]
fn the_hint_bar_keeps_help_and_quit_on_narrow_terminals() {
    for width in [40, 60, 80] {
        let app = rich_app(width, 24);
        let hints = hint_line(&app);
        assert!(hints.contains("? help"), "{width}: {hints}");
        assert!(hints.contains("q quit"), "{width}: {hints}");
    }
}

#[test]
fn the_selected_claim_heads_the_panel_so_it_lists_what_is_being_read() {
    let mut app = rich_app(80, 24);
    app.update(Action::Next);
    app.update(Action::Next);
    let claims = app.reader_areas().claims.unwrap();
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (_, y) = find_in(buffer, claims, "▸").expect("a claim is selected");
    assert_eq!(y, claims.y + 1, "the selected claim is the first in view");
    // At the end of the list the panel fills upwards rather than showing one claim alone.
    app.update(Action::FocusNext);
    app.update(Action::Bottom);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (_, y) = find_in(buffer, claims, "▸").unwrap();
    assert!(
        y > claims.y + 1,
        "earlier claims fill the view above the last one"
    );
    let blank = |y: u16| {
        (claims.x + 1..claims.x + claims.width - 1).all(|x| buffer[(x, y)].symbol() == " ")
    };
    let rows = claims.y + 1..claims.y + claims.height - 1;
    assert!(
        !rows.clone().any(|y| blank(y) && blank(y + 1)),
        "no empty stretch: only single blank lines between claims"
    );
}

#[test]
fn help_names_the_keys_in_force_for_scrolling_and_closing_it() {
    let mut app = rich_app(80, 24);
    let key = |k| lede::tui::keymap::Key::parse(k).unwrap();
    app.keymap.bind(key("?"), Action::None);
    app.keymap.bind(key("h"), Action::Help);
    app.update(Action::Help);
    let bottom = row(&app, app.size.height - 2);
    assert!(bottom.contains("esc or h close"), "{bottom}");
    assert!(!bottom.contains('?'), "{bottom}");
}

#[test]
fn the_library_status_line_names_the_selected_file() {
    let mut app = library_app(80, 24);
    app.update(Action::Down);
    let path = app.entries[app.library_rows()[1]]
        .card
        .path
        .display()
        .to_string();
    let name = path.rsplit('/').next().unwrap().to_string();
    assert!(status_line(&app).contains(&name), "{}", status_line(&app));
}

#[test]
fn section_titles_lede_made_up_look_unlike_the_sources_own() {
    let app = rich_app(120, 40);
    let section = &app.current().unwrap().analysis.sections[0];
    assert!(section.generated, "the rich sample's sections are made up");
    let text = app.reader_areas().text.unwrap();
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    // The title's line in the text (the pane's border repeats it; skip that row).
    let inside = Rect {
        y: text.y + 1,
        height: text.height - 2,
        ..text
    };
    let (x, y) = find_in(buffer, inside, &section.title).expect("the title is drawn");
    let modifier = buffer[(x, y)].modifier;
    assert!(modifier.contains(Modifier::ITALIC) && modifier.contains(Modifier::DIM));
    assert!(
        !modifier.contains(Modifier::UNDERLINED),
        "source headings are underlined"
    );
}

#[test]
fn a_narrow_library_keeps_the_counts_before_source_and_date() {
    let app = library_app(40, 12);
    let header = row(&app, 1);
    assert!(header.contains("claims"), "{header}");
    assert!(!header.contains("Date"), "{header}");
}

#[test]
fn without_colour_every_highlight_is_kept_by_modifiers() {
    let mut app = rich_app(120, 40);
    app.theme = Theme::without_colour();
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    for cell in &buffer.content {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{cell:?}"
        );
    }
    let text = app.reader_areas().text.unwrap();
    let (x, y) = find_in(buffer, text, "Volodymyr Zelensky").unwrap();
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::BOLD),
        "people are bold"
    );
    let (x, y) = find(buffer, "Diplomatic").unwrap();
    assert!(buffer[(x, y)].modifier.is_empty(), "plain words stay plain");

    app.update(Action::Next);
    app.update(Action::Next);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "He indicated that").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buffer[(text.x + 1, y)].symbol(), "▌");

    // The person filter and search matches are reversed, and told apart from each other.
    let mut app = rich_app(120, 40);
    app.theme = Theme::without_colour();
    app.update(Action::PickPerson);
    type_text(&mut app, "merz");
    app.update(Action::Open);
    app.update(Action::Top);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let text = app.reader_areas().text.unwrap();
    let (x, y) = find_in(buffer, text, "Merz, highlighting").unwrap();
    let chosen = buffer[(x, y)].modifier;
    assert!(
        chosen.contains(Modifier::REVERSED | Modifier::BOLD),
        "{chosen:?}"
    );
}

#[test]
fn without_colour_the_help_legend_still_tells_kinds_apart() {
    let mut app = rich_app(120, 40);
    app.theme = Theme::without_colour();
    app.update(Action::Help);
    app.update(Action::Bottom);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let looks: Vec<Modifier> = ["person", "organisation", "place", "group"]
        .iter()
        .map(|name| {
            let (x, y) = find(buffer, &format!("■ {name}"))
                .unwrap_or_else(|| panic!("{name} is in the legend"));
            buffer[(x, y)].modifier
        })
        .collect();
    assert!(looks.iter().all(|m| !m.is_empty()), "{looks:?}");
    for (i, look) in looks.iter().enumerate() {
        assert!(!looks[i + 1..].contains(look), "{looks:?}");
    }
}

/// A person's page and a library search, at 80×24, from claims and matches made here as the
/// database would give them.
#[test]
fn snapshots_of_the_person_page_and_the_library_search() {
    use lede::store::{ClaimRow, Hit};
    use lede::tui::app::Loaded;
    let mut app = library_app(80, 24);
    let berlin = app.entries[0].card.path.clone();
    let harbour = app
        .entries
        .iter()
        .find(|e| e.card.path.ends_with("harbour-council-vote.md"))
        .map(|e| e.card.path.clone())
        .unwrap();
    app.update(Action::PickPerson);
    type_text(&mut app, "zelensky");
    app.update(Action::Open);
    let key = app.person.as_ref().map(|p| p.key.clone()).unwrap();
    assert_eq!(app.screen, Screen::Person);
    let row = |article: &std::path::Path, by: bool, sentence: &str| ClaimRow {
        article: article.to_path_buf(),
        title: app
            .entries
            .iter()
            .find(|e| e.card.path == article)
            .unwrap()
            .card
            .title
            .clone(),
        date: Some("2025-12-15".into()),
        by,
        speaker: if by {
            "Volodymyr Zelensky".into()
        } else {
            String::new()
        },
        verb: if by { "said".into() } else { String::new() },
        content: sentence.into(),
        sentence: sentence.into(),
        at: 0,
    };
    let rows = vec![
        row(
            &berlin,
            true,
            "Zelensky said Kyiv could set aside its ambition to join the alliance.",
        ),
        row(
            &harbour,
            false,
            "The council compared the scheme to one the president once praised.",
        ),
    ];
    app.receive(Loaded::PersonClaims { key, rows });
    insta::assert_snapshot!("person_page_80x24", screen(&app));

    app.update(Action::Back);
    app.update(Action::Back);
    app.update(Action::Search);
    type_text(&mut app, "harbour");
    let hits = vec![Hit {
        article: harbour.clone(),
        title: String::new(),
        date: None,
        line: "Kelsport council approved the £240m harbour redevelopment on Tuesday night.".into(),
        offset: 0,
    }];
    app.receive(Loaded::Hits {
        query: "harbour".into(),
        hits,
    });
    app.update(Action::Open);
    insta::assert_snapshot!("library_search_80x24", screen(&app));
}

#[test]
fn the_config_s_colours_and_panel_widths_are_drawn() {
    let text = "(claims_width: 36, outline_width: 20, colours: (person: \"#ff8800\", \
                border: \"244\"))";
    let config = lede::config::Config::parse(text, std::path::Path::new("test.ron")).unwrap();
    let settings = lede::tui::settings::Settings::from_config(&config, None).unwrap();
    let mut app = App::new(
        vec![common::rich_berlin()],
        &settings,
        lede::tui::saved::Saved::default(),
        Vec::new(),
    );
    app.update(Action::Resize(160, 40));
    let areas = app.reader_areas();
    assert_eq!(areas.claims.unwrap().width, 36);
    assert_eq!(areas.outline.unwrap().width, 20);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find_in(buffer, areas.text.unwrap(), "Volodymyr Zelensky").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Rgb(0xff, 0x88, 0x00));
    let claims = areas.claims.unwrap();
    assert_eq!(
        buffer[(claims.x, claims.y + 1)].fg,
        Color::Indexed(244),
        "an unfocused border"
    );
}

#[test]
fn the_help_model_measures_what_the_pane_draws() {
    for (w, h) in [(80, 24), (60, 15), (160, 48), (30, 8)] {
        let mut app = rich_app(w, h);
        app.problems = vec![
            "notes/broken.txt: not UTF-8 text (invalid byte at offset 3), skipped; a long \
             reason that wraps over more than one line of the help on a narrow screen"
                .to_string(),
        ];
        let inner = lede::tui::layout::inner(lede::tui::layout::help_box(app.size));
        let drawn = panes::help::lines(&app, usize::from(inner.width)).len();
        assert_eq!(
            app.help_last(),
            drawn.saturating_sub(usize::from(inner.height)),
            "{w}x{h}"
        );
        app.update(Action::Help);
        app.update(Action::Bottom);
        let shown = screen(&app);
        assert!(
            shown.contains("hedged"),
            "the end of the help is in view at {w}x{h}:\n{shown}"
        );
    }
}
