//! News feeds (RSS 2.0, RSS 1.0 and Atom): every item or entry is an article of its own.
//!
//! An entry's text is its full content when the feed carries it (`content:encoded`, Atom
//! `content`), else its `description` or `summary`; these hold HTML (escaped or in CDATA, or
//! inline XHTML in Atom), read with the page reader's text extraction. The channel or feed
//! title is the source. Each article's path is the feed's path with `#` and a short name from
//! the entry's id or link ("news.xml#harbour-vote"), or its position when that gives none, so
//! a saved read mark follows the entry when the feed gains new ones at the top.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::html;
use super::json_feed;
use super::markup::{Child, Dialect, Tree, collapse};
use super::rendered::{self, Block, Head};
use super::{Article, Format};

/// Longest entry name taken from an id or link.
const MAX_SLUG_CHARS: usize = 60;

/// Why a file gave no articles as a feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedError {
    /// Its root element is not `<rss>`, `<feed>` or `<rdf:RDF>`: some other XML.
    NotAFeed,
    /// A feed with no entry that has a title or text.
    Empty,
}

impl FeedError {
    /// The reason in words, for the load report.
    pub fn reason(&self) -> &'static str {
        match self {
            FeedError::NotAFeed => "not an RSS, Atom or JSON feed",
            FeedError::Empty => "feed has no entries with a title or text",
        }
    }
}

/// Whether the text's root element is a feed's; for files whose name does not say.
pub fn looks_like_feed(source: &str) -> bool {
    if json_feed::looks_like(source) {
        return true;
    }
    let tree = parse(head_of(source));
    root(&tree).is_some()
}

/// Namespaces whose elements are read under one fixed prefix, whatever prefix the feed
/// gives them (`""`: no prefix, as Atom's and RSS 1.0's own elements are matched).
const NAMESPACES: &[(&str, &str)] = &[
    ("http://www.w3.org/2005/atom", "atom:"),
    ("http://purl.org/rss/1.0/", ""),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"),
    ("http://purl.org/rss/1.0/modules/content/", "content:"),
    ("http://purl.org/dc/elements/1.1/", "dc:"),
    ("http://purl.org/dc/terms/", "dcterms:"),
    ("http://www.w3.org/1999/xhtml", ""),
];

/// A feed's XML with every element of a known namespace renamed to that namespace's fixed
/// prefix, so `<a:entry xmlns:a="http://www.w3.org/2005/Atom">` reads as Atom and
/// `<c:encoded>` as `content:encoded`.
fn parse(source: &str) -> Tree {
    let mut tree = Tree::parse(source, Dialect::Xml);
    // Each element's namespace bindings in force: (prefix, namespace), innermost last.
    let mut stack: Vec<(usize, Vec<(String, String)>)> = vec![(Tree::ROOT, Vec::new())];
    while let Some((id, scope)) = stack.pop() {
        let Some(element) = tree.elements.get(id) else {
            continue;
        };
        let mut scope = scope;
        for (name, value) in &element.attrs {
            if name == "xmlns" {
                scope.push((String::new(), value.trim().to_ascii_lowercase()));
            } else if let Some(prefix) = name.strip_prefix("xmlns:") {
                scope.push((prefix.to_string(), value.trim().to_ascii_lowercase()));
            }
        }
        let (prefix, local) = match element.name.split_once(':') {
            Some((p, l)) => (p.to_string(), l.to_string()),
            None => (String::new(), element.name.clone()),
        };
        let namespace = scope
            .iter()
            .rev()
            .find(|(p, _)| *p == prefix)
            .map(|(_, ns)| ns.as_str());
        let renamed = namespace.and_then(|ns| {
            NAMESPACES
                .iter()
                .find(|(known, _)| *known == ns)
                .map(|(_, fixed)| format!("{fixed}{local}"))
        });
        let children: Vec<usize> = tree.children_of(id).collect();
        if id != Tree::ROOT
            && let Some(renamed) = renamed
            && let Some(element) = tree.elements.get_mut(id)
        {
            element.name = renamed;
        }
        for child in children.into_iter().rev() {
            stack.push((child, scope.clone()));
        }
    }
    tree
}

