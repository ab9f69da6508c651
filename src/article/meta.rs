//! Lines that carry an article's metadata rather than its prose: bylines ("By Jane Doe"), date
//! lines ("14 October 2026", "Published: 2026-10-14") and `key: value` lines
//! ("Source: Kelsport Courier").
//!
//! Both readers use these rules for the lines between a headline and the body, so a byline is
//! not mistaken for the first paragraph. They are strict on purpose: a body sentence that opens
//! with "By Monday, …" or "By 4:30 p.m. …" must stay prose.

use super::date;

/// What one metadata line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// Who wrote the article, without the leading "By".
    pub byline: Option<String>,
    /// The publication date as written.
    pub date: Option<String>,
    /// The publication or outlet.
    pub source: Option<String>,
}

/// Longest metadata line, in words; anything longer is prose.
const MAX_META_WORDS: usize = 14;

/// Words a byline's names may be joined by without being capitalised.
const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "in", "for", "of", "the", "at", "with", "de", "del", "della", "van", "von", "der",
    "den", "da", "di", "du", "le", "la", "bin", "al", "y",
];

/// Words that may stand in a date line besides the date itself.
const DATE_FILLER: &[&str] = &[
    "at", "on", "am", "pm", "a.m", "p.m", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst",
    "cdt", "pst", "pdt", "et", "pt", "ist", "jst", "aest", "aedt", "-", "–", "—",
];

/// Labels that may open a date line ("Published 14 October 2026").
const DATE_LABELS: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "posted",
    "first published",
    "date",
    "dated",
];

/// Reads one line as metadata, or `None` when it is (or may be) prose.
///
/// A line may combine several parts separated by `|`, `•` or `·` ("By Jane Doe | Reuters |
/// 14 October 2026"); it is metadata only when every part is.
pub fn parse_line(line: &str) -> Option<Meta> {
    let line = line.trim();
    // Counting stops past the limit: most lines asked about are whole paragraphs.
    if line.is_empty() || line.split_whitespace().nth(MAX_META_WORDS).is_some() {
        return None;
    }
    let mut meta = Meta::default();
    let parts: Vec<&str> = line
        .split(['|', '•', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut pending_source = None;
    for part in &parts {
        if let Some((key, value)) = key_value(part) {
            match key {
                Key::Byline => meta.byline = Some(without_final_period(&value)),
                Key::Date => meta.date = Some(value),
                Key::Source => meta.source = Some(value),
            }
        } else if let Some(name) = byline(part) {
            meta.byline = Some(name);
        } else if is_date(part) {
            meta.date = Some((*part).to_string());
        } else if parts.len() > 1 && pending_source.is_none() && is_name_like(part) {
            // An outlet beside a byline or date: "By Jane Doe | Kelsport Courier".
            pending_source = Some((*part).to_string());
        } else {
            return None;
        }
    }
    if pending_source.is_some() {
        if meta.byline.is_none() && meta.date.is_none() {
            return None;
        }
        meta.source = meta.source.or(pending_source);
    }
    Some(meta)
}

/// The metadata keys a `key: value` line may name.
enum Key {
    Byline,
    Date,
    Source,
}

fn key_value(part: &str) -> Option<(Key, String)> {
    let (key, value) = part.split_once(':')?;
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let key = match key.trim().to_lowercase().as_str() {
        "by" | "author" | "authors" | "byline" | "writer" => Key::Byline,
        "date" | "published" | "updated" | "posted" | "last updated" => Key::Date,
        "source" | "publication" | "publisher" | "outlet" => Key::Source,
        _ => return None,
    };
    Some((key, value.to_string()))
}

/// The names of a byline ("By Jane Doe and Ann Lee" → "Jane Doe and Ann Lee").
pub fn byline(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = ["By ", "BY ", "by "]
        .iter()
        .find_map(|prefix| line.strip_prefix(prefix))?;
    let rest = rest.trim().trim_end_matches([',', ';']);
    if rest.is_empty() || (rest.ends_with(['.', '!', '?', ':']) && !ends_with_initial(rest)) {
        return None;
    }
    is_name_like(rest).then(|| rest.to_string())
}

/// "Amber Lee." → "Amber Lee", but "Martin Luther King Jr." stays.
fn without_final_period(name: &str) -> String {
    if ends_with_initial(name) {
        name.to_string()
    } else {
        name.trim_end_matches('.').to_string()
    }
}

fn ends_with_initial(text: &str) -> bool {
    text.rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "Jr." | "Sr.") || (w.len() == 2 && w.ends_with('.')))
}

