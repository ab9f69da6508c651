//! Deciding what each candidate is, from evidence combined into a score per kind: the word
//! lists, the words around the name, and what the rest of the document says about the same
//! name ("Friedrich Merz" is a person, so "Merz" is; "Nato" is an organisation everywhere).

use std::cell::OnceCell;

use super::EntityKind;
use super::candidates::{Candidate, STORMS, Title};
use super::credits::credit_line;
use super::sentence::{Sentence, is_common};
use crate::analysis::lexicon::{CuePosition, HashMap, Lexicon, PlaceKind, TitleKind};

/// Scores for each kind; the highest positive one wins.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Evidence {
    person: f32,
    organization: f32,
    place: f32,
    group: f32,
    /// Context that only a person gets (an age, "who", a role or kin after the name, a
    /// pronoun taking it up), unlike "said" or a possessive, which companies get too.
    animate: f32,
    /// The part of `person` that only the name lists give a one-word name, so that what the
    /// context says (`person - listed`) can be told apart from what the lists say.
    listed: f32,
}

impl Evidence {
    fn add(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
        self.group += other.group;
        self.animate += other.animate;
        self.listed += other.listed;
    }

    /// The best-supported kind, or `None` when nothing supports any.
    fn best(self) -> Option<EntityKind> {
        let options = [
            (self.person, EntityKind::Person),
            (self.organization, EntityKind::Organization),
            (self.place, EntityKind::Place),
            (self.group, EntityKind::Group),
        ];
        options
            .into_iter()
            .filter(|(score, _)| *score > 0.0)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, kind)| kind)
    }
}

/// Prepositions after which a name is usually a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "across",
    "throughout",
    "outside",
    "inside",
    "around",
    "into",
    "towards",
    "toward",
    "via",
    "across",
    "between",
    "visited",
    "visit",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
];

/// Nouns for kinds of organisation that stand next to their names ("the carrier Aerolinea Sur").
const ORG_NOUNS: &[&str] = &[
    "firm",
    "company",
    "companies",
    "group",
    "giant",
    "newspaper",
    "daily",
    "weekly",
    "agency",
    "carrier",
    "airline",
    "bank",
    "lender",
    "insurer",
    "broadcaster",
    "channel",
    "network",
    "maker",
    "manufacturer",
    "producer",
    "retailer",
    "supplier",
    "operator",
    "conglomerate",
    "club",
    "team",
    "side",
    "outfit",
    "magazine",
    "publisher",
    "brokerage",
    "utility",
    "automaker",
    "carmaker",
    "chipmaker",
    "startup",
    "subsidiary",
    "unit",
    "party",
    "movement",
    "faction",
    "militia",
    "organisation",
    "organization",
    "charity",
    "broker",
    "exchange",
];

/// Nouns that name a kind of place before "of": "the town of …".
const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "district",
    "state",
    "capital",
    "port",
    "island",
    "islands",
    "county",
    "suburb",
    "municipality",
    "republic",
    "kingdom",
    "emirate",
    "outskirts",
    "centre",
    "center",
    "streets",
    "people",
];

/// Words for kin and entourage after a possessive: "Okafor's wife".
const KIN: &[&str] = &[
    "wife",
    "husband",
    "son",
    "sons",
    "daughter",
    "daughters",
    "children",
    "mother",
    "father",
    "brother",
    "sister",
    "family",
    "aides",
    "aide",
    "widow",
    "grandchildren",
    "parents",
    "lawyers",
    "lawyer",
    "friend",
    "friends",
    "supporters",
    "allies",
    "successor",
    "predecessor",
    "career",
    "death",
    "birthday",
    "funeral",
    "speech",
    "remarks",
    "visit",
    "resignation",
    "election",
];

/// How many sentences a document needs before a name it never gives in full is suspect.
const LONG_DOCUMENT: usize = 5;

/// Roles that organisations have as much as people ("the club's manager", "the bank's
/// chairman"): after a possessive they do not say the owner is a person.
const SHARED_ROLES: &[&str] = &[
    "manager",
    "chairman",
    "chairwoman",
    "president",
    "chief",
    "executive",
    "director",
    "coach",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "owner",
    "founder",
    "head",
    "boss",
    "ceo",
    "editor",
    "captain",
];

/// Members and staff of a sports team, who make the town named before them its team.
const TEAM_NOUNS: &[&str] = &[
    "captain",
    "manager",
    "coach",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
    "pitcher",
    "quarterback",
    "skipper",
    "players",
    "fans",
    "squad",
];

/// Nouns after a name that make it a place: a building, a town's police.
const PLACE_AFTER: &[&str] = &[
    "prison", "jail", "hotel", "stadium", "airport", "station", "bridge", "mall", "police",
    "campus",
];

/// Whether a name stands right after a number inside its line ("the 818 Vela", "2016’s Night
/// Harbour"), not counting a plain year ("in 2019 Ana Ruiz"), which often opens a clause.
fn after_number(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    if before.len() == text.get(..start).map_or(0, str::len) {
        return false;
    }
    let (before, possessive) = match ["’s", "'s"].iter().find_map(|s| before.strip_suffix(s)) {
        Some(b) => (b, true),
        None => (before, false),
    };
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let number = &before[before.len() - digits..];
    let year = digits == 4 && (number.starts_with("19") || number.starts_with("20"));
    // The number must stand inside a line: one opening it is a rank or a score in a table
    // ("62 Ana Ruiz", "3. Tomas Vell").
    let line = &before[..before.len() - digits];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    let standalone = line.ends_with(' ') || line.ends_with('(');
    let inside_line = line.chars().any(char::is_alphabetic);
    digits > 0 && standalone && inside_line && (possessive || !year)
}

