//! What one mention says about its name: the name's own words as the word lists know them,
//! and the words around it ("X, 35,", "said X", "the town of X", "X 2 Y 1"). Each step weighs
//! one kind of evidence and adds to a score per kind; `classify` pools the mentions of a name.
//! The steps run in a fixed order because a few of them look at what earlier ones found
//! ("a town before a score is its team, unless something already says person").

use std::borrow::Cow;

use super::EntityKind;
use super::candidates::{Candidate, Title};
use super::sentence::{Sentence, is_common};
use super::words::{Shape, Word};
use crate::analysis::lexicon::{
    CuePosition, Lexicon, PlaceKind, TitleKind, last_word, split_first, split_last, words_of,
};
use crate::analysis::words;

/// Scores for each kind; the highest positive one wins.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Evidence {
    /// How much says the name is a person's.
    pub person: f32,
    /// How much says it is an organisation's.
    pub organization: f32,
    /// How much says it is a place.
    pub place: f32,
    /// How much says it is a group (a nationality).
    pub group: f32,
    /// Context that only a person gets (an age, "who", a role or kin after the name, a
    /// pronoun taking it up), unlike "said" or a possessive, which companies get too.
    pub animate: f32,
    /// The part of `person` that only the name lists give a one-word name, so that what the
    /// context says (`person - listed`) can be told apart from what the lists say.
    pub listed: f32,
}

impl Evidence {
    /// Adds another mention's evidence to this one.
    pub fn add(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
        self.group += other.group;
        self.animate += other.animate;
        self.listed += other.listed;
    }

    /// The best-supported kind, or `None` when nothing supports any.
    pub fn best(self) -> Option<EntityKind> {
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

    /// The score of the best-supported kind.
    pub fn strongest(&self) -> f32 {
        self.person
            .max(self.organization)
            .max(self.place)
            .max(self.group)
    }

    /// Adds `weight` to one kind's score.
    pub fn support(&mut self, kind: EntityKind, weight: f32) {
        match kind {
            EntityKind::Person => self.person += weight,
            EntityKind::Organization => self.organization += weight,
            EntityKind::Place => self.place += weight,
            EntityKind::Group => self.group += weight,
        }
    }
}

/// Labels before a list of players: "Did not bat:", "Penalties:", "Scorers:".
const PLAYER_LIST_LABELS: &[&str] = &[
    "bat",
    "bowling",
    "batting",
    "penalties",
    "penalty",
    "tries",
    "try",
    "conversions",
    "conversion",
    "scorers",
    "scorer",
    "goalscorers",
    "booked",
    "cautioned",
    "substitutes",
    "subs",
    "referee",
    "umpires",
];

/// Word endings typical of surnames in many languages.
pub const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "enko", "sky", "ski", "ska", "wicz", "vich", "vic", "ić", "ovic",
    "son", "sen", "sson", "ez", "escu", "idis", "opoulos", "shvili", "yan", "stein", "mann",
    "berg", "poulos", "akis", "oglu", "oğlu", "ini", "elli", "etti", "ucci", "wski", "czyk",
];

/// Whether a word ends like a surname and is long enough for the ending to mean it.
pub fn surname_shaped(word: &str) -> bool {
    // Asked of every mention: the cheap tests first (the last two bytes among the endings'),
    // the substring searches for the particles only in a word with a hyphen.
    // Only the endings with the word's last two bytes are compared whole.
    let tail = last_two_bytes(word);
    (word.len() > 4
        && ENDING_TAILS.contains(&tail)
        && word.chars().count() > 4
        && SURNAME_ENDINGS
            .iter()
            .zip(ENDING_TAILS)
            .any(|(s, t)| t == tail && word.ends_with(s)))
        || (word.bytes().any(|b| b == b'-') && HYPHENED_PARTICLES.iter().any(|p| word.contains(p)))
}

/// The last two bytes of a word (of at least two bytes) as one number.
const fn last_two_bytes(word: &str) -> u16 {
    let b = word.as_bytes();
    if b.len() < 2 {
        return 0;
    }
    u16::from_le_bytes([b[b.len() - 2], b[b.len() - 1]])
}

/// The last two bytes of each of [`SURNAME_ENDINGS`] (every one has at least two).
const ENDING_TAILS: [u16; SURNAME_ENDINGS.len()] = {
    let mut tails = [0; SURNAME_ENDINGS.len()];
    let mut i = 0;
    while i < tails.len() {
        tails[i] = last_two_bytes(SURNAME_ENDINGS[i]);
        i += 1;
    }
    tails
};

/// Particles inside a hyphened name ("Zia-ul-Karim", "Anis-ur-Sadiq").
const HYPHENED_PARTICLES: &[&str] = &["-ul-", "-ur-", "-ud-", "-uz-"];

