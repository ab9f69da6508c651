//! What a saved page says about its story besides the text: headline, byline, date and
//! outlet, from its meta tags (Open Graph, `article:`, `author`, Dublin Core), its linked data,
//! and what the page shows (`<h1>`, `rel=author`, a byline box, `<time>`).

use super::html::visible_descendants;
use super::linked_data::LinkedArticle;
use super::markup::{Element, Tree, collapse};
use super::meta;
use super::rendered::Head;

/// `<meta name=…>` values that give a publication date.
const DATE_META: &[&str] = &[
    "article:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
];

/// `<meta>` values by their `property`, `name` or `itemprop`, lower-cased keys.
fn meta_tags(tree: &Tree) -> Vec<(String, String)> {
    tree.descendants(Tree::ROOT)
        .into_iter()
        .map(|e| tree.get(e))
        .filter(|el| el.name == "meta")
        .filter_map(|el| {
            let key = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"))?;
            let value = collapse(el.attr("content")?);
            (!value.is_empty()).then(|| (key.to_ascii_lowercase(), value))
        })
        .collect()
}

/// The headline, byline, date and outlet of a page.
pub fn page_head(tree: &Tree, root: usize, linked: LinkedArticle) -> Head {
    let metas = meta_tags(tree);
    let first = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|key| {
            metas
                .iter()
                .find(|(k, v)| k == key && !is_url(v))
                .map(|(_, v)| v.clone())
        })
    };
    let source = first(&["og:site_name"])
        .or(linked.publisher)
        .or_else(|| first(&["application-name"]));
    let visible = visible_descendants(tree, Tree::ROOT);
    let element_text = |pred: &dyn Fn(&Element) -> bool| -> Option<String> {
        tree.descendants(Tree::ROOT)
            .into_iter()
            .filter(|&e| pred(tree.get(e)))
            .map(|e| tree.text(e))
            .find(|t| !t.is_empty())
    };

    let title = first(&["og:title", "twitter:title"])
        .or(linked.headline)
        .or_else(|| {
            tree.find(root, "h1")
                .or_else(|| tree.find(Tree::ROOT, "h1"))
                .map(|h| tree.text(h))
                .filter(|t| !t.is_empty())
        })
        .or_else(|| element_text(&|el| el.name == "title"))
        .map(|t| without_site(&t, source.as_deref()));

    let byline = authors(&metas)
        .or(linked.authors)
        .or_else(|| {
            visible
                .iter()
                .find(|&&e| tree.get(e).attr("rel") == Some("author"))
                .map(|&e| without_by(&tree.text(e)))
        })
        .or_else(|| {
            element_text(&|el| {
                el.attr("class")
                    .into_iter()
                    .chain(el.attr("itemprop"))
                    .flat_map(str::split_whitespace)
                    .any(|c| matches!(c.to_ascii_lowercase().as_str(), "byline" | "author"))
            })
            .and_then(|t| meta::parse_line(&t).and_then(|m| m.byline))
        })
        .filter(|b| !b.is_empty());

    let date = first(DATE_META)
        .or(linked.date)
        .or_else(|| {
            tree.descendants(Tree::ROOT)
                .into_iter()
                .map(|e| tree.get(e))
                .find(|el| el.attr("itemprop") == Some("datePublished"))
                .and_then(|el| el.attr("datetime").or(el.attr("content")))
                .map(collapse)
        })
        .or_else(|| {
            let time = tree
                .find(root, "time")
                .or_else(|| tree.find(Tree::ROOT, "time"))?;
            tree.get(time)
                .attr("datetime")
                .map(collapse)
                .or_else(|| Some(tree.text(time)))
        })
        .filter(|d| !d.is_empty());

    Head {
        title,
        byline,
        date,
        source,
    }
}

/// The authors the meta tags name (several joined with ", "), leaving out profile URLs.
fn authors(metas: &[(String, String)]) -> Option<String> {
    for key in [
        "author",
        "article:author",
        "dc.creator",
        "parsely-author",
        "sailthru.author",
    ] {
        let names: Vec<String> = metas
            .iter()
            .filter(|(k, v)| k == key && !is_url(v))
            .map(|(_, v)| without_by(v))
            .filter(|v| !v.is_empty())
            .collect();
        if !names.is_empty() {
            return Some(names.join(", "));
        }
    }
    None
}

fn is_url(value: &str) -> bool {
    value.starts_with("http://") || value.starts_with("https://") || value.starts_with('/')
}

fn without_by(name: &str) -> String {
    meta::byline(name).unwrap_or_else(|| name.trim().to_string())
}

/// A page title without the site's name around it ("Harbour plan passes | The Courier"):
/// the known site name is cut wherever it stands; without one, a `|` title keeps its
/// longest part.
fn without_site(title: &str, site: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", ": "];
    let title = collapse(title);
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in SEPARATORS {
            let suffix = format!("{sep}{site}");
            let prefix = format!("{site}{sep}");
            if title.len() > suffix.len()
                && let Some(cut) = strip_suffix_ignore_case(&title, &suffix)
            {
                return cut.trim().to_string();
            }
            if title.len() > prefix.len()
                && let Some(cut) = strip_prefix_ignore_case(&title, &prefix)
            {
                return cut.trim().to_string();
            }
        }
        return title;
    }
    if title.contains(" | ") {
        return title
            .split(" | ")
            .map(str::trim)
            .fold(
                "",
                |best, part| if part.len() > best.len() { part } else { best },
            )
            .to_string();
    }
    title
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..at))
        .flatten()
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_come_off_titles() {
        assert_eq!(
            without_site("Rain due | The Post", Some("The Post")),
            "Rain due"
        );
        assert_eq!(
            without_site("THE POST - Rain due", Some("The Post")),
            "Rain due"
        );
        assert_eq!(without_site("Rain due", Some("The Post")), "Rain due");
        assert_eq!(
            without_site("Rain due - and wind", Some("The Post")),
            "Rain due - and wind"
        );
        assert_eq!(
            without_site("Rain due over the weekend | Post", None),
            "Rain due over the weekend"
        );
        assert_eq!(without_site("The Post", Some("The Post")), "The Post");
    }
}
