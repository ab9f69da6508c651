//! The same outline as `lede::article::html_outline`, from html5ever's tree (the parser
//! browsers' algorithm is written in), and how far two outlines agree. Shared by
//! `tests/html_parity.rs` and `examples/html_parity.rs`.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

// Elements whose text is compared: lede's own list.
use lede::article::HTML_OUTLINE_ELEMENTS as OUTLINE;

/// Deepest nesting walked, as lede's reader keeps.
const MAX_DEPTH: usize = 128;

/// html5ever's outline of a page.
pub fn html5ever_outline(html: &str) -> Vec<(String, String)> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .read_from(&mut html.as_bytes())
        .expect("reading from memory cannot fail");
    let mut out = Vec::new();
    walk(&dom.document, &mut out, 0);
    out
}

fn walk(node: &Handle, out: &mut Vec<(String, String)>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in node.children.borrow().iter() {
        if let NodeData::Element { name, .. } = &child.data {
            let local: &str = &name.local;
            if matches!(local, "script" | "style" | "noscript" | "template") {
                continue;
            }
            if OUTLINE.contains(&local) {
                let mut text = String::new();
                collect(child, &mut text, depth + 1);
                out.push((local.to_string(), collapse(&text)));
            }
            walk(child, out, depth + 1);
        }
    }
}

fn collect(node: &Handle, out: &mut String, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { name, .. } => {
                if matches!(&*name.local, "script" | "style" | "br") {
                    out.push(' ');
                } else {
                    collect(child, out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many blocks the two outlines share, in order (longest common subsequence), and the
/// larger outline's length.
pub fn agreement(a: &[(String, String)], b: &[(String, String)]) -> (usize, usize) {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    (row[b.len()], a.len().max(b.len()))
}
