//! Saved web pages: the story's text without the page around it.
//!
//! The story element is the page's `articleBody`, else its `<article>` (the one with the most
//! paragraph text that is not a box of teasers), else `<main>`, else the element holding the
//! most paragraph text directly; same-class siblings of it with prose join it. Boxes that are
//! never the story (`boilerplate.rs`) and link lists are cut; inside what is left every block
//! element (`<p>`, `<li>`, a table row, `<div>` with text, …) gives a block and `<h1>`–`<h6>`
//! give headings, and `density.rs` keeps the longest run of prose. When the page's schema.org
//! data (`linked_data.rs`) holds far more of the story than the page shows, its `articleBody`
//! is the text. The headline, byline, date, outlet and address come from `page_meta.rs`.
//! The rules are in `docs/analysis-format.md`.

use std::path::PathBuf;

use super::boilerplate;
use super::density::{self, Piece};
use super::linked_data;
use super::markup::{Child, Dialect, Element, Tree, collapse};
use super::page_meta::page_head;
use super::rendered::{self, Block};
use super::{Article, Format};

/// Why a page gave no article.
pub const NO_TEXT: &str = "no article text found in page";

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "fieldset",
    "form",
    "body",
    "html",
];

/// Share of an element's text in links above which a box is a link list, in tenths.
const LINK_LIST_TENTHS: usize = 6;

/// Characters outside links above which a box is not a link list, however many links it has.
const LINK_LIST_MAX_PROSE: usize = 300;

/// A sibling of the story element with at least 1/this of its prose, the same tag and class
/// is the rest of the story.
const SIBLING_SHARE: usize = 5;

/// Reads a saved page; fails when no paragraph of text is found in it.
pub fn read(path: PathBuf, source: &str) -> Result<Article, String> {
    let tree = Tree::parse(source, Dialect::Html);
    let page = Page::new(&tree);
    let body = tree.find(Tree::ROOT, "body").unwrap_or(Tree::ROOT);
    let (root, parts) = story_root(&page).unwrap_or((body, vec![body]));
    let pieces = parts
        .into_iter()
        .flat_map(|part| page.pieces(part))
        .collect();
    let mut blocks = density::story(pieces);
    if !blocks.iter().any(|b| b.level.is_none()) && root != body {
        blocks = density::story(page.pieces(body));
    }
    let linked = linked_data::article(&tree);
    if let Some(text) = linked.as_ref().and_then(|l| l.body.as_deref()) {
        let from_data = linked_body_blocks(text);
        if paragraph_chars(&from_data) > 2 * paragraph_chars(&blocks) {
            blocks = from_data;
        }
    }
    if !blocks.iter().any(|b| b.level.is_none()) {
        return Err(NO_TEXT.to_string());
    }
    let head = page_head(&tree, root, linked.unwrap_or_default());
    Ok(rendered::assemble(path, Format::Html, head, blocks))
}

/// Characters of paragraph text in blocks.
fn paragraph_chars(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|b| b.level.is_none())
        .map(|b| b.text.chars().count())
        .sum()
}

/// The paragraphs of a linked-data `articleBody`: one per line, or the HTML it sometimes is.
fn linked_body_blocks(text: &str) -> Vec<Block> {
    if text.contains("</p>") {
        return fragment_blocks(text);
    }
    text.lines()
        .map(collapse)
        .filter(|p| !p.is_empty())
        .map(|text| Block { text, level: None })
        .collect()
}

/// The blocks of an HTML fragment (a feed entry's content); text without any tag is read as
/// paragraphs separated by blank lines.
pub fn fragment_blocks(html: &str) -> Vec<Block> {
    if !html.contains('<') {
        return text_blocks(&super::entities::decode(html));
    }
    let tree = Tree::parse(html, Dialect::Html);
    blocks_of(&tree, Tree::ROOT)
}

/// Plain text as paragraphs separated by blank lines.
pub fn text_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph = String::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            let text = collapse(&std::mem::take(&mut paragraph));
            if !text.is_empty() {
                blocks.push(Block { text, level: None });
            }
        } else {
            paragraph.push_str(line);
            paragraph.push(' ');
        }
    }
    blocks
}

