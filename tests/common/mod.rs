//! Test-only fixtures: the Berlin sample article with hand-made entities and claims, so the
//! reader's rich screens can be tested before the real recognisers land. Nothing here is used
//! by lede itself.
#![allow(dead_code)]

use lede::analysis::{self, Claim, ClaimKind, Cue, Entity, EntityKind, Mention, Section, Speaker};
use lede::article::{Article, embedded_library};
use lede::span::Span;
use lede::tui::action::Action;
use lede::tui::app::{App, Entry};
use lede::tui::saved::Saved;
use lede::tui::settings::Settings;

/// The sample article every test reads.
pub fn berlin() -> Article {
    embedded_library()
        .into_iter()
        .find(|a| a.path.ends_with("berlin-peace-talks.txt"))
        .expect("the Berlin sample is embedded")
}

/// Every occurrence of `needle` in the body, skipping ranges already taken.
fn find(article: &Article, needle: &str, taken: &[Span]) -> Vec<Span> {
    let text = &article.text;
    let body_start = article.paragraphs.first().map_or(0, |p| p.start());
    text.match_indices(needle)
        .filter(|(at, _)| *at >= body_start)
        .filter_map(|(at, _)| Span::new(text, at, at + needle.len()))
        .filter(|s| !taken.iter().any(|t| t.overlaps(*s)))
        .collect()
}

/// A span of the first occurrence of `needle` after the body starts.
pub fn first(article: &Article, needle: &str) -> Span {
    find(article, needle, &[])
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{needle:?} is in the sample"))
}

/// Entities made by searching the sample for names given here: (kind, name, aliases).
fn entities(article: &Article) -> Vec<Entity> {
    let table: &[(EntityKind, &str, &[&str])] = &[
        (EntityKind::Person, "Volodymyr Zelensky", &["Zelensky"]),
        (EntityKind::Person, "Rustem Umerov", &[]),
        (EntityKind::Person, "Steve Witkoff", &[]),
        (EntityKind::Person, "Jared Kushner", &[]),
        (EntityKind::Person, "Donald Trump", &[]),
        (EntityKind::Person, "Friedrich Merz", &["Merz"]),
        (EntityKind::Organization, "Nato", &[]),
        (EntityKind::Place, "Berlin", &[]),
        (EntityKind::Place, "Ukraine", &[]),
        (EntityKind::Place, "Russia", &[]),
        (EntityKind::Place, "Kyiv", &[]),
        (EntityKind::Place, "Washington", &[]),
        (EntityKind::Group, "Ukrainian", &[]),
    ];
    let mut taken: Vec<Span> = Vec::new();
    let mut out = Vec::new();
    for (id, (kind, name, aliases)) in table.iter().enumerate() {
        let mut spans = Vec::new();
        for form in std::iter::once(name).chain(aliases.iter()) {
            let found = find(article, form, &taken);
            taken.extend(&found);
            spans.extend(found);
        }
        spans.sort();
        out.push(Entity {
            id,
            kind: *kind,
            name: name.to_string(),
            key: name.to_lowercase(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            role: None,
            mentions: spans
                .into_iter()
                .map(|span| Mention {
                    span,
                    text: article.slice(span).to_string(),
                })
                .collect(),
            salience: 0.5,
        });
    }
    out
}

/// The sentence of the analysis that holds `span`.
fn sentence_of(sentences: &[Span], span: Span) -> Span {
    *sentences
        .iter()
        .find(|s| s.contains(span))
        .expect("every claim is inside a sentence")
}

/// A hand-made claim: kind, speaker words and entity, cue, content, about, hedged.
type FakeClaim<'a> = (
    ClaimKind,
    Option<(&'a str, Option<&'a str>)>,
    Option<&'a str>,
    &'a str,
    &'a [&'a str],
    bool,
);