/// The start of a text, enough to hold its root element's start tag.
fn head_of(source: &str) -> &str {
    let mut end = source.len().min(4096);
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    source.get(..end).unwrap_or("")
}

/// The feed's root element and whether it is Atom.
fn root(tree: &Tree) -> Option<(usize, bool)> {
    let first = tree.children_of(Tree::ROOT).next()?;
    match tree.get(first).name.as_str() {
        "rss" | "rdf:rdf" => Some((first, false)),
        "feed" | "atom:feed" => Some((first, true)),
        _ => None,
    }
}

/// Reads every entry of a feed as an article, in the feed's order.
pub fn read(path: &Path, source: &str) -> Result<Vec<Article>, FeedError> {
    if json_feed::looks_like(source) {
        return json_feed::read(path, source);
    }
    let tree = parse(source);
    let (root, atom) = root(&tree).ok_or(FeedError::NotAFeed)?;
    let channel = if atom {
        root
    } else {
        child(&tree, root, "channel").unwrap_or(root)
    };
    let source_name = child(&tree, channel, "title")
        .map(|t| html::fragment_line(&tree.text(t)))
        .filter(|t| !t.is_empty());
    let entry_name = if atom { "entry" } else { "item" };
    let entries: Vec<usize> = tree
        .descendants(root)
        .into_iter()
        .filter(|&e| tree.get(e).local_name() == entry_name)
        .collect();
    let mut names = EntryNames::default();
    let mut articles = Vec::new();
    for (i, &entry) in entries.iter().enumerate() {
        let (head, blocks) = read_entry(&tree, entry, source_name.clone());
        if head.title.is_none() && blocks.is_empty() {
            continue;
        }
        let entry_path = names.path(path, entry_slug(&tree, entry), i);
        articles.push(rendered::assemble(entry_path, Format::Feed, head, blocks));
    }
    if articles.is_empty() {
        return Err(FeedError::Empty);
    }
    Ok(articles)
}

/// The names given to a feed's entries so far, so each is used once.
#[derive(Default)]
pub struct EntryNames(HashSet<String>);

impl EntryNames {
    /// The path of the entry at `position` (from 0): the feed's path, `#` and the entry's
    /// slug, or its position when it has none or the slug is taken.
    pub fn path(&mut self, feed: &Path, slug: Option<String>, position: usize) -> PathBuf {
        let name = slug
            .filter(|s| self.0.insert(s.clone()))
            .unwrap_or_else(|| {
                let n = (position + 1).to_string();
                if self.0.insert(n.clone()) {
                    n
                } else {
                    format!("entry-{n}")
                }
            });
        let mut entry_path = OsString::from(feed.as_os_str());
        entry_path.push("#");
        entry_path.push(&name);
        PathBuf::from(entry_path)
    }
}

/// The first child of `id` with the given name, also with Atom's namespace prefix.
fn child(tree: &Tree, id: usize, name: &str) -> Option<usize> {
    tree.children_of(id).find(|&c| {
        let n = tree.get(c).name.as_str();
        n == name || n.strip_prefix("atom:") == Some(name)
    })
}

/// The text of the first child of `id` with one of the given names.
fn child_text(tree: &Tree, id: usize, names: &[&str]) -> Option<String> {
    names
        .iter()
        .filter_map(|name| child(tree, id, name))
        .map(|c| collapse(&tree.text(c)))
        .find(|t| !t.is_empty())
}

/// An entry's headline, metadata and text.
fn read_entry(tree: &Tree, entry: usize, source: Option<String>) -> (Head, Vec<Block>) {
    let title = child(tree, entry, "title")
        .map(|t| html::fragment_line(&tree.text(t)))
        .filter(|t| !t.is_empty());
    let date = child_text(
        tree,
        entry,
        &["pubdate", "published", "dc:date", "updated", "issued"],
    );
    let byline = byline(tree, entry);
    let blocks = ["content:encoded", "content", "description", "summary"]
        .iter()
        .filter_map(|name| child(tree, entry, name))
        .map(|c| content_blocks(tree, c))
        .find(|blocks| !blocks.is_empty())
        .unwrap_or_default();
    let url = entry_link(tree, entry);
    let head = Head {
        title,
        byline,
        date,
        source,
        url,
    };
    (head, blocks)
}