/// Word endings typical of surnames in many languages.
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "enko", "sky", "ski", "ska", "wicz", "vich", "vic", "ić", "ovic",
    "son", "sen", "sson", "ez", "escu", "idis", "opoulos", "shvili", "yan", "stein", "mann",
    "berg", "poulos", "akis", "oglu", "oğlu", "ini", "elli", "etti", "ucci", "wski", "czyk",
];

/// The text of a candidate as the word lists spell it, words joined by single spaces.
pub fn key(text: &str, sentence: &Sentence, c: &Candidate) -> String {
    let mut s = String::new();
    for i in c.first..c.last {
        if i > c.first && sentence.words[i].space_before {
            s.push(' ');
        }
        s.push_str(&sentence.key(text, i));
    }
    s
}

/// What a candidate's own words and its neighbours say.
fn local(text: &str, sentence: &Sentence, c: &Candidate, full: &str, lex: &Lexicon) -> Evidence {
    let mut e = Evidence::default();
    let words = &sentence.words;
    let names: Vec<String> = (c.first..c.last)
        .filter(|&i| words[i].is_word)
        .map(|i| sentence.key(text, i).into_owned())
        .collect();
    // Cue words in capitals ("SA", "AG") are looked up as written, not title-cased.
    let raw_last = words[c.last - 1].text(text);
    let n = names.len();
    let (Some(first), Some(last)) = (names.first(), names.last()) else {
        return e;
    };

    if lex.organisation(full).is_some() {
        e.organization += 6.0;
    }
    if let Some(place) = lex.place(full) {
        // "Jordan", "Washington": also people's names, so context can outweigh the list.
        let also_a_name = lex.given_name(full).is_some_and(|w| w > 0.0)
            || lex.surname(full).is_some_and(|w| w > 0.0);
        e.place += match place.kind {
            _ if also_a_name => 3.0,
            // "West Bank", "New South Wales": a whole name of several words outweighs its cue
            // words.
            PlaceKind::Region if n >= 2 => 5.5,
            PlaceKind::Country | PlaceKind::State => 5.0,
            PlaceKind::City | PlaceKind::Region => 3.5,
        };
    }
    let demonym = |w: &str| lex.demonym(w).is_some() || lex.group(w);
    if demonym(full) || (n == 1 && full.contains('-') && full.split('-').all(demonym)) {
        e.group += 6.0;
    }
    if n >= 2 {
        if matches!(
            lex.org_cue(last).or_else(|| lex.org_cue(raw_last)),
            Some(CuePosition::Last | CuePosition::Any)
        ) {
            e.organization += 4.0;
        }
        let raw_first = words[c.first].text(text);
        if matches!(
            lex.org_cue(first).or_else(|| lex.org_cue(raw_first)),
            Some(CuePosition::First | CuePosition::Any)
        ) {
            e.organization += 3.0;
        }
        if matches!(
            lex.place_cue(last),
            Some(CuePosition::Last | CuePosition::Any)
        ) {
            e.place += 3.0;
        }
        if matches!(
            lex.place_cue(first),
            Some(CuePosition::First | CuePosition::Any)
        ) {
            e.place += 3.0;
        }
        if let Some(weight) = lex.given_name(first) {
            // "John", "Howard": a frequent given name that is also a rare English word
            // ("john", level 40) is a name first; "Mark", "Will", "Grant" stay doubtful.
            let doubtful = is_common(lex, first)
                && !(weight >= 0.1
                    && crate::analysis::lexicon::with_lower(first, |l| {
                        lex.common_level(l).is_none_or(|level| level > 20)
                    }));
            let mut p = if doubtful { 1.0 } else { 2.5 };
            if weight > 0.05 {
                p += 0.5;
            }
            e.person += p;
        }
        if first.chars().count() == 2 && first.ends_with('.') {
            e.person += 3.0;
        }
        if lex.surname(last).is_some() {
            e.person += if is_common(lex, last) { 0.3 } else { 1.0 };
        }
        if (c.first..c.last).any(|i| {
            words[i].shape == super::words::Shape::Lower && lex.particle(words[i].text(text))
        }) {
            e.person += 1.5;
        }
    } else {
        if lex.given_name(first).is_some() {
            let p = if is_common(lex, first) { 0.3 } else { 1.2 };
            e.person += p;
            e.listed += p;
        }
        if lex.surname(first).is_some() && !is_common(lex, first) {
            e.person += 0.6;
            e.listed += 0.6;
        }
        if words[c.first].shape == super::words::Shape::Caps
            && !sentence.caps
            && first.chars().filter(|c| c.is_alphabetic()).count() <= 5
        {
            e.organization += 1.5;
        }
    }
    if SURNAME_ENDINGS.iter().any(|s| last.ends_with(s)) && last.chars().count() > 4 {
        e.person += 1.0;
        if n == 1 {
            e.listed += 1.0;
        }
    }
    if (c.first..c.last).any(|i| words[i].text(text) == "&") {
        e.organization += 5.0;
    }

    match c.title {
        Some(Title::Honorific) => e.person += 6.0,
        Some(Title::Role) => e.person += 4.0,
        None => {}
    }
    let word = |i: usize| words.get(i).map_or("", |w| w.text(text));
    let lower = |i: usize| {
        let w = word(i);
        if w.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(w.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        }
    };

    // After: ", 35," (an age), a reporting verb, ", who", an appositive role.
    let after = c.last;
    let possessive = words[c.last - 1].possessive;
    if !possessive {
        if word(after) == ","
            && words
                .get(after + 1)
                .is_some_and(|w| !w.is_word && w.shape == super::words::Shape::Other)
            && word(after + 1).chars().all(|c| c.is_ascii_digit())
            && matches!(word(after + 2), "," | "–" | "—" | ")")
        {
            e.person += 3.0;
            e.animate += 1.0;
        }
        let verb_at = if matches!(
            lower(after).as_ref(),
            "also" | "later" | "then" | "has" | "had"
        ) || lower(after).ends_with("ly")
        {
            after + 1
        } else {
            after
        };
        // "The mayor of Orrin Falls said": the verb's subject is the mayor.
        let object = c.first >= 1
            && matches!(
                lower(c.first - 1).as_ref(),
                "of" | "in" | "at" | "from" | "for" | "to" | "with"
            );
        if !object
            && words.get(verb_at).is_some_and(|w| w.is_word)
            && lex.reporting_verb(&lower(verb_at))
        {
            e.person += 2.5;
            e.organization += 1.0;
            // "“We kept our word,” Quell said": a quotation is spoken by a person.
            let after_quote = c.first >= 2
                && matches!(word(c.first - 1), "”" | "\"" | "’" | "'")
                && matches!(word(c.first - 2), "," | "." | "!" | "?" | "”");
            if after_quote || (c.first >= 1 && word(c.first - 1) == "”") {
                e.animate += 1.0;
            }
        }
        if word(after) == "," {
            if matches!(lower(after + 1).as_ref(), "who" | "whose" | "whom") {
                e.person += 2.0;
                e.animate += 1.0;
            }
            // "Dunmore, which …": what "which" takes up is not a person.
            if matches!(lower(after + 1).as_ref(), "which" | "where") {
                e.place += 0.5;
                e.organization += 0.5;
                e.person -= 2.0;
            }
            // ", Ukraine's chief negotiator": a role within a few words.
            for w in words.iter().skip(after + 1).take(5) {
                if !w.is_word {
                    break;
                }
                if w.shape == super::words::Shape::Lower
                    && lex.title(w.text(text)) == Some(TitleKind::Role)
                {
                    e.person += 2.0;
                    e.animate += 1.0;
                    break;
                }
            }
        }
        if word(after) == "("
            && word(after + 2) == ")"
            && lex.place(&sentence.key(text, after + 1)).is_some()
        {
            e.person += 1.0;
        }
        // "Bristow, VA", "Orrin Falls, Ohio": a town followed by its state or country.
        let line_ends = |i: usize| {
            words.get(i + 1).is_none_or(|next| {
                !next.is_word
                    || text
                        .get(words[i].end..next.start)
                        .is_some_and(|gap| gap.contains('\n'))
            })
        };
        if word(after) == ","
            && words.get(after + 1).is_some()
            && line_ends(after + 1)
            && (lex.state_code(word(after + 1))
                || lex
                    .place(word(after + 1))
                    .is_some_and(|p| matches!(p.kind, PlaceKind::State | PlaceKind::Country)))
        {
            e.place += 3.0;
        }
    }
    // A results table or scoreline ("Rovenby 2 Carlow Town 1"): a name before a score is a team.
    let score = |w: &super::words::Word| {
        !w.is_word && w.shape == super::words::Shape::Other && {
            let t = w.text(text);
            !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
        }
    };
    // "Dortvale 2 (Mirek 45, Hale 78)": names with minutes inside brackets are the scorers.
    let in_brackets = sentence.after_open_bracket(text, c.first);
    if in_brackets && !possessive && words.get(after).is_some_and(score) {
        e.person += 5.0;
        e.animate += 1.0;
    } else if !possessive && words.get(after).is_some_and(score) {
        let scores = words.iter().filter(|w| score(w)).count();
        let lower_words = words
            .iter()
            .filter(|w| w.is_word && w.shape == super::words::Shape::Lower)
            .count();
        if scores >= 2 && scores > lower_words && e.person < 2.5 {
            // A town in a results table is its team ("Rovenby 74 59 .556"); a country
            // stays a country.
            let country = lex
                .place(full)
                .is_some_and(|p| p.kind == PlaceKind::Country);
            e.organization += if country { 4.0 } else { 4.0 + e.place };
        }
    }
    // A cricket scorecard: "Vell c Okafor b Hale 45", "lbw b Hale", "st Okafor b Hale"; the
    // bowling figures after a name ("Hale 8-0-39-3").
    let dismissal = c.first.checked_sub(1).is_some_and(|i| {
        matches!(word(i), "b" | "c" | "st")
            && i.checked_sub(1)
                .is_some_and(|j| words[j].is_capitalised() || matches!(word(j), "lbw" | "and"))
    });
    let figures = {
        let t = word(after);
        !possessive
            && t.split('-').count() == 4
            && t.split('-')
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    if dismissal || figures {
        e.person += 3.0;
        e.animate += 1.0;
    }
    // "Lisbon captain Tom Hale", "Lisbon manager": a city with a squad is its team (countries,
    // states and regions stay places, as national and state sides are written).
    if !possessive
        && TEAM_NOUNS.contains(&lower(after).as_ref())
        && lex.place(full).is_some_and(|p| p.kind == PlaceKind::City)
        && e.person < 2.5
    {
        e.organization += 3.0 + e.place;
    }
    // "Rovenby v Carlow Town", "ROVENBY AT KESSWICK": the sides of a fixture are teams, the
    // town after "AT" is where it is played, and a country stays a country.
    let versus = |w: &str| matches!(w, "v" | "v." | "vs" | "vs.");
    let beside = versus(word(after))
        || (sentence.caps && word(after) == "AT")
        || c.first.checked_sub(1).is_some_and(|i| versus(word(i)));
    let country = lex
        .place(full)
        .is_some_and(|p| p.kind == PlaceKind::Country);
    if beside && !possessive && !country && e.person < 2.5 {
        e.organization += 4.0 + e.place;
    }
    // "Okafor's press secretary", "Okafor's children": a possessive before a role or kin.
    if possessive {
        let nouns = || {
            words
                .iter()
                .skip(after)
                .take(3)
                .take_while(|w| w.is_word && w.shape == super::words::Shape::Lower)
                .map(|w| w.text(text))
        };
        let role = nouns().any(|t| lex.title(t) == Some(TitleKind::Role) || KIN.contains(&t));
        // "Harwick's manager", "Vesta's chairman": clubs and companies have these too, so
        // only kin and a person's own staff say the owner is alive.
        let personal = nouns().any(|t| {
            KIN.contains(&t)
                || (lex.title(t) == Some(TitleKind::Role) && !SHARED_ROLES.contains(&t))
        });
        // "Orrin Falls' mayor": a place has officials too.
        let place_shaped = n >= 2
            && matches!(
                lex.place_cue(last),
                Some(CuePosition::Last | CuePosition::Any)
            );
        if role && !place_shaped {
            e.person += 2.5;
            if personal {
                e.animate += 1.0;
            }
        }
    }
    // "Talvik said he …": a subject that a personal pronoun later takes up.
    if sentence.initial(text, c.first)
        && words.iter().skip(after).any(|w| {
            matches!(
                w.text(text),
                "he" | "she" | "his" | "her" | "him" | "himself" | "herself"
            )
        })
    {
        e.person += 1.0;
        e.animate += 1.0;
    }
    // "… as saying": the way news reports quote a person.
    if lower(after) == "as" && lower(after + 1) == "saying" {
        e.person += 2.5;
        e.animate += 1.0;
    }
    // A dateline: "KJELVIK 2026-03-01", "SPRINGFIELD, Ill." at the start of a line in capitals.
    if c.first == 0
        && words[c.first].shape == super::words::Shape::Caps
        && (word(after) == ","
            || words
                .get(after)
                .is_some_and(|w| !w.is_word && w.text(text).contains(['-', '/'])))
    {
        e.place += 3.0;
    }
    // "Mirvelle lies …", "Mirvelle is a fishing town": what the sentence says it is.
    if !possessive {
        if matches!(lower(after).as_ref(), "lies" | "borders") {
            e.place += 2.0;
        }
        if lower(after) == "is" && matches!(lower(after + 1).as_ref(), "a" | "an") {
            let is_place = words
                .iter()
                .skip(after + 2)
                .take(3)
                .take_while(|w| w.is_word)
                .any(|w| PLACE_NOUNS.contains(&w.text(text)));
            if is_place {
                e.place += 2.5;
            }
        }
    }
    // "the mayor of Orrin Falls", "the governor of Kessia": an office's seat.
    if c.first >= 2
        && lower(c.first - 1) == "of"
        && words[c.first - 2].shape == super::words::Shape::Lower
        && lex.title(word(c.first - 2)) == Some(TitleKind::Role)
        && !looks_like_full_name(full, lex)
    {
        e.place += 2.0;
        e.organization += 1.0;
        e.person -= 2.0;
    }
    // "Tomas Vell, 32, of Harrowgate": where a person named with an age comes from.
    if c.first >= 3
        && lower(c.first - 1) == "of"
        && word(c.first - 2) == ","
        && word(c.first - 3).bytes().all(|b| b.is_ascii_digit())
        && !word(c.first - 3).is_empty()
    {
        e.place += 3.0;
    }
    // "the village of Mirvelle", "the town of Kjelvik".
    if c.first >= 2
        && lower(c.first - 1) == "of"
        && PLACE_NOUNS.contains(&lower(c.first - 2).as_ref())
    {
        e.place += 3.0;
    }
    // "the Dalby prison", "Orrin Falls police": a building or a town's service named after
    // the name.
    if !possessive && PLACE_AFTER.contains(&lower(after).as_ref()) {
        e.place += 3.0;
    }
    // "the 818 Vela jet", "2016’s Night Harbour": a name right after a number is a model or a
    // work, unless a results table or a list of scorers puts it there.
    if !in_brackets && after_number(text, words[c.first].start) {
        e.person -= 2.5;
        e.organization += 1.0;
    }
    // "the carmaker Tovaro", "news agency Varta", "the Vesper Gazette newspaper": a kind of organisation
    // named right before or after.
    if c.first >= 1 && ORG_NOUNS.contains(&lower(c.first - 1).as_ref()) {
        e.organization += 3.0;
    }
    if !possessive && ORG_NOUNS.contains(&lower(after).as_ref()) {
        e.organization += 2.0;
    }
    // "Carlow Town's Tom Brennan": what owns a person is rarely a person.
    if possessive
        && words
            .get(after)
            .is_some_and(|w| w.is_word && w.is_capitalised())
    {
        e.person -= 1.5;
        e.organization += 1.0;
    }
    // Before: "in Berlin", "the Kremlin", "said Okonjo", "told Varga".
    if let Some(prev) = c.first.checked_sub(1) {
        let p = lower(prev);
        if matches!(
            p.as_ref(),
            "said" | "says" | "told" | "asked" | "quoted" | "thanked"
        ) {
            e.person += 2.0;
            // "“We will rebuild,” said Okonjo": a quotation is spoken by a person.
            if prev >= 1 && matches!(word(prev - 1), "”" | "\"" | "’") {
                e.animate += 1.0;
            }
        }
        if PLACE_PREPOSITIONS.contains(&p.as_ref()) && !possessive {
            e.place += 2.5;
        } else if (p == "to" && prev.checked_sub(1).is_none_or(|i| lower(i) != "according"))
            || p == "of"
        {
            e.place += 0.6;
        } else if p == "the" {
            e.person -= 3.0;
            e.organization += 1.0;
            e.place += 0.3;
        }
    }
    e
}

/// The kind of every candidate (`None`: not an entity after all), decided for the whole
/// document at once.
pub fn classify(
    text: &str,
    sentences: &[Sentence],
    candidates: &[Candidate],
    keys: &[String],
) -> Vec<Option<EntityKind>> {
    let lex = Lexicon::get();
    let mut evidence: Vec<Evidence> = candidates
        .iter()
        .zip(keys)
        .map(|(c, k)| {
            if c.weak {
                Evidence::default()
            } else {
                local(text, &sentences[c.sentence], c, k, lex)
            }
        })
        .collect();

    // The items of a list share a kind: "Tom Brennan, Okafor and Mark Ellis".
    let local_evidence = evidence.clone();
    for (n, c) in candidates.iter().enumerate() {
        let strongest = |e: &Evidence| e.person.max(e.organization).max(e.place).max(e.group);
        if c.weak || strongest(&local_evidence[n]) >= 1.5 {
            continue;
        }
        let neighbours = [n.checked_sub(1), Some(n + 1)];
        for m in neighbours.into_iter().flatten() {
            let (Some(other), Some(e)) = (candidates.get(m), local_evidence.get(m)) else {
                continue;
            };
            // "Kessia’s Ana Ruiz and Tovaria’s Tom Hale": a possessive before a name owns it
            // and is no item of the list.
            let words = &sentences[c.sentence].words;
            let owner = |x: &Candidate| words[x.last - 1].possessive;
            if other.weak
                || other.sentence != c.sentence
                || strongest(e) < 2.5
                || owner(other)
                || owner(c)
            {
                continue;
            }
            let (from, to) = if m < n {
                (other.last, c.first)
            } else {
                (c.last, other.first)
            };
            let words = &sentences[c.sentence].words;
            let joined = from < to
                && to - from <= 2
                && words[from..to]
                    .iter()
                    .all(|w| matches!(w.text(text), "," | "and" | "or" | ";"));
            if joined && let Some(kind) = e.best() {
                let share = &mut evidence[n];
                match kind {
                    EntityKind::Person => share.person += 1.5,
                    EntityKind::Organization => share.organization += 1.5,
                    EntityKind::Place => share.place += 1.5,
                    EntityKind::Group => share.group += 1.5,
                }
            }
        }
    }

    // Words of the full names of people: "Merz" once "Friedrich Merz" is a person. A word
    // that is also a place counts only when the name is clearly a person's ("Dana Jordan").
    let mut person_parts: HashMap<&str, ()> = HashMap::default();
    for ((c, k), e) in candidates.iter().zip(keys).zip(&evidence) {
        // Only a name that is clearly a person's lends its words: a weak guess spread to every
        // bare mention would turn a brand or a song title into a person.
        if !c.weak
            && k.contains(' ')
            && e.best() == Some(EntityKind::Person)
            && e.person >= PERSON_PARTS
        {
            let clear = e.person >= 4.0 + e.place.max(e.organization);
            person_parts.extend(
                k.split(' ')
                    .filter(|w| w.chars().count() > 2 && !w.ends_with('.'))
                    .filter(|w| !lex.function_word(w))
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .filter(|w| clear || (lex.place(w).is_none() && lex.organisation(w).is_none()))
                    .map(|w| (w, ())),
            );
        }
    }
    for ((c, k), e) in candidates.iter().zip(keys).zip(evidence.iter_mut()) {
        if !c.weak && person_parts.contains_key(k.as_str()) {
            e.person += 6.0;
        }
    }

    // Whether each name looks like a person's on its own, before the mentions' evidence is
    // pooled: a title or role before some mention, a known given name opening it, or a word
    // of a full name the document gives a person.
    let mut name_like: HashMap<&str, bool> = HashMap::default();
    for (c, k) in candidates.iter().zip(keys) {
        if !c.weak {
            let like = c.title.is_some()
                || person_parts.contains_key(k.as_str())
                || looks_like_full_name(k, lex);
            *name_like.entry(k.as_str()).or_default() |= like;
        }
    }

    // A full name and its bare surname vouch for each other: "Eyamba Sowers … said Sowers,
    // who" is a person although neither the first name nor "said" alone would make it one.
    let mut strong_single: HashMap<&str, f32> = HashMap::default();
    for ((c, k), e) in candidates.iter().zip(keys).zip(&evidence) {
        if !c.weak && !k.contains(' ') {
            *strong_single.entry(k.as_str()).or_default() += e.person;
        }
    }
    for ((c, k), e) in candidates.iter().zip(keys).zip(&evidence) {
        let Some((first, last)) = k.split_once(' ').map(|(f, _)| f).zip(k.rsplit(' ').next())
        else {
            continue;
        };
        let pair = !c.weak
            && e.best() == Some(EntityKind::Person)
            && !is_common(lex, first)
            && strong_single.get(last).is_some_and(|&p| p >= STRONG_PERSON);
        if pair {
            name_like.insert(k.as_str(), true);
            name_like.insert(last, true);
        }
    }

    // "Veltrona Corp" anywhere makes every bare "Veltrona" the company, whatever "Veltrona
    // said" suggests; "The Nordvik Group" and "Walt Tovaro Co." make "Nordvik" and "Tovaro" one.
    let mut companies: HashMap<&str, ()> = HashMap::default();
    for (_, k) in candidates.iter().zip(keys).filter(|(c, _)| !c.weak) {
        let Some(head) = Lexicon::corporate_head(k) else {
            continue;
        };
        let head = head.strip_prefix("The ").unwrap_or(head);
        companies.insert(head, ());
        if let Some((_, last)) = head.rsplit_once(' ')
            && !person_parts.contains_key(last)
        {
            companies.insert(last, ());
        }
    }
    for ((c, k), e) in candidates.iter().zip(keys).zip(evidence.iter_mut()) {
        if !c.weak && companies.contains_key(k.as_str()) {
            e.organization += 12.0;
            name_like.insert(k.as_str(), false);
        }
    }

    // What the context of its most telling mention says of a one-word name, the name lists
    // left out: "Marisol" once in a sentence is a given name and nothing more.
    let mut context: HashMap<&str, f32> = HashMap::default();
    for ((c, k), e) in candidates.iter().zip(keys).zip(&local_evidence) {
        if !c.weak && !k.contains(' ') {
            let said = e.person - e.listed;
            let best = context.entry(k.as_str()).or_insert(said);
            *best = best.max(said);
        }
    }

    // Titles of works: a name the document once calls a film, a series or a model is that
    // work wherever it stands, unless a full name makes it a person's.
    let works: HashMap<&str, ()> = candidates
        .iter()
        .zip(keys)
        .filter(|(c, k)| {
            !c.weak
                && !person_parts.contains_key(k.as_str())
                && title_of_work(text, &sentences[c.sentence], c, k, lex)
        })
        .map(|(_, k)| (k.as_str(), ()))
        .collect();

    // One name, one kind: the evidence of every mention counts for all of them.
    let mut by_key: HashMap<&str, Evidence> = HashMap::default();
    for ((c, k), e) in candidates.iter().zip(keys).zip(&evidence) {
        if !c.weak {
            by_key.entry(k.as_str()).or_default().add(*e);
        }
    }
    for ((c, k), e) in candidates.iter().zip(keys).zip(evidence.iter_mut()) {
        if !c.weak
            && let Some(total) = by_key.get(k.as_str())
        {
            *e = *total;
        }
    }

    let lowercase_elsewhere = written_in_lower_case(text, sentences, candidates, keys);
    if std::env::var_os("LEDE_DEBUG_NER").is_some() {
        for ((c, k), (e, l)) in candidates
            .iter()
            .zip(keys)
            .zip(evidence.iter().zip(&local_evidence))
        {
            eprintln!("DBG {k:?} weak={} local={l:?} total={e:?}", c.weak);
        }
    }
    // "Marla" after "Cyclone Marla" is the storm again.
    let storms: HashMap<&str, ()> = keys
        .iter()
        .filter(|k| k.split(' ').next().is_some_and(|w| STORMS.contains(&w)))
        .filter_map(|k| k.rsplit(' ').next())
        .map(|w| (w, ()))
        .collect();
    // Whether each sentence is a credit line, read once per sentence however many names it
    // holds (a long sentence with many names was read once per name).
    let credits: Vec<OnceCell<bool>> = sentences.iter().map(|_| OnceCell::new()).collect();
    let is_credit = |n: usize| {
        credits
            .get(n)
            .zip(sentences.get(n))
            .is_some_and(|(cell, s)| *cell.get_or_init(|| credit_line(text, s)))
    };
    candidates
        .iter()
        .zip(keys)
        .zip(&evidence)
        .map(|((c, k), e)| {
            if storms.contains_key(k.as_str()) {
                return None;
            }
            // "Harbour plan approved … the harbour plan": a word the document itself writes in
            // lower case is capitalised at the start of a sentence only for that reason.
            if !c.weak
                && c.title.is_none()
                && lowercase_elsewhere
                    .get(k.as_str())
                    .copied()
                    .unwrap_or(false)
                && !person_parts.contains_key(k.as_str())
            {
                return None;
            }
            // "Afterward, Sondland said …", "Meanwhile, Okafor …": one word opening the
            // sentence and set off by a comma before a name is an adverb, not a subject.
            if !c.weak
                && c.last == c.first + 1
                && c.title.is_none()
                && e.place < 2.0
                && lex.given_name(k).is_none()
                && lex.surname(k).is_none()
                && sentences[c.sentence].words[c.first].shape == super::words::Shape::Capital
                && sentences[c.sentence].initial(text, c.first)
                && !person_parts.contains_key(k.as_str())
                && {
                    let words = &sentences[c.sentence].words;
                    words.get(c.last).is_some_and(|w| w.text(text) == ",")
                        && words
                            .get(c.last + 1)
                            .is_some_and(|w| w.is_word && w.is_capitalised())
                }
            {
                return None;
            }
            if c.weak {
                // Known only if the document names it elsewhere.
                if person_parts.contains_key(k.as_str()) {
                    return Some(EntityKind::Person);
                }
                return by_key.get(k.as_str()).and_then(|e| e.best());
            }
            if is_event(k, lex) || k.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                return None;
            }
            // "Under-21", "F-14": names with digits are products, teams' age groups and codes,
            // unless the lists know them ("G7").
            if k.bytes().any(|b| b.is_ascii_digit())
                && lex.organisation(k).is_none()
                && lex.place(k).is_none()
            {
                return None;
            }
            // "Match", "Record", "Women": an ordinary word, capitalised for no reason a name
            // would give, is not an entity unless its context says so.
            let strongest = e.person.max(e.organization).max(e.place).max(e.group);
            if !k.contains(' ') && strongest < 2.0 && plain_word(k, lex) {
                return None;
            }
            if works.contains_key(k.as_str())
                || title_of_work(text, &sentences[c.sentence], c, k, lex)
                || role_alone(k, lex)
            {
                return None;
            }
            let sentence = &sentences[c.sentence];
            let long_document = sentences.len() >= LONG_DOCUMENT;
            let said = context.get(k.as_str()).copied().unwrap_or(0.0);
            let mut kind = match e.best() {
                Some(EntityKind::Person)
                    if !name_like.get(k.as_str()).copied().unwrap_or(false) =>
                {
                    not_a_person(k, e, said, long_document)
                }
                Some(kind) => kind,
                None => fallback(k),
            };
            if kind == EntityKind::Person && !name_like.get(k.as_str()).copied().unwrap_or(false) {
                // "Harwick Albion … Harwick said": a person goes by the last word of their
                // name, an organisation by its first (unless the first is a family name, as
                // in "Đặng Thu Hà … Đặng said").
                if let Some((first, last)) = k.split_once(' ').zip(k.rsplit_once(' '))
                    && strong_single.contains_key(first.0)
                    && !strong_single.contains_key(last.1)
                    && lex.given_name(first.0).is_none()
                    && lex.surname(first.0).is_none()
                {
                    kind = EntityKind::Organization;
                }
            }
            // "KVRT TVN reports": letters in capitals in a sentence that is not are an acronym.
            if kind == EntityKind::Person
                && !sentence.caps
                && sentence.words[c.first..c.last]
                    .iter()
                    .filter(|w| w.is_word)
                    .all(|w| w.shape == super::words::Shape::Caps && w.end - w.start <= 4)
            {
                kind = EntityKind::Organization;
            }
            // "pro-Vesta", "anti-Kessian": a capital after a lower-case prefix is no name.
            if kind == EntityKind::Person && after_prefix(text, sentence.words[c.first].start) {
                return None;
            }
            // "Photo: Lena Marsh, Getty Images": who took the picture is not in the story.
            if kind == EntityKind::Person && is_credit(c.sentence) {
                return None;
            }
            Some(kind)
        })
        .collect()
}

