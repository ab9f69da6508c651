//! Candidate names: runs of capitalised words, with particles ("de la Tour"), without the
//! common words that are capitalised only because they start a sentence or stand in a
//! title-case headline, and with titles and nationalities split off ("German Chancellor
//! Friedrich Merz" gives the group "German", the role "German Chancellor" and the name
//! "Friedrich Merz").

use super::roles;
use super::sentence::{Sentence, given_then_name, is_common, known};
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

/// Particles that may open a name ("de Gaulle", "von der Leyen"); others only stand inside.
const LEADING_PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "al", "el", "bin", "ibn",
    "ter", "ten", "dos", "das",
];

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
        split_run(text, index, sentence, i, end, lex, out);
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
        if !LEADING_PARTICLES.contains(&w.text(text)) || w.possessive {
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
            let cue = words.get(j).is_some_and(|w| {
                w.is_capitalised()
                    && w.space_before
                    && (matches!(
                        lex.org_cue(w.text(text)),
                        Some(CuePosition::Last | CuePosition::Any)
                    ) || matches!(
                        lex.place_cue(w.text(text)),
                        Some(CuePosition::Last | CuePosition::Any)
                    ))
            });
            if !cue {
                return j;
            }
            j += 1;
            continue;
        }
        let Some(w) = words.get(j) else { return j };
        // A line break ends a name: a label line ("Group D", "IN") never runs into the name
        // on the next line.
        if text
            .get(prev.end..w.start)
            .is_some_and(|gap| gap.contains('\n'))
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

/// Turns one run of capitalised words into candidates.
fn split_run(
    text: &str,
    index: usize,
    sentence: &Sentence,
    first: usize,
    last: usize,
    lex: &Lexicon,
    out: &mut Vec<Candidate>,
) {
    let mut a = first;
    let b = last;
    let key = |i: usize| sentence.key(text, i);
    let whole = |x: usize, y: usize| phrase(text, sentence, x, y);

    if sentence.headline {
        headline_run(text, index, sentence, a, b, lex, out);
        return;
    }
    // A common word that starts the sentence is capitalised for that reason alone, unless
    // a known name starts there ("United States") or a given name is followed by a name
    // ("Will Smith").
    if sentence.initial(text, a) {
        let k = key(a);
        let known_prefix = (a + 1..=b.min(a + 6))
            .rev()
            .any(|y| known(lex, &whole(a, y)));
        let titled = b > a + 1
            && (a..b).any(|i| {
                matches!(
                    lex.title(&key(i)),
                    Some(TitleKind::Role | TitleKind::Honorific)
                )
            });
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
        let named = who
            || speaks
            || given_then_name(text, sentence, a, b, lex)
            || (b > a + 1 && STORMS.contains(&k.as_ref()));
        if (lex.not_entity(&k) && !named)
            || (is_common(lex, &k) && !known_prefix && !titled && !named)
        {
            out.push(weak(index, a, a + 1));
            a += 1;
            if a >= b {
                return;
            }
        }
    }
    // Months, weekdays and the like at the edges are not part of a name.
    let never = |i: usize| lex.not_entity(&key(i)) || lex.not_entity(sentence.words[i].text(text));
    // "Jan Kowalski", "May Chen": a month that is also a given name opens a name.
    while a < b && never(a) && !given_then_name(text, sentence, a, b, lex) {
        a += 1;
    }
    let mut b = b;
    while b > a && never(b - 1) && !(b - a >= 2 && lex.given_name(&key(b - 2)).is_some()) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    body_run(text, index, sentence, a, b, lex, out);
}

/// Where a full name starts after labels that cannot be part of it: abbreviations in
/// capitals (a team, a position), places, nationalities, or a common word that is
/// capitalised only because it opens the sentence. The name must open with a clear given name
/// and have a surname after it.
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
            || (i == a && sentence.initial(text, a) && is_common(lex, &k))
    };
    // Titles make a role phrase ("German Chancellor Friedrich Merz"), which `body_run` keeps.
    if (a..b).any(|i| lex.title(&key(i)).is_some()) {
        return None;
    }
    (a + 1..b.saturating_sub(1))
        .take_while(|&t| label(t - 1))
        .find(|&t| opens_full_name(text, sentence, t, lex))
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
    let mut s = String::new();
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