/// Whether every word is capitalised or a connector, as names and outlets are.
fn is_name_like(part: &str) -> bool {
    let mut words = 0;
    for word in part.split(|c: char| c.is_whitespace() || c == ',') {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        words += 1;
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised && !NAME_CONNECTORS.contains(&word.to_lowercase().as_str()) {
            return false;
        }
    }
    (1..=8).contains(&words)
}

/// Whether a line is nothing but a date, perhaps with a weekday, a time and a label.
pub fn is_date(part: &str) -> bool {
    let mut rest = part.trim();
    let lower = rest.to_lowercase();
    for label in DATE_LABELS {
        if let Some(after) = lower.strip_prefix(label)
            && (after.starts_with([' ', ':']) || after.is_empty())
        {
            // Lower-casing can change lengths outside ASCII; `get` keeps a mismatch harmless.
            rest = rest
                .get(label.len()..)
                .unwrap_or_default()
                .trim_start_matches([':', ' ']);
            break;
        }
    }
    let (mut year, mut month, mut day, mut words) = (false, false, false, 0);
    for token in rest.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_end_matches('.');
        if token.is_empty() {
            continue;
        }
        words += 1;
        let lower = token.to_lowercase();
        if is_numeric_date(token) {
            (year, month, day) = (true, true, true);
        } else if token.len() == 4 && token.chars().all(|c| c.is_ascii_digit()) {
            year = true;
        } else if is_day(&lower) {
            day = true;
        } else if date::month_number(&lower).is_some() {
            month = true;
        } else if !(date::is_weekday(&lower)
            || DATE_FILLER.contains(&lower.as_str())
            || is_time(&lower))
        {
            return false;
        }
    }
    words > 0 && month && (day || year)
}

/// `2026-10-14`, `2026-10-14T09:30:00Z`, `14/10/2026`, `14.10.2026`.
fn is_numeric_date(token: &str) -> bool {
    let date = token.split(['T', ' ']).next().unwrap_or(token);
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
}

/// `14`, `14th`, `1st`.
fn is_day(lower: &str) -> bool {
    let digits = lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    !digits.is_empty()
        && digits.len() <= 2
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// `9:30`, `09:30am`, `9.30pm`, `4pm`.
fn is_time(lower: &str) -> bool {
    let clock = lower
        .trim_end_matches("a.m")
        .trim_end_matches("p.m")
        .trim_end_matches("am")
        .trim_end_matches("pm");
    let has_suffix = clock.len() < lower.len();
    !clock.is_empty()
        && (has_suffix || clock.contains([':', '.']))
        && clock
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        && clock.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_are_names_after_by() {
        assert_eq!(byline("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            byline("BY Jane Doe and Ann van der Berg").as_deref(),
            Some("Jane Doe and Ann van der Berg")
        );
        assert_eq!(
            byline("By Martin Luther King Jr.").as_deref(),
            Some("Martin Luther King Jr.")
        );
        assert_eq!(byline("By Monday, the strike had spread"), None);
        assert_eq!(
            byline("By 4:30 p.m. on Monday, 23 ambulances were waiting."),
            None
        );
        assert_eq!(byline("Bylines are rare"), None);
    }

    #[test]
    fn date_lines_are_only_a_date() {
        for line in [
            "14 October 2026",
            "October 14, 2026",
            "Tuesday 14 October 2026 09:30 GMT",
            "Oct. 14, 2026",
            "2026-10-14",
            "Published: 2026-10-14T09:30:00Z",
            "Updated 14/10/2026",
            "Wed 11 Feb 2026 at 4pm",
        ] {
            assert!(is_date(line), "{line}");
        }
        for line in [
            "May 2026 be kinder",
            "The vote is on 14 October",
            "14 people were hurt",
            "2026",
            "Published by the council",
        ] {
            assert!(!is_date(line), "{line}");
        }
    }

    #[test]
    fn combined_and_key_value_lines() {
        let meta = parse_line("By Jane Doe | Kelsport Courier | 14 October 2026").unwrap();
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.source.as_deref(), Some("Kelsport Courier"));
        assert_eq!(meta.date.as_deref(), Some("14 October 2026"));

        let meta = parse_line("BYLINE: Amber Lee.").unwrap();
        assert_eq!(meta.byline.as_deref(), Some("Amber Lee"));

        let meta = parse_line("Source: Coastal Morning Herald").unwrap();
        assert_eq!(meta.source.as_deref(), Some("Coastal Morning Herald"));
        assert_eq!(
            parse_line("Kelsport Courier"),
            None,
            "a bare name is a title"
        );
        assert_eq!(parse_line("Note: the vote was close"), None);
    }
}
