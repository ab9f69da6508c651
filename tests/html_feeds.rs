//! Saved web pages and news feeds, from the fixtures in `tests/fixtures/html_feeds/`: what is
//! kept of a page, what each feed entry becomes, how a folder holding both loads, and that no
//! input makes the readers panic or give a span off the text.

#[path = "common/bin.rs"]
mod bin;

use std::path::{Path, PathBuf};

use lede::analysis;
use lede::article::{self, Article, Format};
use lede::span::Span;
use proptest::prelude::*;
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html_feeds");

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

fn paragraphs(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| a.slice(*p)).collect()
}

fn headings(a: &Article) -> Vec<&str> {
    a.headings.iter().map(|h| a.slice(h.span)).collect()
}

#[test]
fn a_saved_news_page_keeps_only_the_story() {
    let a = article::read_file(&fixture("council-budget.html")).unwrap();
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.title, "Council backs £18m budget despite library protest");
    assert_eq!(a.slice(a.title_span.unwrap()), a.title);
    assert_eq!(a.byline.as_deref(), Some("Maud Ellery"));
    assert_eq!(a.date.as_deref(), Some("2026-02-26T18:40:00+00:00"));
    assert_eq!(a.source.as_deref(), Some("Fenmoor Chronicle"));
    assert_eq!(
        paragraphs(&a),
        [
            "Fenmoor District Council approved an £18 million spending plan on Thursday night, after a debate that ran for almost four hours.",
            "The budget passed by 31 votes to 24. It raises council tax by 4.9% and closes two of the district’s six branch libraries from September.",
            "“Nobody on this side of the chamber wanted to close a library,” said the council leader, Gwen Ashdown. “But the money we receive has fallen every year since 2019.”",
            "About 200 people gathered outside the town hall before the meeting. Many carried books borrowed from the Eastgate branch, one of the two due to close.",
            "We were told the building is too expensive to heat. Then heat it less — don’t lock it.",
            "Opposition councillor Rafael Quintero said his group would ask the county to review the closures.",
            "The tax rise applies from 1 April.",
            "Eastgate and Mill Lane libraries close on 30 September.",
        ]
    );
    assert_eq!(headings(&a), ["Protest on the steps", "What happens next"]);
    for boilerplate in [
        "Skip to content",
        "cookies",
        "Sport",
        "Campaigners gathered",
        "Share",
        "Related stories",
        "Subscriber-only",
        "Sign up",
        "Editor's note",
        "Topics:",
        "Be the first",
        "Most read",
        "All rights reserved",
        "tracking",
        "NewsArticle",
        "font-weight",
        "&",
        "<",
    ] {
        assert!(
            !a.text.contains(boilerplate),
            "{boilerplate:?} in {:?}",
            a.text
        );
    }
}

#[test]
fn boxes_around_a_story_split_over_blocks_are_left_out() {
    let a = article::read_file(&fixture("lighthouse-boilerplate.html")).unwrap();
    assert_eq!(a.title, "Lighthouse keepers return to Skerry Point");
    assert_eq!(a.byline.as_deref(), Some("Maren Holt"));
    assert_eq!(
        paragraphs(&a),
        [
            "Two keepers will live at the Skerry Point lighthouse again from April, the coastal trust said on Thursday, ending thirty years in which the light was run from the mainland.",
            "The trust says automatic lamps failed twice last winter and a crew on site could have restarted them within minutes rather than hours.",
            "The keepers will also log weather readings for the fishing fleet, a job the harbour office has done by radio since the cottages were shut.",
            "Applicants need a boat licence and first-aid training:",
            "a skipper's ticket for small craft",
            "a current first-aid certificate",
            "two years at sea",
            "Year Lamp failures",
            "2024 0",
            "2025 2",
            "The first pair will be chosen in March.",
        ]
    );
    for boilerplate in [
        "Skip",
        "Home",
        "Image 1",
        "lamp room",
        "Photo:",
        "Gallery",
        "Autoplay",
        "Share",
        "briefing",
        "Most popular",
        "Ferry timetable",
        "old pier",
        "Read next",
        "about time",
        "forty per cent",
        "Weather",
        "rights reserved",
    ] {
        assert!(
            !a.text.contains(boilerplate),
            "{boilerplate:?} in {:?}",
            a.text
        );
    }
}