/// For every one-word candidate that opens a sentence, whether the document also writes that
/// word in lower case. Only those few words are looked for, so the scan costs a lookup per
/// lower-case word and allocates nothing per word.
fn written_in_lower_case<'k>(
    text: &str,
    sentences: &[Sentence],
    candidates: &[Candidate],
    keys: &'k [String],
) -> HashMap<&'k str, bool> {
    let mut wanted: HashMap<String, (&'k str, bool)> = HashMap::default();
    for (c, k) in candidates.iter().zip(keys) {
        if !c.weak && c.last == c.first + 1 && sentences[c.sentence].initial(text, c.first) {
            wanted.insert(k.to_lowercase(), (k.as_str(), false));
        }
    }
    if wanted.is_empty() {
        return HashMap::default();
    }
    // Only words of a length looked for are hashed.
    let lengths: u64 = wanted.keys().fold(0, |m, k| m | 1 << k.len().min(63));
    for sentence in sentences {
        for w in &sentence.words {
            if w.shape == super::words::Shape::Lower
                && lengths & (1 << (w.end - w.start).min(63)) != 0
                && let Some(found) = wanted.get_mut(w.text(text))
            {
                found.1 = true;
            }
        }
    }
    wanted.into_values().collect()
}

/// How much person evidence makes a name clearly a person's: a known given name with a
/// surname, or a title, or a name the text treats as a person's more than once.
const STRONG_PERSON: f32 = 2.5;

