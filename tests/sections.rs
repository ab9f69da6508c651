//! Sentences and sections over the sample articles, and over arbitrary text.

use std::path::Path;

use lede::analysis::{self, Analysis, Section, sections, sentences};
use lede::article::{self, Article, Format, Heading};
use lede::span::Span;
use proptest::prelude::*;

fn load(name: &str) -> (Article, Analysis) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/articles")
        .join(name);
    let article = article::read_file(&path).unwrap();
    let analysis = analysis::analyze(&article);
    (article, analysis)
}

const SAMPLES: &[&str] = &[
    "berlin-peace-talks.txt",
    "central-bank-rates.txt",
    "clinic-quotes.txt",
    "festival-names.txt",
    "harbour-council-vote.md",
    "rail-strike-report.txt",
    "storm-coast-update.md",
    "water-main-note.txt",
];

/// Every paragraph lies in exactly one section, sections are in order and apart, and the
/// title and kicker lie in none.
fn assert_sections_cover_the_body(name: &str, article: &Article, sections: &[Section]) {
    assert!(!sections.is_empty(), "{name}: no sections");
    for pair in sections.windows(2) {
        assert!(
            pair[0].span.end() <= pair[1].span.start(),
            "{name}: sections overlap or are out of order: {pair:?}"
        );
    }
    for paragraph in &article.paragraphs {
        let holders = sections
            .iter()
            .filter(|s| s.span.contains(*paragraph))
            .count();
        assert_eq!(
            holders, 1,
            "{name}: paragraph {paragraph:?} in {holders} sections"
        );
    }
    for outside in article.title_span.iter().chain(article.kicker_span.iter()) {
        assert!(
            sections.iter().all(|s| !s.span.overlaps(*outside)),
            "{name}: title or kicker inside a section"
        );
    }
    for section in sections {
        let starts_block = article
            .paragraphs
            .iter()
            .chain(article.headings.iter().map(|h| &h.span))
            .any(|p| p.start() == section.span.start());
        let ends_block = article
            .paragraphs
            .iter()
            .chain(article.headings.iter().map(|h| &h.span))
            .any(|p| p.end() == section.span.end());
        assert!(
            starts_block && ends_block,
            "{name}: {section:?} does not run from block to block"
        );
    }
}

/// Generated titles are short, capitalised and distinct within the article.
fn assert_titles_are_usable(name: &str, sections: &[Section]) {
    let mut seen = Vec::new();
    for section in sections {
        let title = section.title.trim();
        assert!(!title.is_empty(), "{name}: empty title");
        if section.generated {
            let words = title.split_whitespace().count();
            assert!(
                (1..=4).contains(&words),
                "{name}: {title:?} has {words} words"
            );
            assert!(
                !title.starts_with(char::is_lowercase),
                "{name}: {title:?} not capitalised"
            );
        }
        assert!(
            !seen.contains(&title.to_lowercase()),
            "{name}: title {title:?} repeats"
        );
        seen.push(title.to_lowercase());
    }
}

#[test]
fn every_sample_is_cut_into_ordered_covering_sections_with_usable_titles() {
    for name in SAMPLES {
        let (article, analysis) = load(name);
        assert_sections_cover_the_body(name, &article, &analysis.sections);
        assert_titles_are_usable(name, &analysis.sections);
    }
}

#[test]
fn a_ten_paragraph_story_gets_a_few_sections_of_several_paragraphs() {
    let (article, analysis) = load("berlin-peace-talks.txt");
    assert_eq!(article.paragraphs.len(), 10);
    let n = analysis.sections.len();
    assert!((3..=5).contains(&n), "{n} sections");
    assert!(analysis.sections.iter().all(|s| s.generated));
    assert_no_single_paragraph_sections(&article, &analysis.sections);
}

#[test]
fn a_long_report_is_neither_one_block_nor_one_section_per_paragraph() {
    let (article, analysis) = load("rail-strike-report.txt");
    assert_eq!(article.paragraphs.len(), 25);
    let n = analysis.sections.len();
    assert!((5..=9).contains(&n), "{n} sections");
    assert_no_single_paragraph_sections(&article, &analysis.sections);
}

