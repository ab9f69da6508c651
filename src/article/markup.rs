//! A forgiving reader of tag soup: HTML pages as people save them, and the XML of news feeds,
//! turned into a small element tree.
//!
//! It is written for taking text out of pages, not for rendering them: it knows void
//! elements, raw text elements (`<script>`, `<style>`), comments, CDATA, quoted and unquoted
//! attributes and character references, and closes paragraphs and list items the way
//! browsers do; an end tag with no open element is ignored. Nothing in the input can make it
//! fail: unclosed tags, stray `<`, broken references and deep nesting all give some tree.
//! A hand-written reader keeps lede free of a browser-grade parser (html5ever and its build
//! time) for what is a text-extraction job.

use super::entities;

/// Deepest nesting kept; deeper elements become siblings, so walking the tree recursively
/// cannot exhaust the stack on a hostile page.
const MAX_DEPTH: usize = 128;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose content is text up to their end tag, whatever it looks like.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose start closes an open `<p>`, as in browsers.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Elements an implied end (of `<p>`, `<li>`) does not reach past.
const SCOPE: &[&str] = &[
    "html", "body", "table", "td", "th", "caption", "template", "button", "ul", "ol",
];

/// A child of an element: another element (by index) or text, references decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Child {
    /// An index into [`Tree::elements`].
    Element(usize),
    /// Decoded text.
    Text(String),
}

/// One element: its lower-cased name, attributes and children.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    /// Lower-cased tag name, with any namespace prefix (`content:encoded`).
    pub name: String,
    /// Attributes in source order, names lower-cased, values decoded.
    pub attrs: Vec<(String, String)>,
    /// Children in source order.
    pub children: Vec<Child>,
}

impl Element {
    /// The value of an attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The name without its namespace prefix (`encoded` for `content:encoded`).
    pub fn local_name(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }
}

/// A parsed document: element 0 is the root that holds the top-level nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    /// Every element; children refer to each other by index.
    pub elements: Vec<Element>,
}

/// How the markup is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// HTML: void and raw text elements, implied ends of `<p>` and `<li>`.
    Html,
    /// XML: `<x/>` is empty, CDATA is text, no element is special.
    Xml,
}

impl Tree {
    /// The root element.
    pub const ROOT: usize = 0;

    /// Reads markup into a tree; never fails.
    pub fn parse(source: &str, dialect: Dialect) -> Tree {
        let mut builder = Builder {
            tree: Tree {
                elements: vec![Element::default()],
            },
            open: vec![Tree::ROOT],
            dialect,
        };
        tokenize(source, dialect, &mut builder);
        builder.tree
    }

    /// An element by index; the root for an index out of range.
    pub fn get(&self, id: usize) -> &Element {
        self.elements
            .get(id)
            .or_else(|| self.elements.first())
            .unwrap_or(&EMPTY)
    }

    /// Every element below `id` (itself excluded), in document order.
    pub fn descendants(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.children_of(id).rev().collect();
        while let Some(next) = stack.pop() {
            out.push(next);
            stack.extend(self.children_of(next).rev());
        }
        out
    }

    /// The child elements of `id`, in order.
    pub fn children_of(&self, id: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.get(id).children.iter().filter_map(|c| match c {
            Child::Element(e) => Some(*e),
            Child::Text(_) => None,
        })
    }

    /// The first element named `name` below `id`.
    pub fn find(&self, id: usize, name: &str) -> Option<usize> {
        self.descendants(id)
            .into_iter()
            .find(|&e| self.get(e).name == name)
    }

    /// All the text below `id`, whitespace collapsed to single spaces and trimmed.
    pub fn text(&self, id: usize) -> String {
        let mut raw = String::new();
        self.collect_text(id, &mut raw, 0);
        collapse(&raw)
    }

    /// The text directly inside `id`, as written: its text children only, nothing from nested
    /// elements. Escaped markup in a feed's content or the JSON of a `<script>` block is held
    /// this way.
    pub fn own_text(&self, id: usize) -> String {
        self.get(id)
            .children
            .iter()
            .filter_map(|c| match c {
                Child::Text(t) => Some(t.as_str()),
                Child::Element(_) => None,
            })
            .collect()
    }

