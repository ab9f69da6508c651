//! Candidate names: runs of capitalised words, with particles ("de la Tour"), without the
//! common words that are capitalised only because they start a sentence or stand in a
//! title-case headline, and with titles and nationalities split off ("German Chancellor
//! Friedrich Merz" gives the group "German", the role "German Chancellor" and the name
//! "Friedrich Merz").

use super::not_people;
use super::roles;
use super::sentence::{Sentence, given_then_name, is_common, known, written_length};
use super::words::{Shape, Word};
use crate::analysis::lexicon::{CuePosition, Lexicon, TitleKind};

/// What the words before a name say about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Title {
    /// "Mr.", "Sen.": only people carry these.
    Honorific,
    /// "Chancellor", "envoy": an office or job.
    Role,
}

/// One possible name in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Index of its sentence.
    pub sentence: usize,
    /// Its words: `first..last` in the sentence's words.
    pub first: usize,
    /// One past its last word.
    pub last: usize,
    /// A title or role directly before it.
    pub title: Option<Title>,
    /// The role phrase before it ("German Chancellor"), as a byte range.
    pub role: Option<(usize, usize)>,
    /// Where an honorific before it starts ("Mr." in "Mr. Zelensky"), as a byte offset.
    pub honorific: Option<usize>,
    /// Whether it may be capitalised only because of where it stands (sentence start,
    /// headline); such a candidate becomes an entity only if the document knows the name.
    pub weak: bool,
}

/// Whether a capitalised word opening a question is its verb ("Will", "May", "Can"), though
/// some are also given names.
fn is_question_verb(word: &str) -> bool {
    matches!(
        word,
        "Will" | "Would" | "Can" | "Could" | "May" | "Might" | "Must" | "Shall" | "Should"
    )
}

/// Particles that may open a name ("de Gaulle", "von der Leyen"); others only stand inside.
const LEADING_PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "al", "el", "bin", "ibn",
    "ter", "ten", "dos", "das",
];

/// Whether a word is one of [`LEADING_PARTICLES`]: asked of every lower-case word, so the
/// words too long or with a first letter none of them has are ruled out before the list.
fn leading_particle(word: &str) -> bool {
    word.len() <= 5
        && word
            .as_bytes()
            .first()
            .is_some_and(|b| b"abdeitv".contains(b))
        && LEADING_PARTICLES.contains(&word)
}

/// Words that open the names of storms ("Cyclone Marla"), which are none of lede's kinds but
/// must not leave their name behind as a person.
pub const STORMS: &[&str] = &[
    "Cyclone",
    "Hurricane",
    "Typhoon",
    "Storm",
    "Tropical",
    "Tornado",
];

/// Common words that open names of places ("St Louis", "La Coruña", "New Haven").
const NAME_OPENERS: &[&str] = &[
    "St", "Saint", "San", "Santa", "Santo", "São", "Los", "Las", "La", "Le", "El", "New", "Port",
    "Fort", "Mount", "Lake", "Cape", "North", "South", "East", "West", "Upper", "Lower", "Great",
    "Little", "Grand",
];

/// Abbreviations whose period does not end a name ("St. Louis", "Martin Luther King Jr.").
const NAME_ABBREVIATIONS: &[&str] = &["St", "Mt", "Ft", "Jr", "Sr"];

/// The candidates of one sentence.
pub fn find(text: &str, index: usize, sentence: &Sentence, out: &mut Vec<Candidate>) {
    let lex = Lexicon::get();
    let mut scan = Scan {
        text,
        index,
        sentence,
        lex,
        names_list: sentence.headline && !sentence.caps && names_list(text, sentence, lex),
        out,
    };
    let words = &sentence.words;
    let mut i = 0;
    while i < words.len() {
        let Some(mut end) = run_end(text, words, i, lex) else {
            i += 1;
            continue;
        };
        // "Ministry of Defence", "Gulf of Mexico", "Organisation for Economic …".
        while let (Some(last), Some(joint)) = (
            end.checked_sub(1).and_then(|l| words.get(l)),
            words.get(end),
        ) && matches!(joint.text(text), "of" | "for")
            && !last.possessive
            && let Some(next) = run_end(text, words, end + 1, lex)
            && words.get(end + 1).is_some_and(|w| w.is_capitalised())
            && {
                let k = sentence.key(text, end - 1);
                lex.org_cue(&k).is_some()
                    || matches!(
                        lex.place_cue(&k),
                        Some(CuePosition::First | CuePosition::Any)
                    )
                    || known(lex, &phrase(text, sentence, i, next))
            }
        {
            end = next;
        }
        scan.split_run(i, end);
        i = end;
    }
}

