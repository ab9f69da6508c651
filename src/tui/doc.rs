//! The article laid out as lines for one reading width: computed once per width and kept
//! until the width changes.

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

/// The article as blocks, and those blocks wrapped for the current width.
#[derive(Clone, Debug)]
pub struct Doc {
    /// Headline, meta line and generated section titles, which are not in the article's text.
    pub extra: String,
    blocks: Vec<Block>,
    width: usize,
    lines: Vec<DocLine>,
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
            lines: Vec::new(),
        }
    }

    /// Wraps the blocks to `width` columns, unless they already are.
    pub fn rewrap(&mut self, article: &Article, width: usize) {
        if width == self.width && !self.lines.is_empty() {
            return;
        }
        self.width = width;
        self.lines.clear();
        for (n, block) in self.blocks.iter().enumerate() {
            if n > 0 && block.kind != LineKind::Title && block.kind != LineKind::Meta {
                self.lines.push(DocLine {
                    kind: LineKind::Blank,
                    source: Source::Extra(Span::default()),
                });
            }
            let (whole, span, make): (&str, Span, fn(Span) -> Source) = match block.source {
                Source::Article(span) => (&article.text, span, Source::Article),
                Source::Extra(span) => (&self.extra, span, Source::Extra),
            };
            for line in text::wrap(whole, span, width) {
                self.lines.push(DocLine {
                    kind: block.kind,
                    source: make(line),
                });
            }
        }
    }

    /// The lines for the current width.
    pub fn lines(&self) -> &[DocLine] {
        &self.lines
    }

    /// The width the lines were wrapped to.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The article byte offset a line stands for: its own start, or for lines outside the
    /// text the start of the next line that is in it.
    pub fn offset_of_line(&self, line: usize) -> usize {
        self.lines
            .iter()
            .skip(line)
            .find_map(|l| match l.source {
                Source::Article(span) => Some(span.start()),
                Source::Extra(_) => None,
            })
            .unwrap_or(usize::MAX)
    }

    /// The line on which article byte `offset` stands (the last line starting at or before it).
    pub fn line_of_offset(&self, offset: usize) -> usize {
        let mut found = 0;
        for (n, line) in self.lines.iter().enumerate() {
            if let Source::Article(span) = line.source {
                if span.start() > offset {
                    break;
                }
                found = n;
            }
        }
        found
    }
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