#[test]
fn every_rss_item_is_an_article() {
    let path = fixture("county-desk.rss");
    let articles = article::read_articles(&path).unwrap();
    let names: Vec<String> = articles
        .iter()
        .map(|a| a.path.to_string_lossy().into_owned())
        .collect();
    let base = path.to_string_lossy();
    assert_eq!(
        names,
        [
            format!("{base}#ambulance-station-harlow-cross"),
            format!("{base}#ferry-fares-frozen"),
            format!("{base}#road-closures-weekend"),
        ]
    );
    for a in &articles {
        assert_eq!(a.format, Format::Feed);
        assert_eq!(a.source.as_deref(), Some("Westfold County Desk"));
    }

    let first = &articles[0];
    assert_eq!(first.title, "Ambulance station to open in Harlow Cross");
    assert_eq!(first.byline.as_deref(), Some("Bethan Morgan"));
    assert_eq!(
        first.date.as_deref(),
        Some("Thu, 16 Apr 2026 09:12:00 +0100")
    );
    // The full content, not the teaser; the figure caption is left out.
    assert_eq!(
        paragraphs(first),
        [
            "A new ambulance station will open in Harlow Cross in July, the regional ambulance trust said on Wednesday.",
            "The station will house four crews and cut average response times in the north of the county by about six minutes, according to the trust’s own estimate.",
            "“Every minute matters on these roads,” said Alun Pryce, the trust’s director of operations.",
            "The building, a former council depot on Quarry Road, is being refitted at a cost of £1.2m.",
        ]
    );

    // Escaped HTML in the description, doubly escaped references included.
    let second = &articles[1];
    assert_eq!(second.byline.as_deref(), Some("Kofi Mensah"));
    assert_eq!(
        paragraphs(second),
        [
            "Fares on the estuary ferry will not rise this year, the operator confirmed.",
            "A single crossing stays at £3.40 for adults."
        ]
    );

    // Plain text with a blank line between paragraphs.
    let third = &articles[2];
    assert_eq!(third.byline, None);
    assert_eq!(paragraphs(third).len(), 2);
    assert_eq!(
        paragraphs(third)[1],
        "Diversions will be signed through Treville."
    );

    // `read_file` gives the first entry.
    let one = article::read_file(&path).unwrap();
    assert_eq!(one.path, first.path);
}

#[test]
fn atom_entries_with_html_and_xhtml_content() {
    let articles = article::read_articles(&fixture("observatory.atom")).unwrap();
    assert_eq!(articles.len(), 2);
    let dome = &articles[0];
    assert!(
        dome.path
            .to_string_lossy()
            .ends_with("observatory.atom#dome-repaired")
    );
    assert_eq!(
        dome.title,
        "Observatory dome repaired in time for meteor shower"
    );
    assert_eq!(dome.byline.as_deref(), Some("Oksana Hryhorenko"));
    assert_eq!(dome.date.as_deref(), Some("2026-05-08T18:00:00Z"));
    assert_eq!(dome.source.as_deref(), Some("Skyline Science Notes"));
    assert_eq!(headings(dome), ["Open nights"]);
    assert_eq!(
        paragraphs(dome)[1],
        "Visitors can book places for the Eta Aquariids shower from Monday. “We expect clear skies,” said Jules Fairbanks, the observatory’s chair."
    );

    let bats = &articles[1];
    assert!(bats.path.to_string_lossy().ends_with("#bat-survey"));
    assert_eq!(bats.date.as_deref(), Some("2026-05-02T07:30:00Z"));
    assert_eq!(
        paragraphs(bats),
        [
            "Volunteers counted 412 bats leaving the old mill at dusk, the highest number since the survey began.",
            "The count will be repeated in August."
        ]
    );
}