/// If a name can start at word `i`, where its run of capitalised words ends.
fn run_end(text: &str, words: &[Word], i: usize, lex: &Lexicon) -> Option<usize> {
    let w = words.get(i)?;
    if !w.is_word {
        return None;
    }
    if !w.is_capitalised() {
        // A leading particle needs a capitalised word after it ("de Gaulle").
        if !leading_particle(w.text(text)) || w.possessive {
            return None;
        }
        let next = particles_then_capital(text, words, i + 1, lex)?;
        return Some(extend(text, words, next + 1, lex));
    }
    Some(extend(text, words, i + 1, lex))
}

/// The index of the capitalised word after a run of particles starting at `i`.
fn particles_then_capital(text: &str, words: &[Word], i: usize, lex: &Lexicon) -> Option<usize> {
    let mut j = i;
    while let Some(w) = words.get(j) {
        if w.is_capitalised() && w.is_word {
            return Some(j);
        }
        if w.shape != Shape::Lower || w.possessive || !lex.particle(w.text(text)) {
            return None;
        }
        j += 1;
    }
    None
}

/// Extends a run whose last word is `j - 1`.
fn extend(text: &str, words: &[Word], mut j: usize, lex: &Lexicon) -> usize {
    loop {
        let Some(prev) = j.checked_sub(1).and_then(|p| words.get(p)) else {
            return j;
        };
        if prev.possessive {
            // "St. Ursula’s Hospital": a possessive inside an organisation's or place's name.
            if !words.get(j).is_some_and(|w| closes_a_name(text, *w, lex)) {
                return j;
            }
            j += 1;
            continue;
        }
        let Some(w) = words.get(j) else { return j };
        // A line break ends a name: a label line ("Group D", "IN") never runs into the name
        // on the next line.
        // By bytes: the gap is mostly one space, shorter than a character search's set-up.
        if text
            .as_bytes()
            .get(prev.end..w.start)
            .is_some_and(|gap| gap.contains(&b'\n'))
        {
            return j;
        }
        if w.is_word && w.is_capitalised() && w.space_before {
            j += 1;
            continue;
        }
        if w.is_word && w.shape == Shape::Lower && w.space_before {
            match particles_then_capital(text, words, j, lex) {
                Some(next) => {
                    j = next + 1;
                    continue;
                }
                None => return j,
            }
        }
        let t = w.text(text);
        let next_capital = words
            .get(j + 1)
            .is_some_and(|n| n.is_word && n.is_capitalised());
        // "AT&T", "Procter & Gamble".
        if t == "&" && next_capital {
            j += 2;
            continue;
        }
        // "St. Louis", "Mr. Smith", "Dr. J. Jones": the period does not end the name.
        if t == "." && next_capital {
            let p = prev.text(text);
            if NAME_ABBREVIATIONS
                .iter()
                .any(|abbreviation| abbreviation.eq_ignore_ascii_case(p))
                || lex.title(p) == Some(TitleKind::Honorific)
            {
                j += 2;
                continue;
            }
        }
        return j;
    }
}

/// Whether a capitalised word after a possessive is the cue word that ends an
/// organisation's or a place's name ("Hospital" in "St. Ursula’s Hospital").
fn closes_a_name(text: &str, w: Word, lex: &Lexicon) -> bool {
    let last = |cue: Option<CuePosition>| matches!(cue, Some(CuePosition::Last | CuePosition::Any));
    w.is_capitalised()
        && w.space_before
        && (last(lex.org_cue(w.text(text))) || last(lex.place_cue(w.text(text))))
}

/// Where a full name starts after labels that cannot be part of it: abbreviations in
/// capitals (a team, a position), places, nationalities, or a common word that is
/// capitalised only because it opens the sentence or that follows another label (a job
/// title written in capitals). The name must open with a clear given name and have a surname
/// after it.
fn label_then_name(
    text: &str,
    sentence: &Sentence,
    a: usize,
    b: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let key = |i: usize| sentence.key(text, i);
    let label = |i: usize| {
        let w = sentence.words[i];
        let k = key(i);
        (w.shape == Shape::Caps && w.text(text).len() <= 4 && lex.given_name(&k).is_none())
            || lex.place(&k).is_some()
            || lex.demonym(&k).is_some()
            || lex.org_cue(&k).is_some()
            // A common word opening the sentence, or after another label: "KVTN Sports
            // Insider Jonas La Fontaine".
            || ((i == a && sentence.initial(text, a) || i > a && w.is_capitalised())
                && is_common(lex, &k))
            // An everyday word that no name list knows, opening the run mid-sentence:
            // "Director of Public Prosecution Eva-Marie Persson" (not "San" of "San Diego",
            // "New" of "New York" or "The").
            || (i == a
                && w.is_capitalised()
                && not_people::everyday_word(&k, lex)
                && !lex.function_word(&k)
                && lex.given_name(&k).is_none()
                && lex.surname(&k).is_none()
                && !known(lex, &phrase(text, sentence, i, i + 2)))
    };
    // Titles make a role phrase ("German Chancellor Friedrich Merz"), which `body_run` keeps;
    // modifiers alone ("Sports", "Senior") make none.
    if (a..b).any(|i| {
        matches!(
            sentence.title(text, i, lex),
            Some(TitleKind::Role | TitleKind::Honorific)
        )
    }) {
        return None;
    }
    (a + 1..b.saturating_sub(1))
        .take_while(|&t| label(t - 1))
        .find(|&t| opens_full_name(text, sentence, t, lex))
}