/// How much person evidence a full name needs before its words count as that person's name
/// wherever they stand alone: a given name, a title or a role, not a weak list hit.
const PERSON_PARTS: f32 = 2.0;

/// What a name is when only its context ("X said", "X's", "told X") says person but nothing
/// in the name does: "X said" is as true of a company, a brand or a newspaper as of a person.
/// A multi-word name still falls back on its shape ("Wendo Kasarani"); a single word stays a
/// person when it reads as a surname (a listed name or a surname's ending, not an English
/// word, not a brand's "CamelCase") or has a person's context (an age, "who", kin); otherwise
/// ("Billboard", "WeWork", "Skyroute said") it needs a first name, a title or a full name
/// elsewhere. In a long document a given name alone or an English word that is also a surname
/// ("Pearl") needs a mention whose context (`said`: the person evidence of its most telling
/// mention, less what the lists gave) says person.
fn not_a_person(key: &str, e: &Evidence, said: f32, long_document: bool) -> EntityKind {
    if key.contains(' ') {
        if e.person >= STRONG_PERSON + 2.0 {
            return EntityKind::Person;
        }
        return fallback(key);
    }
    let lex = Lexicon::get();
    let listed = |w: Option<f32>| w.is_some_and(|w| w >= 0.01);
    let brand = key
        .char_indices()
        .skip(1)
        .any(|(i, c)| c.is_uppercase() && key[..i].chars().any(char::is_lowercase))
        && ![
            "Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'",
        ]
        .iter()
        .any(|p| key.starts_with(p));
    let common = is_common(lex, key) && !listed(lex.given_name(key)) && !listed(lex.surname(key));
    let listed_name = lex.given_name(key).is_some() || lex.surname(key).is_some();
    let surname_shape = SURNAME_ENDINGS.iter().any(|s| key.ends_with(s)) && key.chars().count() > 4;
    // A surname alone reads as a person; a given name alone ("Marisol") or an English
    // word that is also a surname ("Pearl", "Baker") needs a mention whose context says so.
    // Only a document long enough to name its people in full has that evidence: in a
    // sentence on its own, a bare given name is as often a person as not.
    let surname = lex.surname(key).is_some() && !is_common(lex, key);
    let told = said >= 2.0 || !long_document;
    if !brand
        && lex.place(key).is_none()
        && ((!common && (surname || surname_shape || (listed_name && told))) || e.animate > 0.0)
    {
        return EntityKind::Person;
    }
    let others = Evidence { person: 0.0, ..*e };
    others.best().unwrap_or(EntityKind::Organization)
}

