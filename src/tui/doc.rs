//! The article laid out as lines for one reading width, kept until the width changes.
//!
//! A long article is laid out lazily: blocks are wrapped from the top only as far as a
//! caller asks (the lines in view, the line of an offset), and the lines of the blocks not yet
//! wrapped are estimated from their length, so a 5 MB article or 200,000 paragraphs show
//! their first screen at once. Articles up to [`EAGER_BYTES`] are wrapped whole, so their
//! line count is exact from the start.

use std::cell::RefCell;

use crate::analysis::Analysis;
use crate::article::Article;
use crate::span::Span;

use super::text;

/// What a line of the laid-out article is, which decides its style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// The label above the headline.
    Kicker,
    /// The headline.
    Title,
    /// Byline, date and source.
    Meta,
    /// A heading the source gave.
    Heading,
    /// A section title lede made up.
    GeneratedHeading,
    /// Body text of paragraph number `.0`.
    Body(usize),
    /// Space between blocks.
    Blank,
}

/// Where a line's words live: the article's text, or the layout's own strings (headline,
/// meta line, generated titles), which no analysis span points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A span of [`Article::text`].
    Article(Span),
    /// A span of [`Doc::extra`].
    Extra(Span),
}

/// One screen line of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocLine {
    /// What the line is.
    pub kind: LineKind,
    /// Its words.
    pub source: Source,
}

/// One block before wrapping.
#[derive(Clone, Copy, Debug)]
struct Block {
    kind: LineKind,
    source: Source,
}

/// Articles whose blocks hold at most this many bytes are wrapped whole on every width
/// change; longer ones only as far as they are read.
pub const EAGER_BYTES: usize = 256 * 1024;

/// The lines wrapped so far for the current width: those of the first `blocks` blocks.
#[derive(Clone, Debug, Default)]
struct Wrapped {
    lines: Vec<DocLine>,
    blocks: usize,
}

/// The article as blocks, and those blocks wrapped for the current width.
#[derive(Clone, Debug)]
pub struct Doc {
    /// Headline, meta line and generated section titles, which are not in the article's text.
    pub extra: String,
    blocks: Vec<Block>,
    width: usize,
    /// The lines wrapped so far; reading a line past them wraps more, so the cache grows
    /// behind a shared reference (the renderer only reads the document).
    wrapped: RefCell<Wrapped>,
    /// For each block, an estimate of the lines it and the blocks after it take.
    estimate_from: Vec<usize>,
    /// The article's text, which `Source::Article` spans point into, kept for lazy wrapping.
    text: std::sync::Arc<str>,
}

impl Doc {
    /// Lays out an article's blocks; call [`Doc::rewrap`] before reading lines.
    pub fn new(article: &Article, analysis: &Analysis) -> Doc {
        let mut extra = String::new();
        let mut blocks = Vec::new();
        let push_extra = |extra: &mut String, blocks: &mut Vec<Block>, kind, words: &str| {
            let start = extra.len();
            extra.push_str(words);
            if let Some(span) = Span::new(extra, start, extra.len()) {
                blocks.push(Block {
                    kind,
                    source: Source::Extra(span),
                });
            }
        };
        if let Some(kicker) = &article.kicker {
            push_extra(
                &mut extra,
                &mut blocks,
                LineKind::Kicker,
                &kicker.to_uppercase(),
            );
        }
        // A headline that is part of the text is drawn from it, so its names and a claim in
        // it are highlighted like the body's.
        match article.title_span {
            Some(span) => blocks.push(Block {
                kind: LineKind::Title,
                source: Source::Article(span.trim(&article.text)),
            }),
            None if title_repeats_text(article) => {}
            None => push_extra(&mut extra, &mut blocks, LineKind::Title, &article.title),
        }
        let meta: Vec<String> = [
            article.byline.as_ref().map(|b| format!("By {b}")),
            article
                .published()
                .map(crate::article::iso_date)
                .or_else(|| article.date.clone()),
            article.source.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !meta.is_empty() {
            push_extra(&mut extra, &mut blocks, LineKind::Meta, &meta.join(" · "));
        }

        let mut body: Vec<(Span, LineKind)> = article
            .headings
            .iter()
            .map(|h| (h.span, LineKind::Heading))
            .chain(
                article
                    .paragraphs
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (*p, LineKind::Body(i))),
            )
            .collect();
        body.sort_by_key(|(span, _)| *span);
        // A made-up title is worth showing only when it tells sections apart.
        let mut generated = analysis
            .sections
            .iter()
            .filter(|s| s.generated && analysis.sections.len() > 1)
            .peekable();
        for (span, kind) in body {
            while let Some(section) = generated.next_if(|s| s.span.start() <= span.start()) {
                push_extra(
                    &mut extra,
                    &mut blocks,
                    LineKind::GeneratedHeading,
                    &section.title,
                );
            }
            blocks.push(Block {
                kind,
                source: Source::Article(span),
            });
        }
        Doc {
            extra,
            blocks,
            width: 0,
            wrapped: RefCell::default(),
            estimate_from: Vec::new(),
            text: article.text.as_str().into(),
        }
    }

