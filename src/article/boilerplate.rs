//! What on a saved page is never the story, whatever its size: scripts and forms, hidden
//! elements, landmarks of the site around the story (navigation, complementary boxes) and the
//! boxes news sites mark with class or id names (share tools, related and popular lists,
//! newsletters, comments, adverts, captions and credits), and lines that only label the
//! page's furniture ("Advertisement", "Image 1 of 8").

use super::markup::Element;

/// Elements that are never the story's text.
const SKIPPED: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "header",
    "footer",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "canvas",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "dialog",
    "menu",
    "title",
    "option",
];

/// ARIA roles of the page's furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "search",
    "toolbar",
    "tablist",
];

/// Whole class or id values of boxes around a story ("ad", not "ad-free-story").
const BOILERPLATE: &[&str] = &[
    "ad",
    "ads",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "hidden",
    "hide",
];

/// Words in a class or id value (split at `-`, `_` and case changes) that name a box around
/// the story: "share-tools", "relatedLinks", "newsletter_signup".
const BOILERPLATE_WORDS: &[&str] = &[
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "adslot",
    "adunit",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "disqus",
    "newsletter",
    "outbrain",
    "popular",
    "promo",
    "promos",
    "promoted",
    "recommended",
    "recommendations",
    "recirc",
    "related",
    "share",
    "sharebar",
    "sharing",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "trending",
];

/// Words that name a box around the story unless the same value also names the story
/// ("photo-credit" but not "story-gallery-text").
const WEAK_BOILERPLATE_WORDS: &[&str] = &[
    "caption",
    "captions",
    "carousel",
    "credit",
    "credits",
    "gallery",
    "masthead",
    "menu",
    "modal",
    "pagination",
    "popup",
    "sidebar",
    "slideshow",
    "toolbar",
];

/// Words that name the story's own element.
const STORY_WORDS: &[&str] = &[
    "article", "body", "content", "story", "text", "entry", "post", "main", "blog",
];

/// Whole blocks that are labels of the page's furniture, not the story's words (compared
/// ignoring case and a final colon or period).
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "continue reading below",
    "continue reading",
    "continue reading the main story",
    "read more",
    "see more",
    "share this article",
    "share this story",
    "share",
    "caption",
    "close",
    "back to gallery",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "skip advertisement",
];

/// Labels that open a photo credit line ("Photo: Ann Lee, AP").
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "images:",
    "picture:",
    "credit:",
    "image credit:",
    "photo credit:",
    "source:",
];

/// Whether an element and everything in it is left out of the story, by what it is (its
/// tag, hidden state or role); class names are asked separately ([`is_marked_boilerplate`])
/// because a page's wrapper may carry one.
pub fn is_skipped(element: &Element) -> bool {
    let name = element.local_name();
    if SKIPPED.contains(&name) || element.attr("hidden").is_some() {
        return true;
    }
    if element.attr("aria-hidden") == Some("true") {
        return true;
    }
    if element
        .attr("role")
        .is_some_and(|r| FURNITURE_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if let Some(style) = element.attr("style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Whether the element's class or id names a box that is not the story.
pub fn is_marked_boilerplate(element: &Element) -> bool {
    if matches!(element.local_name(), "body" | "html" | "main" | "article") {
        return false;
    }
    [element.attr("class"), element.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(str::split_whitespace)
        .any(is_boilerplate_mark)
}

/// Whether one word of a class or id value marks a box around the story.
pub fn is_boilerplate_mark(mark: &str) -> bool {
    let lower = mark.to_ascii_lowercase();
    if BOILERPLATE.contains(&lower.as_str()) {
        return true;
    }
    let words: Vec<String> = mark_words(mark).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    has(BOILERPLATE_WORDS) || (has(WEAK_BOILERPLATE_WORDS) && !has(STORY_WORDS))
}

/// The words of a class or id value: split at anything not a letter or digit and before an
/// upper-case letter that follows a lower-case one, lower-cased.
pub fn mark_words(mark: &str) -> impl Iterator<Item = String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in mark.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_lowercase();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.into_iter()
}

/// Whether a whole line only labels the page's furniture: an advert marker, a gallery
/// control or counter, a photo credit.
pub fn is_furniture(line: &str) -> bool {
    let trimmed = line.trim().trim_end_matches([':', '.']).trim();
    let lower = trimmed.to_lowercase();
    if FURNITURE_LINES.contains(&lower.as_str())
        || lower.starts_with('©')
        || lower.starts_with("copyright ")
    {
        return true;
    }
    if is_counter(&lower) {
        return true;
    }
    let words = lower.split_whitespace().count();
    words <= 12 && CREDIT_LABELS.iter().any(|label| lower.starts_with(label))
}

/// "1 / 8", "Image 1 of 8", "3 of 12", "Slide 2 of 5": a gallery's position.
fn is_counter(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let numbers = words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .count();
    let labels = words
        .iter()
        .filter(|w| {
            matches!(
                **w,
                "image" | "photo" | "slide" | "picture" | "of" | "gallery"
            )
        })
        .count();
    !words.is_empty()
        && numbers >= 1
        && numbers + labels == words.len()
        && (numbers == 2 || lower.contains("of") || words.len() == 1)
        && words.len() <= 5
        && (numbers < words.len() || lower.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_name_boxes_around_the_story() {
        for mark in [
            "share-tools",
            "relatedLinks",
            "newsletter_signup",
            "photo-credit",
            "most-popular",
            "ad",
            "sr-only",
            "comments-area",
        ] {
            assert!(is_boilerplate_mark(mark), "{mark}");
        }
        for mark in [
            "ad-free-story",
            "story-body",
            "article-text",
            "headline",
            "shared",
        ] {
            assert!(!is_boilerplate_mark(mark), "{mark}");
        }
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "Advertisement",
            "Image 1 of 8",
            "1 / 8",
            "Photo: Ann Lee, Wire Service",
            "Back to Gallery",
            "Continue reading the main story",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "1",
            "The ferry runs again.",
            "Source: the harbour board said fares would rise by 3 per cent next spring after a long review of costs.",
            "Of 12 boats, 3 sank.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