/// Whether words from `b` are a win-loss record in brackets followed by what its holder did
/// ("( 14-10 ) struck out nine"); a team's record opens a line of its scorers ("Palm Rise
/// (1-0): Vell 25 points").
pub fn record_after(text: &str, words: &[Word], b: usize) -> bool {
    let word = |i: usize| words.get(i).map_or("", |w| w.text(text));
    // Asked after most names: the bracket first.
    let record = || {
        word(b + 1).split_once('-').is_some_and(|(w, l)| {
            [w, l]
                .iter()
                .all(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()))
        })
    };
    let verb = || {
        words
            .get(b + 3)
            .is_some_and(|w| w.is_word && w.shape == Shape::Lower)
    };
    word(b) == "(" && word(b + 2) == ")" && record() && verb()
}

/// Whether word `t` is a clear given name (listed, not an English word) with a capitalised
/// word, its surname, after it.
fn opens_full_name(text: &str, sentence: &Sentence, t: usize, lex: &Lexicon) -> bool {
    let k = sentence.key(text, t);
    lex.given_name(&k).is_some()
        && !is_common(lex, &k)
        && sentence
            .words
            .get(t + 1)
            .is_some_and(|w| w.is_capitalised())
}

/// Where a full name starts right after an organisation's or place's name that ends in its
/// cue word ("the Baltic Council Tomas Vell", "Harbour Street Ana Ruiz"): the given name must
/// be a clear one with a surname after it.
fn institution_then_name(
    text: &str,
    sentence: &Sentence,
    a: usize,
    b: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let key = |i: usize| sentence.key(text, i);
    (a + 2..b.saturating_sub(1)).find(|&t| {
        let before = key(t - 1);
        let cue = matches!(
            lex.org_cue(&before),
            Some(CuePosition::Last | CuePosition::Any)
        ) || matches!(
            lex.place_cue(&before),
            Some(CuePosition::Last | CuePosition::Any)
        );
        cue && opens_full_name(text, sentence, t, lex)
    })
}

/// The text of words `a..b`, normalised, joined by single spaces.
fn phrase(text: &str, sentence: &Sentence, a: usize, b: usize) -> String {
    let mut s = String::with_capacity(written_length(sentence, a, b));
    for i in a..b {
        let w = &sentence.words[i];
        if i > a && w.space_before {
            s.push(' ');
        }
        s.push_str(&sentence.key(text, i));
    }
    s
}

fn weak(sentence: usize, first: usize, last: usize) -> Candidate {
    Candidate {
        sentence,
        first,
        last,
        title: None,
        role: None,
        honorific: None,
        weak: true,
    }
}

/// One sentence's candidates being found: the sentence, its index and where candidates go.
struct Scan<'a> {
    text: &'a str,
    index: usize,
    sentence: &'a Sentence,
    lex: &'static Lexicon,
    /// Whether the sentence, capitalised word by word, is a list of people's names rather
    /// than a headline, so its capitals say what they say in running text.
    names_list: bool,
    out: &'a mut Vec<Candidate>,
}

/// Whether a word is an initial: one capital letter and a full stop ("T.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.as_str() == "."
}

/// Whether a line with no lower-case words is a list of people's names: three items or more
/// between commas, at least two of them a clear given name and a surname ("Ana Ruiz , Tom
/// Hale , Baker , Rocket Lund"), and nothing but names, commas, "and" and numbers in it.
fn names_list(text: &str, sentence: &Sentence, lex: &Lexicon) -> bool {
    let words = &sentence.words;
    let mut commas = 0;
    let mut full_names = 0;
    let mut item_start = true;
    for (i, w) in words.iter().enumerate() {
        let t = w.text(text);
        if t == "," {
            commas += 1;
            item_start = true;
            continue;
        }
        if w.is_word && !w.is_capitalised() && t != "and" {
            return false;
        }
        if item_start && w.is_word && opens_full_name(text, sentence, i, lex) {
            full_names += 1;
        }
        item_start = !w.is_word;
    }
    commas >= 2 && full_names >= 2
}