/// Whether a name of several words reads as a person's name by its own words: a known given
/// name or an initial first, a particle inside ("Ana de la Cruz"), or a surname ending.
pub fn looks_like_full_name(key: &str, lex: &Lexicon) -> bool {
    // The words after the first, without collecting them: asked of most mentions.
    let Some((first, rest)) = split_first(key) else {
        return false;
    };
    let last = last_word(rest);
    let initial = first.chars().count() == 2 && first.ends_with('.');
    let given = lex
        .given_name(first)
        .is_some_and(|w| w > 0.0 || !is_common(lex, first));
    let particle = words_of(rest).any(|w| lex.particle(w));
    // "Aurelio I": a final "I" is a regnal number.
    let regnal = last == "I";
    // "Halvard Medical", "Brenner Chemical": an English word that no list knows as a surname ends
    // a company's name, not a person's.
    let plain_last =
        !regnal && !last.contains('-') && is_common(lex, last) && lex.surname(last).is_none();
    let inner = if regnal {
        split_last(rest).map_or("", |(inner, _)| inner)
    } else {
        rest
    };
    (initial || given || surname_shaped(last) || particle)
        && !plain_last
        && !words_of(inner)
            .filter(|w| !w.is_empty())
            .any(|w| w.starts_with(char::is_uppercase) && lex.function_word(w))
}

/// What a candidate's own words and its neighbours say.
pub fn local(
    text: &str,
    sentence: &Sentence,
    c: &Candidate,
    full: &str,
    lex: &Lexicon,
) -> Evidence {
    let mut e = Evidence::default();
    // The name's words, punctuation left out: the first, the last and how many.
    let mut names = (c.first..c.last).filter(|&i| sentence.words[i].is_word);
    let Some(first) = names.next() else {
        return e;
    };
    let (last, n) = names.fold((first, 1), |(_, n), i| (i, n + 1));
    let (first, last) = (
        sentence.spelling(text, first),
        sentence.spelling(text, last),
    );
    let after_lower = lower_word(text, &sentence.words, c.last);
    let before_lower = c
        .first
        .checked_sub(1)
        .map_or(Cow::Borrowed(""), |i| lower_word(text, &sentence.words, i));
    let m = Context {
        text,
        sentence,
        words: &sentence.words,
        c,
        full,
        lex,
        first,
        last,
        n,
        after: c.last,
        possessive: sentence.words[c.last - 1].possessive,
        after_classes: words::classes(&after_lower),
        before_classes: words::classes(&before_lower),
        after_lower,
        before_lower,
    };
    m.the_name_itself(&mut e);
    m.words_around(&mut e);
    e
}

/// One mention and the words around it.
struct Context<'a> {
    text: &'a str,
    sentence: &'a Sentence,
    words: &'a [Word],
    c: &'a Candidate,
    /// The whole name as the word lists spell it.
    full: &'a str,
    lex: &'a Lexicon,
    /// Its first and last words as the lists spell them.
    first: &'a str,
    last: &'a str,
    /// How many words it has (punctuation not counted).
    n: usize,
    /// The index of the word after it.
    after: usize,
    /// Whether it ends in a possessive ("Okafor's").
    possessive: bool,
    /// The words right after and right before it in lower case: most steps ask for them,
    /// so they are lower-cased once.
    after_lower: Cow<'a, str>,
    before_lower: Cow<'a, str>,
    /// The word classes of those two lower-case words.
    after_classes: words::Classes,
    before_classes: words::Classes,
}

