//! What `lede people`, `lede claims` and `lede search` print: questions across a library
//! answered from the library database, as text for a person (every untrusted string through
//! [`sanitize`]), Markdown for claims, or JSON for scripts (escaped as `lede analyze`'s is).

use std::fmt::Write as _;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use serde_json::{Value, json};

use crate::report::escape_invisible;
use crate::sanitize::sanitize;
use crate::store::{ClaimRow, Hit, PersonRow};

/// The output formats of `lede people` and `lede search`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// Lines for a person to read.
    Text,
    /// One pretty-printed JSON array.
    Json,
}

/// The output formats of `lede claims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimsFormat {
    /// Lines for a person to read.
    Text,
    /// One pretty-printed JSON array.
    Json,
    /// Markdown, one heading per article, for notes.
    Md,
}

fn pretty(value: &Value) -> String {
    // Serialising a `Value` cannot fail.
    escape_invisible(serde_json::to_string_pretty(value).unwrap_or_default() + "\n")
}

fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// `lede people`.
pub fn people(people: &[PersonRow], format: ListFormat) -> String {
    match format {
        ListFormat::Json => pretty(&Value::Array(
            people
                .iter()
                .map(|p| {
                    json!({
                        "key": p.key, "name": p.name, "aliases": p.aliases,
                        "articles": p.articles, "by": p.by, "about": p.about,
                    })
                })
                .collect(),
        )),
        ListFormat::Text => {
            let mut out = String::new();
            if !people.is_empty() {
                out.push_str("articles  claims by  about  person\n");
            }
            for p in people {
                let _ = write!(
                    out,
                    "{:>8}  {:>9}  {:>5}  {}  [{}]",
                    p.articles,
                    p.by,
                    p.about,
                    sanitize(&p.name),
                    sanitize(&p.key)
                );
                if !p.aliases.is_empty() {
                    let aliases: Vec<_> = p.aliases.iter().map(|a| sanitize(a)).collect();
                    let _ = write!(out, "  also {}", aliases.join(", "));
                }
                out.push('\n');
            }
            out
        }
    }
}

/// `lede claims`: the claims, and the person they were asked for when there is one.
pub fn claims(person: Option<&PersonRow>, claims: &[ClaimRow], format: ClaimsFormat) -> String {
    match format {
        ClaimsFormat::Json => pretty(&Value::Array(
            claims
                .iter()
                .map(|c| {
                    json!({
                        "article": path(&c.article), "title": c.title, "date": c.date,
                        "by": c.by, "speaker": c.speaker, "verb": c.verb,
                        "content": c.content, "sentence": c.sentence, "at": c.at,
                    })
                })
                .collect(),
        )),
        ClaimsFormat::Text => {
            let mut out = String::new();
            if let Some(p) = person {
                let _ = writeln!(
                    out,
                    "{} [{}]: {} by, {} about",
                    sanitize(&p.name),
                    sanitize(&p.key),
                    claims.iter().filter(|c| c.by).count(),
                    claims.iter().filter(|c| !c.by).count()
                );
            }
            for c in claims {
                let date = c.date.as_deref().unwrap_or("undated");
                let _ = writeln!(out, "\n{}  {}", sanitize(date), sanitize(&c.title));
                let mark = if person.is_some() && !c.by {
                    "about: "
                } else {
                    ""
                };
                let _ = writeln!(out, "  {mark}{}", sanitize(&said(c)));
                let _ = writeln!(out, "  {} @{}", sanitize(&path(&c.article)), c.at);
            }
            out
        }
        ClaimsFormat::Md => {
            let mut out = String::new();
            match person {
                Some(p) => {
                    let _ = writeln!(out, "# Claims by and about {}", sanitize(&p.name));
                }
                None => out.push_str("# Claims\n"),
            }
            let mut article = None;
            for c in claims {
                if article != Some(&c.article) {
                    article = Some(&c.article);
                    let date = c
                        .date
                        .as_deref()
                        .map_or(String::new(), |d| format!(" ({d})"));
                    let _ = writeln!(
                        out,
                        "\n## {}{}\n\n`{}`\n",
                        sanitize(&c.title),
                        sanitize(&date),
                        sanitize(&path(&c.article))
                    );
                }
                let mark = if person.is_some() && !c.by {
                    "*about* · "
                } else {
                    ""
                };
                let _ = writeln!(out, "- {mark}{}", sanitize(&said(c)));
            }
            out
        }
    }
}

/// "Speaker verb: content", or the content alone for an unattributed assertion.
fn said(claim: &ClaimRow) -> String {
    match (claim.speaker.is_empty(), claim.verb.is_empty()) {
        (true, _) => claim.content.clone(),
        (false, true) => format!("{}: {}", claim.speaker, claim.content),
        (false, false) => format!("{} {}: {}", claim.speaker, claim.verb, claim.content),
    }
}