#[test]
fn a_folder_of_pages_and_feeds_loads_beside_a_page_without_text() {
    let (articles, errors) = article::load_paths(&[PathBuf::from(FIXTURES)]);
    let formats: Vec<Format> = articles.iter().map(|a| a.format).collect();
    assert_eq!(
        formats,
        [
            Format::Html,
            Format::Feed,
            Format::Feed,
            Format::Feed,
            Format::Html,
            Format::Feed,
            Format::Feed
        ]
    );
    // The sitemap is not a feed and is passed over in silence; the empty page is named.
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, fixture("menu-only.html"));
    assert_eq!(errors[0].reason, "no article text found in page");
}

#[test]
fn other_xml_named_explicitly_is_reported() {
    let path = fixture("sitemap.xml");
    let (articles, errors) = article::load_paths(std::slice::from_ref(&path));
    assert!(articles.is_empty());
    assert_eq!(errors[0].path, path);
    assert_eq!(errors[0].reason, "not an RSS, Atom or JSON feed");
}

#[test]
fn pages_and_feeds_without_an_extension_are_recognised() {
    let page = std::fs::read_to_string(fixture("council-budget.html")).unwrap();
    let a = article::from_source(PathBuf::from("<stdin>"), page);
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.byline.as_deref(), Some("Maud Ellery"));

    let feed = std::fs::read_to_string(fixture("county-desk.rss")).unwrap();
    let all = article::read_source(PathBuf::from("download"), feed).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|a| a.format == Format::Feed));

    let text = "<b>not a page</b> but a note that starts with a tag.\n";
    let a = article::from_source(PathBuf::from("note"), text.to_string());
    assert_eq!(a.format, Format::Text);
    assert_eq!(a.text, text);
}

#[test]
fn a_page_declared_as_latin_1_is_read_in_that_charset_and_an_undeclared_one_detected() {
    let dir = std::env::temp_dir().join(format!("lede-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.htm");
    std::fs::write(
        &path,
        b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\
          </head><body><p>The caf\xe9 on Rue Aub\xe9 reopened, its owner said: \x93We never left.\x94</p></body></html>",
    )
    .unwrap();
    let result = article::read_file(&path);
    let undeclared = dir.join("undeclared.htm");
    std::fs::write(&undeclared, b"<p>caf\xe9</p>").unwrap();
    let detected = article::read_file(&undeclared);
    let _ = std::fs::remove_dir_all(&dir);
    let a = result.unwrap();
    assert_eq!(
        paragraphs(&a),
        ["The café on Rue Aubé reopened, its owner said: “We never left.”"]
    );
    assert_eq!(a.encoding.as_deref(), Some("windows-1252"));
    // Without a declaration the charset is detected.
    assert_eq!(detected.unwrap().text, "café\n");
}

#[test]
fn the_assets_folder_a_browser_saves_beside_a_page_is_not_walked() {
    let dir = std::env::temp_dir().join(format!("lede-saved-{}", std::process::id()));
    let assets = dir.join("Story_files");
    std::fs::create_dir_all(&assets).unwrap();
    let page = std::fs::read(fixture("council-budget.html")).unwrap();
    std::fs::write(dir.join("Story.html"), &page).unwrap();
    std::fs::write(assets.join("ad-frame.html"), b"<html><body></body></html>").unwrap();
    // A folder that only looks like one, with no page beside it, is walked.
    std::fs::create_dir_all(dir.join("notes_files")).unwrap();
    std::fs::write(dir.join("notes_files/note.txt"), b"A short note.\n").unwrap();
    let (articles, errors) = article::load_paths(std::slice::from_ref(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(errors.is_empty(), "{errors:?}");
    let formats: Vec<Format> = articles.iter().map(|a| a.format).collect();
    assert_eq!(formats, [Format::Html, Format::Text]);
}

#[test]
fn lede_analyze_reads_a_folder_with_a_page_and_feeds() {
    let out = bin::lede()
        .args(["analyze", "--format", "jsonl", FIXTURES])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("menu-only.html: no article text found in page"));
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 7);
    assert_eq!(docs[0]["format"], "html");
    assert_eq!(docs[1]["format"], "feed");
    assert_eq!(docs[3]["title"], "Road closures this weekend");
    for doc in &docs {
        let text = doc["text"].as_str().unwrap();
        for p in doc["paragraphs"].as_array().unwrap() {
            let (s, e) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
            assert!(text.get(s as usize..e as usize).is_some());
        }
        assert!(!doc["sentences"].as_array().unwrap().is_empty());
    }
    // The page's quote is found like any other.
    let quoted = docs[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["speaker"]["name"].as_str() == Some("Gwen Ashdown"));
    assert!(quoted, "{}", docs[0]["claims"]);
}

/// Pieces of pages and feeds that reach the readers' special cases.
const PIECES: &[&str] = &[
    "<!DOCTYPE html>",
    "<html>",
    "<body>",
    "<article>",
    "</article>",
    "<main>",
    "<p>",
    "</p>",
    "<p class=\"byline\">",
    "<div class='share-x'>",
    "</div>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<li>",
    "<br>",
    "<br/>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<meta property=\"og:title\" content=\"",
    "<meta name=\"author\" content=\"By Jane Doe\">",
    "\">",
    "<time datetime=\"2026-10-14\">",
    "<script type=\"application/ld+json\">",
    "{\"@type\": \"NewsArticle\", \"headline\": \"",
    "\"articleBody\": \"",
    "\"}",
    "[{\"@graph\": ",
    "<rss><channel>",
    "<item>",
    "</item>",
    "<entry>",
    "<feed>",
    "<title>",
    "</title>",
    "<description>",
    "</description>",
    "<content type=\"xhtml\">",
    "<guid>",
    "</guid>",
    "&amp;",
    "&lt;p&gt;",
    "&#8217;",
    "&#x1F600;",
    "&#146;",
    "&#xD800;",
    "&hellip",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "/",
    " ",
    "\n",
    "\r\n",
    "\u{a0}",
    "By Jane Doe",
    "14 October 2026",
    "The council met on Tuesday. ",
    "“Yes,” she said.",
    "Zoë ",
    "東京",
    "🎉",
    "e\u{301}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{202e}",
];

fn assembled() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

fn on_boundaries(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{what}"
    );
    prop_assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what} splits a char"
    );
    Ok(())
}