impl Context<'_> {
    /// What the name's own words say: the lists, its shape and the title before it.
    fn the_name_itself(&self, e: &mut Evidence) {
        self.listed_whole(e);
        if self.n >= 2 {
            self.words_of_a_full_name(e);
        } else {
            self.single_word(e);
        }
        self.shape_of_name(e);
        match self.c.title {
            Some(Title::Honorific) => e.person += 6.0,
            Some(Title::Role) => e.person += 4.0,
            None => {}
        }
    }

    /// What the words around the name say, in a fixed order: a few steps weigh what the
    /// earlier ones found.
    fn words_around(&self, e: &mut Evidence) {
        if !self.possessive {
            self.age_after(e);
            self.reporting_verb_after(e);
            self.clause_after_comma(e);
            self.country_in_brackets(e);
            self.nation_of_athlete(e);
            self.record_after(e);
            self.state_after_town(e);
            self.play_after(e);
            self.shares_after(e);
            // Before the results table, which weighs what is already said.
            self.ranked_with_a_time(e);
        }
        let in_brackets = self.sentence.after_open_bracket(self.text, self.c.first);
        self.results_table(e, in_brackets);
        self.scorecard(e);
        self.team_after_nation(e);
        self.squad_after(e);
        self.fixture(e);
        self.possessed_role(e);
        self.pronoun_takes_up(e);
        self.said_he(e);
        self.age_before(e);
        self.batsman(e);
        self.player_list(e);
        self.quoted_as_saying(e);
        self.dateline(e);
        self.described_as_place(e);
        self.place_after_of(e);
        self.building_after(e);
        self.after_a_number(e, in_brackets);
        self.organisation_noun_beside(e);
        self.owner_of_a_name(e);
        self.word_before(e);
    }

    /// Word `i` of the sentence as written, or "" past its ends.
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.text(self.text))
    }

    /// Word `i` in lower case.
    fn lower(&self, i: usize) -> Cow<'_, str> {
        if i == self.after {
            Cow::Borrowed(&self.after_lower)
        } else if Some(i) == self.c.first.checked_sub(1) {
            Cow::Borrowed(&self.before_lower)
        } else {
            lower_word(self.text, self.words, i)
        }
    }

    /// The word before the name in lower case, or "" at the sentence's start.
    fn lower_before(&self, back: usize) -> Cow<'_, str> {
        match self.c.first.checked_sub(back) {
            Some(i) => self.lower(i),
            None => Cow::Borrowed(""),
        }
    }

    /// Whether the lists know the whole name as a country.
    fn is_country(&self) -> bool {
        self.lex
            .place(self.full)
            .is_some_and(|p| p.kind == PlaceKind::Country)
    }

    /// The whole name in the organisation, place and nationality lists.
    fn listed_whole(&self, e: &mut Evidence) {
        let (lex, full) = (self.lex, self.full);
        if lex.organisation(full).is_some() {
            e.organization += 6.0;
        }
        if let Some(place) = lex.place(full) {
            // "Jordan", "Washington": also people's names, so context can outweigh the list.
            let also_a_name = lex.given_name(full).is_some_and(|w| w > 0.0)
                || lex.surname(full).is_some_and(|w| w > 0.0);
            e.place += match place.kind {
                _ if also_a_name => 3.0,
                // "West Bank", "New South Wales": a whole name of several words outweighs its
                // cue words.
                PlaceKind::Region if self.n >= 2 => 5.5,
                PlaceKind::Country | PlaceKind::State => 5.0,
                PlaceKind::City | PlaceKind::Region => 3.5,
            };
        }
        let demonym = |w: &str| lex.demonym(w).is_some() || lex.group(w);
        if demonym(full) || (self.n == 1 && full.contains('-') && full.split('-').all(demonym)) {
            e.group += 6.0;
        }
    }

    /// The first and last words of a name of several: an organisation's or place's cue word,
    /// a given name, an initial, a surname, a particle.
    fn words_of_a_full_name(&self, e: &mut Evidence) {
        let (lex, first, last) = (self.lex, self.first, self.last);
        // Cue words in capitals ("SA", "AG") are looked up as written, not title-cased.
        let raw_last = self.words[self.c.last - 1].text(self.text);
        let raw_first = self.words[self.c.first].text(self.text);
        if matches!(
            lex.org_cue(last).or_else(|| lex.org_cue(raw_last)),
            Some(CuePosition::Last | CuePosition::Any)
        ) {
            e.organization += 4.0;
        }
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
        // A brand's letters before a model or a division ("KVX Orbit", "BRT Logistics") in
        // ordinary text: a person's first name is not written in capitals when the rest of
        // the name is not. Initials of two letters ("TJ", "AJ") go by first names too, and
        // an office's letters go before a listed name ("IGP Musa").
        let raw_first_letters = raw_first.chars().filter(|c| c.is_alphabetic()).count();
        if self.words[self.c.first].shape == Shape::Caps
            && !self.sentence.caps
            && (3..=5).contains(&raw_first_letters)
            && self.words[self.c.last - 1].shape != Shape::Caps
            && lex.given_name(first).is_none()
            && lex.given_name(last).is_none()
            && lex.surname(last).is_none()
        {
            e.organization += 1.5;
        }
        if lex.surname(last).is_some() {
            e.person += if is_common(lex, last) { 0.3 } else { 1.0 };
        }
        if (self.c.first..self.c.last).any(|i| {
            self.words[i].shape == Shape::Lower && lex.particle(self.words[i].text(self.text))
        }) {
            e.person += 1.5;
        }
    }

    /// A name of one word: the name lists, and letters in capitals (an acronym).
    fn single_word(&self, e: &mut Evidence) {
        let (lex, first) = (self.lex, self.first);
        if lex.given_name(first).is_some() {
            let p = if is_common(lex, first) { 0.3 } else { 1.2 };
            e.person += p;
            e.listed += p;
        }
        if lex.surname(first).is_some() && !is_common(lex, first) {
            e.person += 0.6;
            e.listed += 0.6;
        }
        if self.words[self.c.first].shape == Shape::Caps
            && !self.sentence.caps
            && first.chars().filter(|c| c.is_alphabetic()).count() <= 5
        {
            e.organization += 1.5;
        }
    }

    /// A surname's ending, and an ampersand ("Bellamy & Sons").
    fn shape_of_name(&self, e: &mut Evidence) {
        if surname_shaped(self.last) {
            e.person += 1.0;
            if self.n == 1 {
                e.listed += 1.0;
            }
        }
        if (self.c.first..self.c.last).any(|i| self.words[i].text(self.text) == "&") {
            e.organization += 5.0;
        }
    }

    /// ", 35," after the name: an age.
    fn age_after(&self, e: &mut Evidence) {
        let after = self.after;
        if self.word(after) == ","
            && self
                .words
                .get(after + 1)
                .is_some_and(|w| !w.is_word && w.shape == Shape::Other)
            && self.word(after + 1).chars().all(|c| c.is_ascii_digit())
            && matches!(self.word(after + 2), "," | "–" | "—" | "-" | ")")
        {
            e.person += 3.0;
            e.animate += 1.0;
        }
    }

    /// "X said", "X also said": a reporting verb after the name, which companies get too
    /// unless a quotation comes before it.
    fn reporting_verb_after(&self, e: &mut Evidence) {
        let (after, first) = (self.after, self.c.first);
        let verb_at = if matches!(
            self.lower(after).as_ref(),
            "also" | "later" | "then" | "has" | "had"
        ) || self.lower(after).ends_with("ly")
        {
            after + 1
        } else {
            after
        };
        // "The mayor of Orrin Falls said": the verb's subject is the mayor.
        let object = first >= 1
            && matches!(
                self.lower(first - 1).as_ref(),
                "of" | "in" | "at" | "from" | "for" | "to" | "with"
            );
        if !object
            && self.words.get(verb_at).is_some_and(|w| w.is_word)
            && self.lex.reporting_verb(&self.lower(verb_at))
        {
            e.person += 2.5;
            e.organization += 1.0;
            // "“We kept our word,” Quell said": a quotation is spoken by a person.
            let after_quote = first >= 2
                && matches!(self.word(first - 1), "”" | "\"" | "’" | "'")
                && matches!(self.word(first - 2), "," | "." | "!" | "?" | "”");
            if after_quote || (first >= 1 && self.word(first - 1) == "”") {
                e.animate += 1.0;
            }
        }
    }

    /// ", who", ", which", ", Ukraine's chief negotiator": what a comma after the name opens.
    fn clause_after_comma(&self, e: &mut Evidence) {
        let after = self.after;
        if self.word(after) != "," {
            return;
        }
        if matches!(self.lower(after + 1).as_ref(), "who" | "whose" | "whom") {
            e.person += 2.0;
            e.animate += 1.0;
        }
        // "Dunmore, which …": what "which" takes up is not a person.
        if matches!(self.lower(after + 1).as_ref(), "which" | "where") {
            e.place += 0.5;
            e.organization += 0.5;
            e.person -= 2.0;
        }
        // ", Ukraine's chief negotiator": a role within a few words.
        for w in self.words.iter().skip(after + 1).take(5) {
            if !w.is_word {
                break;
            }
            if w.shape == Shape::Lower && self.lex.title(w.text(self.text)) == Some(TitleKind::Role)
            {
                e.person += 2.0;
                e.animate += 1.0;
                break;
            }
        }
    }

    /// "Hale (14-10) struck out nine": a pitcher's win-loss record after the name.
    fn record_after(&self, e: &mut Evidence) {
        if super::candidates::record_after(self.text, self.words, self.after) {
            e.person += 2.0;
            e.animate += 1.0;
        }
    }

    /// "Ana Ruiz (Chile)": a country in brackets after a name, as sports results give it.
    fn country_in_brackets(&self, e: &mut Evidence) {
        let after = self.after;
        if self.word(after) == "("
            && self.word(after + 2) == ")"
            && self
                .lex
                .place(&self.sentence.key(self.text, after + 1))
                .is_some()
        {
            e.person += 1.0;
            // "Ana Ruiz (Chile)" ending its line, or before a time ("50.42"), is an athlete;
            // a side's score would follow a team ("Vesta (Chile) 75").
            let close = self.words[after + 2].end;
            let rest = self.text.get(close..).unwrap_or("");
            let line_ends = rest.trim_start_matches(' ').starts_with('\n')
                || rest.trim().is_empty()
                || self.words.len() == after + 3;
            let next = rest.split_whitespace().next().unwrap_or("");
            let time = next.starts_with(|c: char| c.is_ascii_digit())
                && next.contains(['.', ':'])
                && next
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b':');
            if line_ends || time {
                e.animate += 1.0;
            }
        }
    }

    /// "Ana Ruiz ( Varnland ) 20.37": one word in brackets after a name in a results line,
    /// before a time, a score or the end of the line, is the athlete's country, whatever the
    /// lists know of the word.
    fn nation_of_athlete(&self, e: &mut Evidence) {
        let (first, after) = (self.c.first, self.after);
        if self.n != 1
            || first < 2
            || self.word(first - 1) != "("
            || self.word(after) != ")"
            || !self.words[first - 2].is_word
            || !self.words[first - 2].is_capitalised()
        {
            return;
        }
        let close = self.words[after].end;
        let rest = self.text.get(close..).unwrap_or("");
        let line_ends = rest.trim_start_matches(' ').starts_with('\n') || rest.trim().is_empty();
        let number = rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if line_ends || number {
            e.place += 3.0;
        }
    }

    /// "Talvik birdied the 15th", "Okafor scored twice": a verb of play that only a player's
    /// own name takes (a club is named by its town, which the place lists know).
    fn play_after(&self, e: &mut Evidence) {
        if matches!(
            self.lower(self.after).as_ref(),
            "scored"
                | "birdied"
                | "bogeyed"
                | "parred"
                | "eagled"
                | "homered"
                | "singled"
                | "fumbled"
                | "volleyed"
                | "converted"
        ) {
            e.person += 2.0;
            e.animate += 1.0;
        }
    }

    /// "Vesta shares fell", "Tovaro stock closed": a company's shares.
    fn shares_after(&self, e: &mut Evidence) {
        if matches!(self.lower(self.after).as_ref(), "shares" | "stock") {
            e.organization += 2.5;
            e.person -= 1.0;
        }
    }

    /// "Bristow, VA", "Orrin Falls, Ohio": a town followed by its state or country.
    fn state_after_town(&self, e: &mut Evidence) {
        let (after, words, text, lex) = (self.after, self.words, self.text, self.lex);
        let line_ends = |i: usize| {
            words.get(i + 1).is_none_or(|next| {
                !next.is_word
                    || text
                        .get(words[i].end..next.start)
                        .is_some_and(|gap| gap.contains('\n'))
            })
        };
        if self.word(after) == ","
            && words.get(after + 1).is_some()
            && line_ends(after + 1)
            && (lex.state_code(self.word(after + 1))
                || lex
                    .place(self.word(after + 1))
                    .is_some_and(|p| matches!(p.kind, PlaceKind::State | PlaceKind::Country)))
        {
            e.place += 3.0;
        }
    }

    /// Whether a word is a small number standing alone: a score.
    fn is_score(&self, w: &Word) -> bool {
        !w.is_word && w.shape == Shape::Other && {
            let t = w.text(self.text);
            !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
        }
    }

    /// A results table or scoreline ("Rovenby 2 Carlow Town 1"): a name before a score is a
    /// team; "Dortvale 2 (Mirek 45, Hale 78)": names with minutes inside brackets are the
    /// scorers.
    fn results_table(&self, e: &mut Evidence, in_brackets: bool) {
        if self.possessive || !self.words.get(self.after).is_some_and(|w| self.is_score(w)) {
            return;
        }
        if in_brackets {
            e.person += 5.0;
            e.animate += 1.0;
            return;
        }
        let scores = self.words.iter().filter(|w| self.is_score(w)).count();
        let lower_words = self
            .words
            .iter()
            .filter(|w| w.is_word && w.shape == Shape::Lower)
            .count();
        if scores >= 2 && scores > lower_words && e.person < 2.5 {
            // A town in a results table is its team ("Rovenby 74 59 .556"); a country
            // stays a country.
            e.organization += if self.is_country() {
                4.0
            } else {
                4.0 + e.place
            };
        }
    }

    /// A cricket scorecard: "Vell c Okafor b Hale 45", "lbw b Hale", "st Okafor b Hale"; the
    /// bowling figures after a name ("Hale 8-0-39-3").
    fn scorecard(&self, e: &mut Evidence) {
        let words = self.words;
        let dismissal = self.c.first.checked_sub(1).is_some_and(|i| {
            matches!(self.word(i), "b" | "c" | "st")
                && i.checked_sub(1).is_some_and(|j| {
                    words[j].is_capitalised() || matches!(self.word(j), "lbw" | "and")
                })
        });
        let figures = {
            let t = self.word(self.after);
            !self.possessive
                && t.split('-').count() == 4
                && t.split('-')
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
        };
        if dismissal || figures {
            e.person += 3.0;
            e.animate += 1.0;
        }
    }

    /// A results line's team: "Ana Ruiz ( Chile ) , Vesta Tovaro , 54.774" names the driver
    /// or rider, their country and then their team before the time.
    fn team_after_nation(&self, e: &mut Evidence) {
        let first = self.c.first;
        if first < 4 || self.possessive {
            return;
        }
        let nation = self.word(first - 1) == ","
            && self.word(first - 2) == ")"
            && self.word(first - 4) == "("
            && self
                .lex
                .place(&self.sentence.key(self.text, first - 3))
                .is_some_and(|p| p.kind == PlaceKind::Country);
        let timed = self.word(self.after) == ","
            && self
                .word(self.after + 1)
                .starts_with(|c: char| c.is_ascii_digit());
        if nation && timed {
            e.organization += 5.0;
        }
    }

    /// "Lisbon captain Tom Hale", "Lisbon manager": a city with a squad is its team
    /// (countries, states and regions stay places, as national and state sides are written).
    fn squad_after(&self, e: &mut Evidence) {
        if !self.possessive
            && self.after_classes.team_member()
            && self
                .lex
                .place(self.full)
                .is_some_and(|p| p.kind == PlaceKind::City)
            && e.person < 2.5
        {
            e.organization += 3.0 + e.place;
        }
    }

    /// "Rovenby v Carlow Town", "ROVENBY AT KESSWICK": the sides of a fixture are teams, the
    /// town after "AT" is where it is played, and a country stays a country.
    fn fixture(&self, e: &mut Evidence) {
        let versus = |w: &str| matches!(w, "v" | "v." | "vs" | "vs.");
        let beside = versus(self.word(self.after))
            || (self.sentence.caps && self.word(self.after) == "AT")
            || self
                .c
                .first
                .checked_sub(1)
                .is_some_and(|i| versus(self.word(i)));
        if beside && !self.possessive && !self.is_country() && e.person < 2.5 {
            e.organization += 4.0 + e.place;
        }
    }

    /// "Okafor's press secretary", "Okafor's children": a possessive before a role or kin.
    fn possessed_role(&self, e: &mut Evidence) {
        if !self.possessive {
            return;
        }
        let lex = self.lex;
        let nouns = || {
            self.words
                .iter()
                .skip(self.after)
                .take(3)
                .take_while(|w| w.is_word && w.shape == Shape::Lower)
                .map(|w| w.text(self.text))
        };
        let role = nouns().any(|t| lex.title(t) == Some(TitleKind::Role) || words::is_kin(t));
        // "Harwick's manager", "Vesta's chairman": clubs and companies have these too, so
        // only kin and a person's own staff say the owner is alive.
        let personal = nouns().any(|t| {
            words::is_kin(t) || (lex.title(t) == Some(TitleKind::Role) && !words::is_shared_role(t))
        });
        // "Orrin Falls' mayor": a place has officials too.
        // "Kessia's midfielder", "Kessia's president": a listed place has players and
        // officials too, though only a person has kin.
        let place_shaped = (self.n >= 2
            && matches!(
                lex.place_cue(self.last),
                Some(CuePosition::Last | CuePosition::Any)
            ))
            || (lex.place(self.full).is_some() && !nouns().any(words::is_kin));
        if role && !place_shaped {
            e.person += 2.5;
            if personal {
                e.animate += 1.0;
            }
        }
    }

    /// "Talvik said he …": a subject that a personal pronoun later takes up.
    fn pronoun_takes_up(&self, e: &mut Evidence) {
        if self.sentence.initial(self.text, self.c.first)
            && self.words.iter().skip(self.after).any(|w| {
                matches!(
                    w.text(self.text),
                    "he" | "she" | "his" | "her" | "him" | "himself" | "herself"
                )
            })
        {
            e.person += 1.0;
            e.animate += 1.0;
        }
    }

    /// "Talvik said he …": a reporting verb after the name whose clause a personal pronoun
    /// opens (a company says "it").
    fn said_he(&self, e: &mut Evidence) {
        if self.possessive || !self.lex.reporting_verb(&self.lower(self.after)) {
            return;
        }
        // Only right after the verb: in "a doctor at Vesta Aid said that he …" the pronoun
        // takes up someone else.
        if matches!(self.lower(self.after + 1).as_ref(), "he" | "she") {
            e.person += 1.0;
            e.animate += 1.0;
        }
    }

    /// "a 27-year-old Talvik": an age before the name.
    fn age_before(&self, e: &mut Evidence) {
        let start = self.words[self.c.first].start;
        let before = self.text.get(..start).unwrap_or("").trim_end();
        let age = before
            .strip_suffix("-year-old")
            .map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit()).len() < b.len());
        // "a 20-year-old Harwick striker": the age is the player's, the town is his team.
        let role_after = self
            .words
            .get(self.after)
            .is_some_and(|w| w.shape == Shape::Lower)
            && (words::is_team_member(self.word(self.after))
                || self.lex.title(self.word(self.after)) == Some(TitleKind::Role));
        if age == Some(true) && !role_after {
            e.person += 3.0;
            e.animate += 1.0;
        }
    }

    /// A cricket scorecard's batsman: "Talvik c Okafor b Hale", "Talvik lbw b Hale", "Talvik
    /// b Hale", "Talvik run out", "Talvik not out".
    fn batsman(&self, e: &mut Evidence) {
        if self.possessive {
            return;
        }
        let capital = |i: usize| self.words.get(i).is_some_and(|w| w.is_capitalised());
        let out = match self.word(self.after) {
            "c" | "st" | "b" => capital(self.after + 1),
            "lbw" => self.word(self.after + 1) == "b",
            "run" | "not" => self.word(self.after + 1) == "out",
            _ => false,
        };
        if out {
            e.person += 3.0;
            e.animate += 1.0;
        }
    }

    /// "Did not bat: Vell, Okafor, Hale", "Penalties: Brennan (2), Dalgov": a list of
    /// players after a label that names what players do.
    fn player_list(&self, e: &mut Evidence) {
        if self.possessive {
            return;
        }
        let mut i = self.c.first;
        while i > 0 && self.c.first - i < 40 {
            i -= 1;
            let w = self.words[i];
            let t = w.text(self.text);
            if t == ":" {
                let label = i.checked_sub(1).map(|j| self.lower(j));
                if label.is_some_and(|l| PLAYER_LIST_LABELS.contains(&l.as_ref())) {
                    e.person += 3.0;
                    e.animate += 1.0;
                }
                return;
            }
            let item = w.is_capitalised()
                || matches!(t, "," | "and" | "(" | ")")
                || t.bytes().all(|b| b.is_ascii_digit())
                || (w.shape == Shape::Lower && self.lex.particle(t));
            if !item {
                return;
            }
        }
    }

    /// "3. Talvik 1:07", "6. Okafor same time": a ranked name followed by a time, as the
    /// results of a race give them.
    fn ranked_with_a_time(&self, e: &mut Evidence) {
        if self.possessive {
            return;
        }
        let start = self.words[self.c.first].start;
        if !after_rank(self.text.get(..start).unwrap_or("")) {
            return;
        }
        let end = self.words[self.c.last - 1].end;
        let after = self.text.get(end..).unwrap_or("").trim_start();
        let next = after.split_whitespace().next().unwrap_or("");
        let time = next.contains(':')
            && next
                .split(':')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        if time || after.starts_with("same time") {
            e.person += 3.0;
            e.animate += 1.0;
        }
    }

    /// "… as saying": the way news reports quote a person.
    fn quoted_as_saying(&self, e: &mut Evidence) {
        if self.lower(self.after) == "as" && self.lower(self.after + 1) == "saying" {
            e.person += 2.5;
            e.animate += 1.0;
        }
    }

    /// A dateline: "KJELVIK 2026-03-01", "SPRINGFIELD, Ill." at the start of a line in
    /// capitals.
    fn dateline(&self, e: &mut Evidence) {
        if self.c.first == 0
            && self.words[self.c.first].shape == Shape::Caps
            && (self.word(self.after) == ","
                || self
                    .words
                    .get(self.after)
                    .is_some_and(|w| !w.is_word && w.text(self.text).contains(['-', '/'])))
        {
            e.place += 3.0;
        }
    }

    /// "Mirvelle lies …", "Mirvelle is a fishing town": what the sentence says it is.
    fn described_as_place(&self, e: &mut Evidence) {
        if self.possessive {
            return;
        }
        let after = self.after;
        if matches!(self.lower(after).as_ref(), "lies" | "borders") {
            e.place += 2.0;
        }
        if self.lower(after) == "is" && matches!(self.lower(after + 1).as_ref(), "a" | "an") {
            let is_place = self
                .words
                .iter()
                .skip(after + 2)
                .take(3)
                .take_while(|w| w.is_word)
                .any(|w| words::is_place_noun(w.text(self.text)));
            if is_place {
                e.place += 2.5;
            }
        }
    }

    /// "the mayor of Orrin Falls", "Tomas Vell, 32, of Harrowgate", "the village of
    /// Mirvelle": a name after "of" that an office, an age or a kind of place points to.
    fn place_after_of(&self, e: &mut Evidence) {
        let first = self.c.first;
        if first < 2 || self.lower(first - 1) != "of" {
            return;
        }
        // "the mayor of Orrin Falls", "the governor of Kessia": an office's seat.
        if self.words[first - 2].shape == Shape::Lower
            && self.lex.title(self.word(first - 2)) == Some(TitleKind::Role)
            && !looks_like_full_name(self.full, self.lex)
        {
            e.place += 2.0;
            e.organization += 1.0;
            e.person -= 2.0;
        }
        // "Tomas Vell, 32, of Harrowgate": where a person named with an age comes from.
        if first >= 3
            && self.word(first - 2) == ","
            && self.word(first - 3).bytes().all(|b| b.is_ascii_digit())
            && !self.word(first - 3).is_empty()
        {
            e.place += 3.0;
        }
        // "the village of Mirvelle", "the town of Kjelvik".
        if words::is_place_noun(&self.lower(first - 2)) {
            e.place += 3.0;
        }
    }

    /// "the Dalby prison", "Orrin Falls police": a building or a town's service named after
    /// the name.
    fn building_after(&self, e: &mut Evidence) {
        if !self.possessive && self.after_classes.place_service() {
            e.place += 3.0;
        }
    }

    /// "the 818 Vela jet", "2016’s Night Harbour": a name right after a number is a model or
    /// a work, unless a results table or a list of scorers puts it there.
    fn after_a_number(&self, e: &mut Evidence, in_brackets: bool) {
        if !in_brackets && after_number(self.text, self.words[self.c.first].start) {
            e.person -= 2.5;
            e.organization += 1.0;
        }
    }

    /// "the carmaker Tovaro", "news agency Varta", "the Vesper Gazette newspaper": a kind of
    /// organisation named right before or after.
    fn organisation_noun_beside(&self, e: &mut Evidence) {
        if self.c.first >= 1 && self.before_classes.org_noun() {
            e.organization += 3.0;
        }
        if !self.possessive && self.after_classes.org_noun() {
            e.organization += 2.0;
        }
    }

    /// "Carlow Town's Tom Brennan": what owns a person is rarely a person.
    fn owner_of_a_name(&self, e: &mut Evidence) {
        if self.possessive
            && self
                .words
                .get(self.after)
                .is_some_and(|w| w.is_word && w.is_capitalised())
        {
            e.person -= 1.5;
            e.organization += 1.0;
        }
    }

    /// Before: "in Berlin", "the Kremlin", "said Okonjo", "told Varga".
    fn word_before(&self, e: &mut Evidence) {
        let Some(prev) = self.c.first.checked_sub(1) else {
            return;
        };
        let p = self.lower(prev);
        if matches!(
            p.as_ref(),
            "said" | "says" | "told" | "asked" | "quoted" | "thanked"
        ) {
            e.person += 2.0;
            // "“We will rebuild,” said Okonjo": a quotation is spoken by a person.
            if prev >= 1 && matches!(self.word(prev - 1), "”" | "\"" | "’") {
                e.animate += 1.0;
            }
        }
        if self.before_classes.place_preposition() && !self.possessive {
            e.place += 2.5;
        } else if (p == "to" && self.lower_before(2) != "according") || p == "of" {
            e.place += 0.6;
        } else if p == "the" {
            e.person -= 3.0;
            e.organization += 1.0;
            e.place += 0.3;
            // "the Harriers", "the Colts": a capitalised plural of an English word names a
            // team or a band, though not in "the Tales of the Marshes" or "the rest of the
            // Islands"; too little to lend its kind to a list's neighbours.
            let of_phrase = matches!(self.lower_before(2).as_ref(), "of" | "for" | "with")
                || self.lower(self.after) == "of";
            if self.n == 1 && !of_phrase && self.capitalised_plural() {
                e.organization += 1.2;
            }
        }
    }
}