/// `lede search`.
pub fn hits(hits: &[Hit], format: ListFormat) -> String {
    match format {
        ListFormat::Json => pretty(&Value::Array(
            hits.iter()
                .map(|h| {
                    json!({
                        "article": path(&h.article), "title": h.title, "date": h.date,
                        "line": h.line, "offset": h.offset,
                    })
                })
                .collect(),
        )),
        ListFormat::Text => {
            let mut out = String::new();
            for h in hits {
                let date = h
                    .date
                    .as_deref()
                    .map_or(String::new(), |d| format!("  {d}"));
                let _ = writeln!(
                    out,
                    "{}{}\n  {} @{}\n  {}",
                    sanitize(&h.title),
                    sanitize(&date),
                    sanitize(&path(&h.article)),
                    h.offset,
                    sanitize(&h.line)
                );
            }
            out
        }
    }
}

/// Which person a name given on the command line means.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// This one (an index into the people).
    One(usize),
    /// These, equally well (best first).
    Many(Vec<usize>),
    /// Nobody.
    None,
}

/// Finds the person `name` means among `people`, by their names, aliases and keys: an exact
/// name (case aside) first, then a whole word of one, then a part of one, then
/// nucleo-matcher's fuzzy match;
/// the first of these that some person passes decides, and it is ambiguous when several do.
pub fn find_person(people: &[PersonRow], name: &str) -> Found {
    let wanted = name.trim().to_lowercase();
    if wanted.is_empty() {
        return Found::None;
    }
    let names = |p: &PersonRow| -> Vec<String> {
        std::iter::once(p.name.to_lowercase())
            .chain(p.aliases.iter().map(|a| a.to_lowercase()))
            .chain(std::iter::once(
                p.key
                    .split_once(':')
                    .map_or(p.key.as_str(), |(_, k)| k)
                    .to_lowercase(),
            ))
            .chain(std::iter::once(p.key.to_lowercase()))
            .collect()
    };
    let exact: Vec<usize> = (0..people.len())
        .filter(|&i| names(&people[i]).contains(&wanted))
        .collect();
    let whole_word: Vec<usize> = (0..people.len())
        .filter(|&i| {
            names(&people[i]).iter().any(|n| {
                n.split(|c: char| !c.is_alphanumeric())
                    .collect::<Vec<_>>()
                    .windows(wanted.split_whitespace().count().max(1))
                    .any(|w| w.join(" ") == wanted)
            })
        })
        .collect();
    let within: Vec<usize> = (0..people.len())
        .filter(|&i| names(&people[i]).iter().any(|n| n.contains(&wanted)))
        .collect();
    for tier in [exact, whole_word, within] {
        match tier.len() {
            0 => {}
            1 => return Found::One(tier[0]),
            _ => return Found::Many(tier),
        }
    }
    let pattern = Pattern::parse(name, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, usize)> = people
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let haystack = format!("{} {} {}", p.name, p.aliases.join(" "), p.key);
            pattern
                .score(Utf32Str::new(&haystack, &mut buf), &mut matcher)
                .map(|score| (score, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // Loose matches far below the best are noise, not candidates.
    let best = scored.first().map_or(0, |&(score, _)| score);
    scored.retain(|&(score, _)| score.saturating_mul(4) >= best.saturating_mul(3));
    match scored.as_slice() {
        [] => Found::None,
        [(_, one)] => Found::One(*one),
        _ => Found::Many(scored.iter().map(|&(_, i)| i).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, key: &str, aliases: &[&str]) -> PersonRow {
        PersonRow {
            key: key.to_string(),
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            articles: 1,
            by: 0,
            about: 0,
        }
    }

    #[test]
    fn a_name_finds_one_person_or_lists_the_candidates() {
        let people = [
            person("Marta Quell", "person:marta quell", &["Quell"]),
            person("Martin Quellmann", "person:martin quellmann", &[]),
            person("Ivo Sand", "person:ivo sand", &[]),
            person("Lea Sand", "person:lea sand", &[]),
        ];
        assert_eq!(
            find_person(&people, "quell"),
            Found::One(0),
            "an alias, exactly"
        );
        assert_eq!(find_person(&people, "Marta"), Found::One(0), "a whole word");
        assert_eq!(
            find_person(&people, "person:ivo sand"),
            Found::One(2),
            "the key"
        );
        assert_eq!(find_person(&people, "sand"), Found::Many(vec![2, 3]));
        assert_eq!(
            find_person(&people, "quellm"),
            Found::One(1),
            "a part of a name"
        );
        assert_eq!(find_person(&people, "mrtinq"), Found::One(1), "fuzzy");
        assert_eq!(find_person(&people, "zzz"), Found::None);
        assert_eq!(find_person(&people, "  "), Found::None);
    }

    #[test]
    fn text_output_shows_no_raw_control_characters() {
        let mut p = person("Evil\u{1b}[31m Name", "person:evil", &["\u{202e}x"]);
        p.articles = 2;
        let out = people(&[p], ListFormat::Text);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{out:?}"
        );
        let json = people(&[person("A\u{202e}B", "person:a", &[])], ListFormat::Json);
        assert!(json.contains("\\u202e"), "{json}");
    }
}
