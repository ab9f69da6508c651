//! What a saved page says about its story besides the text: headline, byline, date and
//! outlet, from its meta tags (Open Graph, `article:`, `author`, Dublin Core), its linked data,
//! and what the page shows (`<h1>`, `rel=author`, a byline box, `<time>`).

use super::boilerplate;
use super::date;
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

    let announced = first(&["og:title", "twitter:title"]).or(linked.headline);
    let shown = tree
        .find(root, "h1")
        .or_else(|| tree.find(Tree::ROOT, "h1"))
        .map(|h| tree.text(h))
        .filter(|t| !t.is_empty());
    let title = match (announced, shown) {
        // The page's own headline when it says what the meta tags say: it carries no site
        // name.
        (Some(a), Some(h)) if agrees(&a, &h) => Some(h),
        (Some(a), _) => Some(a),
        (None, h) => h.or_else(|| element_text(&|el| el.name == "title")),
    }
    .map(|t| without_site(&t, source.as_deref()));

    let mut bylines: Vec<String> = Vec::new();
    bylines.extend(authors(&metas));
    bylines.extend(linked.authors);
    bylines.extend(
        visible
            .iter()
            .filter(|&&e| tree.get(e).attr("rel") == Some("author"))
            .map(|&e| without_by(&tree.text(e))),
    );
    bylines.extend(
        byline_boxes(tree)
            .into_iter()
            .filter_map(|e| byline_name(&tree.text(e))),
    );
    let bylines: Vec<String> = bylines
        .into_iter()
        .map(|b| collapse(&b))
        .filter(|b| !b.is_empty())
        .collect();
    // People first; an outlet or desk ("Wire Staff") only when no person is named.
    let byline = bylines
        .iter()
        .find_map(|b| people(b, source.as_deref()))
        .or_else(|| {
            bylines.into_iter().find(|b| {
                b.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && b.chars().any(char::is_uppercase)
            })
        });

    let mut dates: Vec<String> = DATE_META
        .iter()
        .flat_map(|key| metas.iter().filter(move |(k, _)| k == key))
        .map(|(_, v)| v.clone())
        .collect();
    dates.extend(linked.date);
    dates.extend(
        tree.descendants(Tree::ROOT)
            .into_iter()
            .map(|e| tree.get(e))
            .filter(|el| el.attr("itemprop") == Some("datePublished"))
            .filter_map(|el| el.attr("datetime").or(el.attr("content")))
            .map(collapse),
    );
    if let Some(time) = tree
        .find(root, "time")
        .or_else(|| tree.find(Tree::ROOT, "time"))
    {
        dates.extend(
            tree.get(time)
                .attr("datetime")
                .map(collapse)
                .or_else(|| Some(tree.text(time))),
        );
    }
    let date = best_date(dates);

    let url = canonical(tree, &metas);
    Head {
        url,
        title,
        byline,
        date,
        source,
    }
}

/// Words of a class, id or `itemprop` that mark a byline box.
const BYLINE_MARKS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "writer",
    "reporter",
    "authorname",
];

/// Words that mark a box about the author rather than the byline (a biography, a picture).
const NOT_BYLINE_MARKS: &[&str] = &[
    "bio",
    "excerpt",
    "desc",
    "description",
    "details",
    "avatar",
    "image",
    "img",
    "photo",
    "picture",
    "comment",
    "comments",
];

/// Words that make a byline an outlet or desk, not a person.
const NOT_PERSON_WORDS: &[&str] = &[
    "staff",
    "news",
    "press",
    "wire",
    "wires",
    "service",
    "services",
    "reporters",
    "reporter",
    "editor",
    "editors",
    "editorial",
    "team",
    "desk",
    "agency",
    "sport",
    "sports",
    "correspondent",
    "correspondents",
    "contributor",
    "contributors",
    "admin",
    "associated",
    "reuters",
    "afp",
    "newsroom",
    "online",
    "media",
    "post",
    "times",
    "herald",
    "daily",
    "today",
    "guest",
    "writer",
    "writers",
    "columnist",
    "business",
    "insider",
    "cnn",
    "bbc",
    "ap",
    "upi",
    "analysis",
    "editor-at-large",
    "contributing",
    "senior",
    "chief",
    "political",
    "national",
];