impl Context<'_> {
    /// Whether the one-word name is a capitalised plural of an ordinary English word
    /// ("Harriers"), outside a line in capitals.
    fn capitalised_plural(&self) -> bool {
        let w = self.words[self.c.first];
        let written = w.text(self.text);
        !self.sentence.caps
            && w.shape == Shape::Capital
            && written.ends_with('s')
            && crate::analysis::lexicon::with_lower(written, |l| {
                let common = |w: &str| self.lex.common_level(w).is_some();
                common(l) || l.strip_suffix('s').is_some_and(common)
            })
    }
}

/// Word `i` of a sentence in lower case, or "" past its end.
fn lower_word<'a>(text: &'a str, words: &[Word], i: usize) -> Cow<'a, str> {
    crate::analysis::lexicon::lowercase(words.get(i).map_or("", |w| w.text(text)))
}

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
    if digits == 0 || (year && !possessive) {
        return false;
    }
    // The number must stand inside a line: one opening it is a rank or a score in a table
    // ("62 Ana Ruiz", "3. Tomas Vell"). A paragraph is one line, so the line is read back
    // from the number only until a letter shows.
    let line = &before[..before.len() - digits];
    let standalone = line.ends_with(' ') || line.ends_with('(');
    standalone
        && line
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .any(char::is_alphabetic)
}

/// Whether the line before a name holds only a rank ("3.", up to three digits), blanks
/// aside. Read back from the name, since a paragraph is one long line.
fn after_rank(before: &str) -> bool {
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let Some(rest) = before.trim_end_matches(blank).strip_suffix('.') else {
        return false;
    };
    let number = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = rest.len() - number.len();
    let opening = number.trim_end_matches(blank);
    (1..=3).contains(&digits) && (opening.is_empty() || opening.ends_with('\n'))
}
