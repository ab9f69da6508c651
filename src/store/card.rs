//! What the library list needs of an article, without its text or analysis: enough to draw
//! ten thousand rows at once from the database before any article is opened.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::analysis::{Analysis, EntityKind};
use crate::article::{Article, Format};

/// One article as the library shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The article's path (a feed entry's is `file#slug`); the read-mark key is its
    /// `display()`.
    pub path: PathBuf,
    /// The file it was read from.
    pub file: PathBuf,
    /// Which reader built it.
    pub format: Format,
    /// The headline.
    pub title: String,
    /// The label above the headline.
    pub kicker: Option<String>,
    /// Publication or outlet.
    pub source: Option<String>,
    /// Publication date as the source gives it.
    pub date: Option<String>,
    /// Words in the text.
    pub words: usize,
    /// The language the analysis found (ISO 639-3).
    pub language: Option<String>,
    /// The people of the article, most mentioned first.
    pub people: Vec<PersonCount>,
    /// How many claims the analysis found.
    pub claims: usize,
    /// Whether the counts come from an analysis (false for a title-only first look).
    pub analysed: bool,
}

/// One person of one article, with how much they figure in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonCount {
    /// The person's key as the article's analysis gave it.
    pub key: String,
    /// The fullest name the article uses.
    pub name: String,
    /// Other names for them in the article.
    pub aliases: Vec<String>,
    /// Times named.
    pub mentions: usize,
    /// Claims they make.
    pub by: usize,
    /// Claims about them that they do not make.
    pub about: usize,
}

impl Card {
    /// The card of an article and, once there is one, its analysis; no database needed, so
    /// the reader can make cards of the embedded samples as of files.
    pub fn new(article: &Article, analysis: Option<&Analysis>) -> Card {
        let file = if article.format == Format::Feed {
            file_of(&article.path)
        } else {
            article.path.clone()
        };
        Card {
            path: article.path.clone(),
            file,
            format: article.format,
            title: article.title.clone(),
            kicker: article.kicker.clone(),
            source: article.source.clone(),
            date: article.date.clone(),
            words: article.text.split_whitespace().count(),
            language: analysis.and_then(|a| a.language).map(str::to_string),
            people: analysis.map(people).unwrap_or_default(),
            claims: analysis.map_or(0, |a| a.claims.len()),
            analysed: analysis.is_some(),
        }
    }
}

/// The file a feed entry's path `file#slug` belongs to: the path up to the last `#` of its
/// last component.
fn file_of(entry: &std::path::Path) -> PathBuf {
    let bytes = super::paths::bytes(entry);
    let name_start = bytes.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1);
    match bytes[name_start..].iter().rposition(|&b| b == b'#') {
        Some(at) if at > 0 => super::paths::from_bytes(&bytes[..name_start + at]),
        _ => entry.to_path_buf(),
    }
}

/// How many claims each entity (by id) makes, and how many are about it without being its
/// own, as the reader's people list counts them.
pub(crate) fn claim_counts(analysis: &Analysis) -> (HashMap<usize, usize>, HashMap<usize, usize>) {
    let mut by: HashMap<usize, usize> = HashMap::new();
    let mut about: HashMap<usize, usize> = HashMap::new();
    for claim in &analysis.claims {
        let speaker = claim.speaker.as_ref().and_then(|s| s.entity);
        if let Some(id) = speaker {
            *by.entry(id).or_default() += 1;
        }
        for &id in &claim.about {
            if Some(id) != speaker {
                *about.entry(id).or_default() += 1;
            }
        }
    }
    (by, about)
}

/// The persons of an analysis with their mention and claim counts, as the reader's people
/// list counts them: a claim is `by` its speaker, and `about` each other person it names.
pub(crate) fn people(analysis: &Analysis) -> Vec<PersonCount> {
    let (by, about) = claim_counts(analysis);
    let mut people: Vec<PersonCount> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| PersonCount {
            key: e.key.clone(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            mentions: e.mentions.len(),
            by: by.get(&e.id).copied().unwrap_or(0),
            about: about.get(&e.id).copied().unwrap_or(0),
        })
        .collect();
    people.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_entry_belongs_to_its_feed_file() {
        assert_eq!(
            file_of(std::path::Path::new("/news/world.rss#harbour-vote")),
            PathBuf::from("/news/world.rss")
        );
        assert_eq!(
            file_of(std::path::Path::new("/news/#1/a.rss")),
            PathBuf::from("/news/#1/a.rss")
        );
    }

    #[test]
    fn a_card_counts_the_people_and_claims_of_its_analysis() {
        let article = crate::article::embedded_library()
            .into_iter()
            .find(|a| a.path.ends_with("clinic-quotes.txt"))
            .expect("sample");
        let analysis = crate::analysis::analyze(&article);
        let card = Card::new(&article, Some(&analysis));
        assert!(card.analysed);
        assert_eq!(card.claims, analysis.claims.len());
        let by: usize = card.people.iter().map(|p| p.by).sum();
        let spoken = analysis
            .claims
            .iter()
            .filter(|c| {
                c.speaker
                    .as_ref()
                    .and_then(|s| s.entity)
                    .is_some_and(|id| analysis.entities[id].kind == EntityKind::Person)
            })
            .count();
        assert_eq!(by, spoken);
        let title_only = Card::new(&article, None);
        assert!(!title_only.analysed && title_only.people.is_empty());
        assert_eq!(title_only.words, card.words);
    }
}