/// The text of an HTML fragment as one line (a feed entry's title).
pub fn fragment_line(html: &str) -> String {
    let tree = Tree::parse(html, Dialect::Html);
    tree.text(Tree::ROOT)
}

/// The blocks of text below element `id`, in order, everything the page's furniture aside
/// (a feed entry's content is all story: no density filter).
pub fn blocks_of(tree: &Tree, id: usize) -> Vec<Block> {
    Page::new(tree)
        .pieces(id)
        .into_iter()
        .map(|p| p.block)
        .collect()
}

/// A parsed page with what each element holds, measured once.
struct Page<'t> {
    tree: &'t Tree,
    /// Characters (not whitespace) of visible text below each element.
    text: Vec<usize>,
    /// Of those, the characters inside links.
    links: Vec<usize>,
    /// Whether the element and everything in it is left out of the story.
    cut: Vec<bool>,
}

impl<'t> Page<'t> {
    fn new(tree: &'t Tree) -> Page<'t> {
        let n = tree.elements.len();
        let skipped: Vec<bool> = tree.elements.iter().map(boilerplate::is_skipped).collect();
        let (mut text, mut links) = (vec![0; n], vec![0; n]);
        // A child's index is always above its parent's: one pass from the end sizes them all.
        for id in (0..n).rev() {
            if skipped[id] {
                continue;
            }
            let element = tree.get(id);
            let (mut t, mut l) = (0, 0);
            for child in &element.children {
                match child {
                    Child::Text(s) => t += s.chars().filter(|c| !c.is_whitespace()).count(),
                    Child::Element(c) => {
                        t += text.get(*c).copied().unwrap_or(0);
                        l += links.get(*c).copied().unwrap_or(0);
                    }
                }
            }
            text[id] = t;
            links[id] = if element.local_name() == "a" { t } else { l };
        }
        let whole = text.first().copied().unwrap_or(0);
        // The page's own mark of its story body, and the boxes around it, are never cut.
        let mut kept = vec![false; n];
        let parent = parents(tree);
        for id in 0..n {
            if is_article_body(tree.get(id)) {
                let mut e = id;
                while e != Tree::ROOT && !kept[e] {
                    kept[e] = true;
                    e = parent[e];
                }
            }
        }
        // Decided from the leaves up, and what a cut inline box of links held does not count
        // for its parent: a paragraph holding a hover card of links about the person it
        // names ("<span class=rollover>…five headlines…</span>") keeps its own sentences.
        let mut cut = vec![false; n];
        let (mut shown, mut shown_links) = (vec![0; n], vec![0; n]);
        // How many links each element shows: a span holding one link is a name or a phrase
        // of its sentence, not a list.
        let mut link_count = vec![0usize; n];
        for id in (0..n).rev() {
            if skipped[id] {
                cut[id] = true;
                continue;
            }
            let element = tree.get(id);
            let (mut t, mut l) = (0, 0);
            let name = element.local_name();
            let mut count = usize::from(name == "a");
            for child in &element.children {
                match child {
                    Child::Text(s) => t += s.chars().filter(|c| !c.is_whitespace()).count(),
                    Child::Element(c) if !(cut[*c] && tree.get(*c).local_name() == "span") => {
                        t += shown.get(*c).copied().unwrap_or(0);
                        l += shown_links.get(*c).copied().unwrap_or(0);
                        count += link_count.get(*c).copied().unwrap_or(0);
                    }
                    Child::Element(_) => {}
                }
            }
            shown[id] = t;
            shown_links[id] = if name == "a" { t } else { l };
            link_count[id] = count;
            let small = text[id] * 2 < whole && !kept[id];
            let prose = t.saturating_sub(shown_links[id]);
            cut[id] = (small
                && boilerplate::is_marked_boilerplate(element)
                && !titled_summary(tree, element))
                || (small
                    && is_box(name)
                    && (name != "span" || count > 1)
                    && t > 0
                    && shown_links[id] * 10 > t * LINK_LIST_TENTHS
                    && prose < LINK_LIST_MAX_PROSE);
        }
        Page {
            tree,
            text,
            links,
            cut,
        }
    }

    fn is_cut(&self, id: usize) -> bool {
        self.cut.get(id).copied().unwrap_or(true)
    }

    /// Every element below `id` that is not left out, nor inside one that is.
    fn visible(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.tree.children_of(id).rev().collect();
        while let Some(next) = stack.pop() {
            if self.is_cut(next) {
                continue;
            }
            out.push(next);
            stack.extend(self.tree.children_of(next).rev());
        }
        out
    }

    /// The blocks below `id` with their link share.
    fn pieces(&self, id: usize) -> Vec<Piece> {
        let mut walker = Walker {
            page: self,
            pieces: Vec::new(),
            line: String::new(),
            link_depth: 0,
            line_links: 0,
            list_depth: 0,
        };
        walker.walk(id);
        walker.flush();
        walker.pieces
    }
}

/// Block elements that may be a box of links (a menu, a list of other stories).
/// Whether a box marked only as a caption is a titled summary of the story's own video: a
/// heading and a paragraph of its own ("<div class=caption><h4>Title</h4><p>What the video
/// shows …</p></div>"), which a photo's caption never has.
fn titled_summary(tree: &Tree, element: &Element) -> bool {
    let marks = [element.attr("class"), element.attr("id")];
    let only_caption = marks
        .into_iter()
        .flatten()
        .flat_map(str::split_whitespace)
        .filter(|m| boilerplate::is_boilerplate_mark(m))
        .all(|m| boilerplate::mark_words(m).any(|w| w == "caption"));
    let child_names = || {
        element.children.iter().filter_map(|c| match c {
            Child::Element(e) => Some(tree.get(*e).local_name()),
            Child::Text(_) => None,
        })
    };
    only_caption
        && child_names().any(|n| matches!(n, "h2" | "h3" | "h4" | "h5" | "h6"))
        && child_names().any(|n| n == "p")
}

fn is_box(name: &str) -> bool {
    matches!(
        name,
        "div" | "section" | "ul" | "ol" | "dl" | "table" | "p" | "li" | "span" | "td"
    )
}

struct Walker<'p, 't> {
    page: &'p Page<'t>,
    pieces: Vec<Piece>,
    /// The block being written: words with single spaces, `\n` for a `<br>`.
    line: String,
    /// How many links the walk is inside.
    link_depth: usize,
    /// Characters of `line` written inside links.
    line_links: usize,
    /// How many list items the walk is inside.
    list_depth: usize,
}

impl Walker<'_, '_> {
    fn walk(&mut self, id: usize) {
        let tree = self.page.tree;
        for child in &tree.get(id).children {
            match child {
                Child::Text(text) => self.push_text(text),
                Child::Element(e) => {
                    if self.page.is_cut(*e) {
                        continue;
                    }
                    let element = tree.get(*e);
                    let name = element.local_name();
                    if name == "br" {
                        self.line.truncate(self.line.trim_end_matches(' ').len());
                        self.line.push('\n');
                    } else if let Some(level) = heading_level(name) {
                        self.flush();
                        let text = collapse(&tree.text(*e));
                        if !text.is_empty() {
                            self.pieces.push(Piece {
                                block: Block {
                                    text,
                                    level: Some(level),
                                },
                                links: 0,
                                list_item: false,
                            });
                        }
                    } else if BLOCKS.contains(&name) {
                        self.flush();
                        let item = matches!(name, "li" | "dd" | "dt" | "tr");
                        self.list_depth += usize::from(item);
                        self.walk(*e);
                        self.flush();
                        self.list_depth -= usize::from(item);
                    } else if matches!(name, "td" | "th") {
                        // A table row reads as one line, its cells apart.
                        self.push_text(" ");
                        self.walk(*e);
                        self.push_text(" ");
                    } else if name == "a" {
                        self.link_depth += 1;
                        self.walk(*e);
                        self.link_depth -= 1;
                    } else {
                        self.walk(*e);
                    }
                }
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with([' ', '\n']) {
                    self.line.push(' ');
                }
            } else if !c.is_control() {
                self.line.push(c);
                if self.link_depth > 0 {
                    self.line_links += 1;
                }
            }
        }
    }

