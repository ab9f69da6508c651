//! The schema.org description a news page embeds for search engines
//! (`<script type="application/ld+json">` with a `NewsArticle`): a clean headline, authors,
//! date and publisher, and often the whole story as `articleBody`, even when the page itself
//! only shows it after scripts run (a page saved as "HTML only").

use serde_json::Value;

use super::markup::{Tree, collapse};

/// What a page's linked data says about its article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkedArticle {
    /// `headline`.
    pub headline: Option<String>,
    /// `author` names, joined with ", ".
    pub authors: Option<String>,
    /// `datePublished`.
    pub date: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `articleBody`, as written.
    pub body: Option<String>,
}

/// The first article described in the page's JSON-LD scripts, if any.
pub fn article(tree: &Tree) -> Option<LinkedArticle> {
    tree.descendants(Tree::ROOT)
        .into_iter()
        .filter(|&e| {
            let el = tree.get(e);
            el.name == "script"
                && el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|e| {
            let json = tree.own_text(e);
            serde_json::from_str::<Value>(&escape_controls_in_strings(&json)).ok()
        })
        .find_map(|value| {
            let mut found = find_article(&value, 0).or_else(|| find_page(&value, 0))?;
            if found.authors.is_none() {
                found.authors = referenced_authors(&value);
            }
            Some(found)
        })
}

/// JSON with raw line breaks and tabs inside its strings escaped: publishing systems often
/// write an `articleBody` with its paragraph breaks as they are, which strict JSON refuses.
fn escape_controls_in_strings(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string && !escaped && c.is_control() {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                _ => out.push(' '),
            }
            continue;
        }
        out.push(c);
        if escaped {
            escaped = false;
        } else if c == '\\' && in_string {
            escaped = true;
        } else if c == '"' {
            in_string = !in_string;
        }
    }
    out
}

/// Deepest nesting of `@graph` and lists searched.
const MAX_DEPTH: usize = 4;

fn find_article(value: &Value, depth: usize) -> Option<LinkedArticle> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(map) => {
            if is_article_type(map.get("@type")) {
                return Some(LinkedArticle {
                    headline: string(map.get("headline")),
                    authors: names(map.get("author")),
                    date: string(map.get("datePublished")),
                    publisher: map.get("publisher").and_then(name),
                    body: map
                        .get("articleBody")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                });
            }
            map.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

/// `NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, … alone or in a list.
/// A web page with an author (`WebPage`, `MedicalWebPage`), when no article is described:
/// its author and date only.
fn find_page(value: &Value, depth: usize) -> Option<LinkedArticle> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_page(v, depth + 1)),
        Value::Object(map) => {
            if is_page_type(map.get("@type")) && map.contains_key("author") {
                return Some(LinkedArticle {
                    authors: names(map.get("author")),
                    date: string(map.get("datePublished")),
                    ..LinkedArticle::default()
                });
            }
            map.get("@graph").and_then(|g| find_page(g, depth + 1))
        }
        _ => None,
    }
}

/// Authors given by reference (`"author": {"@id": "…#person"}`, as Yoast writes them),
/// named by the object with that `@id` elsewhere in the same data.
fn referenced_authors(value: &Value) -> Option<String> {
    let mut named = Vec::new();
    collect_named(value, 0, &mut named);
    let article = find_article_object(value, 0, &is_article_type)
        .or_else(|| find_article_object(value, 0, &is_page_type))?;
    let refs: Vec<&str> = match article.get("author")? {
        Value::Array(items) => items
            .iter()
            .filter_map(|i| i.get("@id")?.as_str())
            .collect(),
        other => other
            .get("@id")
            .and_then(Value::as_str)
            .into_iter()
            .collect(),
    };
    let names: Vec<String> = refs
        .iter()
        .filter_map(|id| named.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone()))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Every object with both an `@id` and a `name`.
fn collect_named(value: &Value, depth: usize, out: &mut Vec<(String, String)>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_named(v, depth + 1, out)),
        Value::Object(map) => {
            if let (Some(id), Some(name)) = (
                map.get("@id").and_then(Value::as_str),
                string(map.get("name")),
            ) {
                out.push((id.to_string(), name));
            }
            if let Some(graph) = map.get("@graph") {
                collect_named(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// The article object itself, as [`find_article`] finds it.
fn find_article_object<'v>(
    value: &'v Value,
    depth: usize,
    wanted: &dyn Fn(Option<&Value>) -> bool,
) -> Option<&'v serde_json::Map<String, Value>> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Array(items) => items
            .iter()
            .find_map(|v| find_article_object(v, depth + 1, wanted)),
        Value::Object(map) => {
            if wanted(map.get("@type")) {
                return Some(map);
            }
            map.get("@graph")
                .and_then(|g| find_article_object(g, depth + 1, wanted))
        }
        _ => None,
    }
}

/// `WebPage` and its kinds (`MedicalWebPage`).
fn is_page_type(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(t)) => t.ends_with("WebPage"),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .any(|t| t.ends_with("WebPage")),
        _ => false,
    }
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let is = |t: &str| t.ends_with("Article") || t == "BlogPosting";
    match kind {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

fn string(value: Option<&Value>) -> Option<String> {
    value
        .and_then(Value::as_str)
        .map(collapse)
        .filter(|s| !s.is_empty())
}

/// A person or organisation's name: a string, or an object's `name`.
fn name(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(collapse(s)),
        Value::Object(map) => string(map.get("name")),
        _ => None,
    }
    .filter(|s| !s.is_empty() && !s.starts_with("http"))
}

fn names(value: Option<&Value>) -> Option<String> {
    let found: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(name).collect(),
        other => name(other).into_iter().collect(),
    };
    (!found.is_empty()).then(|| found.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::markup::Dialect;

    #[test]
    fn a_news_article_in_a_graph() {
        let tree = Tree::parse(
            r#"<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Site"},
                {"@type": ["NewsArticle"], "headline": "Tram line  approved",
                 "author": [{"@type": "Person", "name": "Lena Vogt"}, {"name": "Omar Haddad"}],
                 "datePublished": "2026-06-01T10:00:00Z",
                 "publisher": {"@type": "Organization", "name": "Rhine Valley Post"},
                 "articleBody": "The tram line was approved.\nWork starts next year."}]}</script>"#,
            Dialect::Html,
        );
        let found = article(&tree).unwrap();
        assert_eq!(found.headline.as_deref(), Some("Tram line approved"));
        assert_eq!(found.authors.as_deref(), Some("Lena Vogt, Omar Haddad"));
        assert_eq!(found.date.as_deref(), Some("2026-06-01T10:00:00Z"));
        assert_eq!(found.publisher.as_deref(), Some("Rhine Valley Post"));
        assert_eq!(
            found.body.as_deref(),
            Some("The tram line was approved.\nWork starts next year.")
        );
    }

    #[test]
    fn broken_or_other_json_is_ignored() {
        for source in [
            r#"<script type="application/ld+json">{"@type": "NewsArticle", </script>"#,
            r#"<script type="application/ld+json">{"@type": "Recipe", "name": "Soup"}</script>"#,
            r#"<script>{"@type": "NewsArticle"}</script>"#,
            r#"<script type="application/ld+json">[[[[[[{"@type": "NewsArticle"}]]]]]]</script>"#,
        ] {
            assert_eq!(
                article(&Tree::parse(source, Dialect::Html)),
                None,
                "{source}"
            );
        }
    }
}