    fn collect_text(&self, id: usize, out: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in &self.get(id).children {
            match child {
                Child::Text(t) => out.push_str(t),
                Child::Element(e) => {
                    let name = self.get(*e).name.as_str();
                    if matches!(name, "script" | "style" | "br") {
                        out.push(' ');
                    } else {
                        self.collect_text(*e, out, depth + 1);
                    }
                }
            }
        }
    }
}

/// Elements whose text the parser comparison looks at: the blocks a reader sees. Public so the
/// html5ever side of the comparison walks the very same list.
pub const OUTLINE: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "figcaption",
    "title",
];

/// A page's blocks as this reader's tree holds them: each paragraph, list item, heading, cell
/// and title in document order with its text (whitespace collapsed, scripts and styles
/// left out). It is how lede's tree is compared with a browser-grade parser's
/// (`tests/html_parity.rs`, `examples/html_parity.rs`).
pub fn outline(html: &str) -> Vec<(String, String)> {
    let tree = Tree::parse(html, Dialect::Html);
    let mut out = Vec::new();
    let mut stack: Vec<usize> = tree.children_of(Tree::ROOT).rev().collect();
    while let Some(id) = stack.pop() {
        let element = tree.get(id);
        if matches!(
            element.name.as_str(),
            "script" | "style" | "noscript" | "template"
        ) {
            continue;
        }
        if OUTLINE.contains(&element.name.as_str()) {
            out.push((element.name.clone(), tree.text(id)));
        }
        stack.extend(tree.children_of(id).rev());
    }
    out
}

static EMPTY: Element = Element {
    name: String::new(),
    attrs: Vec::new(),
    children: Vec::new(),
};

/// Whitespace runs (non-breaking spaces included) as single spaces, trimmed, and without
/// control characters, which a page never shows.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// Builds the tree from tokens.
struct Builder {
    tree: Tree,
    open: Vec<usize>,
    dialect: Dialect,
}

impl Builder {
    fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(Tree::ROOT)
    }

    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let current = self.current();
        let Some(element) = self.tree.elements.get_mut(current) else {
            return;
        };
        match element.children.last_mut() {
            Some(Child::Text(previous)) => previous.push_str(text),
            _ => element.children.push(Child::Text(text.to_string())),
        }
    }

    fn start(&mut self, name: String, attrs: Vec<(String, String)>, self_closing: bool) {
        let html = self.dialect == Dialect::Html;
        if html {
            if CLOSES_P.contains(&name.as_str()) {
                self.close_implied(&["p"]);
            }
            match name.as_str() {
                "li" => self.close_implied(&["li"]),
                "dt" | "dd" => self.close_implied(&["dt", "dd"]),
                "tr" => self.close_implied(&["tr", "td", "th"]),
                "td" | "th" => self.close_implied(&["td", "th"]),
                "option" => self.close_implied(&["option"]),
                _ => {}
            }
        }
        let empty = if html {
            VOID.contains(&name.as_str())
        } else {
            self_closing
        };
        let id = self.tree.elements.len();
        let current = self.current();
        self.tree.elements.push(Element {
            name,
            attrs,
            children: Vec::new(),
        });
        if let Some(parent) = self.tree.elements.get_mut(current) {
            parent.children.push(Child::Element(id));
        }
        if !empty && self.open.len() < MAX_DEPTH {
            self.open.push(id);
        }
    }

    /// Closes the innermost open element named in `names`, when no scope boundary stands
    /// between it and the current element.
    fn close_implied(&mut self, names: &[&str]) {
        for (depth, &id) in self.open.iter().enumerate().rev() {
            let name = self.tree.get(id).name.as_str();
            if names.contains(&name) {
                self.open.truncate(depth.max(1));
                return;
            }
            if SCOPE.contains(&name) {
                return;
            }
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(depth) = self
            .open
            .iter()
            .rposition(|&id| id != Tree::ROOT && self.tree.get(id).name == name)
        {
            self.open.truncate(depth.max(1));
        }
    }
}