/// Whether a name is glued to a lower-case prefix before it ("pro-Vesta").
fn after_prefix(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    matches!(before.next(), Some('-' | '‐' | '‑')) && before.next().is_some_and(char::is_lowercase)
}

/// Whether a name of several words reads as a person's name by its own words: a known given
/// name or an initial first, a particle inside ("Ana de la Cruz"), or a surname ending.
fn looks_like_full_name(key: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() < 2 {
        return false;
    }
    let initial = first.chars().count() == 2 && first.ends_with('.');
    let given = lex
        .given_name(first)
        .is_some_and(|w| w > 0.0 || !is_common(lex, first));
    let surname_shape =
        SURNAME_ENDINGS.iter().any(|s| last.ends_with(s)) && last.chars().count() > 4;
    let particle = words[1..].iter().any(|w| lex.particle(w));
    (initial || given || surname_shape || particle)
        && !words[1..]
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) && lex.function_word(w))
}

/// Nouns for works and products that stand beside their titles ("the film Night Harbour",
/// "the Tovaro Vela model", "the Kestrel probe"), which are not people whatever name lists
/// say.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "show",
    "series",
    "sitcom",
    "drama",
    "documentary",
    "song",
    "single",
    "album",
    "book",
    "novel",
    "memoir",
    "play",
    "musical",
    "opera",
    "game",
    "app",
    "model",
    "episode",
    "season",
    "franchise",
    "sequel",
    "podcast",
    "trailer",
    "exhibition",
    "painting",
    "sculpture",
    "smartphone",
    "console",
    "sedan",
    "truck",
    "pickup",
    "jet",
    "jets",
    "airliner",
    "probe",
    "spacecraft",
    "telescope",
    "rover",
    "satellite",
];

