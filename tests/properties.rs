//! Reading and analysing any text never panics, and every span the article and the analysis
//! give lies inside the text, on char boundaries, in text order.

use std::path::PathBuf;

use lede::analysis::{self, Analysis};
use lede::article::{self, Article};
use lede::span::Span;
use proptest::prelude::*;

/// Pieces that reach the readers' special cases: layouts, metadata, markup, quotes,
/// abbreviations, line endings, wide and combining characters, controls.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u{feff}",
    "News\n",
    "Title Line Here\n",
    "By Jane Doe\n",
    "14 October 2026\n",
    "Source: The Courier\n",
    "---\n",
    "+++\n",
    "title: \"T\"\n",
    "# ",
    "## ",
    "- ",
    "1. ",
    "> ",
    "**",
    "_",
    "`",
    "```\n",
    "[a](b)",
    "![alt](i.png)",
    "<div>",
    "| a | b |\n",
    "* * *\n",
    "Mr. ",
    "Dr. J. R. Jones ",
    "U.S. ",
    "3.5 ",
    "4:30 p.m. ",
    "...",
    "…",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "said: ",
    "Zoë ",
    "Łukasz ",
    "東京で会議 ",
    "🎉",
    "e\u{301}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{9b}",
    "Published: ",
    "PUBLİSHED ",
    "\u{212a}",
    "İ",
    "BY ",
    "\u{202e}",
    "The council met on Tuesday. ",
    "It voted.",
    "Berlin",
];

fn assembled() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

fn inside(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start() <= span.end(), "{what} reversed: {span:?}");
    prop_assert!(span.end() <= text.len(), "{what} past the end: {span:?}");
    prop_assert!(
        text.is_char_boundary(span.start()),
        "{what} splits a char: {span:?}"
    );
    prop_assert!(
        text.is_char_boundary(span.end()),
        "{what} splits a char: {span:?}"
    );
    Ok(())
}

/// Spans that must not overlap and must come in text order.
fn ordered(text: &str, spans: &[Span], what: &str) -> Result<(), TestCaseError> {
    for span in spans {
        inside(text, *span, what)?;
        prop_assert!(!span.is_empty(), "empty {what}");
    }
    for pair in spans.windows(2) {
        prop_assert!(
            pair[0].end() <= pair[1].start(),
            "{what} out of order: {pair:?}"
        );
    }
    Ok(())
}

fn check(article: &Article, analysis: &Analysis) -> Result<(), TestCaseError> {
    let text = &article.text;
    let heads = [
        article.kicker_span,
        article.title_span,
        article.byline_span,
        article.date_span,
    ];
    for span in heads.iter().flatten() {
        inside(text, *span, "head line")?;
    }
    let headings: Vec<Span> = article.headings.iter().map(|h| h.span).collect();
    ordered(text, &headings, "heading")?;
    ordered(text, &article.paragraphs, "paragraph")?;
    for p in &article.paragraphs {
        for head in heads.iter().flatten() {
            prop_assert!(
                !p.overlaps(*head),
                "paragraph overlaps the head: {p:?} {head:?}"
            );
        }
    }
    ordered(text, &article.blocks(), "block")?;
    ordered(text, &analysis.sentences, "sentence")?;
    let sections: Vec<Span> = analysis.sections.iter().map(|s| s.span).collect();
    ordered(text, &sections, "section")?;
    for entity in &analysis.entities {
        let mentions: Vec<Span> = entity.mentions.iter().map(|m| m.span).collect();
        ordered(text, &mentions, "mention")?;
        for m in &entity.mentions {
            prop_assert_eq!(m.span.slice(text), m.text.as_str());
        }
    }
    for claim in &analysis.claims {
        inside(text, claim.content, "claim content")?;
        inside(text, claim.sentence, "claim sentence")?;
        if let Some(speaker) = &claim.speaker {
            inside(text, speaker.span, "speaker")?;
        }
        if let Some(cue) = &claim.cue {
            inside(text, cue.span, "cue")?;
        }
        prop_assert!(claim.section < analysis.sections.len().max(1));
    }
    Ok(())
}

fn read_and_analyse(name: &str, text: &str) -> Result<(), TestCaseError> {
    let article = article::from_source(PathBuf::from(name), text.to_string());
    if name.ends_with(".txt") {
        prop_assert_eq!(&article.text, text, "plain text is the input byte for byte");
    }
    let analysis = analysis::analyze(&article);
    check(&article, &analysis)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_unicode_as_plain_text(text in any::<String>()) {
        read_and_analyse("a.txt", &text)?;
    }

    #[test]
    fn any_unicode_as_markdown(text in any::<String>()) {
        read_and_analyse("a.md", &text)?;
    }

    #[test]
    fn article_like_text_as_plain_text(text in assembled()) {
        read_and_analyse("a.txt", &text)?;
    }

    #[test]
    fn article_like_text_as_markdown(text in assembled()) {
        read_and_analyse("a.md", &text)?;
    }
}