    /// Ends the block being written; two `<br>` in a row separate paragraphs, one is a line
    /// break inside the paragraph.
    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        let links = std::mem::take(&mut self.line_links);
        let total = line.chars().filter(|c| !c.is_whitespace()).count().max(1);
        let mut paragraph: Vec<&str> = Vec::new();
        for part in line.split('\n').map(str::trim).chain([""]) {
            if part.is_empty() {
                if !paragraph.is_empty() {
                    let text = paragraph.join("\n");
                    let chars = text.chars().count();
                    self.pieces.push(Piece {
                        block: Block { text, level: None },
                        links: links * chars / total,
                        list_item: self.list_depth > 0,
                    });
                    paragraph.clear();
                }
            } else if !boilerplate::is_furniture(part) {
                paragraph.push(part);
            }
        }
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Every element below `id` that is not left out by what it is (tag, hidden, role), nor
/// inside one that is.
pub fn visible_descendants(tree: &Tree, id: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = tree.children_of(id).rev().collect();
    while let Some(next) = stack.pop() {
        if boilerplate::is_skipped(tree.get(next)) {
            continue;
        }
        out.push(next);
        stack.extend(tree.children_of(next).rev());
    }
    out
}

/// The element that holds the story, when one stands out: the marked article body, else the
/// `<article>` with the most paragraph text, else `<main>`, else the element with the most
/// paragraph text in its own `<p>` children.
fn story_root(page: &Page) -> Option<(usize, Vec<usize>)> {
    let tree = page.tree;
    let visible = page.visible(Tree::ROOT);
    // Prose below each element: its paragraphs' words outside links, and text written
    // straight into a block (a story body without `<p>`).
    let prose = |e: usize| {
        let element = tree.get(e);
        if element.name == "p" {
            page.text[e].saturating_sub(page.links[e])
        } else if BLOCKS.contains(&element.local_name()) {
            own_chars(element)
        } else {
            0
        }
    };
    let mut paragraph_chars = vec![0usize; tree.elements.len()];
    let parent = parents(tree);
    // Children come after their parents: summing from the end reaches every ancestor.
    for &e in visible.iter().rev() {
        let here = if tree.get(e).name == "p" {
            prose(e)
        } else {
            paragraph_chars[e] + prose(e)
        };
        if let Some(&p) = parent.get(e)
            && p != e
            && let Some(slot) = paragraph_chars.get_mut(p)
        {
            *slot += here;
        }
    }
    let paragraphs = |e: usize| {
        if tree.get(e).name == "p" {
            0
        } else {
            paragraph_chars[e] + prose(e)
        }
    };
    let most = |wanted: &dyn Fn(&Element) -> bool, score: &dyn Fn(usize) -> usize| {
        let mut best: Option<(usize, usize)> = None;
        for &e in &visible {
            if !wanted(tree.get(e)) {
                continue;
            }
            let s = score(e);
            // The first of equals wins.
            if s > 0 && best.is_none_or(|(b, _)| s > b) {
                best = Some((s, e));
            }
        }
        best.map(|(_, e)| e)
    };
    let direct = |e: usize| {
        if tree.get(e).name == "p" {
            return 0;
        }
        prose(e)
            + tree
                .children_of(e)
                .filter(|&c| tree.get(c).name == "p" && !page.is_cut(c))
                .map(prose)
                .sum::<usize>()
    };
    let densest = most(&|_| true, &direct);
    let marked_body = most(&is_article_body, &paragraphs);
    // A box of teasers is an `<article>` holding others: not a story.
    let holds_articles = |e: usize| {
        tree.descendants(e)
            .into_iter()
            .any(|d| tree.get(d).name == "article")
    };
    let article = |e: usize| {
        if holds_articles(e) { 0 } else { paragraphs(e) }
    };
    let marked = most(&|el| el.name == "article", &article).or_else(|| {
        most(
            &|el| el.name == "main" || el.attr("role") == Some("main"),
            &paragraphs,
        )
    });
    let root = match (marked_body.or(marked), densest) {
        (Some(m), _) if marked_body.is_some() => m,
        // An `<article>` that holds only the headline block while the story stands beside it.
        (Some(m), Some(d))
            if d != m && !tree.descendants(m).contains(&d) && direct(d) > paragraphs(m) =>
        {
            d
        }
        (Some(m), _) => m,
        (None, d) => d?,
    };
    // A story split around a figure or an advert: siblings of the same kind with prose.
    let parent_of_root = parent.get(root).copied().unwrap_or(Tree::ROOT);
    let element = tree.get(root);
    let own = paragraphs(root).max(direct(root));
    let parts = if root == Tree::ROOT || !BLOCKS.contains(&element.local_name()) {
        vec![root]
    } else {
        tree.children_of(parent_of_root)
            .filter(|&c| {
                let sibling = tree.get(c);
                c == root
                    || (!page.is_cut(c)
                        && sibling.name == element.name
                        && sibling.name != "p"
                        && sibling.attr("class") == element.attr("class")
                        && paragraphs(c).max(direct(c)) * SIBLING_SHARE >= own)
            })
            .collect()
    };
    Some((root, parts))
}

/// Whether the page marks the element as its story's body (schema.org `articleBody`).
fn is_article_body(element: &Element) -> bool {
    element
        .attr("itemprop")
        .is_some_and(|p| p.split_whitespace().any(|p| p == "articleBody"))
}

/// Characters (not whitespace) of the text written straight into an element.
fn own_chars(element: &Element) -> usize {
    element
        .children
        .iter()
        .map(|c| match c {
            Child::Text(t) => t.chars().filter(|c| !c.is_whitespace()).count(),
            Child::Element(_) => 0,
        })
        .sum()
}

/// Each element's parent (the root its own).
fn parents(tree: &Tree) -> Vec<usize> {
    let mut parent = vec![Tree::ROOT; tree.elements.len()];
    for (id, element) in tree.elements.iter().enumerate() {
        for child in &element.children {
            if let Child::Element(c) = child
                && let Some(slot) = parent.get_mut(*c)
            {
                *slot = id;
            }
        }
    }
    parent
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(source: &str) -> Article {
        read(PathBuf::from("page.html"), source).unwrap()
    }

    fn paragraphs(a: &Article) -> Vec<&str> {
        a.paragraphs.iter().map(|p| a.slice(*p)).collect()
    }

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ferry service to resume next week | Northport Gazette</title>
<meta property="og:title" content="Ferry service to resume next week - Northport Gazette">
<meta property="og:site_name" content="Northport Gazette">
<meta name="author" content="Priya Raman">
<meta property="article:published_time" content="2026-03-04T08:15:00Z">
<script>var tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>
<article>
<header><h1>Ferry service to resume next week</h1><p class="byline">By Priya Raman</p></header>
<p>The island ferry will run again from Monday, the operator said on Tuesday.</p>
<figure><img src="ferry.jpg" alt="The ferry at its berth"><figcaption>The ferry at its berth.</figcaption></figure>
<p>&ldquo;We&rsquo;re ready,&rdquo; said the harbour master, Tom&aacute;s Ortiz &mdash; adding that repairs cost &pound;2&nbsp;million&hellip;</p>
<div class="share-tools"><p>Share this article</p></div>
<h2>Timetable</h2>
<ul><li>Weekdays: six crossings</li><li>Weekends: four crossings</li></ul>
<blockquote>It has been a long winter.</blockquote>
<p hidden>Hidden note</p><p aria-hidden="true">Also hidden</p>
<!-- <p>commented out</p> -->
</article>
<aside><p>Most read: something else entirely.</p></aside>
</main>
<footer><p>Copyright 2026 Northport Gazette</p></footer>
</body></html>"#;

    #[test]
    fn a_video_box_title_and_summary_stay_but_a_photo_caption_goes() {
        let page = r#"<html><body><article>
<div class="featured-video"><div class="info"><div class="caption"><h4 class="title"><a href="/v/1">Harbour pilots strike; ferry fares rise</a></h4>
<p>Pilots at the Northport harbour walked out on Monday over pay, and the ferry operator raised its fares for the second time this year.</p></div></div></div>
<p>The island ferry will run again from Monday, the operator said on Tuesday, after a week of talks with the pilots' union and the harbour board.</p>
<p>Fares go up by a tenth from next month, the operator said, blaming the price of fuel and the cost of the repairs to the ferry's engines over the winter.</p>
<div class="photo-caption"><p>The ferry at its berth in Northport on Tuesday.</p></div>
</article></body></html>"#;
        let a = read_str(page);
        let found = paragraphs(&a);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("Pilots at the Northport")),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|p| p.contains("at its berth")),
            "{found:?}"
        );
    }

    #[test]
    fn story_text_without_the_page_around_it() {
        let a = read_str(PAGE);
        assert_eq!(a.format, Format::Html);
        assert_eq!(
            paragraphs(&a),
            [
                "The island ferry will run again from Monday, the operator said on Tuesday.",
                "“We’re ready,” said the harbour master, Tomás Ortiz — adding that repairs cost £2 million…",
                "Weekdays: six crossings",
                "Weekends: four crossings",
                "It has been a long winter.",
            ]
        );
        for absent in [
            "Home",
            "not text",
            "color",
            "Share",
            "Hidden",
            "commented",
            "Most read",
            "Copyright",
            "berth",
        ] {
            assert!(!a.text.contains(absent), "{absent} in {:?}", a.text);
        }
        assert_eq!(a.headings.len(), 1);
        assert_eq!(a.slice(a.headings[0].span), "Timetable");
        assert_eq!(a.headings[0].level, 2);
    }

    #[test]
    fn metadata_from_meta_tags() {
        let a = read_str(PAGE);
        assert_eq!(a.title, "Ferry service to resume next week");
        assert_eq!(a.slice(a.title_span.unwrap()), a.title);
        assert!(a.text.starts_with("Ferry service to resume next week\n\n"));
        assert_eq!(a.byline.as_deref(), Some("Priya Raman"));
        assert_eq!(a.date.as_deref(), Some("2026-03-04T08:15:00Z"));
        assert_eq!(a.source.as_deref(), Some("Northport Gazette"));
    }

    #[test]
    fn metadata_from_the_page_itself() {
        let a = read_str(
            "<html><head><title>Dam inspection finds cracks | Valley Post</title></head><body>\
             <div class=\"content\"><h1>Dam inspection finds cracks</h1>\
             <p>By Jonas Weber</p>\
             <p><time datetime=\"2026-05-02\">2 May 2026</time></p>\
             <p>Engineers found hairline cracks in the spillway.</p>\
             <p>Repairs will start in June.</p></div>\
             <div class=\"links\"><a rel=\"author\" href=\"/jw\">Jonas Weber</a></div></body></html>",
        );
        assert_eq!(a.title, "Dam inspection finds cracks");
        assert_eq!(a.byline.as_deref(), Some("Jonas Weber"));
        assert_eq!(a.date.as_deref(), Some("2026-05-02"));
        assert_eq!(
            paragraphs(&a),
            [
                "Engineers found hairline cracks in the spillway.",
                "Repairs will start in June."
            ]
        );
        assert_eq!(a.slice(a.byline_span.unwrap()), "By Jonas Weber");
    }

    #[test]
    fn a_hover_card_of_links_inside_a_paragraph_leaves_the_paragraph() {
        let a = read_str(
            "<body><article><p>The council met on Tuesday to vote on the new ferry timetable \
             for the winter months.</p>\
             <p>Councillor <span class=\"card\"><a href=\"/p/ines-marlow\">Ines Marlow</a>\
             <span class=\"card-box\"><a href=\"/p/ines-marlow\">Ines Marlow</a>\
             <a href=\"/a/1\">Marlow backs a new harbour wall after the spring storms</a> \
             <a href=\"/a/2\">Ferry fares to rise by a tenth from March, council says</a> \
             <a href=\"/a/3\">Council race: who is standing in the northern wards</a> \
             <a href=\"/p/ines-marlow\">MORE</a></span></span> said the late boats \
             would stay.</p>\
             <p>The vote passed by seven to two after a long debate in the chamber.</p>\
             <ul class=\"more\"><li><a href=\"/a/4\">Read our guide to the ferry fares \
             and timetables</a></li><li><a href=\"/a/5\">Winter storms close the coast \
             road again</a></li></ul></article></body>",
        );
        assert_eq!(
            paragraphs(&a),
            [
                "The council met on Tuesday to vote on the new ferry timetable for the winter months.",
                "Councillor Ines Marlow said the late boats would stay.",
                "The vote passed by seven to two after a long debate in the chamber."
            ]
        );
    }

    #[test]
    fn the_article_with_most_text_wins_over_teasers() {
        let a = read_str(
            "<body><article><h2>Teaser</h2><p>Short.</p></article>\
             <article><p>A much longer first paragraph of the real story, told in full.</p>\
             <p>And a second one.</p></article></body>",
        );
        assert_eq!(
            paragraphs(&a),
            [
                "A much longer first paragraph of the real story, told in full.",
                "And a second one."
            ]
        );
    }

    #[test]
    fn furniture_labels_and_ad_boxes_are_left_out_but_not_stories_named_ad_free() {
        let a = read_str(
            "<div id=\"ad-free-story\"><p>Advertisement</p><p>The ferry runs again.</p>\
             <div class=\"advert_slot\"><p>Buy a boat</p></div><p>Read more:</p>\
             <p>Fares are unchanged.</p></div>",
        );
        assert_eq!(
            paragraphs(&a),
            ["The ferry runs again.", "Fares are unchanged."]
        );
    }

    #[test]
    fn an_article_holding_only_the_headline_block_loses_to_the_story_beside_it() {
        let a = read_str(
            "<body><article><h1>Pier closes</h1><p>Short standfirst.</p></article>\
             <div class=\"text\"><p>The pier closed on Sunday after storm damage was found.</p>\
             <p>Engineers will inspect it this week.</p></div></body>",
        );
        assert_eq!(a.title, "Pier closes");
        assert_eq!(
            paragraphs(&a),
            [
                "The pier closed on Sunday after storm damage was found.",
                "Engineers will inspect it this week."
            ]
        );
    }

    #[test]
    fn linked_data_fills_a_page_whose_story_needs_scripts() {
        let a = read_str(
            r#"<html><head><title>Tram line approved - Rhine Valley Post</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line approved",
             "author": {"@type": "Person", "name": "Lena Vogt"}, "datePublished": "2026-06-01",
             "publisher": {"name": "Rhine Valley Post"},
             "articleBody": "The regional council approved the tram line on Monday.

Work starts next year, the council said."}
            </script></head><body><div id="app"><p>Loading…</p></div></body></html>"#,
        );
        assert_eq!(a.title, "Tram line approved");
        assert_eq!(a.byline.as_deref(), Some("Lena Vogt"));
        assert_eq!(a.date.as_deref(), Some("2026-06-01"));
        assert_eq!(a.source.as_deref(), Some("Rhine Valley Post"));
        assert_eq!(
            paragraphs(&a),
            [
                "The regional council approved the tram line on Monday.",
                "Work starts next year, the council said."
            ]
        );
    }

    #[test]
    fn line_breaks_and_paragraph_breaks() {
        let a = read_str(
            "<p>One line<br>next line<br><br>New paragraph</p><p>a <b>bold</b>\n  move</p>",
        );
        assert_eq!(
            paragraphs(&a),
            ["One line\nnext line", "New paragraph", "a bold move"]
        );
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        for page in [
            "<html><head><title>Empty</title></head><body></body></html>",
            "<nav><p>Menu</p></nav><script>x</script>",
            "",
        ] {
            assert_eq!(
                read(PathBuf::from("e.html"), page).unwrap_err(),
                NO_TEXT,
                "{page}"
            );
        }
    }
}