/// Elements the page marks as a byline, in document order, outside the boxes around the
/// story (comments, related stories) and outside scripts.
fn byline_boxes(tree: &Tree) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = tree.children_of(Tree::ROOT).rev().collect();
    while let Some(next) = stack.pop() {
        let el = tree.get(next);
        if matches!(
            el.local_name(),
            "script" | "style" | "head" | "nav" | "footer" | "aside" | "noscript" | "template"
        ) || boilerplate::is_marked_boilerplate(el)
        {
            continue;
        }
        let words: Vec<String> = [el.attr("class"), el.attr("id"), el.attr("itemprop")]
            .into_iter()
            .flatten()
            .flat_map(str::split_whitespace)
            .flat_map(boilerplate::mark_words)
            .collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        if has(BYLINE_MARKS) && !has(NOT_BYLINE_MARKS) {
            out.push(next);
        }
        stack.extend(tree.children_of(next).rev());
    }
    // The innermost box holds the name alone; its container adds dates and outlets.
    let inner: Vec<usize> = out
        .iter()
        .copied()
        .filter(|&e| {
            let below = tree.descendants(e);
            !out.iter().any(|o| *o != e && below.contains(o))
        })
        .collect();
    inner
}

/// The names in a byline box's text: without "By", "Posted by" or a "Text:" label, cut
/// before a date, a handle or a separator; `None` when what is left is not a short run of
/// capitalised words.
fn byline_name(text: &str) -> Option<String> {
    let mut rest = collapse(text);
    for prefix in [
        "posted by ",
        "written by ",
        "words by ",
        "by ",
        "por ",
        "von ",
        "par ",
    ] {
        if rest.len() > prefix.len()
            && rest
                .get(..prefix.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
        {
            rest = rest[prefix.len()..].to_string();
            break;
        }
    }
    if let Some((label, after)) = rest.split_once(':')
        && label.split_whitespace().count() == 1
    {
        rest = after.trim().to_string();
    }
    let cut = rest
        .find(|c: char| matches!(c, '|' | '•' | '·' | '@' | '(' | '\n') || c.is_ascii_digit())
        .unwrap_or(rest.len());
    let mut name = rest[..cut].trim();
    for stop in [
        " Published",
        " Updated",
        " Posted",
        " on ",
        " - ",
        " – ",
        " — ",
    ] {
        if let Some(at) = name.find(stop) {
            name = name[..at].trim();
        }
    }
    let name = name.trim_end_matches([',', ';', ':', '.', '-']).trim();
    // A date written after the name: "Ann Lee November 20".
    let name = match name.split_whitespace().position(|w| {
        let lower = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        date::month_number(&lower).is_some() || date::is_weekday(&lower)
    }) {
        Some(at) if at > 0 => name
            .split_whitespace()
            .take(at)
            .collect::<Vec<_>>()
            .join(" "),
        _ => name.to_string(),
    };
    let name = name.as_str();
    let words = name.split_whitespace().count();
    let capitalised = name
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "and" | "&" | "y" | "e" | "und" | "et" | "de" | "van" | "von" | "der" | "da"
            )
        })
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    ((1..=8).contains(&words) && capitalised).then(|| name.to_string())
}

/// The people a byline names ("By ANN LEE, Wire Service Writer" → "Ann Lee"): each name two
/// to four capitalised words, no digits, no word of a desk or outlet, not the site's name;
/// names in capitals are written as names.
fn people(byline: &str, site: Option<&str>) -> Option<String> {
    if site.is_some_and(|s| s.eq_ignore_ascii_case(byline)) {
        return None;
    }
    let mut names: Vec<String> = byline
        .split([',', '&', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .map(without_by_label)
        .filter(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    let lower = w.to_lowercase();
                    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && !NOT_PERSON_WORDS.contains(&lower)
                        && date::month_number(lower).is_none()
                        && !date::is_weekday(lower)
                })
        })
        .map(|name| {
            if name.chars().any(char::is_lowercase) {
                name.to_string()
            } else {
                name.split_whitespace()
                    .map(title_case)
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        })
        .collect();
    let mut seen = Vec::new();
    names.retain(|n| {
        let fresh = !seen.contains(n);
        seen.push(n.clone());
        fresh
    });
    match names.len() {
        0 => None,
        1 => names.into_iter().next(),
        _ => {
            let (last, rest) = names.split_last()?;
            Some(format!("{} and {last}", rest.join(", ")))
        }
    }
}