/// A run in a headline: keeps known names and words that are not ordinary English words,
/// and remembers the rest in case the document knows them.
#[allow(clippy::too_many_arguments)]
fn headline_run(
    text: &str,
    index: usize,
    sentence: &Sentence,
    a: usize,
    b: usize,
    lex: &Lexicon,
    out: &mut Vec<Candidate>,
) {
    // A name with an organisation's shape stays whole: "The National Bank of Poland",
    // "LAGOS TRIBUNE".
    let key = |i: usize| sentence.key(text, i);
    let shaped = b > a + 1
        && (matches!(
            lex.org_cue(&key(b - 1)),
            Some(CuePosition::Last | CuePosition::Any)
        ) || (a..b).any(|i| sentence.words[i].text(text) == "of"));
    if shaped {
        let from = if matches!(key(a).as_ref(), "The" | "A" | "An") {
            out.push(weak(index, a, a + 1));
            a + 1
        } else {
            a
        };
        body_run(text, index, sentence, from, b, lex, out);
        return;
    }
    let mut i = a;
    let mut start: Option<usize> = None;
    while i < b {
        // The longest known multi-word name starting here.
        if let Some(y) = (i + 2..=b.min(i + 6))
            .rev()
            .find(|&y| known(lex, &phrase(text, sentence, i, y)))
        {
            if let Some(s) = start.take() {
                body_run(text, index, sentence, s, i, lex, out);
            }
            body_run(text, index, sentence, i, y, lex, out);
            i = y;
            continue;
        }
        let k = sentence.key(text, i);
        let w = &sentence.words[i];
        // "ST PAUL", "LA PAZ", "NIAGARA FALLS": a common word that opens or closes
        // a place's name.
        let next_plain = sentence.words.get(i + 1).is_some_and(|n| n.is_word)
            && i + 1 < b
            && !is_common(lex, &key(i + 1));
        let opener = next_plain && NAME_OPENERS.contains(&k.as_ref());
        let closer = start.is_some()
            && matches!(
                lex.place_cue(&k),
                Some(CuePosition::Last | CuePosition::Any)
            );
        let plain = w.is_word
            && (known(lex, &k)
                || opener
                || closer
                || !is_common(lex, &k)
                || (i + 1 < b
                    && matches!(lex.title(&k), Some(TitleKind::Role | TitleKind::Honorific)))
                || given_then_name(text, sentence, i, b, lex)
                || (start.is_some() && i > a && given_then_name(text, sentence, i - 1, b, lex)))
            && !lex.not_entity(&k);
        if plain {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                body_run(text, index, sentence, s, i, lex, out);
            }
            if w.is_word {
                out.push(weak(index, i, i + 1));
            }
        }
        i += 1;
    }
    if let Some(s) = start {
        body_run(text, index, sentence, s, b, lex, out);
    }
}