/// Claims made from phrases of the sample: (kind, speaker words, speaker entity, cue,
/// content, about, hedged).
fn claims(article: &Article, sentences: &[Span], entities: &[Entity]) -> Vec<Claim> {
    let id_of = |name: &str| entities.iter().find(|e| e.name == name).map(|e| e.id);
    let table: &[FakeClaim] = &[
        (
            ClaimKind::Reported,
            Some(("a US statement", None)),
            Some("described"),
            "the discussions as constructive",
            &[],
            false,
        ),
        (
            ClaimKind::Belief,
            Some(("officials involved", None)),
            Some("have suggested"),
            "both sides are testing possible compromises",
            &[],
            true,
        ),
        (
            ClaimKind::Reported,
            Some(("He indicated", Some("Volodymyr Zelensky"))),
            Some("indicated"),
            "Kyiv could be willing to set aside its ambition to join the military alliance",
            &["Nato", "Kyiv"],
            true,
        ),
        (
            ClaimKind::Assertion,
            None,
            None,
            "Zelensky’s remarks appear to reflect a more pragmatic approach",
            &["Volodymyr Zelensky"],
            true,
        ),
        (
            ClaimKind::Assertion,
            None,
            None,
            "German Chancellor Friedrich Merz’s participation underscores Berlin’s involvement",
            &["Friedrich Merz", "Berlin"],
            false,
        ),
        (
            ClaimKind::Reported,
            Some(("Officials in Berlin", None)),
            Some("have said"),
            "a negotiated end to the war must respect Ukraine’s sovereignty and security needs",
            &["Ukraine"],
            false,
        ),
        (
            ClaimKind::Assertion,
            None,
            None,
            "Any ceasefire or peace agreement would require acceptance by Russia",
            &["Russia"],
            true,
        ),
    ];
    table
        .iter()
        .enumerate()
        .map(|(id, (kind, speaker, cue, content, about, hedged))| {
            let content = first(article, content);
            let speaker = speaker.map(|(words, entity)| {
                let words = words.trim_end_matches(" indicated");
                let span = first(article, words);
                Speaker {
                    span,
                    text: words.to_string(),
                    entity: entity.and_then(id_of),
                    name: entity.map(str::to_string),
                }
            });
            let cue = cue.map(|words| {
                let span = first(article, words);
                Cue {
                    span,
                    text: words.to_string(),
                }
            });
            Claim {
                id,
                kind: *kind,
                speaker,
                cue,
                content,
                sentence: sentence_of(sentences, content),
                section: 0,
                about: about.iter().filter_map(|n| id_of(n)).collect(),
                score: 0.5,
                hedged: *hedged,
            }
        })
        .collect()
}

/// Three made-up sections over the sample's paragraphs: (first paragraph, title).
fn sections(article: &Article) -> Vec<Section> {
    let parts: &[(usize, &str)] = &[
        (0, "Talks in Berlin"),
        (3, "Nato membership"),
        (6, "Berlin and Washington"),
    ];
    parts
        .iter()
        .enumerate()
        .map(|(n, (from, title))| {
            let until = parts.get(n + 1).map_or(article.paragraphs.len(), |p| p.0);
            let span = article.paragraphs[*from].cover(article.paragraphs[until - 1]);
            Section {
                title: title.to_string(),
                generated: true,
                span,
            }
        })
        .collect()
}

/// The Berlin sample with the real sentences and the fake sections, entities and claims.
pub fn rich_berlin() -> Entry {
    let article = berlin();
    let mut analysis = analysis::analyze(&article);
    analysis.sections = sections(&article);
    analysis.entities = entities(&article);
    analysis.claims = claims(&article, &analysis.sentences, &analysis.entities);
    for claim in &mut analysis.claims {
        claim.section = analysis
            .sections
            .iter()
            .position(|s| s.span.contains(claim.sentence))
            .unwrap_or(0);
    }
    Entry::loaded(article, analysis)
}

/// The Berlin sample analysed for real (entities and claims as they are today, maybe none).
pub fn plain_berlin() -> Entry {
    let article = berlin();
    let analysis = analysis::analyze(&article);
    Entry::loaded(article, analysis)
}

/// A reader on `entries` at `width` × `height`.
pub fn app(entries: Vec<Entry>, width: u16, height: u16) -> App {
    let mut app = App::new(entries, &Settings::default(), Saved::default(), Vec::new());
    app.update(Action::Resize(width, height));
    app
}

/// The reader on the rich sample.
pub fn rich_app(width: u16, height: u16) -> App {
    app(vec![rich_berlin()], width, height)
}

/// The whole embedded library, the rich sample first.
pub fn library_app(width: u16, height: u16) -> App {
    let mut entries = vec![rich_berlin()];
    entries.extend(
        embedded_library()
            .into_iter()
            .filter(|a| !a.path.ends_with("berlin-peace-talks.txt"))
            .map(|article| {
                let analysis = analysis::analyze(&article);
                Entry::loaded(article, analysis)
            }),
    );
    app(entries, width, height)
}

/// Types a string into whatever prompt is open.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
}

/// The text lines in view, as plain strings.
pub fn visible_text(app: &App) -> Vec<String> {
    let reader = app.reader.as_ref().expect("reader open");
    let entry = app.current().expect("entry");
    reader
        .doc
        .lines()
        .iter()
        .skip(reader.top)
        .take(app.view_height())
        .map(|l| match l.source {
            lede::tui::doc::Source::Article(s) => entry.article.slice(s).to_string(),
            lede::tui::doc::Source::Extra(s) => s.slice(&reader.doc.extra).to_string(),
        })
        .collect()
}