/// Every article a source gives has its spans inside its text, blocks in order, and can be
/// analysed with every span of the analysis inside the text too.
fn read_any(name: &str, source: &str) -> Result<(), TestCaseError> {
    let Ok(articles) = article::read_source(PathBuf::from(name), source.to_string()) else {
        return Ok(());
    };
    for a in &articles {
        let text = &a.text;
        for span in a.blocks() {
            on_boundaries(text, span, "block")?;
        }
        for pair in a.blocks().windows(2) {
            prop_assert!(pair[0].end() <= pair[1].start(), "blocks overlap");
        }
        if a.format != Format::Text {
            prop_assert!(
                !a.text.chars().any(|c| c.is_control() && !c.is_whitespace()),
                "control character in rendered text"
            );
        }
        let x = analysis::analyze(a);
        for s in &x.sentences {
            on_boundaries(text, *s, "sentence")?;
        }
        for e in &x.entities {
            for m in &e.mentions {
                on_boundaries(text, m.span, "mention")?;
            }
        }
        for c in &x.claims {
            on_boundaries(text, c.content, "claim")?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_unicode_as_a_page_or_feed(text in any::<String>()) {
        read_any("a.html", &text)?;
        read_any("a.rss", &text)?;
    }

    #[test]
    fn markup_soup_as_a_page_a_feed_or_an_unnamed_file(text in assembled()) {
        read_any("a.html", &text)?;
        read_any("a.xml", &text)?;
        read_any("download", &text)?;
    }
}

const ENCODINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/encodings");

#[test]
fn legacy_encoded_files_open_with_the_right_text() {
    let dir = Path::new(ENCODINGS);
    let a = article::read_file(&dir.join("harbour-fees-cp1252.txt")).unwrap();
    assert_eq!(a.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(a.title, "Harbour fees rise for the first time in a decade");
    assert!(a.text.contains("to €14 a night"), "{}", a.text);
    assert!(
        a.text.contains(
            "“We held them as long as we could,” said the board’s chair, Renée Marchetti."
        ),
        "{}",
        a.text
    );

    let a = article::read_file(&dir.join("ferry-windows-1251.html")).unwrap();
    assert_eq!(a.encoding.as_deref(), Some("windows-1251"));
    assert_eq!(a.title, "Паром снова ходит по реке");
    assert_eq!(
        paragraphs(&a)[1],
        "«Мы готовы к летнему сезону», — сказал капитан Сергей Волков."
    );

    let a = article::read_file(&dir.join("library-hours-utf16.txt")).unwrap();
    assert_eq!(a.encoding.as_deref(), Some("UTF-16LE"));
    assert_eq!(a.title, "Library opening hours change in May");
    assert!(a.text.contains("said the librarian, Zoë Okafor."));

    // UTF-8 files say nothing about an encoding.
    let a = article::read_file(&fixture("council-budget.html")).unwrap();
    assert_eq!(a.encoding, None);
}

#[test]
fn lede_analyze_names_the_legacy_encoding_and_the_canonical_address() {
    let out = bin::lede()
        .args(["analyze", "--format", "jsonl"])
        .arg(Path::new(ENCODINGS).join("harbour-fees-cp1252.txt"))
        .arg(fixture("lighthouse-boilerplate.html"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs[0]["encoding"], "windows-1252");
    assert_eq!(docs[0]["url"], Value::Null);
    assert_eq!(docs[1]["encoding"], Value::Null);
    assert_eq!(
        docs[1]["url"],
        "https://herald.example/news/lighthouse-keepers-return"
    );
}

const FEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feeds");

#[test]
fn atom_under_any_prefix_with_xml_base_links() {
    let articles = article::read_articles(&Path::new(FEEDS).join("prefixed.atom")).unwrap();
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(a.title, "Sea wall vote delayed");
    assert_eq!(a.byline.as_deref(), Some("Petra Nowak"));
    assert_eq!(a.source.as_deref(), Some("Tideline Weekly"));
    assert_eq!(
        paragraphs(a),
        [
            "The council postponed its vote on the sea wall until June, citing new flood models.",
            "Residents said they would keep campaigning."
        ]
    );
    assert_eq!(
        a.url.as_deref(),
        Some("https://tides.example/news/2026/05/sea-wall-vote-delayed.html")
    );
}

#[test]
fn rss_content_and_creator_under_other_prefixes() {
    let articles = article::read_articles(&Path::new(FEEDS).join("prefixed.rss")).unwrap();
    let a = &articles[0];
    assert_eq!(a.byline.as_deref(), Some("Tomasz Berg"));
    assert_eq!(
        paragraphs(a),
        [
            "Apple growers began picking two weeks early after a hot August, the growers' association said.",
            "Prices are expected to hold."
        ]
    );
    assert_eq!(
        a.url.as_deref(),
        Some("https://valley.example/2026/09/orchard-harvest")
    );
}

#[test]
fn a_json_feed_gives_one_article_per_item() {
    let path = Path::new(FEEDS).join("harbour.json");
    let articles = article::read_articles(&path).unwrap();
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(a.format, Format::Feed);
    assert_eq!(a.title, "Pilot boat retires after forty years");
    assert_eq!(a.byline.as_deref(), Some("Lucia Ferreira"));
    assert_eq!(a.date.as_deref(), Some("2026-10-02T16:00:00Z"));
    assert_eq!(a.source.as_deref(), Some("Harbour Notes"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://harbour.example/2026/10/pilot-boat-retires")
    );
    assert_eq!(
        paragraphs(a),
        [
            "The pilot boat Kestrel made her last run on Friday.",
            "“She never missed a tide,” said skipper Ayo Bankole."
        ]
    );
    assert!(
        a.path
            .to_string_lossy()
            .ends_with("harbour.json#pilot-boat-retires")
    );
    let b = &articles[1];
    assert_eq!(b.byline.as_deref(), Some("Harbour Notes desk"));
    assert_eq!(
        paragraphs(b),
        [
            "Berth 4 is closed for dredging until Tuesday.",
            "Use berth 6 instead."
        ]
    );
    // Without its extension it is still recognised.
    let text = std::fs::read_to_string(&path).unwrap();
    let unnamed = article::read_source(PathBuf::from("feed"), text).unwrap();
    assert_eq!(unnamed.len(), 2);
}
