//! Markdown articles: rendered to plain text, headings kept as section boundaries.
//!
//! The analysed text is what a reader sees, without markup characters. Every leaf block
//! becomes its own paragraph, separated by a blank line: a paragraph, a heading, each list
//! item, each paragraph of a block quote, a code block, each table row (cells joined by " · ").
//! Links keep their text, emphasis and inline HTML tags are dropped, HTML blocks and images
//! (alt text included: it describes a picture, it is not the story) are skipped. Characters
//! are kept as written: no smart quotes.
//!
//! Front matter (YAML `---` or TOML `+++`) fills the metadata. The headline is a leading `#`
//! heading, or else the front matter `title`, which is then written as the first line of the
//! text, as a site would render it, so the headline's names are part of the analysis.

use std::path::PathBuf;

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::front_matter::{self, FrontMatter, Style};
use super::{Article, Format, Heading, first_sentence, meta, shorten_title};
use crate::span::Span;

/// Length of a title made from the first sentence.
const FALLBACK_TITLE_CHARS: usize = 80;

/// Reads a Markdown article from its source.
pub fn read(path: PathBuf, source: &str) -> Article {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES;
    let mut builder = Builder::default();
    let mut metadata = None;
    let mut image_depth = 0usize;
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(Tag::MetadataBlock(kind)) => {
                metadata = Some(match kind {
                    MetadataBlockKind::YamlStyle => Style::Yaml,
                    MetadataBlockKind::PlusesStyle => Style::Toml,
                });
            }
            Event::End(TagEnd::MetadataBlock(_)) => metadata = None,
            Event::Text(t) if metadata.is_some() => {
                if let Some(style) = metadata {
                    builder.front_matter = front_matter::parse(&t, style);
                }
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => builder.open(Some(level as u8)),
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::CodeBlock(_) | Tag::TableHead | Tag::TableRow,
            ) => builder.open(None),
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableHead
                | TagEnd::TableRow,
            ) => builder.close(),
            Event::Start(Tag::TableCell) => builder.next_cell(),
            Event::Text(t) | Event::Code(t) => builder.push(&t),
            Event::SoftBreak => builder.push(" "),
            Event::HardBreak => builder.push("\n"),
            _ => {}
        }
    }
    builder.finish(path)
}

/// A block being written: where its separator and its words start, and its heading level.
#[derive(Clone, Copy)]
struct Open {
    separator: usize,
    start: usize,
    level: Option<u8>,
}

#[derive(Default)]
struct Builder {
    text: String,
    open: Option<Open>,
    blocks: Vec<(Span, Option<u8>)>,
    front_matter: FrontMatter,
}

impl Builder {
    /// Starts a block, unless an empty one is already open (a list item's first paragraph is
    /// the item itself).
    fn open(&mut self, level: Option<u8>) {
        if let Some(open) = &mut self.open {
            if open.start == self.text.len() {
                open.level = level.or(open.level);
                return;
            }
            self.close();
        }
        let separator = self.text.len();
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.open = Some(Open {
            separator,
            start: self.text.len(),
            level,
        });
    }

    fn push(&mut self, words: &str) {
        if self.open.is_none() {
            self.open(None);
        }
        self.text.push_str(words);
    }

    /// Separates a table cell from the one before it in the same row.
    fn next_cell(&mut self) {
        match self.open {
            Some(open) if open.start < self.text.len() => self.text.push_str(" · "),
            Some(_) => {}
            None => self.open(None),
        }
    }

    fn close(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let span = Span::new(&self.text, open.start, self.text.len())
            .map(|span| span.trim(&self.text))
            .filter(|span| !span.is_empty());
        match span {
            Some(span) => self.blocks.push((span, open.level)),
            // Nothing visible (an image, an empty item): take the separator back.
            None => self.text.truncate(open.separator),
        }
    }

