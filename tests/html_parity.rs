//! lede's tag-soup tree against html5ever's on the saved pages in `tests/fixtures/`: the
//! paragraphs, list items, headings, cells and titles each parser finds must be the same, in
//! the same order. `examples/html_parity.rs` runs the same comparison over any folder of
//! pages (the benchmark's, in docs/quality.md).

mod parity;

use std::path::Path;

use lede::article::html_outline;

fn pages() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for dir in ["html_feeds", "encodings"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "html") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_fixture_pages_parse_as_html5ever_parses_them() {
    let mut compared = 0;
    for page in pages() {
        let bytes = std::fs::read(&page).unwrap();
        // The legacy-encoded fixture tests decoding, not parsing.
        let Ok(html) = std::str::from_utf8(&bytes) else {
            continue;
        };
        compared += 1;
        let ours = html_outline(html);
        let theirs = parity::html5ever_outline(html);
        assert!(!ours.is_empty());
        assert_eq!(ours, theirs, "{}", page.display());
        assert_eq!(parity::agreement(&ours, &theirs), (ours.len(), ours.len()));
    }
    assert!(compared >= 3, "{compared} pages compared");
}

#[test]
fn agreement_counts_blocks_in_the_same_order() {
    let block = |t: &str| ("p".to_string(), t.to_string());
    let a = [block("a"), block("b"), block("c")];
    let b = [block("a"), block("c"), block("d"), block("e")];
    assert_eq!(parity::agreement(&a, &b), (2, 4));
}

#[test]
fn tag_soup_parses_as_html5ever_parses_it() {
    for soup in [
        "<p>One<p>Two<div>Three</div>",
        "<ul><li>a<li>b</ul><p>after",
        "<table><tr><td>1<td>2</table>",
        "<h2>Head</h2><p>Text <b>bold <i>both</b> italic</i> end",
        "<p>Unclosed <a href=x>link <p>next",
        "<title>T &amp; U</title><p>caf&eacute; &rarr; &NotEqualTilde;",
        "<p>a</p></div></span><p>b",
        "<dl><dt>term<dd>definition</dl>",
    ] {
        assert_eq!(
            html_outline(soup),
            parity::html5ever_outline(soup),
            "{soup}"
        );
    }
}