#[test]
fn a_two_paragraph_note_is_one_section() {
    let (article, analysis) = load("water-main-note.txt");
    assert_eq!(article.paragraphs.len(), 2);
    assert_eq!(analysis.sections.len(), 1);
    assert!(analysis.sections[0].generated);
}

#[test]
fn markdown_headings_title_their_sections() {
    let (article, analysis) = load("harbour-council-vote.md");
    assert!(!article.headings.is_empty());
    let from_source: Vec<&str> = analysis
        .sections
        .iter()
        .filter(|s| !s.generated)
        .map(|s| s.title.as_str())
        .collect();
    let headings: Vec<&str> = article
        .headings
        .iter()
        .map(|h| article.slice(h.span).trim())
        .collect();
    assert_eq!(from_source, headings);
    for (section, heading) in analysis
        .sections
        .iter()
        .filter(|s| !s.generated)
        .zip(&article.headings)
    {
        assert_eq!(section.span.start(), heading.span.start());
    }
    // Paragraphs before the first heading form a leading section with a generated title.
    let first_heading = article.headings[0].span.start();
    if article.paragraphs[0].end() <= first_heading {
        assert!(analysis.sections[0].generated);
        assert!(analysis.sections[0].span.end() <= first_heading);
    }
}

#[test]
fn markdown_without_headings_is_sectioned_by_topic() {
    let (article, analysis) = load("storm-coast-update.md");
    assert!(article.headings.is_empty());
    assert!(analysis.sections.iter().all(|s| s.generated));
}

fn assert_no_single_paragraph_sections(article: &Article, sections: &[Section]) {
    for section in sections {
        let inside = article
            .paragraphs
            .iter()
            .filter(|p| section.span.contains(**p))
            .count();
        assert!(inside >= 2, "{section:?} holds {inside} paragraph(s)");
    }
}

#[test]
fn sample_sentences_stay_inside_blocks() {
    for name in SAMPLES {
        let (article, analysis) = load(name);
        let blocks = article.blocks();
        for sentence in &analysis.sentences {
            assert!(
                blocks.iter().any(|b| b.contains(*sentence)),
                "{name}: {:?} crosses a block boundary",
                article.slice(*sentence)
            );
        }
    }
}

/// An article over arbitrary text: each non-empty line a paragraph, lines starting with `#` a
/// heading, the first line the title.
fn article_of(text: &str) -> Article {
    let mut paragraphs = Vec::new();
    let mut headings = Vec::new();
    let mut title_span = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(text, start, start + line.len()).map(|s| s.trim(text));
        start += line.len();
        let Some(span) = span.filter(|s| !s.is_empty()) else {
            continue;
        };
        if title_span.is_none() {
            title_span = Some(span);
        } else if span.slice(text).starts_with('#') {
            headings.push(Heading { span, level: 2 });
        } else {
            paragraphs.push(span);
        }
    }
    Article {
        path: "arbitrary.txt".into(),
        format: Format::Text,
        title_span,
        text: text.to_string(),
        paragraphs,
        headings,
        ..Default::default()
    }
}

fn assert_ordered_inside(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut end = 0;
    for span in spans {
        prop_assert!(
            span.start() >= end,
            "out of order or overlapping: {spans:?}"
        );
        prop_assert!(span.end() <= text.len());
        prop_assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        end = span.end();
    }
    Ok(())
}

