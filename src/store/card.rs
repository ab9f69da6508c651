//! What the library shows of one article without its text or analysis (provisional: the store
//! branch brings the real one).

use std::path::PathBuf;

use crate::analysis::{Analysis, EntityKind};
use crate::article::{Article, Date, Format};

/// One article as the library lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The article's path (feed entries: the file's path, `#` and a name).
    pub path: PathBuf,
    /// The file it came from.
    pub file: PathBuf,
    /// Which reader built it.
    pub format: Format,
    /// The headline.
    pub title: String,
    /// The label above the headline.
    pub kicker: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    /// The publication date as written.
    pub date: Option<String>,
    /// Words of text.
    pub words: usize,
    /// The language the analysis found.
    pub language: Option<String>,
    /// The people named, with their counts.
    pub people: Vec<PersonCount>,
    /// Claims found.
    pub claims: usize,
    /// Whether the analysis has run (a title pass card has no people or claims yet).
    pub analysed: bool,
}

/// One person of an article with how often they are named and quoted.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonCount {
    /// Their key across the library.
    pub key: String,
    /// Their name.
    pub name: String,
    /// Other names they go by.
    pub aliases: Vec<String>,
    /// Mentions in the article.
    pub mentions: usize,
    /// Claims they made.
    pub by: usize,
    /// Claims about them, not by them.
    pub about: usize,
}

impl Card {
    /// The card of an article, analysed or not.
    pub fn new(article: &Article, analysis: Option<&Analysis>) -> Card {
        let people = analysis.map_or_else(Vec::new, |analysis| {
            analysis
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| {
                    let by = analysis
                        .claims
                        .iter()
                        .filter(|c| c.speaker.as_ref().and_then(|s| s.entity) == Some(e.id))
                        .count();
                    let about = analysis
                        .claims
                        .iter()
                        .filter(|c| {
                            c.speaker.as_ref().and_then(|s| s.entity) != Some(e.id)
                                && c.about.contains(&e.id)
                        })
                        .count();
                    PersonCount {
                        key: e.key.clone(),
                        name: e.name.clone(),
                        aliases: e.aliases.clone(),
                        mentions: e.mentions.len(),
                        by,
                        about,
                    }
                })
                .collect()
        });
        Card {
            path: article.path.clone(),
            file: article.path.clone(),
            format: article.format,
            title: article.title.clone(),
            kicker: article.kicker.clone(),
            source: article.source.clone(),
            date: article.date.clone(),
            words: article.text.split_whitespace().count(),
            language: analysis.and_then(|a| a.language).map(str::to_string),
            people,
            claims: analysis.map_or(0, |a| a.claims.len()),
            analysed: analysis.is_some(),
        }
    }

    /// The publication date as a calendar date.
    pub fn published(&self) -> Option<Date> {
        self.date.as_deref().and_then(crate::article::parse_date)
    }
}