/// Reads `source` token by token into `builder`.
fn tokenize(source: &str, dialect: Dialect, builder: &mut Builder) {
    let mut rest = source;
    while !rest.is_empty() {
        let Some(at) = rest.find('<') else {
            builder.text(&entities::decode(rest));
            return;
        };
        builder.text(&entities::decode(rest.get(..at).unwrap_or("")));
        rest = rest.get(at..).unwrap_or("");
        rest = markup(rest, dialect, builder);
    }
}

/// Reads the markup at the start of `rest` (which starts with `<`) and returns what follows.
fn markup<'a>(rest: &'a str, dialect: Dialect, builder: &mut Builder) -> &'a str {
    if let Some(after) = rest.strip_prefix("<!--") {
        return after
            .find("-->")
            .map_or("", |end| after.get(end + 3..).unwrap_or(""));
    }
    if let Some(after) = rest.strip_prefix("<![CDATA[") {
        let end = after.find("]]>");
        let content = end.map_or(after, |end| after.get(..end).unwrap_or(""));
        if dialect == Dialect::Xml {
            builder.text(content);
        }
        return end.map_or("", |end| after.get(end + 3..).unwrap_or(""));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return skip_past(rest, '>');
    }
    if let Some(after) = rest.strip_prefix("</") {
        let len = name_len(after);
        if len == 0 {
            // `</ >` and the like: a bogus comment in browsers.
            return skip_past(after, '>');
        }
        let name = after.get(..len).unwrap_or("").to_ascii_lowercase();
        builder.end(&name);
        return skip_past(after, '>');
    }
    let after = rest.get(1..).unwrap_or("");
    let len = name_len(after);
    if len == 0 {
        builder.text("<");
        return after;
    }
    let name = after.get(..len).unwrap_or("").to_ascii_lowercase();
    let (attrs, self_closing, rest) = attributes(after.get(len..).unwrap_or(""));
    let raw = dialect == Dialect::Html && RAW_TEXT.contains(&name.as_str());
    builder.start(name.clone(), attrs, self_closing);
    if !raw {
        return rest;
    }
    let (content, rest) = raw_text(rest, &name);
    if matches!(name.as_str(), "title" | "textarea") {
        builder.text(&entities::decode(content));
    } else {
        builder.text(content);
    }
    builder.end(&name);
    rest
}

/// Length of the tag name at the start of `text`: an ASCII letter, then anything up to
/// whitespace, `/` or `>`.
fn name_len(text: &str) -> usize {
    if !text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return 0;
    }
    text.find(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .unwrap_or(text.len())
}

/// The text after the next `c`, or nothing when there is none.
fn skip_past(text: &str, c: char) -> &str {
    text.find(c)
        .map_or("", |at| text.get(at + c.len_utf8()..).unwrap_or(""))
}

type Attributes = Vec<(String, String)>;

/// The attributes of a start tag up to its `>`, whether it ended with `/>`, and what follows.
fn attributes(mut rest: &str) -> (Attributes, bool, &str) {
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>") {
            return (attrs, true, after);
        }
        if let Some(after) = rest.strip_prefix('>') {
            return (attrs, false, after);
        }
        if let Some(after) = rest.strip_prefix('/') {
            rest = after;
            continue;
        }
        if rest.is_empty() {
            return (attrs, false, rest);
        }
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '=' | '>' | '/'))
            .unwrap_or(rest.len())
            .max(rest.chars().next().map_or(0, char::len_utf8));
        let name = rest.get(..len).unwrap_or("").to_ascii_lowercase();
        rest = rest.get(len..).unwrap_or("").trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, next) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = after.get(1..).unwrap_or("");
                    match inner.find(quote) {
                        Some(end) => (
                            inner.get(..end).unwrap_or(""),
                            inner.get(end + 1..).unwrap_or(""),
                        ),
                        None => (inner, ""),
                    }
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    (
                        after.get(..end).unwrap_or(""),
                        after.get(end..).unwrap_or(""),
                    )
                }
            };
            value = entities::decode(raw).into_owned();
            rest = next;
        }
        if !attrs.iter().any(|(n, _)| *n == name) {
            attrs.push((name, value));
        }
    }
}

