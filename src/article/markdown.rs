//! Markdown articles: rendered to plain text, headings kept as section boundaries.
//!
//! The analysed text is what a reader sees, without markup characters: each block (paragraph,
//! heading, list item, quote) becomes its own line group, separated by a blank line, so spans
//! into it can be shown without the Markdown source.

use std::path::PathBuf;

use pulldown_cmark::{Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::{Article, Format, Heading, shorten_title};
use crate::span::Span;

/// Reads a Markdown article from its source.
pub fn read(path: PathBuf, source: &str) -> Article {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut builder = Builder::default();
    let mut in_metadata = false;
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(t) if in_metadata => builder.front_matter(&t),
            Event::Start(Tag::Heading { level, .. }) => builder.open(Some(level as u8)),
            Event::Start(Tag::Paragraph | Tag::Item | Tag::CodeBlock(_)) => builder.open(None),
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock,
            ) => builder.close(),
            Event::Text(t) | Event::Code(t) => builder.push(&t),
            Event::SoftBreak => builder.push(" "),
            Event::HardBreak => builder.push("\n"),
            _ => {}
        }
    }
    builder.finish(path)
}

#[derive(Default)]
struct Builder {
    text: String,
    block_start: Option<(usize, Option<u8>)>,
    blocks: Vec<(Span, Option<u8>)>,
    title: Option<String>,
    date: Option<String>,
    byline: Option<String>,
    source: Option<String>,
}

impl Builder {
    fn front_matter(&mut self, yaml: &str) {
        for line in yaml.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_matches(['"', '\'']).trim().to_string();
            if value.is_empty() {
                continue;
            }
            match key.trim().to_ascii_lowercase().as_str() {
                "title" => self.title = Some(value),
                "date" => self.date = Some(value),
                "author" | "byline" => self.byline = Some(value),
                "source" | "publication" => self.source = Some(value),
                _ => {}
            }
        }
    }

    fn open(&mut self, level: Option<u8>) {
        // A list item's paragraph is the item itself: keep the outer block open.
        if self.block_start.is_some() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.block_start = Some((self.text.len(), level));
    }

    fn push(&mut self, words: &str) {
        if self.block_start.is_none() {
            self.open(None);
        }
        self.text.push_str(words);
    }

    fn close(&mut self) {
        if let Some((start, level)) = self.block_start.take()
            && let Some(span) = Span::new(&self.text, start, self.text.len())
        {
            let span = span.trim(&self.text);
            if !span.is_empty() {
                self.blocks.push((span, level));
            }
        }
    }

    fn finish(mut self, path: PathBuf) -> Article {
        self.close();
        if !self.text.ends_with('\n') && !self.text.is_empty() {
            self.text.push('\n');
        }
        let mut title_span = None;
        let mut blocks = &self.blocks[..];
        // A leading top-level heading is the headline, unless front matter already gave one.
        if let [(span, Some(1)), rest @ ..] = blocks {
            if self.title.is_none() {
                self.title = Some(span.slice(&self.text).to_string());
            }
            title_span = Some(*span);
            blocks = rest;
        }
        let mut paragraphs = Vec::new();
        let mut headings = Vec::new();
        for (span, level) in blocks {
            match level {
                Some(level) => headings.push(Heading {
                    span: *span,
                    level: *level,
                }),
                None => paragraphs.push(*span),
            }
        }
        let title = self.title.unwrap_or_else(|| {
            paragraphs
                .first()
                .map(|p| shorten_title(p.slice(&self.text), 80))
                .unwrap_or_default()
        });
        Article {
            path,
            format: Format::Markdown,
            title,
            title_span,
            kicker: None,
            kicker_span: None,
            byline: self.byline,
            date: self.date,
            source: self.source,
            paragraphs,
            headings,
            text: self.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_headings_and_markup_free_text() {
        let source = "---\ntitle: Harbour Vote\ndate: 2026-10-14\nauthor: Ann Lee\n---\n\nThe **council** met.\n\n## The Vote\n\nIt passed, _narrowly_.\n";
        let a = read(PathBuf::from("a.md"), source);
        assert_eq!(a.title, "Harbour Vote");
        assert_eq!(a.date.as_deref(), Some("2026-10-14"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        let paragraphs: Vec<_> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(paragraphs, ["The council met.", "It passed, narrowly."]);
        assert_eq!(a.headings.len(), 1);
        assert_eq!(a.slice(a.headings[0].span), "The Vote");
        assert!(!a.text.contains('*') && !a.text.contains('#'));
    }

    #[test]
    fn leading_h1_is_the_title() {
        let a = read(PathBuf::from("a.md"), "# Storm Hits Coast\n\nWinds rose.\n");
        assert_eq!(a.title, "Storm Hits Coast");
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.headings.is_empty());
    }
}