/// The entry's own address: Atom's `<link rel="alternate" href>` (or a link without `rel`),
/// resolved against the `xml:base` in force, else RSS's `<link>` text, else a `guid` that is
/// a permalink.
fn entry_link(tree: &Tree, entry: usize) -> Option<String> {
    let links: Vec<usize> = tree
        .children_of(entry)
        .filter(|&c| tree.get(c).local_name() == "link")
        .collect();
    let atom = links.iter().find_map(|&l| {
        let el = tree.get(l);
        let rel = el.attr("rel").unwrap_or("alternate");
        (rel == "alternate").then(|| el.attr("href")).flatten()
    });
    if let Some(href) = atom {
        let href = href.trim();
        return Some(match xml_base(tree, entry) {
            Some(base) => resolve(&base, href),
            None => href.to_string(),
        });
    }
    links
        .iter()
        .map(|&l| collapse(&tree.text(l)))
        .find(|t| !t.is_empty())
        .or_else(|| {
            let guid = child(tree, entry, "guid")?;
            let permalink = tree.get(guid).attr("ispermalink") != Some("false");
            let text = collapse(&tree.text(guid));
            (permalink && text.starts_with("http")).then_some(text)
        })
}

/// The `xml:base` in force at element `id`: its own or its nearest ancestor's, each resolved
/// against the one above it.
fn xml_base(tree: &Tree, id: usize) -> Option<String> {
    let mut chain = Vec::new();
    let mut path = vec![Tree::ROOT];
    // Parents are not stored: find the path from the root by walking down.
    fn find(tree: &Tree, at: usize, target: usize, path: &mut Vec<usize>) -> bool {
        if at == target {
            return true;
        }
        for c in tree.children_of(at) {
            if c > target {
                break;
            }
            path.push(c);
            if find(tree, c, target, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    if !find(tree, Tree::ROOT, id, &mut path) {
        return None;
    }
    for e in path {
        if let Some(base) = tree.get(e).attr("xml:base") {
            chain.push(base.trim().to_string());
        }
    }
    chain.into_iter().reduce(|base, next| resolve(&base, &next))
}

/// A reference resolved against a base address: absolute stays, `/path` takes the base's
/// scheme and host, anything else replaces the base's last segment.
fn resolve(base: &str, reference: &str) -> String {
    if reference.contains("://") || reference.starts_with("mailto:") {
        return reference.to_string();
    }
    let origin_end = base
        .find("://")
        .map(|at| {
            base[at + 3..]
                .find('/')
                .map_or(base.len(), |slash| at + 3 + slash)
        })
        .unwrap_or(0);
    if let Some(rest) = reference.strip_prefix("//") {
        let scheme = base.split("://").next().unwrap_or("https");
        return format!("{scheme}://{rest}");
    }
    if reference.starts_with('/') {
        return format!("{}{reference}", &base[..origin_end]);
    }
    let dir_end = base
        .rfind('/')
        .filter(|&at| at >= origin_end)
        .map_or(base.len(), |at| at + 1);
    let dir = &base[..dir_end];
    if dir.ends_with('/') || reference.is_empty() {
        format!("{dir}{reference}")
    } else {
        format!("{dir}/{reference}")
    }
}

/// The entry's authors, several joined with ", ".
fn byline(tree: &Tree, entry: usize) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for c in tree.children_of(entry) {
        let el = tree.get(c);
        let name = match el.name.as_str() {
            "dc:creator" => tree.text(c),
            // Atom: <author><name>…</name></author>; RSS: "jane@example.org (Jane Doe)".
            "author" | "atom:author" => match child(tree, c, "name") {
                Some(n) => tree.text(n),
                None => rss_author(&tree.text(c)),
            },
            _ => continue,
        };
        let name = html::fragment_line(&name);
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// The name in an RSS `author` ("jane@example.org (Jane Doe)" → "Jane Doe"); a bare address
/// names nobody.
fn rss_author(text: &str) -> String {
    let text = text.trim();
    if let Some((_, rest)) = text.split_once('(')
        && let Some((name, _)) = rest.rsplit_once(')')
    {
        return name.trim().to_string();
    }
    if text.contains('@') && !text.contains(' ') {
        return String::new();
    }
    text.to_string()
}

/// The blocks of a content element: markup written inline (Atom XHTML, or HTML a feed forgot
/// to escape) is walked as it stands; text (escaped HTML or CDATA) is read as an HTML fragment,
/// unless the feed says it is plain text.
fn content_blocks(tree: &Tree, content: usize) -> Vec<Block> {
    let el = tree.get(content);
    if el.children.iter().any(|c| matches!(c, Child::Element(_))) {
        return html::blocks_of(tree, content);
    }
    let text = tree.own_text(content);
    if el.attr("type") == Some("text") {
        html::text_blocks(&text)
    } else {
        html::fragment_blocks(&text)
    }
}

/// A short name for an entry from its id, guid or link: the last part of the address,
/// without query or extension, in lower-case letters, digits and dashes.
fn entry_slug(tree: &Tree, entry: usize) -> Option<String> {
    let link = child(tree, entry, "link").and_then(|l| {
        let el = tree.get(l);
        el.attr("href")
            .map(str::to_string)
            .or_else(|| Some(tree.text(l)))
    });
    let id = child_text(tree, entry, &["guid", "id"]).or(link)?;
    slug(&id)
}

/// The last part of an address, without query or extension, in lower-case letters, digits
/// and dashes; `None` when nothing is left.
pub fn slug(id: &str) -> Option<String> {
    let id = id.trim().trim_end_matches('/');
    let id = id.split(['?', '#']).next().unwrap_or(id);
    let last = id.rsplit(['/', ':', '=']).next().unwrap_or(id);
    let last = match last.rsplit_once('.') {
        Some((stem, ext)) if ext.len() <= 5 && !stem.is_empty() => stem,
        _ => last,
    };
    let mut slug = String::new();
    for c in last.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= MAX_SLUG_CHARS {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    (!slug.is_empty()).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(a: &Article) -> Vec<&str> {
        a.paragraphs.iter().map(|p| a.slice(*p)).collect()
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Lakeside Weekly</title>
  <link>https://lakeside.example/</link>
  <item>
    <title>Bridge reopens after &lt;em&gt;two-year&lt;/em&gt; closure</title>
    <link>https://lakeside.example/news/bridge-reopens.html</link>
    <guid>https://lakeside.example/news/bridge-reopens.html</guid>
    <pubDate>Mon, 09 Mar 2026 07:00:00 GMT</pubDate>
    <dc:creator>Hana Kowalczyk</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The Mill Street bridge reopened on Monday.</p><p>&ldquo;It feels like a new town,&rdquo; said Rita Olsen, who runs the bakery.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Library hours extended</title>
    <guid isPermaLink="false">lib-hours-2026</guid>
    <author>desk@lakeside.example (Owen Price)</author>
    <description>&lt;p&gt;The library will stay open until 9 p.m.&lt;/p&gt;&lt;p&gt;Staff welcomed the change.&lt;/p&gt;</description>
  </item>
  <item><title></title><description></description></item>
</channel>
</rss>"#;

    #[test]
    fn rss_items_are_articles() {
        let articles = read(Path::new("feeds/lake.rss"), RSS).unwrap();
        assert_eq!(articles.len(), 2);
        let a = &articles[0];
        assert_eq!(a.format, Format::Feed);
        assert_eq!(a.path, PathBuf::from("feeds/lake.rss#bridge-reopens"));
        assert_eq!(a.title, "Bridge reopens after two-year closure");
        assert_eq!(a.slice(a.title_span.unwrap()), a.title);
        assert_eq!(a.date.as_deref(), Some("Mon, 09 Mar 2026 07:00:00 GMT"));
        assert_eq!(a.byline.as_deref(), Some("Hana Kowalczyk"));
        assert_eq!(a.source.as_deref(), Some("Lakeside Weekly"));
        assert_eq!(
            paragraphs(a),
            [
                "The Mill Street bridge reopened on Monday.",
                "“It feels like a new town,” said Rita Olsen, who runs the bakery."
            ]
        );

        let b = &articles[1];
        assert_eq!(b.path, PathBuf::from("feeds/lake.rss#lib-hours-2026"));
        assert_eq!(b.byline.as_deref(), Some("Owen Price"));
        assert_eq!(
            paragraphs(b),
            [
                "The library will stay open until 9 p.m.",
                "Staff welcomed the change."
            ]
        );
    }

    #[test]
    fn atom_entries_with_html_text_and_xhtml() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Hill Country Radio</title>
  <entry>
    <title type="html">Snow closes &lt;b&gt;pass&lt;/b&gt;</title>
    <id>tag:hillradio.example,2026:snow-pass</id>
    <published>2026-01-20T06:00:00Z</published>
    <updated>2026-01-20T09:00:00Z</updated>
    <author><name>Dev Malhotra</name></author>
    <author><name>Ines Duarte</name></author>
    <summary>Ignored when content exists.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The pass closed at dawn.</p><h2>Detours</h2><p>Use the valley road.</p></div></content>
  </entry>
  <entry>
    <title>Plain entry</title>
    <link rel="alternate" href="https://hillradio.example/2026/plain-entry/"/>
    <updated>2026-01-21</updated>
    <summary type="text">Text with a &lt;tag&gt; that is only text.</summary>
  </entry>
  <entry>
    <id>urn:uuid:0f4c2d9e-77aa-4b7e-9b1e-5c3d2a1f8e60</id>
    <content type="html">&lt;p&gt;Untitled but with text.&lt;/p&gt;</content>
  </entry>
</feed>"#;
        let articles = read(Path::new("radio.atom"), atom).unwrap();
        assert_eq!(articles.len(), 3);
        let a = &articles[0];
        assert_eq!(a.title, "Snow closes pass");
        assert_eq!(a.path, PathBuf::from("radio.atom#snow-pass"));
        assert_eq!(a.date.as_deref(), Some("2026-01-20T06:00:00Z"));
        assert_eq!(a.byline.as_deref(), Some("Dev Malhotra, Ines Duarte"));
        assert_eq!(a.source.as_deref(), Some("Hill Country Radio"));
        assert_eq!(
            paragraphs(a),
            ["The pass closed at dawn.", "Use the valley road."]
        );
        assert_eq!(a.slice(a.headings[0].span), "Detours");

        let b = &articles[1];
        assert_eq!(b.path, PathBuf::from("radio.atom#plain-entry"));
        assert_eq!(b.date.as_deref(), Some("2026-01-21"));
        assert_eq!(paragraphs(b), ["Text with a <tag> that is only text."]);

        let c = &articles[2];
        assert_eq!(
            c.path,
            PathBuf::from("radio.atom#0f4c2d9e-77aa-4b7e-9b1e-5c3d2a1f8e60")
        );
        assert_eq!(c.title, "Untitled but with text");
        assert_eq!(c.title_span, None);
    }

    #[test]
    fn other_xml_and_empty_feeds_are_refused() {
        let sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>";
        assert_eq!(
            read(Path::new("s.xml"), sitemap).unwrap_err(),
            FeedError::NotAFeed
        );
        assert!(!looks_like_feed(sitemap));
        assert!(looks_like_feed(
            "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss><channel>"
        ));
        assert!(looks_like_feed(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        ));
        assert_eq!(
            read(
                Path::new("e.rss"),
                "<rss><channel><title>T</title></channel></rss>"
            )
            .unwrap_err(),
            FeedError::Empty
        );
    }

    #[test]
    fn duplicate_entry_names_fall_back_to_positions() {
        let rss = "<rss><channel>\
            <item><title>A</title><guid>https://x.example/story</guid></item>\
            <item><title>B</title><guid>https://x.example/story</guid></item>\
            </channel></rss>";
        let paths: Vec<PathBuf> = read(Path::new("f.xml"), rss)
            .unwrap()
            .into_iter()
            .map(|a| a.path)
            .collect();
        assert_eq!(
            paths,
            [PathBuf::from("f.xml#story"), PathBuf::from("f.xml#2")]
        );
    }
}
