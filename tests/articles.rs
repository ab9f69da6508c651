//! The sample articles in `assets/articles/`, read from disk and from the binary: titles,
//! kickers, metadata and paragraph counts as their authors wrote them.

use std::fs;
use std::path::{Path, PathBuf};

use lede::article::{self, Article, Format, SAMPLES};

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles");

fn load(name: &str) -> Article {
    article::read_file(&Path::new(ASSETS).join(name)).unwrap()
}

fn paragraphs(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| a.slice(*p)).collect()
}

#[test]
fn berlin_has_kicker_title_and_ten_paragraphs() {
    let a = load("berlin-peace-talks.txt");
    assert_eq!(a.format, Format::Text);
    assert_eq!(a.kicker.as_deref(), Some("News"));
    assert_eq!(
        a.title,
        "Ukraine Peace Talks Continue in Berlin as US Says Progress Has Been Made"
    );
    assert_eq!(a.slice(a.title_span.unwrap()), a.title);
    assert_eq!(a.slice(a.kicker_span.unwrap()), "News");
    let body = paragraphs(&a);
    assert_eq!(body.len(), 10);
    assert!(body[0].starts_with("Diplomatic talks between Ukraine"));
    assert!(body[9].starts_with("For now, the continuation"));
    // The 16 blank lines at the end are in the text but in no paragraph.
    assert_eq!(
        a.text,
        fs::read_to_string(Path::new(ASSETS).join("berlin-peace-talks.txt")).unwrap()
    );
    assert!(a.text.ends_with(&"\n".repeat(16)));
    assert!(body[9].ends_with("to the war."));
    assert_eq!(a.paragraphs[9].end(), a.text.trim_end().len());
}

#[test]
fn every_plain_sample_is_its_file_byte_for_byte() {
    for (name, source) in SAMPLES.iter().filter(|(n, _)| n.ends_with(".txt")) {
        assert_eq!(load(name).text, *source, "{name}");
    }
}

#[test]
fn plain_samples_titles_kickers_and_paragraph_counts() {
    // (file, kicker, title starts with, paragraphs, title stands in the text)
    let expected = [
        (
            "clinic-quotes.txt",
            Some("Health"),
            "A&E waits hit record at St. Ursula's",
            10,
            true,
        ),
        (
            "festival-names.txt",
            None,
            "Lyon festival opens with a chorus",
            8,
            true,
        ),
        (
            "central-bank-rates.txt",
            None,
            "Poland's central bank cuts rates",
            8,
            true,
        ),
        (
            "rail-strike-report.txt",
            None,
            "Spain's rail network grinds to a halt",
            25,
            true,
        ),
        (
            "water-main-note.txt",
            None,
            "Residents in the Millbrook and Carver Street",
            2,
            false,
        ),
    ];
    for (name, kicker, title, count, has_title_line) in expected {
        let a = load(name);
        assert_eq!(a.kicker.as_deref(), kicker, "{name}");
        assert!(a.title.starts_with(title), "{name}: {}", a.title);
        assert_eq!(a.paragraphs.len(), count, "{name}");
        assert_eq!(a.title_span.is_some(), has_title_line, "{name}");
        assert!(a.byline.is_none() && a.date.is_none(), "{name}");
        assert!(
            a.headings.is_empty(),
            "{name}: no subheadings in the samples"
        );
    }
}

#[test]
fn untitled_note_gets_a_short_title_from_its_first_sentence() {
    let a = load("water-main-note.txt");
    assert!(a.title.chars().count() <= 80, "{}", a.title);
    assert!(a.title.ends_with('…'), "{}", a.title);
    assert!(paragraphs(&a)[0].starts_with(a.title.trim_end_matches('…')));
}

#[test]
fn harbour_feature_front_matter_headings_lists_and_quote() {
    let a = load("harbour-council-vote.md");
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(
        a.title,
        "Kelsport council approves £240m harbour redevelopment after marathon session"
    );
    assert_eq!(
        a.slice(a.title_span.unwrap()),
        a.title,
        "the title opens the text"
    );
    assert_eq!(a.date.as_deref(), Some("2026-10-14"));
    assert_eq!(a.byline.as_deref(), Some("Rachel Denholm"));
    assert_eq!(a.source.as_deref(), Some("Kelsport Courier"));
    let headings: Vec<_> = a
        .headings
        .iter()
        .map(|h| (a.slice(h.span), h.level))
        .collect();
    assert_eq!(
        headings,
        [
            ("What the plan includes", 2),
            ("A divided chamber", 2),
            ("Residents promise to fight on", 2),
            ("What happens next", 2),
        ]
    );
    // 10 prose paragraphs, 4 list items and 1 block quote.
    let body = paragraphs(&a);
    assert_eq!(body.len(), 15);
    assert!(body.contains(&"620 new homes, of which 25 per cent would be classed as affordable"));
    assert!(
        body.iter()
            .any(|p| p.starts_with("We are not against change."))
    );
    assert!(
        body.iter().any(|p| p.contains("the Courier")),
        "emphasis stripped"
    );
    for mark in ['#', '*', '_', '>', '`'] {
        assert!(!a.text.contains(mark), "markup {mark:?} left in the text");
    }
}

#[test]
fn storm_update_front_matter_and_paragraphs() {
    let a = load("storm-coast-update.md");
    assert_eq!(
        a.title,
        "Cyclone Marla crosses Queensland coast as 18,000 people are evacuated"
    );
    assert_eq!(a.byline.as_deref(), Some("Tessa Lindqvist"));
    assert_eq!(a.date.as_deref(), Some("2026-02-11"));
    assert_eq!(a.source.as_deref(), Some("Coastal Morning Herald"));
    assert_eq!(a.paragraphs.len(), 8);
    assert!(a.headings.is_empty());
}

#[test]
fn title_kicker_and_metadata_are_never_paragraphs() {
    for a in article::embedded_library() {
        let heads = [a.title_span, a.kicker_span, a.byline_span, a.date_span];
        for p in &a.paragraphs {
            for head in heads.iter().flatten() {
                assert!(
                    !p.overlaps(*head),
                    "{}: {:?}",
                    a.path.display(),
                    a.slice(*p)
                );
            }
        }
    }
}

#[test]
fn every_file_in_assets_is_embedded_unchanged() {
    let mut on_disk: Vec<String> = fs::read_dir(ASSETS)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = SAMPLES.iter().map(|(n, _)| (*n).to_string()).collect();
    assert_eq!(
        embedded, on_disk,
        "SAMPLES in src/article/library.rs is out of date"
    );
    for (name, text) in SAMPLES {
        assert_eq!(
            fs::read_to_string(Path::new(ASSETS).join(name)).unwrap(),
            *text
        );
    }
}

#[test]
fn embedded_library_reads_like_the_files() {
    let embedded = article::embedded_library();
    let (from_disk, errors) = article::load_paths(&[PathBuf::from(ASSETS)]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(embedded.len(), from_disk.len());
    for (e, d) in embedded.iter().zip(&from_disk) {
        assert_eq!(e.path.file_name(), d.path.file_name());
        assert!(e.path.starts_with("embedded"));
        assert_eq!(
            (&e.title, &e.kicker, &e.text),
            (&d.title, &d.kicker, &d.text)
        );
        assert_eq!(e.paragraphs, d.paragraphs);
    }
}