/// Whether a candidate is the title of a work rather than a name: a film, song or book named
/// in quotation marks ("“Night Harbour”"), or a run of capitals with a function word inside
/// ("It To The Streets", "Lost In The Fog").
fn title_of_work(text: &str, sentence: &Sentence, c: &Candidate, key: &str, lex: &Lexicon) -> bool {
    let words = &sentence.words;
    if !sentence.headline
        && c.last - c.first >= 2
        && key
            .split(' ')
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase) && lex.function_word(w))
    {
        return true;
    }
    let word = |i: usize| words.get(i).map_or("", |w| w.text(text));
    // "the film Night Harbour", "the Tovaro Vela model", "the Night Harbour TV series": a kind
    // of work named beside it ("Okafor's film" is the film of a person).
    let after = if word(c.last) == "TV" {
        c.last + 1
    } else {
        c.last
    };
    let possessive = words[c.last - 1].possessive;
    if c.first >= 1 && WORK_NOUNS.contains(&word(c.first - 1))
        || !possessive && WORK_NOUNS.contains(&word(after))
    {
        return true;
    }
    let opens = c
        .first
        .checked_sub(1)
        .is_some_and(|i| matches!(word(i), "“" | "\"" | "‘"));
    let mut after = c.last;
    if matches!(word(after), "," | "." | "!" | "?") {
        after += 1;
    }
    let closes = matches!(word(after), "”" | "\"" | "’");
    opens && closes
}

