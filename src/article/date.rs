//! Publication dates in the many forms sources write them, read into one calendar date so
//! that articles sort in time order and show one format.

/// A calendar date as (year, month, day), which sorts in time order.
pub type Date = (i32, u32, u32);

/// Month names and the abbreviations sources use, with the month's number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names and their abbreviations.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// A date from the forms sources use: "2025-12-15", "2025-12-15T08:00:00Z", "15 December
/// 2025", "December 15, 2025", "Dec. 15 2025", "Mon, 15 Dec 2025 08:00:00 GMT" (feeds).
pub fn parse_date(date: &str) -> Option<Date> {
    let mut parts: Vec<&str> = date
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    // "2025-12-15T08" splits into "15T08": keep the day's digits.
    if let Some(part) = parts.get_mut(2)
        && let Some((day, _)) = part.split_once('T')
    {
        *part = day;
    }
    if parts.first().is_some_and(|p| is_weekday(&p.to_lowercase())) {
        parts.remove(0);
    }
    let number = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d, ..] if y.len() == 4 => valid(number(y)?, number(m)?, number(d)?),
        [d, m, y, ..] if month(m).is_some() && y.len() == 4 => {
            valid(number(y)?, month(m)?, number(d)?)
        }
        [m, d, y, ..] if month(m).is_some() && y.len() == 4 => {
            valid(number(y)?, month(m)?, number(d)?)
        }
        _ => None,
    }
}

/// The date as `YYYY-MM-DD`, the one form the reader shows.
pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.0, date.1, date.2)
}

fn month(word: &str) -> Option<u32> {
    month_number(&word.to_lowercase())
}

/// The number of the month a lower-case word names ("october", "oct", "sept"), if any.
pub(super) fn month_number(lower: &str) -> Option<u32> {
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, n)| n)
}

/// Whether a lower-case word names a weekday ("monday", "thurs").
pub(super) fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

fn valid(y: u32, m: u32, d: u32) -> Option<Date> {
    let y = i32::try_from(y).ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms_parse() {
        assert_eq!(parse_date("2025-12-15"), Some((2025, 12, 15)));
        assert_eq!(parse_date("2026-02-26T18:40:00+00:00"), Some((2026, 2, 26)));
        assert_eq!(parse_date("15 December 2025"), Some((2025, 12, 15)));
        assert_eq!(parse_date("Dec. 15, 2025"), Some((2025, 12, 15)));
        assert_eq!(
            parse_date("Thu, 16 Apr 2026 08:00:00 +0000"),
            Some((2026, 4, 16))
        );
        assert_eq!(parse_date("Monday 14 October 2026"), Some((2026, 10, 14)));
        assert_eq!(parse_date("soon"), None);
        assert_eq!(parse_date("2025-13-40"), None);
    }

    #[test]
    fn iso_pads_month_and_day() {
        assert_eq!(iso((2026, 4, 6)), "2026-04-06");
    }
}