/// The role phrase at the start of a run ("German Chancellor", "Mr.", "New Zealand Prime
/// Minister"), read word by word.
#[derive(Default)]
struct RolePhrase {
    /// Where the last title of the phrase ends (`None`: no title).
    end: Option<usize>,
    /// The strongest title in it.
    title: Option<Title>,
    /// Where an honorific in it starts, as a byte offset.
    honorific: Option<usize>,
    /// The first and last-plus-one words of the role proper, for `roles::role_before`.
    role_start: Option<usize>,
    role_end: Option<usize>,
}

impl Scan<'_> {
    /// Word `i` as the word lists spell it.
    fn key(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.sentence.key(self.text, i)
    }

    /// What the title list says of word `i` as the word lists spell it.
    fn title(&self, i: usize) -> Option<TitleKind> {
        self.sentence.title(self.text, i, self.lex)
    }

    /// Words `a..b` as the word lists spell them.
    fn phrase(&self, a: usize, b: usize) -> String {
        phrase(self.text, self.sentence, a, b)
    }

    /// The largest `y` in `from..=to` whose words `a..y` pass `test`, longest first. The
    /// words `a..to` are spelt once: each shorter phrase is a prefix of that one.
    fn longest_phrase(
        &self,
        a: usize,
        from: usize,
        to: usize,
        test: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        if from > to {
            return None;
        }
        // The words `a..to` as `phrase` joins them, with the byte length of the words
        // `a..y` at `ends[y - a]` for the first few `y`.
        let mut whole = String::with_capacity(written_length(self.sentence, a, to));
        let mut ends = [0usize; 8];
        for i in a..to {
            if i > a && self.sentence.words[i].space_before {
                whole.push(' ');
            }
            whole.push_str(&self.key(i));
            if let Some(end) = ends.get_mut(i + 1 - a) {
                *end = whole.len();
            }
        }
        (from..=to).rev().find(|&y| match ends.get(y - a) {
            Some(&end) if y > a => test(whole.get(..end).unwrap_or("")),
            _ => test(&self.phrase(a, y)),
        })
    }

    /// Records a candidate of words `first..last` with nothing said about it.
    fn push(&mut self, first: usize, last: usize) {
        self.out.push(Candidate {
            sentence: self.index,
            first,
            last,
            title: None,
            role: None,
            honorific: None,
            weak: false,
        });
    }

    /// Records words `first..last` as a weak candidate.
    fn push_weak(&mut self, first: usize, last: usize) {
        self.out.push(weak(self.index, first, last));
    }

    /// Turns one run of capitalised words into candidates.
    fn split_run(&mut self, first: usize, last: usize) {
        let (text, sentence, lex) = (self.text, self.sentence, self.lex);
        let mut a = first;
        let b = last;
        if sentence.headline && !self.names_list {
            self.headline_run(a, b);
            return;
        }
        if sentence.initial(text, a) && self.capitalised_for_position(a, b) {
            self.push_weak(a, a + 1);
            a += 1;
            if a >= b {
                return;
            }
        }
        // Months, weekdays and the like at the edges are not part of a name.
        // The word as written is asked only when the lists spell it otherwise.
        let never = |i: usize| {
            let spelt = sentence.spelling(text, i);
            let written = sentence.words[i].text(text);
            lex.not_entity(spelt) || (written != spelt && lex.not_entity(written))
        };
        // "Jan Kowalski", "May Chen": a month that is also a given name opens a name.
        while a < b && never(a) && !given_then_name(text, sentence, a, b, lex) {
            a += 1;
        }
        let mut b = b;
        while b > a && never(b - 1) && !(b - a >= 2 && lex.given_name(&self.key(b - 2)).is_some()) {
            b -= 1;
        }
        if a >= b {
            return;
        }
        self.body_run(a, b);
    }

    /// Whether the common word opening a sentence at `a` is capitalised for that reason
    /// alone: not when a known name starts there ("United States"), a title follows, or a
    /// given name is followed by a name ("Will Smith").
    fn capitalised_for_position(&self, a: usize, b: usize) -> bool {
        let (text, sentence, lex) = (self.text, self.sentence, self.lex);
        let k = self.key(a);
        // "Will Warren stay in the race?", "May Ostrova …?": a question opens with its verb,
        // which is no given name.
        if b > a + 1 && is_question_verb(&k) && self.asks() {
            return true;
        }
        let known_prefix = self
            .longest_phrase(a, a + 1, b.min(a + 6), |p| known(lex, p))
            .is_some();
        let titled = b > a + 1
            && (a..b)
                .any(|i| matches!(self.title(i), Some(TitleKind::Role | TitleKind::Honorific)));
        // "Okafor, who …": a surname alone, taken up by "who".
        let who = b == a + 1
            && lex.surname(&k).is_some_and(|w| w > 0.0)
            && sentence.words.get(b).is_some_and(|w| w.text(text) == ",")
            && sentence
                .words
                .get(b + 1)
                .is_some_and(|w| matches!(w.text(text), "who" | "whose"));
        // "Baker said": a common surname alone before a reporting verb.
        let speaks = b == a + 1
            && lex.surname(&k).is_some_and(|w| w >= 0.05)
            && sentence
                .words
                .get(b)
                .is_some_and(|w| lex.reporting_verb(w.text(text)));
        // "Port Kessock", "East Dunmarra": a word that opens places' names, before a word that is
        // no English word (nor a plural acronym, "New SUVs").
        let opener = b > a + 1
            && NAME_OPENERS.contains(&k.as_ref())
            && sentence.words[a + 1].shape == Shape::Capital
            && sentence.words[a + 1]
                .text(text)
                .chars()
                .nth(1)
                .is_some_and(char::is_lowercase)
            && !is_common(lex, &self.key(a + 1));
        // "Wood, Loren Hale, …", "Brown (14-10) won": a listed surname before a person's
        // full name in a list, or a win-loss record.
        let among_people = b == a + 1
            && lex.surname(&k).is_some_and(|w| w > 0.0)
            && (record_after(text, &sentence.words, b)
                || sentence.words.get(b).is_some_and(|w| w.text(text) == ",")
                    && opens_full_name(text, sentence, b + 1, lex));
        let named = who
            || speaks
            || among_people
            || opener
            || self.team_in_table(b)
            || given_then_name(text, sentence, a, b, lex)
            || (b > a + 1 && STORMS.contains(&k.as_ref()));
        (lex.not_entity(&k) && !named) || (is_common(lex, &k) && !known_prefix && !titled && !named)
    }

    /// Whether the sentence is a question: its last mark, before any closing quote, is "?".
    fn asks(&self) -> bool {
        let text = self.text;
        self.sentence
            .words
            .iter()
            .rev()
            .map(|w| w.text(text))
            .find(|w| !matches!(*w, "”" | "\"" | "’" | "'" | ")"))
            .is_some_and(|w| w == "?")
    }

    /// Whether the run ending before word `b` opens a results or standings line: a score and
    /// the other side after it ("Marsh 2 Dunmore 1"), or a row of five numbers or more ("Haven
    /// 4 3 1 0 7 4 10").
    fn team_in_table(&self, b: usize) -> bool {
        let words = &self.sentence.words;
        let number = |i: usize| {
            words.get(i).is_some_and(|w| {
                let t = w.text(self.text);
                !w.is_word && !t.is_empty() && t.len() <= 3 && t.bytes().all(|c| c.is_ascii_digit())
            })
        };
        if !number(b) {
            return false;
        }
        let other_side = words
            .get(b + 1)
            .is_some_and(|w| w.is_word && w.shape == Shape::Capital)
            && (b + 2..words.len()).any(number);
        other_side || (b..b + 5).all(number)
    }

    /// A run in a headline: keeps known names and words that are not ordinary English words,
    /// and remembers the rest in case the document knows them.
    fn headline_run(&mut self, a: usize, b: usize) {
        let lex = self.lex;
        // A name with an organisation's shape stays whole: "The National Bank of Poland",
        // "LAGOS TRIBUNE".
        let shaped = b > a + 1
            && (matches!(
                lex.org_cue(&self.key(b - 1)),
                Some(CuePosition::Last | CuePosition::Any)
            ) || (a..b).any(|i| self.sentence.words[i].text(self.text) == "of"));
        if shaped {
            let from = if matches!(self.key(a).as_ref(), "The" | "A" | "An") {
                self.push_weak(a, a + 1);
                a + 1
            } else {
                a
            };
            self.body_run(from, b);
            return;
        }
        let mut i = a;
        let mut start: Option<usize> = None;
        while i < b {
            // The longest known multi-word name starting here.
            if let Some(y) = self.longest_phrase(i, i + 2, b.min(i + 6), |p| known(lex, p)) {
                if let Some(s) = start.take() {
                    self.body_run(s, i);
                }
                self.body_run(i, y);
                i = y;
                continue;
            }
            if self.headline_name_word(a, b, i, start.is_some()) {
                start.get_or_insert(i);
            } else {
                if let Some(s) = start.take() {
                    self.body_run(s, i);
                }
                if self.sentence.words[i].is_word {
                    self.push_weak(i, i + 1);
                }
            }
            i += 1;
        }
        if let Some(s) = start {
            self.body_run(s, b);
        }
    }

    /// Whether word `i` of a headline run `a..b` belongs to a name (`in_name`: a name is
    /// already open): a known name, a word that is no ordinary English word, a place's opening
    /// or closing word, a title before more words, a given name before a name.
    fn headline_name_word(&self, a: usize, b: usize, i: usize, in_name: bool) -> bool {
        let (text, sentence, lex) = (self.text, self.sentence, self.lex);
        let k = self.key(i);
        let w = &sentence.words[i];
        // "ST PAUL", "LA PAZ", "NIAGARA FALLS": a common word that opens or closes
        // a place's name.
        let next_plain = sentence.words.get(i + 1).is_some_and(|n| n.is_word)
            && i + 1 < b
            && !is_common(lex, &self.key(i + 1));
        let opener = next_plain && NAME_OPENERS.contains(&k.as_ref());
        let closer = in_name
            && matches!(
                lex.place_cue(&k),
                Some(CuePosition::Last | CuePosition::Any)
            );
        w.is_word
            && (known(lex, &k)
                || opener
                || closer
                || !is_common(lex, &k)
                || (i + 1 < b
                    && matches!(self.title(i), Some(TitleKind::Role | TitleKind::Honorific)))
                || given_then_name(text, sentence, i, b, lex)
                || (in_name && i > a && given_then_name(text, sentence, i - 1, b, lex))
                // "T. Baker": an initial before it makes an English word a surname.
                || (in_name && i > a && is_initial(sentence.words[i - 1].text(text))))
            && !lex.not_entity(&k)
            && !self.opens_question(i, &k, in_name)
    }

    /// Whether word `i` is the verb a question headline opens with, at its start or after
    /// its question word: "WILL" in "HOW WILL RUIZ PLAY?", which a list of given names knows.
    fn opens_question(&self, i: usize, k: &str, in_name: bool) -> bool {
        let (text, sentence) = (self.text, self.sentence);
        let after_question_word = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.key(p).as_ref(),
                "How" | "Why" | "What" | "When" | "Where" | "Who" | "Which"
            )
        });
        !in_name
            && is_question_verb(k)
            && (sentence.initial(text, i) || after_question_word)
            && self.asks()
    }

    /// A run in running text: splits off labels, an inner role phrase and a leading
    /// nationality, and records the role and title evidence the name gets from the words
    /// before it.
    fn body_run(&mut self, a: usize, b: usize) {
        let lex = self.lex;
        // A run of one word is its own spelling: no phrase is built for it.
        let whole_known = if b == a + 1 {
            known(lex, self.sentence.spelling(self.text, a))
        } else {
            known(lex, &self.phrase(a, b))
        };
        let ends_in_cue = b > a + 1 && {
            let last = self.key(b - 1);
            lex.org_cue(&last).is_some()
                || matches!(
                    lex.place_cue(&last),
                    Some(CuePosition::Last | CuePosition::Any)
                )
        };
        // A known name or an institution's name keeps all its words.
        let plain = !whole_known && !ends_in_cue;
        let mut a = a;
        let mut role = RolePhrase::default();
        if plain {
            a = self.labels_before_name(a, b);
            a = self.inner_role(a, b);
            if self.role_continued(a, b) {
                return;
            }
            match self.strip_role_phrase(a, b) {
                Some((start, phrase)) => (a, role) = (start, phrase),
                None => return,
            }
        }
        // A role in lower case before the run: "his chief negotiator Rustem Umerov", "the
        // Spanish choreographer José Ángel Muñoz", "former US President Donald Trump".
        let role_span = roles::role_before(
            self.text,
            self.sentence,
            a,
            role.role_start,
            role.role_end,
            lex,
        );
        let mut title = role.title;
        if title.is_none() && role_span.is_some() {
            title = Some(Title::Role);
        }
        // A nationality before a name: "Australian Kate Fenwick".
        if plain && b > a + 1 && title.is_none() && self.nationality_first(a, b) {
            self.push(a, a + 1);
            a += 1;
        }
        self.out.push(Candidate {
            sentence: self.index,
            first: a,
            last: b,
            title,
            role: role_span,
            honorific: role.honorific,
            weak: false,
        });
    }

    /// Labels before a full name ("Denver QB Tariq Bell", "Estonia Aivar Koppel", "the
    /// Baltic Council Tomas Vell"), recorded on their own; returns where the name starts.
    fn labels_before_name(&mut self, a: usize, b: usize) -> usize {
        let (text, sentence, lex) = (self.text, self.sentence, self.lex);
        if let Some(t) = institution_then_name(text, sentence, a, b, lex) {
            // "the Baltic Council Tomas Vell": the institution is a name of its own.
            self.body_run(a, t);
            return t;
        }
        let Some(t) = label_then_name(text, sentence, a, b, lex) else {
            return a;
        };
        // Each label stands alone: a place is still a place, an abbreviation or a
        // capitalised common word counts only if the document knows it.
        for i in a..t {
            let k = self.key(i);
            if lex.place(&k).is_some() || lex.demonym(&k).is_some() {
                self.body_run(i, i + 1);
            } else {
                self.push_weak(i, i + 1);
            }
        }
        t
    }

    /// Whether word `i` may stand inside a role phrase: a title, a nationality, a place.
    fn fits_role(&self, i: usize) -> bool {
        let k = self.key(i);
        self.title(i).is_some() || self.lex.demonym(&k).is_some() || self.lex.place(&k).is_some()
    }

    /// A role further inside the run ("Rowing Federation President Ilse Brandt"): what comes
    /// before the role phrase is a name of its own. Returns where the role phrase starts.
    fn inner_role(&mut self, a: usize, b: usize) -> usize {
        let inner = (a..b.saturating_sub(1))
            .rev()
            .find(|&t| matches!(self.title(t), Some(TitleKind::Role | TitleKind::Honorific)));
        let Some(t) = inner else {
            return a;
        };
        let mut rs = t;
        while rs > a && self.fits_role(rs - 1) {
            rs -= 1;
        }
        if rs == a {
            return a;
        }
        if rs == a + 1 && is_common(self.lex, &self.key(a)) {
            self.push_weak(a, rs);
        } else {
            self.body_run(a, rs);
        }
        rs
    }

    /// "Secretary of State John Kerry": a run that continues a role before "of" holds the
    /// rest of the role, then the name, which is recorded with the whole role. Returns
    /// whether it did.
    fn role_continued(&mut self, a: usize, b: usize) -> bool {
        let (text, sentence, lex) = (self.text, self.sentence, self.lex);
        let words = &sentence.words;
        if a < 2
            || words[a - 1].text(text) != "of"
            || lex.title(words[a - 2].text(text)) != Some(TitleKind::Role)
        {
            return false;
        }
        let mut m = a;
        while m < b && self.fits_role(m) {
            m += 1;
        }
        if m == a || m >= b {
            return false;
        }
        let role = roles::role_before(text, sentence, a - 1, Some(a - 2), Some(a - 1), lex)
            .and_then(|(s, _)| Some((s, words.get(m - 1)?.end)));
        self.out.push(Candidate {
            sentence: self.index,
            first: m,
            last: b,
            title: Some(Title::Role),
            role,
            honorific: None,
            weak: false,
        });
        true
    }

    /// The role phrase opening run `a..b`: titles, modifiers, nationalities and countries,
    /// ending in a title.
    fn role_phrase(&self, a: usize, b: usize) -> RolePhrase {
        let lex = self.lex;
        let mut role = RolePhrase::default();
        let mut i = a;
        while i < b {
            // A country of several words inside the role ("New Zealand Prime Minister").
            if let Some(y) = self.longest_phrase(i, i + 2, b.min(i + 4), |p| lex.place(p).is_some())
            {
                role.role_start.get_or_insert(i);
                i = y;
                continue;
            }
            let k = self.key(i);
            let title = self.title(i);
            i += 1;
            match title {
                Some(TitleKind::Honorific) => {
                    role.end = Some(i);
                    role.title = Some(Title::Honorific);
                    role.honorific
                        .get_or_insert(self.sentence.words[i - 1].start);
                }
                Some(TitleKind::Role) => {
                    role.end = Some(i);
                    if role.title.is_none() {
                        role.title = Some(Title::Role);
                    }
                    role.role_start.get_or_insert(i - 1);
                    role.role_end = Some(i);
                }
                Some(TitleKind::Modifier) => {
                    role.role_start.get_or_insert(i - 1);
                }
                None if lex.demonym(&k).is_some() || lex.place(&k).is_some() => {
                    role.role_start.get_or_insert(i - 1);
                }
                None if k == "." => {}
                None => break,
            }
        }
        role
    }

    /// Takes the role phrase off the start of run `a..b`, recording the nationalities and
    /// countries inside it: where the name starts and the phrase, or `None` when nothing of
    /// the run is left for a name (a title used as a name is recorded as one).
    fn strip_role_phrase(&mut self, a: usize, b: usize) -> Option<(usize, RolePhrase)> {
        let role = self.role_phrase(a, b);
        match role.end {
            Some(p) if p < b => {
                self.entities_inside_role(a, p);
                // Skip the period of "Mr." and the like.
                let start = (p..b).find(|&i| self.sentence.words[i].is_word)?;
                Some((start, role))
            }
            Some(_) => {
                self.title_as_name(a, b);
                None
            }
            None => Some((a, RolePhrase::default())),
        }
    }

    /// Nationalities and countries inside a role phrase `a..p` are entities of their own.
    fn entities_inside_role(&mut self, a: usize, p: usize) {
        let lex = self.lex;
        let nation = |k: &str| lex.demonym(k).is_some() || lex.place(k).is_some();
        let mut i = a;
        while i < p {
            let y = self
                .longest_phrase(i, i + 1, p.min(i + 4), |k| {
                    lex.title(k).is_none() && nation(k)
                })
                .unwrap_or(i + 1);
            if y > i + 1
                || (self.sentence.words[i].is_word
                    && self.title(i).is_none()
                    && nation(&self.key(i)))
            {
                self.push(i, y);
            }
            i = y;
        }
    }

    /// "said King", "King said": a title word alone used as a name.
    fn title_as_name(&mut self, a: usize, b: usize) {
        let words = &self.sentence.words;
        let text = self.text;
        let prev = a
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .map(|w| w.text(text));
        let next = words.get(b).map(|w| w.text(text));
        let speaks = matches!(prev, Some("said" | "says"))
            || next.is_some_and(|n| self.lex.reporting_verb(n));
        if b == a + 1 && speaks && words[a].shape == Shape::Capital {
            self.push(a, b);
        }
    }

    /// Whether the run opens with a nationality or group word that is not a given name before
    /// a surname ("Australian Kate Fenwick", not "Christian Haller").
    fn nationality_first(&self, a: usize, b: usize) -> bool {
        let lex = self.lex;
        let k = self.key(a);
        let given = lex.group(&k) && given_then_name(self.text, self.sentence, a, b, lex);
        (lex.demonym(&k).is_some() || lex.group(&k)) && !given
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, bool)> {
        let sentence = Sentence::new(text, 0, text.len());
        let mut out = Vec::new();
        find(text, 0, &sentence, &mut out);
        out.iter()
            .map(|c| {
                let s = sentence.words[c.first].start;
                let e = sentence.words[c.last - 1].end;
                (text[s..e].to_string(), c.weak)
            })
            .collect()
    }

    fn strong(text: &str) -> Vec<String> {
        names(text)
            .into_iter()
            .filter(|(_, weak)| !weak)
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn every_leading_particle_passes_the_quick_test() {
        for particle in LEADING_PARTICLES {
            assert!(leading_particle(particle), "{particle}");
        }
        assert!(!leading_particle("dell"));
        assert!(!leading_particle("the"));
    }

    #[test]
    fn particles_stay_inside_names() {
        assert_eq!(
            strong("They met Jean-Luc de la Tour and Ana María van der Berg today."),
            ["Jean-Luc de la Tour", "Ana María van der Berg"]
        );
        assert_eq!(strong("a speech by de Gaulle"), ["de Gaulle"]);
    }

    #[test]
    fn sentence_initial_common_words_are_only_weak() {
        assert_eq!(strong("Despite the rain, Berlin stayed calm."), ["Berlin"]);
        assert_eq!(strong("Following talks, Merz left."), ["Merz"]);
        assert_eq!(strong("Will the talks succeed?"), Vec::<String>::new());
        assert_eq!(strong("Will Smith arrived."), ["Will Smith"]);
        assert_eq!(strong("Turkey said no."), ["Turkey"]);
    }

    #[test]
    fn roles_and_nationalities_are_split_off() {
        let text = "talks with German Chancellor Friedrich Merz ended";
        let sentence = Sentence::new(text, 0, text.len());
        let mut out = Vec::new();
        find(text, 0, &sentence, &mut out);
        let spans: Vec<&str> = out
            .iter()
            .map(|c| &text[sentence.words[c.first].start..sentence.words[c.last - 1].end])
            .collect();
        assert_eq!(spans, ["German", "Friedrich Merz"]);
        let (s, e) = out[1].role.unwrap();
        assert_eq!(&text[s..e], "German Chancellor");
        assert_eq!(out[1].title, Some(Title::Role));
    }

    #[test]
    fn lower_case_roles_before_a_name() {
        let text = "his chief negotiator Rustem Umerov and former US President Donald Trump";
        let sentence = Sentence::new(text, 0, text.len());
        let mut out = Vec::new();
        find(text, 0, &sentence, &mut out);
        let roles: Vec<&str> = out
            .iter()
            .filter_map(|c| c.role.map(|(s, e)| &text[s..e]))
            .collect();
        assert_eq!(roles, ["chief negotiator", "former US President"]);
    }

    #[test]
    fn headlines_keep_names_not_capitalised_words() {
        assert_eq!(
            strong("Ukraine Peace Talks Continue in Berlin as US Says Progress Has Been Made"),
            ["Ukraine", "Berlin", "US"]
        );
        assert_eq!(
            strong("CHILE EARN LATE DRAW IN NEW YORK"),
            ["CHILE", "NEW YORK"]
        );
    }
}