/// A run in running text: splits off a role phrase and a leading nationality, and records the
/// role and title evidence the name gets from the words before it.
#[allow(clippy::too_many_arguments)]
fn body_run(
    text: &str,
    index: usize,
    sentence: &Sentence,
    a: usize,
    b: usize,
    lex: &Lexicon,
    out: &mut Vec<Candidate>,
) {
    let words = &sentence.words;
    let key = |i: usize| sentence.key(text, i);
    let whole_known = known(lex, &phrase(text, sentence, a, b));
    let ends_in_cue = b > a + 1 && {
        let last = key(b - 1);
        lex.org_cue(&last).is_some()
            || matches!(
                lex.place_cue(&last),
                Some(CuePosition::Last | CuePosition::Any)
            )
    };
    let mut a = a;
    if !whole_known && !ends_in_cue {
        // Labels before a full name: "Denver QB Tariq Bell", "Estonia Aivar Koppel",
        // "Midfielder Jonas Hale" at a sentence's start.
        if let Some(t) = institution_then_name(text, sentence, a, b, lex) {
            // "the Baltic Council Tomas Vell": the institution is a name of its own.
            body_run(text, index, sentence, a, t, lex, out);
            a = t;
        } else if let Some(t) = label_then_name(text, sentence, a, b, lex) {
            // Each label stands alone: a place is still a place, an abbreviation or a
            // capitalised common word counts only if the document knows it.
            for i in a..t {
                let k = key(i);
                if lex.place(&k).is_some() || lex.demonym(&k).is_some() {
                    body_run(text, index, sentence, i, i + 1, lex, out);
                } else {
                    out.push(weak(index, i, i + 1));
                }
            }
            a = t;
        }
        // A role further inside the run: "Rowing Federation President Ilse Brandt".
        let fits = |i: usize| {
            let k = key(i);
            lex.title(&k).is_some() || lex.demonym(&k).is_some() || lex.place(&k).is_some()
        };
        let inner = (a..b.saturating_sub(1)).rev().find(|&t| {
            matches!(
                lex.title(&key(t)),
                Some(TitleKind::Role | TitleKind::Honorific)
            )
        });
        if let Some(t) = inner {
            let mut rs = t;
            while rs > a && fits(rs - 1) {
                rs -= 1;
            }
            if rs > a {
                if rs == a + 1 && is_common(lex, &key(a)) {
                    out.push(weak(index, a, rs));
                } else {
                    body_run(text, index, sentence, a, rs, lex, out);
                }
                a = rs;
            }
        }
        // "Secretary of State John Kerry": the run continues a role.
        if a >= 2
            && words[a - 1].text(text) == "of"
            && lex.title(words[a - 2].text(text)) == Some(TitleKind::Role)
        {
            let mut m = a;
            while m < b && fits(m) {
                m += 1;
            }
            if m > a && m < b {
                let role = roles::role_before(text, sentence, a - 1, Some(a - 2), Some(a - 1), lex)
                    .and_then(|(s, _)| Some((s, words.get(m - 1)?.end)));
                out.push(Candidate {
                    sentence: index,
                    first: m,
                    last: b,
                    title: Some(Title::Role),
                    role,
                    honorific: None,
                    weak: false,
                });
                return;
            }
        }
    }
    let mut honorific = None;
    let mut title = None;
    let mut role_start = None;
    let mut role_end = None;
    if !whole_known && !ends_in_cue {
        // The role phrase: titles, modifiers, nationalities and countries, ending in a title.
        let mut p = None;
        let mut i = a;
        while i < b {
            // A country of several words inside the role ("New Zealand Prime Minister").
            if let Some(y) = (i + 2..=b.min(i + 4))
                .rev()
                .find(|&y| lex.place(&phrase(text, sentence, i, y)).is_some())
            {
                role_start.get_or_insert(i);
                i = y;
                continue;
            }
            let k = key(i);
            i += 1;
            match lex.title(&k) {
                Some(TitleKind::Honorific) => {
                    p = Some(i);
                    title = Some(Title::Honorific);
                    honorific.get_or_insert(words[i - 1].start);
                }
                Some(TitleKind::Role) => {
                    p = Some(i);
                    if title.is_none() {
                        title = Some(Title::Role);
                    }
                    role_start.get_or_insert(i - 1);
                    role_end = Some(i);
                }
                Some(TitleKind::Modifier) => {
                    role_start.get_or_insert(i - 1);
                }
                None if lex.demonym(&k).is_some() || lex.place(&k).is_some() => {
                    role_start.get_or_insert(i - 1);
                }
                None if k == "." => {}
                None => break,
            }
        }
        match p {
            Some(p) if p < b => {
                // Nationalities and countries inside the role are entities of their own.
                let mut i = a;
                while i < p {
                    let y = (i + 1..=p.min(i + 4))
                        .rev()
                        .find(|&y| {
                            let k = phrase(text, sentence, i, y);
                            lex.title(&k).is_none()
                                && (lex.demonym(&k).is_some() || lex.place(&k).is_some())
                        })
                        .unwrap_or(i + 1);
                    if y > i + 1
                        || (words[i].is_word && lex.title(&key(i)).is_none() && {
                            let k = key(i);
                            lex.demonym(&k).is_some() || lex.place(&k).is_some()
                        })
                    {
                        out.push(Candidate {
                            sentence: index,
                            first: i,
                            last: y,
                            title: None,
                            role: None,
                            honorific: None,
                            weak: false,
                        });
                    }
                    i = y;
                }
                a = p;
                // Skip the period of "Mr." and the like.
                while a < b && !words[a].is_word {
                    a += 1;
                }
                if a >= b {
                    return;
                }
            }
            Some(_) => {
                // "said King", "King said": a title word used as a name.
                let prev = a
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .map(|w| w.text(text));
                let next = words.get(b).map(|w| w.text(text));
                let speaks = matches!(prev, Some("said" | "says"))
                    || next.is_some_and(|n| lex.reporting_verb(n));
                if b == a + 1 && speaks && words[a].shape == Shape::Capital {
                    out.push(Candidate {
                        sentence: index,
                        first: a,
                        last: b,
                        title: None,
                        role: None,
                        honorific: None,
                        weak: false,
                    });
                }
                return;
            }
            None => {
                title = None;
                honorific = None;
                role_start = None;
                role_end = None;
            }
        }
    }
    // A role in lower case before the run: "his chief negotiator Rustem Umerov", "the Spanish
    // choreographer José Ángel Muñoz", "former US President Donald Trump".
    let role_span = roles::role_before(text, sentence, a, role_start, role_end, lex);
    if title.is_none() && role_span.is_some() {
        title = Some(Title::Role);
    }
    // A nationality before a name: "Australian Kate Fenwick".
    if !whole_known && !ends_in_cue && b > a + 1 && title.is_none() {
        let k = key(a);
        // "Christian Haller": a group word that is also a given name, before a surname.
        let given = lex.group(&k) && given_then_name(text, sentence, a, b, lex);
        if (lex.demonym(&k).is_some() || lex.group(&k)) && !given {
            out.push(Candidate {
                sentence: index,
                first: a,
                last: a + 1,
                title: None,
                role: None,
                honorific: None,
                weak: false,
            });
            a += 1;
        }
    }
    out.push(Candidate {
        sentence: index,
        first: a,
        last: b,
        title,
        role: role_span,
        honorific,
        weak: false,
    });
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