/// A name without the "By" or "Analysis by" before it.
fn without_by_label(part: &str) -> &str {
    let part = part.trim();
    let lower = part.to_lowercase();
    if let Some(at) = lower.find(" by ") {
        return part.get(at + 4..).unwrap_or(part).trim();
    }
    if lower.starts_with("by ") {
        return part.get(3..).unwrap_or(part).trim();
    }
    part
}

/// "PEOPLES" → "Peoples", "O'NEIL" → "O'neil" is avoided: letters after an apostrophe or
/// hyphen start again in capitals.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '\'' | '’' | '-');
    }
    out
}

/// The publication date: the first plausible one (not a placeholder year), or a later one
/// for the same day that also gives the time zone.
fn best_date(dates: Vec<String>) -> Option<String> {
    let plausible: Vec<String> = dates
        .into_iter()
        .filter(|d| !d.is_empty())
        .filter(|d| date::parse_date(d).is_some_and(|(y, _, _)| y >= 1900))
        .collect();
    let first = plausible.first()?;
    if has_zone(first) {
        return Some(first.clone());
    }
    let day = date::parse_date(first);
    plausible
        .iter()
        .find(|d| has_zone(d) && date::parse_date(d) == day)
        .or(Some(first))
        .cloned()
}

/// Whether an ISO 8601 date-time names its offset ("Z", "+02:00", "-0500").
fn has_zone(date: &str) -> bool {
    let Some((_, time)) = date.split_once('T') else {
        return false;
    };
    time.ends_with('Z') || time.contains('+') || time.contains('-')
}

/// Whether a page's `<h1>` and its announced title are the same headline: one holds the
/// other (a site name or kicker aside), ignoring case and punctuation.
fn agrees(announced: &str, shown: &str) -> bool {
    let norm = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, h) = (norm(announced), norm(shown));
    !h.is_empty() && h.split_whitespace().count() >= 2 && (a.contains(&h) || h.contains(&a))
}

/// The page's own address: `<link rel="canonical">`, else `og:url`; absolute addresses only.
fn canonical(tree: &Tree, metas: &[(String, String)]) -> Option<String> {
    let linked = tree
        .descendants(Tree::ROOT)
        .into_iter()
        .map(|e| tree.get(e))
        .filter(|el| el.name == "link")
        .filter(|el| {
            el.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .find_map(|el| el.attr("href"))
        .map(collapse);
    linked
        .into_iter()
        .chain(
            metas
                .iter()
                .filter(|(k, _)| k == "og:url")
                .map(|(_, v)| v.clone()),
        )
        .find(|u| u.starts_with("http://") || u.starts_with("https://"))
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

    fn head_of(page: &str) -> Head {
        let tree = Tree::parse(page, crate::article::markup::Dialect::Html);
        page_head(&tree, Tree::ROOT, LinkedArticle::default())
    }

    #[test]
    fn bylines_name_people_not_desks() {
        let head = head_of(
            r#"<meta name="author" content="By TOMAS REYES, Wire Service Writer">
            <div class="author-bio">Tomas writes about ports.</div>"#,
        );
        assert_eq!(head.byline.as_deref(), Some("Tomas Reyes"));
        let head = head_of(
            r#"<meta name="author" content="Harbour Desk Staff">
            <div class="article-byline"><span class="author-name">by Ines Baptiste</span>
            <span>Monday 3 March 2026</span></div>
            <section class="comments"><span class="comment-author">Somebody Else</span></section>"#,
        );
        assert_eq!(head.byline.as_deref(), Some("Ines Baptiste"));
        let head = head_of(r#"<meta name="author" content="Harbour Desk Staff">"#);
        assert_eq!(head.byline.as_deref(), Some("Harbour Desk Staff"));
    }

    #[test]
    fn the_shown_headline_wins_when_it_agrees_and_dates_keep_their_zone() {
        let head = head_of(
            r#"<meta property="og:title" content="Pier reopens after repairs - Bay Courier">
            <meta name="date" content="0001-01-01T00:00:00Z">
            <meta property="article:published_time" content="2026-04-02">
            <meta itemprop="datePublished" content="2026-04-02T09:30:00+02:00">
            <h1>Pier reopens after repairs</h1>"#,
        );
        assert_eq!(head.title.as_deref(), Some("Pier reopens after repairs"));
        assert_eq!(head.date.as_deref(), Some("2026-04-02T09:30:00+02:00"));
    }

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