/// Text made of the characters that steer splitting and sectioning, plus anything at all.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just(". ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("p.m. The ".to_string()),
        Just("…".to_string()),
        Just("?” she said. ".to_string()),
        Just("“".to_string()),
        Just("\n".to_string()),
        Just("\n## ".to_string()),
        Just("Berlin talks ".to_string()),
        Just("会议。".to_string()),
        Just("é".to_string()),
        "[A-Za-z ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn splitting_arbitrary_text_never_panics_and_stays_in_bounds(text in newsy_text()) {
        let spans = sentences::split(&text, Span::whole(&text));
        assert_ordered_inside(&text, &spans)?;
        for span in &spans {
            prop_assert!(!span.slice(&text).trim().is_empty());
        }
    }

    #[test]
    fn sectioning_arbitrary_text_never_panics_and_stays_in_bounds(text in newsy_text()) {
        let article = article_of(&text);
        let sentences = sentences::split_article(&article);
        assert_ordered_inside(&text, &sentences)?;
        let sections = sections::segment(&article, &sentences, &[]);
        let spans: Vec<Span> = sections.iter().map(|s| s.span).collect();
        assert_ordered_inside(&text, &spans)?;
        for paragraph in &article.paragraphs {
            prop_assert_eq!(sections.iter().filter(|s| s.span.contains(*paragraph)).count(), 1);
        }
        for section in &sections {
            prop_assert!(!section.title.trim().is_empty(), "{:?}", section);
        }
    }

    #[test]
    fn splitting_any_string_never_panics(text in any::<String>()) {
        let spans = sentences::split(&text, Span::whole(&text));
        assert_ordered_inside(&text, &spans)?;
    }
}

#[test]
fn two_topics_become_two_sections_titled_by_their_terms() {
    let harbour = [
        "The harbour council met on Tuesday to vote on the redevelopment of the old harbour wall, which has been crumbling for years.",
        "Councillors said the harbour wall repairs would cost more than the council had set aside, and the vote was delayed twice.",
        "In the end the council approved the harbour plan by a narrow vote, with the mayor casting the deciding vote on the wall.",
        "Residents near the harbour welcomed the council vote but asked when work on the harbour wall would finally begin.",
    ];
    let football = [
        "At the stadium across town, the football club celebrated a late goal that kept the team in the league for another season.",
        "The winning goal came from a young striker who had joined the club in the summer and had not scored at the stadium before.",
        "Fans poured out of the stadium singing, and the club manager said the goal was the best moment of his football career.",
        "The club will play its final football match of the season at the stadium next week, needing one more goal to finish third.",
    ];
    let text = format!(
        "Town news\n{}\n{}\n",
        harbour.join("\n"),
        football.join("\n")
    );
    let article = article_of(&text);
    let analysis = analysis::analyze(&article);
    let sections = &analysis.sections;
    assert_eq!(sections.len(), 2, "{sections:?}");
    let second_topic = article.paragraphs[harbour.len()];
    assert_eq!(sections[1].span.start(), second_topic.start());
    let first = sections[0].title.to_lowercase();
    let second = sections[1].title.to_lowercase();
    assert!(
        ["harbour", "council", "vote", "wall"]
            .iter()
            .any(|w| first.contains(w)),
        "{first}"
    );
    assert!(
        ["stadium", "goal", "club", "football"]
            .iter()
            .any(|w| second.contains(w)),
        "{second}"
    );
}

#[test]
fn every_heading_starts_a_section_even_without_paragraphs() {
    let text = "Title\nAn opening paragraph about the harbour vote.\n# The vote\n# Reactions\nPeople cheered the harbour vote loudly.\n#\nA closing line.\n";
    let article = article_of(text);
    let sentences = sentences::split_article(&article);
    let sections = sections::segment(&article, &sentences, &[]);
    let titles: Vec<(&str, bool)> = sections
        .iter()
        .map(|s| (s.title.as_str(), s.generated))
        .collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(titles[0].1, "leading section is generated: {titles:?}");
    assert_eq!(titles[1], ("# The vote", false));
    assert_eq!(titles[2], ("# Reactions", false));
    assert_eq!(titles[3], ("#", false));
    assert_eq!(article.slice(sections[1].span), "# The vote");
    assert!(article.slice(sections[2].span).ends_with("loudly."));
    assert!(article.slice(sections[3].span).ends_with("closing line."));
    assert_sections_cover_the_body("headings", &article, &sections);
}