/// Whether a name is only a role with its institution ("Senate Leader", "County Sheriff"):
/// the last word an office, the words before it an institution or a place, and the first not
/// a given name ("Masayoshi Son" stays a person).
fn role_alone(key: &str, lex: &Lexicon) -> bool {
    let Some((first, last)) = key
        .split_once(' ')
        .map(|(f, _)| f)
        .zip(key.rsplit(' ').next())
    else {
        return false;
    };
    let Some((head, _)) = key.rsplit_once(' ') else {
        return false;
    };
    // The words before the office name an institution or a place, not a person.
    let institution = head.split(' ').any(|w| {
        is_common(lex, w)
            || lex.place(w).is_some()
            || lex.org_cue(w).is_some()
            || lex.place_cue(w).is_some()
    });
    lex.title(last) == Some(TitleKind::Role) && lex.given_name(first).is_none() && institution
}

/// The kind of a name nothing speaks for: two or three words that are not English words, or an
/// unknown word before a listed surname, read as a person's name ("Wendo Kasarani"); anything
/// else as an organisation.
fn fallback(key: &str) -> EntityKind {
    let lex = Lexicon::get();
    let words: Vec<&str> = key.split(' ').collect();
    let namey = |w: &&str| !is_common(lex, w) && w.chars().any(char::is_lowercase);
    // "Quorin Bracken": an unknown first word before a listed surname, even one that is also
    // an English word.
    let surname_last = words.len() == 2
        && words.first().is_some_and(namey)
        && words.last().is_some_and(|w| {
            lex.surname(w).is_some() && !matches!(*w, "North" | "South" | "East" | "West")
        });
    if (2..=3).contains(&words.len()) && (words.iter().all(namey) || surname_last) {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}

/// Whether a one-word name is an ordinary English word that no list knows as a name.
fn plain_word(key: &str, lex: &Lexicon) -> bool {
    crate::analysis::lexicon::with_lower(key, |l| lex.common_level(l).is_some_and(|v| v <= 35))
        && lex.given_name(key).is_none()
        && lex.surname(key).is_none()
        && lex.place(key).is_none()
        && lex.organisation(key).is_none()
}

/// Whether a name is an event or prize ("World Cup"), which is none of lede's kinds.
fn is_event(key: &str, lex: &Lexicon) -> bool {
    key.contains(' ')
        && (key.rsplit(' ').next().is_some_and(|w| lex.event(w))
            || key.split(' ').next().is_some_and(|w| STORMS.contains(&w)))
        && lex.organisation(key).is_none()
        && lex.place(key).is_none()
}