/// The content of a raw text element up to `</name` (any case), and what follows its end
/// tag.
fn raw_text<'a>(text: &'a str, name: &str) -> (&'a str, &'a str) {
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find("</")) {
        let start = from + at;
        let candidate = text.get(start + 2..).unwrap_or("");
        let matches = candidate
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && candidate.get(name.len()..).is_some_and(|r| {
                r.is_empty() || r.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
            });
        if matches {
            let content = text.get(..start).unwrap_or("");
            return (content, skip_past(candidate, '>'));
        }
        from = start + 2;
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tree: &Tree, id: usize) -> Vec<&str> {
        tree.children_of(id)
            .map(|e| tree.get(e).name.as_str())
            .collect()
    }

    #[test]
    fn elements_attributes_and_text() {
        let tree = Tree::parse(
            "<!DOCTYPE html><html><body><p class=lead id='a' data-x=\"1 &amp; 2\" hidden>Hi &amp; bye</p></body></html>",
            Dialect::Html,
        );
        let p = tree.find(Tree::ROOT, "p").unwrap();
        let el = tree.get(p);
        assert_eq!(el.attr("class"), Some("lead"));
        assert_eq!(el.attr("id"), Some("a"));
        assert_eq!(el.attr("data-x"), Some("1 & 2"));
        assert_eq!(el.attr("hidden"), Some(""));
        assert_eq!(tree.text(p), "Hi & bye");
    }

    #[test]
    fn paragraphs_and_items_close_implicitly() {
        let tree = Tree::parse(
            "<div><p>One<p>Two<div>Three</div><ul><li>a<li>b</ul></div>",
            Dialect::Html,
        );
        let div = tree.find(Tree::ROOT, "div").unwrap();
        assert_eq!(names(&tree, div), ["p", "p", "div", "ul"]);
        let ul = tree.find(div, "ul").unwrap();
        assert_eq!(names(&tree, ul), ["li", "li"]);
    }

    #[test]
    fn raw_text_comments_and_cdata() {
        let tree = Tree::parse(
            "<p>a<!-- <p>hidden</p> -->b</p><script>if (a < b && '</p>') {}</SCRIPT><p>c</p>",
            Dialect::Html,
        );
        let ps: Vec<String> = tree
            .descendants(Tree::ROOT)
            .into_iter()
            .filter(|&e| tree.get(e).name == "p")
            .map(|e| tree.text(e))
            .collect();
        assert_eq!(ps, ["ab", "c"]);
        let script = tree.find(Tree::ROOT, "script").unwrap();
        assert_eq!(
            tree.get(script).children,
            [Child::Text("if (a < b && '</p>') {}".to_string())]
        );

        let xml = Tree::parse(
            "<?xml version=\"1.0\"?><rss><item><description><![CDATA[<p>x &amp; y</p>]]></description><x/><y>z</y></item></rss>",
            Dialect::Xml,
        );
        let d = xml.find(Tree::ROOT, "description").unwrap();
        assert_eq!(xml.text(d), "<p>x &amp; y</p>");
        let item = xml.find(Tree::ROOT, "item").unwrap();
        assert_eq!(names(&xml, item), ["description", "x", "y"]);
    }

    #[test]
    fn broken_markup_gives_a_tree() {
        for source in [
            "<",
            "<p",
            "<p class=\"unterminated",
            "</",
            "</>",
            "<!--",
            "<![CDATA[",
            "a < b > c",
            "<p>é</p ",
            "<a b=>",
            "<é>",
            "</p></p></div>text",
        ] {
            let tree = Tree::parse(source, Dialect::Html);
            let _ = tree.text(Tree::ROOT);
            let _ = Tree::parse(source, Dialect::Xml);
        }
        let deep = "<div>".repeat(10_000) + "deep";
        let tree = Tree::parse(&deep, Dialect::Html);
        assert_eq!(tree.text(Tree::ROOT), "deep");
    }
}
