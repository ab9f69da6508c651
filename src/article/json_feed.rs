//! JSON Feed (versions 1 and 1.1, jsonfeed.org): every item is an article, as in RSS and
//! Atom. An item's text is its `content_html` (read with the page reader's text extraction),
//! else its `content_text`, else its `summary`; its link is `url` (else `external_url`).

use std::path::Path;

use serde_json::Value;

use super::feed::{EntryNames, FeedError, slug};
use super::html;
use super::markup::collapse;
use super::rendered::{self, Head};
use super::{Article, Format};

/// The marker of a JSON Feed: its `version` is an address under this.
const VERSION_PREFIX: &str = "https://jsonfeed.org/version/";

/// Whether the text is a JSON Feed (an object whose `version` names the format, near its
/// start as feeds write it).
pub fn looks_like(source: &str) -> bool {
    let start = source.trim_start_matches('\u{feff}').trim_start();
    start.starts_with('{') && {
        let mut end = start.len().min(4096);
        while !start.is_char_boundary(end) {
            end -= 1;
        }
        start
            .get(..end)
            .is_some_and(|head| head.contains("jsonfeed.org/version/"))
    }
}

/// Reads every item of a JSON Feed as an article, in the feed's order.
pub fn read(path: &Path, source: &str) -> Result<Vec<Article>, FeedError> {
    let feed: Value = serde_json::from_str(source.trim_start_matches('\u{feff}'))
        .map_err(|_| FeedError::NotAFeed)?;
    let is_feed = feed
        .get("version")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with(VERSION_PREFIX));
    if !is_feed {
        return Err(FeedError::NotAFeed);
    }
    let source_name = text(feed.get("title"));
    let feed_authors = authors(&feed);
    let items = feed
        .get("items")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut names = EntryNames::default();
    let mut articles = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let title = text(item.get("title")).map(|t| html::fragment_line(&t));
        let blocks = if let Some(content) = raw(item.get("content_html")) {
            html::fragment_blocks(content)
        } else if let Some(content) = raw(item.get("content_text")).or(raw(item.get("summary"))) {
            html::text_blocks(content)
        } else {
            Vec::new()
        };
        if title.is_none() && blocks.is_empty() {
            continue;
        }
        let url = text(item.get("url")).or_else(|| text(item.get("external_url")));
        let id = text(item.get("id")).or_else(|| url.clone());
        let head = Head {
            title,
            byline: authors(item).or_else(|| feed_authors.clone()),
            date: text(item.get("date_published")).or_else(|| text(item.get("date_modified"))),
            source: source_name.clone(),
            url,
        };
        articles.push(rendered::assemble(
            names.path(path, id.as_deref().and_then(slug), i),
            Format::Feed,
            head,
            blocks,
        ));
    }
    if articles.is_empty() {
        return Err(FeedError::Empty);
    }
    Ok(articles)
}

/// A string value as it stands.
fn raw(value: Option<&Value>) -> Option<&str> {
    value
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// A string value, whitespace collapsed; ids may be numbers in feeds that ignore the spec.
fn text(value: Option<&Value>) -> Option<String> {
    let value = value?;
    let text = match value {
        Value::String(s) => collapse(s),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// The names of 1.1's `authors` (or 1.0's `author`), joined with ", ".
fn authors(object: &Value) -> Option<String> {
    let list: Vec<&Value> = match object.get("authors") {
        Some(Value::Array(items)) => items.iter().collect(),
        _ => object.get("author").into_iter().collect(),
    };
    let names: Vec<String> = list
        .into_iter()
        .filter_map(|a| text(a.get("name")))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}