    /// Wraps the blocks to `width` columns, unless they already are: all of them for an
    /// article of up to [`EAGER_BYTES`], else none yet (they are wrapped as they are read).
    pub fn rewrap(&mut self, article: &Article, width: usize) {
        if width == self.width && !self.estimate_from.is_empty() {
            return;
        }
        if *self.text != *article.text {
            self.text = article.text.as_str().into();
        }
        self.width = width;
        *self.wrapped.get_mut() = Wrapped::default();
        // Each block takes a blank line before it (but the first, the headline and the meta
        // line) and about one line per `width` bytes.
        let mut estimate_from = vec![0; self.blocks.len() + 1];
        let mut bytes = 0;
        for (n, block) in self.blocks.iter().enumerate().rev() {
            let len = match block.source {
                Source::Article(span) | Source::Extra(span) => span.len(),
            };
            bytes += len;
            let lines = usize::from(blank_before(n, block)) + len.div_ceil(width.max(1)).max(1);
            estimate_from[n] = estimate_from[n + 1] + lines;
        }
        self.estimate_from = estimate_from;
        if bytes <= EAGER_BYTES {
            self.wrap_through(usize::MAX);
        }
    }

    /// Wraps blocks until line `line` exists or every block is wrapped.
    fn wrap_through(&self, line: usize) {
        let mut wrapped = self.wrapped.borrow_mut();
        while wrapped.lines.len() <= line {
            let n = wrapped.blocks;
            let Some(block) = self.blocks.get(n) else {
                break;
            };
            self.wrap_block(n, block, &mut wrapped.lines);
            wrapped.blocks += 1;
        }
    }

    fn wrap_block(&self, n: usize, block: &Block, lines: &mut Vec<DocLine>) {
        if blank_before(n, block) {
            lines.push(DocLine {
                kind: LineKind::Blank,
                source: Source::Extra(Span::default()),
            });
        }
        let (whole, span, make): (&str, Span, fn(Span) -> Source) = match block.source {
            Source::Article(span) => (&self.text, span, Source::Article),
            Source::Extra(span) => (&self.extra, span, Source::Extra),
        };
        for line in text::wrap(whole, span, self.width) {
            lines.push(DocLine {
                kind: block.kind,
                source: make(line),
            });
        }
    }

    /// How many lines the article takes at the current width: exact once every block is
    /// wrapped, else the lines wrapped so far and an estimate of the rest.
    pub fn len(&self) -> usize {
        let wrapped = self.wrapped.borrow();
        wrapped.lines.len() + self.estimate_from.get(wrapped.blocks).copied().unwrap_or(0)
    }

    /// Whether the article has no lines at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Line `n`, wrapping as far as it when it is not yet.
    pub fn line(&self, n: usize) -> Option<DocLine> {
        self.wrap_through(n);
        self.wrapped.borrow().lines.get(n).copied()
    }

    /// Up to `count` lines from line `first`: the lines in view.
    pub fn lines_in(&self, first: usize, count: usize) -> Vec<DocLine> {
        self.wrap_through(first.saturating_add(count));
        let wrapped = self.wrapped.borrow();
        wrapped
            .lines
            .iter()
            .skip(first)
            .take(count)
            .copied()
            .collect()
    }

    /// Every line, laying out the whole article: for tests and tools, never for a frame.
    pub fn lines(&self) -> Vec<DocLine> {
        self.wrap_through(usize::MAX);
        self.wrapped.borrow().lines.clone()
    }

    /// The width the lines were wrapped to.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The article byte offset a line stands for: its own start, or for lines outside the
    /// text the start of the next line that is in it.
    pub fn offset_of_line(&self, line: usize) -> usize {
        let mut n = line;
        loop {
            match self.line(n) {
                Some(DocLine {
                    source: Source::Article(span),
                    ..
                }) => return span.start(),
                Some(_) => n += 1,
                None => return usize::MAX,
            }
        }
    }

    /// The line on which article byte `offset` stands (the last line starting at or before it).
    pub fn line_of_offset(&self, offset: usize) -> usize {
        let mut found = 0;
        let mut n = 0;
        while let Some(line) = self.line(n) {
            if let Source::Article(span) = line.source {
                if span.start() > offset {
                    break;
                }
                found = n;
            }
            n += 1;
        }
        found
    }
}

/// Whether a blank line separates block `n` from the one before.
fn blank_before(n: usize, block: &Block) -> bool {
    n > 0 && block.kind != LineKind::Title && block.kind != LineKind::Meta
}