    fn finish(mut self, path: PathBuf) -> Article {
        self.close();
        let fm = std::mem::take(&mut self.front_matter);
        let mut blocks = &self.blocks[..];

        // A leading top-level heading is the headline.
        let mut title_span = None;
        if let [(span, Some(1)), rest @ ..] = blocks {
            title_span = Some(*span);
            blocks = rest;
        }
        let mut headings = Vec::new();
        let mut paragraphs = Vec::new();
        let mut byline = (fm.byline, None);
        let mut date = (fm.date, None);
        let mut source = fm.source;
        for (span, level) in blocks {
            match level {
                Some(level) => headings.push(Heading {
                    span: *span,
                    level: *level,
                }),
                // Byline and date lines between the headline and the first paragraph.
                None if paragraphs.is_empty()
                    && headings.is_empty()
                    && let Some(found) = meta::parse_line(span.slice(&self.text)) =>
                {
                    if found.byline.is_some() {
                        byline = (byline.0.or(found.byline), Some(*span));
                    }
                    if found.date.is_some() {
                        date = (date.0.or(found.date), Some(*span));
                    }
                    source = source.or(found.source);
                }
                None => paragraphs.push(*span),
            }
        }

        // The front matter's kicker and (without a leading heading) title become the first
        // lines of the text.
        // The kicker sits on the line right above the headline, the body below a blank line.
        let mut prefix = String::new();
        let mut kicker_span = None;
        if let Some(kicker) = &fm.kicker {
            kicker_span = Some((0, kicker.len()));
            prefix.push_str(kicker);
        }
        let mut prefixed_title = None;
        if title_span.is_none()
            && let Some(title) = &fm.title
        {
            if !prefix.is_empty() {
                prefix.push('\n');
            }
            prefixed_title = Some((prefix.len(), prefix.len() + title.len()));
            prefix.push_str(title);
        }
        if !prefix.is_empty() {
            let blank_line = prefixed_title.is_some() && !self.text.is_empty();
            prefix.push_str(if blank_line { "\n\n" } else { "\n" });
        }
        let offset = prefix.len();
        let mut text = prefix;
        text.push_str(&self.text);
        if !text.ends_with('\n') && !text.is_empty() {
            text.push('\n');
        }
        let shift = |span: Span| Span::new(&text, span.start() + offset, span.end() + offset);
        let at = |range: Option<(usize, usize)>| range.and_then(|(s, e)| Span::new(&text, s, e));

        let title_span = title_span.and_then(shift).or(at(prefixed_title));
        let paragraphs: Vec<Span> = paragraphs.into_iter().filter_map(shift).collect();
        let title = fm
            .title
            .or_else(|| title_span.map(|s| s.slice(&text).to_string()))
            .or_else(|| {
                paragraphs
                    .first()
                    .map(|p| shorten_title(first_sentence(p.slice(&text)), FALLBACK_TITLE_CHARS))
            })
            .unwrap_or_default();
        Article {
            path,
            format: Format::Markdown,
            title,
            title_span,
            kicker: fm.kicker,
            kicker_span: at(kicker_span),
            byline: byline.0,
            byline_span: byline.1.and_then(shift),
            date: date.0,
            date_span: date.1.and_then(shift),
            source,
            encoding: None,
            url: None,
            headings: headings
                .into_iter()
                .filter_map(|h| {
                    Some(Heading {
                        span: shift(h.span)?,
                        level: h.level,
                    })
                })
                .collect(),
            paragraphs,
            text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(source: &str) -> Article {
        read(PathBuf::from("a.md"), source)
    }

    fn paragraph_texts(a: &Article) -> Vec<&str> {
        a.paragraphs.iter().map(|p| a.slice(*p)).collect()
    }

    #[test]
    fn front_matter_headings_and_markup_free_text() {
        let source = "---\ntitle: \"Harbour Vote\"\ndate: 2026-10-14\nauthor: Ann Lee\nsource: The Courier\n---\n\nThe **council** met.\n\n## The Vote\n\nIt passed, _narrowly_.\n";
        let a = read_str(source);
        assert_eq!(a.title, "Harbour Vote");
        assert_eq!(a.slice(a.title_span.unwrap()), "Harbour Vote");
        assert_eq!(a.date.as_deref(), Some("2026-10-14"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.source.as_deref(), Some("The Courier"));
        assert_eq!(
            paragraph_texts(&a),
            ["The council met.", "It passed, narrowly."]
        );
        assert_eq!(a.headings.len(), 1);
        assert_eq!(a.slice(a.headings[0].span), "The Vote");
        assert_eq!(a.headings[0].level, 2);
        assert_eq!(
            a.text,
            "Harbour Vote\n\nThe council met.\n\nThe Vote\n\nIt passed, narrowly.\n"
        );
    }

    #[test]
    fn toml_front_matter_with_kicker() {
        let a = read_str("+++\ntitle = \"Storm Hits\"\nkicker = \"Weather\"\n+++\n\nWinds rose.\n");
        assert_eq!(a.title, "Storm Hits");
        assert_eq!(a.kicker.as_deref(), Some("Weather"));
        assert_eq!(a.slice(a.kicker_span.unwrap()), "Weather");
        assert_eq!(a.slice(a.title_span.unwrap()), "Storm Hits");
        assert_eq!(paragraph_texts(&a), ["Winds rose."]);
        assert_eq!(a.text, "Weather\nStorm Hits\n\nWinds rose.\n");

        let a = read_str("---\nkicker: Weather\n---\n# Storm Hits\n\nWinds rose.\n");
        assert_eq!(a.text, "Weather\nStorm Hits\n\nWinds rose.\n");
        assert_eq!(a.slice(a.title_span.unwrap()), "Storm Hits");
        assert_eq!(a.slice(a.kicker_span.unwrap()), "Weather");
    }

    #[test]
    fn leading_h1_is_the_title() {
        let a = read_str("# Storm Hits Coast\n\nWinds rose.\n");
        assert_eq!(a.title, "Storm Hits Coast");
        assert_eq!(a.slice(a.title_span.unwrap()), "Storm Hits Coast");
        assert_eq!(paragraph_texts(&a), ["Winds rose."]);
        assert!(a.headings.is_empty());
    }

    #[test]
    fn setext_headings_and_later_h1s_are_headings() {
        let a =
            read_str("Intro text.\n\nPart One\n========\n\nBody.\n\nPart Two\n--------\n\nMore.\n");
        let headings: Vec<_> = a
            .headings
            .iter()
            .map(|h| (a.slice(h.span), h.level))
            .collect();
        assert_eq!(headings, [("Part One", 1), ("Part Two", 2)]);
        assert_eq!(a.title, "Intro text");
    }

    #[test]
    fn lists_items_are_paragraphs_even_when_nested_or_loose() {
        let a = read_str("- one\n- two\n  - inner\n- three\n\n1. first\n\n2. second\n   more\n");
        assert_eq!(
            paragraph_texts(&a),
            ["one", "two", "inner", "three", "first", "second more"]
        );
    }

    #[test]
    fn quotes_links_code_and_html() {
        let a = read_str(
            "> We are *not* against change.\n>\n> Nor are we for it.\n\nSee [the report](http://x.example) and `code`.\n\n<div class=\"ad\">\nBuy now\n</div>\n\n```\nlet x = 1;\n```\n\nA <b>bold</b> claim.\n",
        );
        assert_eq!(
            paragraph_texts(&a),
            [
                "We are not against change.",
                "Nor are we for it.",
                "See the report and code.",
                "let x = 1;",
                "A bold claim."
            ]
        );
    }

    #[test]
    fn images_are_dropped_with_their_alt_text() {
        let a = read_str("![A harbour at dusk](h.jpg)\n\nText with ![icon](i.png) inside.\n");
        assert_eq!(paragraph_texts(&a), ["Text with  inside."]);
        assert_eq!(a.text, "Text with  inside.\n");
    }

    #[test]
    fn table_rows_are_paragraphs() {
        let a = read_str("| Party | Seats |\n|---|---|\n| Greens | 12 |\n");
        assert_eq!(paragraph_texts(&a), ["Party · Seats", "Greens · 12"]);
    }

    #[test]
    fn byline_paragraph_is_metadata() {
        let a = read_str("# Storm Hits\n\n*By Tessa Lindqvist*\n\nWinds rose.\n");
        assert_eq!(a.byline.as_deref(), Some("Tessa Lindqvist"));
        assert_eq!(a.slice(a.byline_span.unwrap()), "By Tessa Lindqvist");
        assert_eq!(paragraph_texts(&a), ["Winds rose."]);
    }

    #[test]
    fn rendered_text_has_no_markup_characters() {
        let a = read_str(
            "---\ntitle: T\n---\n# **Bold** _title_\n\n## Sub\n\n* a [link](u)\n\n> quote\n\n***\n\nEnd ~~old~~.\n",
        );
        for mark in ['*', '#', '_', '[', ']', '>', '~', '`'] {
            assert!(!a.text.contains(mark), "{mark} in {:?}", a.text);
        }
    }

    #[test]
    fn bom_and_empty_sources() {
        let a = read_str("\u{feff}---\ntitle: Kept\n---\n\nBody.\n");
        assert_eq!(a.title, "Kept");
        assert_eq!(paragraph_texts(&a), ["Body."]);
        let a = read_str("");
        assert!(a.text.is_empty() && a.paragraphs.is_empty());
        let a = read_str("---\ntitle: Only A Title\n---\n");
        assert_eq!(a.text, "Only A Title\n");
        assert!(a.paragraphs.is_empty());
    }
}