/// Whether the title was made from the text's opening words because the article has no
/// headline: drawn above them, it would say them twice.
fn title_repeats_text(article: &Article) -> bool {
    let Some(first) = article.paragraphs.first() else {
        return false;
    };
    let title: Vec<&str> = article
        .title
        .trim_end_matches('…')
        .split_whitespace()
        .collect();
    let opening: Vec<&str> = first
        .slice(&article.text)
        .split_whitespace()
        .take(title.len())
        .collect();
    !title.is_empty()
        && opening.len() == title.len()
        && title.iter().zip(&opening).all(|(t, o)| o.starts_with(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::embedded_library;

    #[test]
    fn rewrapping_keeps_every_word_of_the_headline_and_body() {
        let article = &embedded_library()[0];
        let analysis = crate::analysis::analyze(article);
        let mut doc = Doc::new(article, &analysis);
        for width in [1, 7, 40, 100] {
            doc.rewrap(article, width);
            let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let words: String = doc
                .lines()
                .iter()
                .filter_map(|l| match l.source {
                    Source::Article(s) => Some(letters(s.slice(&article.text))),
                    Source::Extra(_) => None,
                })
                .collect();
            let expected: String = article
                .title_span
                .iter()
                .chain(&article.paragraphs)
                .map(|p| letters(p.slice(&article.text)))
                .collect();
            assert_eq!(words, expected, "width {width}");
        }
    }

    #[test]
    fn offsets_map_back_to_their_lines() {
        let article = &embedded_library()[0];
        let analysis = crate::analysis::analyze(article);
        let mut doc = Doc::new(article, &analysis);
        doc.rewrap(article, 30);
        for n in 0..doc.lines().len() {
            if let Source::Article(span) = doc.lines()[n].source {
                assert_eq!(doc.line_of_offset(span.start()), n);
                assert_eq!(doc.offset_of_line(n), span.start());
            }
        }
    }

    /// An article longer than [`EAGER_BYTES`]: many short paragraphs.
    fn long_article() -> (Article, crate::analysis::Analysis) {
        let mut text = String::from("Harbour notes\n\n");
        let mut n = 0;
        while text.len() <= 2 * EAGER_BYTES {
            text.push_str(&format!(
                "Note {n}: the ferry to Kjelvik left at dawn and the pier stayed shut.\n\n"
            ));
            n += 1;
        }
        let article = crate::article::from_source("notes.txt".into(), text);
        (article, crate::analysis::Analysis::default())
    }

    #[test]
    fn a_long_article_is_wrapped_only_as_far_as_it_is_read() {
        let (article, analysis) = long_article();
        let mut lazy = Doc::new(&article, &analysis);
        lazy.rewrap(&article, 30);
        let first = lazy.lines_in(0, 40);
        assert!(
            lazy.wrapped.borrow().blocks < 40,
            "more blocks wrapped than read"
        );
        // The estimate is near the real count, which the whole layout gives.
        let estimate = lazy.len();
        let all = lazy.lines();
        assert_eq!(lazy.len(), all.len());
        assert!(
            estimate.abs_diff(all.len()) * 10 < all.len(),
            "{estimate} for {}",
            all.len()
        );
        assert_eq!(first, all[..40]);
    }

    #[test]
    fn lazy_lines_and_offsets_agree_with_the_whole_layout() {
        let (article, analysis) = long_article();
        let mut whole = Doc::new(&article, &analysis);
        whole.rewrap(&article, 25);
        let all = whole.lines();
        for n in [0, 1, 7, 500, all.len() / 2, all.len() - 1] {
            let mut lazy = Doc::new(&article, &analysis);
            lazy.rewrap(&article, 25);
            assert_eq!(lazy.line(n), all.get(n).copied());
            let offset = whole.offset_of_line(n);
            let mut fresh = Doc::new(&article, &analysis);
            fresh.rewrap(&article, 25);
            assert_eq!(fresh.offset_of_line(n), offset);
            assert_eq!(fresh.line_of_offset(offset), whole.line_of_offset(offset));
        }
    }

    #[test]
    fn a_title_made_from_the_opening_words_is_not_drawn_twice() {
        let text = "nothing here at all, just lower case words.\n\nA second paragraph.\n";
        let article = crate::article::from_source("untitled.txt".into(), text.to_string());
        assert!(article.title_span.is_none(), "no headline: {article:?}");
        let analysis = crate::analysis::analyze(&article);
        let mut doc = Doc::new(&article, &analysis);
        doc.rewrap(&article, 80);
        assert!(doc.lines().iter().all(|l| l.kind != LineKind::Title));
        assert_eq!(
            doc.lines()[0].source,
            Source::Article(article.paragraphs[0])
        );
    }
}
