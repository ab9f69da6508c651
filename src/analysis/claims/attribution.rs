//! Attributions inside one sentence: for each cue, its source (before it, after it in an
//! inversion, or the sentence's subject) and its content (after it, before it, or around it).

use super::cues::{self, CueHit};
use super::extra_cues::ExtraCues;
use super::lexicon::{Form, VerbClass};
use super::phrases::{adverbial_end, is_np, np_left, np_right_closed};
use super::view::{Sentence, Tok};
use crate::analysis::tokens::TokenKind;
use crate::span::Span;

/// An attribution found in one sentence, before quotes are joined and speakers resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The cue's span.
    pub cue: Span,
    /// The source's words in the text, when the sentence names one.
    pub source: Option<Span>,
    /// What is attributed.
    pub content: Span,
    /// What the verb reports; `None` for "according to".
    pub class: Option<VerbClass>,
    /// Whether the content ends the sentence on a colon ("X said:"), so that a quote in the
    /// next paragraph is its content.
    pub colon: bool,
}

/// The attributions of one sentence, in cue order, with the user's `extra` verbs as cues too.
pub fn find(s: &Sentence, text: &str, extra: &ExtraCues) -> Vec<Found> {
    let mut hits = cues::find(s, extra);
    if asks_what_was_said(&s.toks) {
        hits.clear();
    }
    let expected = expectation(s, &hits);
    if let Some(e) = &expected {
        hits.retain(|h| !s.toks.get(h.verb).is_some_and(|t| e.cue.contains(t.span)));
    }
    let ahead = if hits.is_empty() {
        Ahead::default()
    } else {
        Ahead::new(&s.toks)
    };
    let mut out: Vec<Found> = Vec::new();
    out.extend(speaker_label(s));
    out.extend(signature(s));
    out.extend(survey_frame(s, &hits));
    out.extend(question(s, &hits));
    out.extend(colon_quote(s, &hits));
    out.extend(expected);
    noun_cues(s, &hits, &mut out);
    for (n, hit) in hits.iter().enumerate() {
        // The content stops before the next cue joined to this one ("said it viewed X as Y
        // and said …"), past cues nested in it.
        let later = hits.get(n + 1..).unwrap_or(&[]);
        let next_cue = later
            .iter()
            .map(|h| h.first)
            .find(|&c| coordinated_end(&s.toks, c).is_some())
            .or_else(|| later.first().map(|h| h.first));
        let found = if hit.is_according() {
            according(s, *hit, text)
        } else {
            verb_attribution(s, &ahead, *hit, next_cue, out.last(), text)
        };
        // A belief reported inside someone's speech ("said he hopes …") is part of what they
        // said, not a claim of its own.
        let nested = |f: &Found| {
            f.class == Some(VerbClass::Belief)
                && out
                    .iter()
                    .any(|o| o.class == Some(VerbClass::Speech) && o.content.contains(f.cue))
        };
        if let Some(found) = found.filter(|f| !nested(f)) {
            out.push(found);
        }
    }
    out
}

/// For every token of a sentence, where the next token of a kind starts (the sentence's
/// length when none follows): each cue asks where its content stops, and reading ahead from
/// every cue made a long sentence of many cues quadratic.
#[derive(Debug, Default)]
struct Ahead {
    /// The next ";" or comma before a [`TRAILING_OPENERS`] word.
    stop: Vec<usize>,
    /// The next long dash.
    dash: Vec<usize>,
    /// The next quotation mark.
    mark: Vec<usize>,
    /// The next auxiliary or form of "be", which shows a clause.
    verb: Vec<usize>,
}

impl Ahead {
    fn new(toks: &[Tok]) -> Ahead {
        let n = toks.len();
        let mut ahead = Ahead {
            stop: vec![n; n + 1],
            dash: vec![n; n + 1],
            mark: vec![n; n + 1],
            verb: vec![n; n + 1],
        };
        for (k, t) in toks.iter().enumerate().rev() {
            let stop = t.is(";")
                || (t.is(",")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| super::lexicon::has(TRAILING_OPENERS, &n.lower)));
            let dash = matches!(t.text, "―" | "—" | "--");
            let verb =
                t.is_word() && t.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE);
            for (list, here) in [
                (&mut ahead.stop, stop),
                (&mut ahead.dash, dash),
                (&mut ahead.mark, t.mark),
                (&mut ahead.verb, verb),
            ] {
                list[k] = if here { k } else { list[k + 1] };
            }
        }
        ahead
    }

    /// The next token at or after `k` in `list`, if before `end`.
    fn next(list: &[usize], k: usize, end: usize) -> Option<usize> {
        list.get(k).copied().filter(|&j| j < end)
    }
}

fn span_of(toks: &[Tok], start: usize, end: usize) -> Option<Span> {
    let first = toks.get(start)?;
    let last = toks.get(end.checked_sub(1)?)?;
    (start < end).then(|| first.span.cover(last.span))
}

/// Trims punctuation that is not part of the content from both ends of a token range.
fn trim_range(toks: &[Tok], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && matches!(toks[start].text, "," | ";" | ":" | "—" | "–" | "-") {
        start += 1;
    }
    while end > start && matches!(toks[end - 1].text, "," | ";" | ":" | "." | "—" | "–" | "-") {
        end -= 1;
    }
    (start, end)
}

fn content_span(toks: &[Tok], start: usize, end: usize) -> Option<Span> {
    if start >= end || end > toks.len() {
        return None;
    }
    let start = if start == 0 {
        dateline_end(toks)
    } else {
        start
    };
    if start >= end {
        return None;
    }
    let (start, end) = trim_range(toks, start, end);
    // Content of a single word is never a claim worth showing, unless it is quoted: a
    // one-word quote ("“Savage,” she said.") or the first sentence of a longer one ("Ruiz
    // said, “Sure. …”"), which the quotes step widens to the whole quotation.
    let words = toks[start..end]
        .iter()
        .filter(|t| t.is_word())
        .take(2)
        .count();
    if words == 0 || (words == 1 && !toks[start..end].iter().any(|t| t.mark)) {
        return None;
    }
    span_of(toks, start, end)
}

/// Where a dateline opening the sentence ends ("WASHINGTON (AP) —", "LONDON, March 3
/// (Reuters) -"): after its dash, when the words before the dash start with one in capitals and
/// the rest are capitalised, numbers or inside parentheses; 0 when there is none. A dateline
/// is never part of what someone said.
fn dateline_end(toks: &[Tok]) -> usize {
    let Some(first) = toks.first() else { return 0 };
    let capitals = first.is_word()
        && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !first.text.chars().any(char::is_lowercase);
    // "Washington (AFP) –": a capitalised place before an agency in capitals in brackets.
    let agency = first.is_word()
        && first.cap
        && toks
            .iter()
            .take(8)
            .position(|t| t.is("("))
            .is_some_and(|open| {
                toks.get(open + 1).is_some_and(|a| {
                    a.is_word() && a.text.len() >= 2 && !a.text.chars().any(char::is_lowercase)
                }) && toks.get(open + 2).is_some_and(|c| c.is(")"))
            });
    if !capitals && !agency {
        return 0;
    }
    let Some(dash) = toks
        .iter()
        .take(14)
        .position(|t| matches!(t.text, "—" | "–" | "--" | "-") && t.space_before)
    else {
        return 0;
    };
    // "HARBOURTON -- …": a double hyphen is one dash.
    let dash = dash
        + usize::from(
            toks.get(dash + 1)
                .is_some_and(|t| t.is("-") && !t.space_before),
        );
    let mut depth = 0usize;
    for t in &toks[..dash] {
        match t.text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if t.is_word() && !t.cap && depth == 0 => return 0,
            _ => {}
        }
    }
    dash + 1
}

/// Whether tokens `a..b` are a short name: one to five capitalised words (initials and
/// hyphens allowed).
fn is_short_name(toks: &[Tok], a: usize, b: usize) -> bool {
    let words = toks[a.min(b)..b].iter().filter(|t| t.is_word()).count();
    (1..=5).contains(&words)
        && toks[a.min(b)..b]
            .iter()
            .all(|t| (t.is_word() && t.cap) || matches!(t.text, "." | "-" | "'" | "’"))
}

/// "Name: what they said" opening a paragraph or a headline, as in transcripts and "Poll: …"
/// headlines: the colon is the cue.
fn speaker_label(s: &Sentence) -> Option<Found> {
    if !s.opens_block {
        return None;
    }
    let toks = &s.toks;
    let start = usize::from(toks.first().is_some_and(|t| t.mark));
    let colon = toks.iter().take(8).position(|t| t.is(":"))?;
    if colon <= start || !is_short_name(toks, start, colon) {
        return None;
    }
    let content = content_span(toks, colon + 1, toks.len())?;
    if toks[colon + 1..].iter().filter(|t| t.is_word()).count() < 3 {
        return None;
    }
    Some(Found {
        cue: toks[colon].span,
        source: span_of(toks, start, colon),
        content,
        class: Some(VerbClass::Speech),
        colon: false,
    })
}

/// "“…” ― Name": a quote signed with a dash and a name at the end of the sentence.
fn signature(s: &Sentence) -> Option<Found> {
    let toks = &s.toks;
    let dash = toks
        .iter()
        .rposition(|t| matches!(t.text, "―" | "—" | "–"))?;
    if !dash
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.mark)
    {
        return None;
    }
    let end = toks.len() - usize::from(toks.last().is_some_and(|t| t.is(".")));
    if end <= dash + 1 || !is_short_name(toks, dash + 1, end) {
        return None;
    }
    let content = span_of(toks, 0, dash)?;
    Some(Found {
        cue: toks[dash].span,
        source: span_of(toks, dash + 1, end),
        content,
        class: Some(VerbClass::Speech),
        colon: false,
    })
}

/// "Ruiz boomed: “…”", "She went even further: “…”": a subject, a verb phrase of one to
/// eight words and a colon before a quotation, or ending the sentence before a quotation that
/// opens the next paragraph. Whatever the verb, the colon and the marks make the words the
/// subject's. Not when a cue stands before the colon: that cue's rules read the sentence.
fn colon_quote(s: &Sentence, hits: &[CueHit]) -> Option<Found> {
    let toks = &s.toks;
    let mut start = dateline_end(toks);
    // "And Ruiz gloated: …", "Then she added: …", "As Ruiz put it: …".
    if toks.get(start).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "and" | "but" | "so" | "yet" | "then" | "as" | "still"
        )
    }) {
        start += 1;
    }
    let colon = toks.iter().take(start + 14).position(|t| t.is(":"))?;
    if hits.iter().any(|h| h.first < colon) {
        return None;
    }
    let ends = colon + 1 == toks.len();
    if !ends && !toks.get(colon + 1).is_some_and(|t| t.mark) {
        return None;
    }
    let first = toks.get(start)?;
    let pronoun = first.in_class(super::lexicon::C_SUBJECT_PRONOUNS) && first.lower != "who";
    let subject = main_subject(toks, start)?;
    let subject_end = (start..colon).find(|&k| toks[k].span.end() >= subject.end())? + 1;
    let phrase = toks.get(subject_end..colon)?;
    let verb_like = phrase.first().is_some_and(|t| {
        t.is_word()
            && !t.cap
            && !t.in_class(super::lexicon::C_NP_PREPOSITIONS | super::lexicon::C_DETERMINERS)
    });
    let plain = phrase
        .iter()
        .all(|t| !t.mark && !t.quoted && (t.is_word() || matches!(t.text, "-" | "'s" | "’s")));
    // "For example:", "Meanwhile:": a sentence opening on a preposition, another
    // conjunction or an adverb names no subject first.
    let opener = first.in_class(super::lexicon::C_NP_PREPOSITIONS | super::lexicon::C_NP_BREAKERS)
        || is_adverb(first)
        || super::lexicon::has(ADVERBS, &first.lower);
    if !(pronoun || first.cap) || opener || !verb_like || !plain || phrase.len() > 8 {
        return None;
    }
    let cue = span_of(toks, subject_end, colon + 1)?;
    Some(Found {
        cue,
        source: Some(subject),
        content: if ends {
            cue
        } else {
            content_span(toks, colon + 1, toks.len())?
        },
        class: Some(VerbClass::Speech),
        colon: ends,
    })
}

/// "According to X, …" and "…, according to X."
fn according(s: &Sentence, hit: CueHit, _text: &str) -> Option<Found> {
    let toks = &s.toks;
    let (src_start, mut src_end) = (hit.end, hit.end);
    while src_end < toks.len()
        && !matches!(toks[src_end].text, "," | "." | ";" | ":" | "!" | "?")
        && !toks[src_end].mark
    {
        src_end += 1;
    }
    // "according to Ruiz as part of the review", "according to Elvara on Monday": a name's
    // source ends where a preposition or a clause starts after it.
    let name_end = toks
        .get(src_start)
        .filter(|t| t.cap && t.is_word())
        .and_then(|_| {
            (src_start + 1..src_end).find(|&k| {
                toks[k].is_word()
                    && !toks[k].cap
                    && matches!(
                        toks[k].lower.as_ref(),
                        "as" | "in"
                            | "on"
                            | "at"
                            | "with"
                            | "during"
                            | "after"
                            | "before"
                            | "since"
                            | "when"
                            | "while"
                            | "which"
                            | "who"
                            | "that"
                    )
            })
        });
    let mut source_end = name_end.unwrap_or(src_end);
    // "According to Anna Roe, an economist at the bank, …": the appositive is the source's.
    if name_end.is_none() && src_start > 1 && toks.get(src_end).is_some_and(|t| t.is(",")) {
        let next_comma = (src_end + 1..toks.len()).find(|&k| toks[k].is(","));
        if let Some(c) = next_comma
            && is_np(toks, src_end + 1, c)
        {
            source_end = c;
            src_end = c;
        }
    }
    let source = span_of(toks, src_start, source_end)?;
    let before = content_span(toks, 0, hit.first);
    let after = content_span(toks, src_end, toks.len());
    let content = match (before, after) {
        (Some(b), Some(a)) => {
            if b.len() >= a.len() {
                b
            } else {
                a
            }
        }
        (b, a) => b.or(a)?,
    };
    Some(Found {
        cue: span_of(toks, hit.first, hit.end)?,
        source: Some(source),
        content,
        class: None,
        colon: false,
    })
}

/// "In a new poll by the institute, 40 percent back the plan": a sentence opening on "in" and
/// a poll, survey or study reports what follows its comma. Not when a verb in the rest
/// attributes it itself ("In the report, the agency said …").
fn survey_frame(s: &Sentence, hits: &[CueHit]) -> Option<Found> {
    let toks = &s.toks;
    let first = toks.first()?;
    if !(first.is_word() && first.lower == "in" && !first.quoted) {
        return None;
    }
    let comma = (1..toks.len().min(14)).find(|&k| toks[k].is(",") || toks[k].mark)?;
    if !toks[comma].is(",") || hits.iter().any(|h| h.first > comma) {
        return None;
    }
    let frame = &toks[1..comma];
    let opens = frame.first().is_some_and(|t| {
        t.in_class(super::lexicon::C_DETERMINERS) || t.cap || t.lower.ends_with("'s")
    });
    if !opens
        || !frame
            .iter()
            .any(|t| t.in_class(super::lexicon::C_EVIDENCE_NOUNS))
    {
        return None;
    }
    let content = content_span(toks, comma + 1, toks.len())?;
    Some(Found {
        cue: span_of(toks, 0, 1)?,
        source: span_of(toks, 1, comma),
        content,
        class: None,
        colon: false,
    })
}

/// Words that open the question someone was asked ("asked whether …", "asked about …").
const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "what", "how", "why", "who", "which", "when", "where", "about",
];

/// "Asked whether the pier would close, …", "when asked if …", "she was asked what …": the
/// question put to someone, whose asker is not named (or only after "by"). The content is the
/// question, up to the comma before the clause that answers it.
fn question(s: &Sentence, hits: &[CueHit]) -> Option<Found> {
    let toks = &s.toks;
    let verb = toks
        .iter()
        .position(|t| t.is_word() && !t.quoted && t.lower == "asked")?;
    let prev = verb.checked_sub(1).and_then(|k| toks.get(k));
    let frame = prev.is_none_or(|p| {
        p.is_word()
            && !p.quoted
            && (matches!(p.lower.as_ref(), "when" | "after" | "once" | "if" | "being")
                || p.in_class(super::lexicon::C_BE))
    });
    if !frame {
        return None;
    }
    // "asked by a reporter on Monday whether …": an agent and time words before the question.
    let mut k = verb + 1;
    let mut agent: Option<(usize, usize)> = None;
    if toks.get(k).is_some_and(|t| t.lower == "by") {
        let a = k + 1;
        let mut b = a;
        while toks.get(b).is_some_and(|t| {
            t.is_word()
                && !t.quoted
                && !super::lexicon::has(QUESTION_OPENERS, &t.lower)
                && !t.in_class(super::lexicon::C_TIME_WORDS)
                && !matches!(t.lower.as_ref(), "on" | "in" | "at" | "during")
        }) && b - a < 6
        {
            b += 1;
        }
        agent = (b > a).then_some((a, b));
        k = b;
    }
    while toks.get(k).is_some_and(|t| {
        t.is_word()
            && (t.in_class(super::lexicon::C_TIME_WORDS)
                || matches!(t.lower.as_ref(), "on" | "again" | "recently" | "repeatedly"))
            && !super::lexicon::has(QUESTION_OPENERS, &t.lower)
    }) && k - verb < 6
    {
        k += 1;
    }
    let opener = toks.get(k)?;
    if !opener.is_word() || !super::lexicon::has(QUESTION_OPENERS, &opener.lower) {
        return None;
    }
    // The answer's clause: the next cue after the question, from the comma before its source.
    let answer = hits.iter().find(|h| h.first > k).map(|h| h.first);
    let end = match answer {
        Some(c) => (k + 1..c).rev().find(|&j| toks[j].is(",")).unwrap_or(c),
        None => toks.len(),
    };
    let first = if prev.is_some_and(|p| p.in_class(super::lexicon::C_BE)) {
        verb - 1
    } else {
        verb
    };
    Some(Found {
        cue: span_of(toks, first, verb + 1)?,
        source: agent.and_then(|(a, b)| span_of(toks, a, b)),
        content: content_span(toks, k, end)?,
        class: Some(VerbClass::Speech),
        colon: false,
    })
}

/// "The vote is expected to pass", "Turnout seems to be falling", "The board has reportedly
/// agreed": what the writer reports as expected, apparent or reported, attributed to no one
/// named. The cue is "is expected" or "seems"; the
/// content is the subject with what it is expected or seems to do, up to a trailing comment.
fn expectation(s: &Sentence, hits: &[CueHit]) -> Option<Found> {
    let toks = &s.toks;
    let (first, end) = (0..toks.len()).find_map(|k| expectation_cue(toks, k))?;
    // A cue of its own inside the clause ("is expected to say that …", "has reportedly told
    // friends that …") attributes it there.
    if hits.iter().any(|h| h.verb >= end && h.first < end + 8) {
        return None;
    }
    let start = expectation_subject(toks, first);
    let stop = (end..toks.len())
        .find(|&j| {
            toks[j].is(";")
                || matches!(toks[j].text, "―" | "—" | "--")
                || (toks[j].is(",")
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| super::lexicon::has(TRAILING_OPENERS, &n.lower)))
        })
        .unwrap_or(toks.len());
    // What is expected is the subject with one verb phrase: a comma or a spaced hyphen after
    // it opens the writer's own words ("…, with talks due in May", "… - so much so that …").
    let stop = (end..stop)
        .find(|&j| {
            (toks[j].is(",") && !list_goes_on(toks, j)) || (toks[j].is("-") && toks[j].space_before)
        })
        .unwrap_or(stop);
    let reported = toks[first].lower == "reportedly";
    Some(Found {
        cue: span_of(toks, first, end)?,
        source: None,
        content: content_span(toks, start, stop)?,
        class: Some(if reported {
            VerbClass::Speech
        } else {
            VerbClass::Belief
        }),
        colon: false,
    })
}

/// Whether the comma at `j` separates items of a list that goes on: one to three words, then
/// another comma, "and" or "or" ("located cash, heroin, scales and …").
fn list_goes_on(toks: &[Tok], j: usize) -> bool {
    for (n, t) in toks.iter().skip(j + 1).take(4).enumerate() {
        if t.is(",") || matches!(t.lower.as_ref(), "and" | "or") {
            return n > 0;
        }
        if !t.is_word() {
            return false;
        }
    }
    false
}

/// The cue of an expectation at token `k`, as a token range: "reportedly", "is (widely)
/// expected to", or "seems to" and its kin.
fn expectation_cue(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let t = &toks[k];
    if t.lower == "reportedly" && !t.cap && k > 0 {
        // "The board has reportedly agreed to …": the adverb is the cue.
        return Some((k, k + 1));
    }
    if !t.is_word() || t.quoted {
        return None;
    }
    let next = toks.get(k + 1)?;
    if t.lower == "expected" && next.lower == "to" {
        return expected_to(toks, k);
    }
    // "seems to", "appeared to be", "seemed like", "doesn't seem to"
    let seems = matches!(
        t.lower.as_ref(),
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
    ) && (matches!(next.lower.as_ref(), "to" | "like")
        || (next.lower == "as" && toks.get(k + 2).is_some_and(|n| n.lower == "if")));
    if seems && !t.cap {
        return seems_to(toks, k);
    }
    None
}

/// "is expected to", "are widely expected to": a passive with its auxiliaries and adverbs.
fn expected_to(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let mut first = k;
    while first > 0
        && k - first < 3
        && toks[first - 1].is_word()
        && (toks[first - 1].in_class(super::lexicon::C_BE)
            || toks[first - 1].in_class(super::lexicon::C_AUXILIARIES)
            || is_adverb(&toks[first - 1]))
    {
        first -= 1;
    }
    let passive = toks[first..k]
        .iter()
        .any(|t| t.in_class(super::lexicon::C_BE));
    passive.then_some((first, k + 1))
}

/// "seems to", "doesn't seem to": with its auxiliaries, when a noun phrase is its subject.
fn seems_to(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let mut first = k;
    while first > 0
        && k - first < 3
        && toks[first - 1].is_word()
        && (toks[first - 1].in_class(super::lexicon::C_AUXILIARIES)
            || matches!(toks[first - 1].lower.as_ref(), "not" | "n't" | "also"))
    {
        first -= 1;
    }
    // Its subject must be a noun phrase ("who seems to", "what appeared to be" are relative
    // clauses), and "seems to imply that" attributes through its own verb.
    let subject = np_left(toks, first, 0).is_some_and(|(a, b)| {
        !toks[a..b]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "who" | "which" | "that" | "what"))
    });
    let verb_after = toks.get(k + 2).is_some_and(|v| v.verb.is_some());
    (subject && !verb_after).then_some((first, k + 1))
}

/// Where an expectation's content starts: at its subject, before the auxiliaries ("The board
/// has reportedly agreed"), or at the head of a relative ("the planning authority, which is
/// expected to rule").
fn expectation_subject(toks: &[Tok], first: usize) -> usize {
    let relative = first >= 2
        && matches!(toks[first - 1].lower.as_ref(), "which" | "who")
        && toks[first - 2].is(",");
    if relative {
        return np_left(toks, first - 2, 0).map_or(first - 1, |(a, _)| a);
    }
    let mut subject_end = first;
    while subject_end > 0
        && toks[subject_end - 1].is_word()
        && toks[subject_end - 1].in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
    {
        subject_end -= 1;
    }
    np_left(toks, subject_end, 0).map_or(first, |(a, _)| a)
}

/// Possessive pronouns that name who holds a claim ("her claim that …").
const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// "Ruiz's claim that the pier is unsafe", "their fear that fees will rise": a noun of claiming
/// with its possessor and a that-clause. The possessor is the source, the noun the cue, the
/// clause the content. Not a relative "that" ("the claim that was rejected").
fn noun_cues(s: &Sentence, hits: &[CueHit], out: &mut Vec<Found>) {
    let toks = &s.toks;
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word() || t.quoted || t.cap || !t.in_class(super::lexicon::C_CLAIM_NOUNS) {
            continue;
        }
        let that = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.is(",")));
        let clause = toks.get(that).is_some_and(|n| n.lower == "that")
            && toks.get(that + 1).is_some_and(|n| {
                (n.is_word()
                    && !n.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
                    && !n.lower.ends_with("ed")
                    && n.verb.is_none())
                    || n.kind == crate::analysis::tokens::TokenKind::Number
            });
        if !clause {
            continue;
        }
        // The possessor, before up to two modifiers ("his repeated claim").
        let possessor = (k.saturating_sub(3)..k).rev().find(|&j| {
            let p = &toks[j];
            p.is_word()
                && (super::lexicon::has(POSSESSIVE_PRONOUNS, &p.lower)
                    || p.lower.ends_with("'s")
                    || (p.lower.ends_with("s'") && p.text.ends_with('\'')))
        });
        let Some(j) = possessor else { continue };
        let modifiers_only = toks[j + 1..k].iter().all(|m| {
            m.is_word()
                && !m.cap
                && !m.in_class(super::lexicon::C_NP_BREAKERS)
                && !m.in_class(super::lexicon::C_DETERMINERS)
        });
        if !modifiers_only {
            continue;
        }
        let source = if super::lexicon::has(POSSESSIVE_PRONOUNS, &toks[j].lower) {
            span_of(toks, j, j + 1)
        } else {
            np_left(toks, j + 1, 0).and_then(|(a, b)| span_of(toks, a, b))
        };
        // The clause runs to a trailing comment or the next cue.
        let next_cue = hits.iter().map(|h| h.first).find(|&c| c > that);
        let stop = (that + 1..next_cue.unwrap_or(toks.len()))
            .find(|&e| {
                toks[e].is(";")
                    || matches!(toks[e].text, "―" | "—" | "--")
                    || (toks[e].is(",")
                        && toks
                            .get(e + 1)
                            .is_some_and(|n| super::lexicon::has(TRAILING_OPENERS, &n.lower)))
            })
            .unwrap_or(next_cue.unwrap_or(toks.len()));
        let (Some(cue), Some(content)) = (span_of(toks, k, k + 1), content_span(toks, that, stop))
        else {
            continue;
        };
        let belief = matches!(
            t.lower.as_ref(),
            "belief"
                | "fear"
                | "fears"
                | "hope"
                | "hopes"
                | "concern"
                | "concerns"
                | "view"
                | "expectation"
                | "worry"
                | "suspicion"
                | "notion"
                | "theory"
        );
        out.push(Found {
            cue,
            source,
            content,
            class: Some(if belief {
                VerbClass::Belief
            } else {
                VerbClass::Speech
            }),
            colon: false,
        });
    }
}

/// Adverbs that open a sentence before a comma and link it to the one before.
const SENTENCE_ADVERBS: &[&str] = &[
    "likewise",
    "however",
    "meanwhile",
    "still",
    "instead",
    "moreover",
    "then",
    "now",
    "also",
    "indeed",
    "overall",
    "nonetheless",
    "nevertheless",
];

/// Whether `words`, before a comma that opens a sentence, are an adverbial of time and no
/// subject: time words, counts and "ago" ("Eight years ago", "Late last month", "More
/// recently"), or a time word or "shortly" and a preposition ("Shortly after the vote",
/// "Earlier in the day").
fn opening_time_phrase(words: &[Tok]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let time = |t: &Tok| {
        t.kind == TokenKind::Number
            || t.in_class(super::lexicon::C_TIME_WORDS)
            || is_adverb(t)
            || matches!(t.lower.as_ref(), "ago" | "more" | "a" | "few" | "several")
            || super::lexicon::has(cues::NUMBER_WORDS, &t.lower)
            || (t.in_class(super::lexicon::C_QUANTITIES) && t.lower.ends_with('s'))
    };
    let anchored = words
        .iter()
        .any(|t| t.lower == "ago" || (t.in_class(super::lexicon::C_TIME_WORDS) && t.lower != "on"));
    let all_time = words
        .iter()
        .all(|t| t.is_word() || t.kind == TokenKind::Number)
        && words.iter().all(time)
        && anchored;
    let adverb_led = ((first.in_class(super::lexicon::C_TIME_WORDS) && first.lower != "on")
        || matches!(first.lower.as_ref(), "shortly" | "immediately" | "soon"))
        && words.get(1).is_some_and(|t| {
            t.in_class(super::lexicon::C_NP_PREPOSITIONS)
                || matches!(t.lower.as_ref(), "after" | "before" | "into" | "during")
        });
    all_time || adverb_led
}

/// Where the source of a verb cue stands.
enum Source {
    /// Before the cue: token range.
    Before(usize, usize),
    /// After the cue, inverted ("…, said the minister"): token range.
    After(usize, usize),
    /// Not named in the clause: the subject of an earlier cue or of the sentence.
    Inherited(Option<Span>),
}

fn verb_attribution(
    s: &Sentence,
    ahead: &Ahead,
    hit: CueHit,
    next_cue: Option<usize>,
    previous: Option<&Found>,
    text: &str,
) -> Option<Found> {
    let toks = &s.toks;
    let info = hit.info?;
    let source = find_source(s, hit, previous)?;
    let cue = span_of(toks, hit.first, hit.end)?;
    let k = content_start(toks, &source, hit);
    let src_first = match source {
        Source::Before(a, _) => a,
        _ => hit.first,
    };
    let at = Surroundings::read(s, k, src_first);
    let colon_ends = at.colon && cues::ends_clause(toks, k + 1);
    let content = if colon_ends {
        // "X said:" with the quote in the next paragraph: a placeholder the quote replaces.
        Some(cue)
    } else if at.rest_empty
        || (matches!(source, Source::After(..))
            && (after_comma_only(toks, k)
                || relative_follows(toks, k)
                || appositive_follows(toks, k)))
        || ((at.before_is_comma || at.before_is_quote) && at.participle_follows)
        || (at.before_is_quote && !at.quote_follows && !at.quote_reported)
    {
        // "…, X said." / "“…,” said X."
        if !at.before_has_words {
            return None;
        }
        content_span(toks, 0, src_first)
    } else if at.before_is_comma && at.after_comma && at.before_has_words && !at.quote_follows {
        // "Such guarantees, he suggested, would …": the content surrounds the cue.
        content_span(toks, 0, parenthetical_end(toks, ahead, k))
    } else {
        clause_content(toks, ahead, hit, k, next_cue)
    }?;
    let source = source_span(toks, source, at.before_is_quote && !at.quote_follows);
    let _ = text;
    Some(Found {
        cue,
        source,
        content,
        class: Some(info.class),
        colon: colon_ends,
    })
}

/// Where the content after a cue may start: after the cue or its inverted source and an
/// adverbial of it ("said Tom Reyes on Friday."), a channel before a colon ("wrote on
/// Twitter: …") and time words ("said on Monday (that)").
fn content_start(toks: &[Tok], source: &Source, hit: CueHit) -> usize {
    let after_start = match *source {
        // "said Tom Reyes on Friday.": the adverbial is no content.
        Source::After(_, e) => adverbial_end(toks, e).unwrap_or(e),
        _ => hit.end,
    };
    let mut k = after_start;
    // "wrote on Twitter: …", "said after his appointment: …": the channel or time before a
    // colon is not content.
    if toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "on" | "in" | "via" | "at" | "after" | "before" | "during" | "following" | "when"
        )
    }) && let Some(c) = (k + 1..toks.len().min(k + 6))
        .take_while(|&j| !toks[j].mark && !toks[j].is(","))
        .find(|&j| toks[j].is(":"))
    {
        k = c;
    }
    // "said on Monday (that)": skip time words.
    while toks.get(k).is_some_and(|t| {
        t.is_word() && t.in_class(super::lexicon::C_TIME_WORDS)
            || t.kind == crate::analysis::tokens::TokenKind::Number && k > after_start
    }) {
        k += 1;
    }
    k
}

/// What stands around a verb cue and its source, which decides on which side its content is.
struct Surroundings {
    /// A colon where the content would start ("X said:").
    colon: bool,
    /// Nothing but the clause's end or a trailing comment after the cue.
    rest_empty: bool,
    /// A comma right before the source.
    before_is_comma: bool,
    /// Words before the source.
    before_has_words: bool,
    /// A comma where the content would start.
    after_comma: bool,
    /// A quote mark right before the source, or before its comma ("“…,” she said").
    before_is_quote: bool,
    /// The quotation before the source follows "that": an earlier cue's content.
    quote_reported: bool,
    /// A quote mark where the content would start, after a comma if any.
    quote_follows: bool,
    /// A comma and an -ing word after the cue ("…, he said, adding that …").
    participle_follows: bool,
}

impl Surroundings {
    /// Reads them for content starting at token `k` and a source starting at `src_first`.
    fn read(s: &Sentence, k: usize, src_first: usize) -> Surroundings {
        let toks = &s.toks;
        let before = |n: usize| src_first.checked_sub(n).and_then(|p| toks.get(p));
        let after_comma = toks.get(k).is_some_and(|t| t.is(","));
        let closing = quote_closing_before(toks, src_first);
        Surroundings {
            colon: toks.get(k).is_some_and(|t| t.is(":")),
            rest_empty: cues::ends_clause(toks, k)
                || (!s.title_case && cues::ends_with_trailer(toks, k)),
            before_is_comma: before(1).is_some_and(|t| t.is(",")),
            before_has_words: toks[..src_first].iter().any(|t| t.is_word()),
            after_comma,
            before_is_quote: closing.is_some() && !title_in_opening_adverbial(toks, src_first),
            quote_reported: closing.is_some_and(|c| quote_after_that(toks, c)),
            quote_follows: toks
                .get(k + usize::from(after_comma))
                .is_some_and(|t| t.mark),
            participle_follows: after_comma
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && t.lower.ends_with("ing") && !t.cap),
        }
    }
}

/// The closing quotation mark right before the source at `src_first`, or before its comma
/// ("“…,” she said", "“…”, she said").
fn quote_closing_before(toks: &[Tok], src_first: usize) -> Option<usize> {
    let comma = src_first >= 2 && toks.get(src_first - 1).is_some_and(|c| c.is(","));
    let close = src_first.checked_sub(1 + usize::from(comma))?;
    toks.get(close).is_some_and(|t| t.mark).then_some(close)
}

/// Whether the quotation closing at `close` follows a "that", which makes it the content of an
/// earlier cue ("As Ruiz claimed that “…,” one of her aides said the …").
fn quote_after_that(toks: &[Tok], close: usize) -> bool {
    (0..close)
        .rev()
        .find(|&k| toks[k].mark)
        .and_then(|o| o.checked_sub(1))
        .is_some_and(|p| toks[p].is_word() && toks[p].lower == "that")
}

/// Words that open an adverbial naming where something was said ("On “Meet the Press,” …",
/// "Speaking on “Face the Town,” …").
const VENUE_OPENERS: &[&str] = &[
    "in",
    "on",
    "during",
    "at",
    "speaking",
    "appearing",
    "writing",
];

/// "On Sunday’s “Harbour Hour,” Ruiz said …": the quote before the source is a short title
/// inside an opening adverbial, not what the source said. True when the sentence opens with
/// a word of [`VENUE_OPENERS`] and the only quotation before the source holds one to six
/// words.
fn title_in_opening_adverbial(toks: &[Tok], src_first: usize) -> bool {
    let opens_venue = toks
        .first()
        .is_some_and(|t| t.is_word() && super::lexicon::has(VENUE_OPENERS, &t.lower));
    if !opens_venue {
        return false;
    }
    let mut marks = (0..src_first.min(toks.len())).filter(|&k| toks[k].mark);
    let (Some(open), Some(close), None) = (marks.next(), marks.next(), marks.next()) else {
        return false;
    };
    let words = toks[open..close].iter().filter(|t| t.is_word()).count();
    (1..=6).contains(&words)
}

/// The content after a cue, from `k`: past a listener to its "that", up to a coordinated
/// second cue, a trailing comment or channel, or the end of an opening adverbial ("After
/// saying that …, Ruiz left").
fn clause_content(
    toks: &[Tok],
    ahead: &Ahead,
    hit: CueHit,
    k: usize,
    next_cue: Option<usize>,
) -> Option<Span> {
    let end = next_cue
        .map(|c| {
            coordinated_end(toks, c)
                .or_else(|| joined_clause_start(toks, c))
                .unwrap_or(toks.len())
        })
        .unwrap_or(toks.len());
    let start = skip_listener(toks, k, end);
    let start = if hit.info.is_some_and(|i| i.takes_object) && start == k {
        bare_listener_end(toks, k).unwrap_or(start)
    } else {
        start
    };
    let end = end.max(start);
    let end = trailing_clause(toks, ahead, start, end).unwrap_or(end);
    let end = trailing_channel(toks, ahead, start, end).unwrap_or(end);
    let end = object_end(toks, ahead, start, end).unwrap_or(end);
    let end = second_predicate_end(toks, ahead, hit, start, end).unwrap_or(end);
    let end = object_clause_end(toks, ahead, start, end).unwrap_or(end);
    let end = subordinate_end(toks, hit, start, end).unwrap_or(end);
    let after_preposition = hit.first.checked_sub(1).is_some_and(|p| {
        toks[p].is_word() && matches!(toks[p].lower.as_ref(), "after" | "while" | "before")
    });
    let participle = hit.info.is_some_and(|i| i.form == Form::Ing);
    let end = if participle && after_preposition {
        opening_adverbial_end(toks, hit).map_or(end, |c| c.min(end).max(start))
    } else {
        end
    };
    content_span(toks, start, end)
}

/// The source's words: an inverted source keeps an appositive after its comma ("said Jane
/// Roe, head of the caucus."), and all the rest after a quote that ends the content.
fn source_span(toks: &[Tok], source: Source, quote_before: bool) -> Option<Span> {
    match source {
        Source::After(a, b) if toks.get(b).is_some_and(|t| t.is(",")) => {
            let end = sentence_end(toks);
            // "“…,” responded Ortega, noting that …": a participle after the comma is a cue of
            // its own, not part of who spoke.
            let participle = toks.get(b + 1).is_some_and(|t| {
                t.is_word() && !t.cap && t.verb.is_some_and(|v| v.form == Form::Ing)
            });
            if !participle && (is_np(toks, b + 1, end) || quote_before) {
                span_of(toks, a, end)
            } else {
                span_of(toks, a, b)
            }
        }
        // "said an official who asked not to be named": the relative clause describes them.
        Source::After(a, b) if relative_follows(toks, b) && !toks[b].is(",") => {
            span_of(toks, a, sentence_end(toks))
        }
        Source::Before(a, b) | Source::After(a, b) => span_of(toks, a, b),
        Source::Inherited(span) => span,
    }
}

/// Whether the sentence is a direct question of the writer's own, opened by a question word
/// ("What did the prosecutors say?", "Why does the mayor believe it?", a heading's "WHAT SAY
/// YOU, SENATORS?"): it asks what was said, it reports nothing. A question inside a quotation
/// is someone's words.
fn asks_what_was_said(toks: &[Tok]) -> bool {
    // No quotation mark in the sentence, so its last token is its last word or mark; a
    // sentence inside a quotation opened earlier is still someone's words.
    let asks =
        !toks.iter().any(|t| t.mark) && toks.last().is_some_and(|t| t.text == "?" && !t.quoted);
    let question_word = toks.iter().find(|t| t.is_word()).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "what" | "why" | "how" | "when" | "where" | "who" | "which"
        )
    });
    asks && question_word
}

/// Where a sentence's words end: before its closing full stop, question or exclamation mark.
fn sentence_end(toks: &[Tok]) -> usize {
    toks.len()
        - usize::from(
            toks.last()
                .is_some_and(|t| matches!(t.text, "." | "!" | "?")),
        )
}

/// Words that, after a comma, open a clause that comments on the content rather than belongs
/// to it ("…, although he refused", "…, another sign that").
const TRAILING_OPENERS: &[&str] = &[
    "although",
    "though",
    "but",
    "while",
    "whereas",
    "even",
    "another",
    "despite",
    "adding",
    "saying",
    "according",
    "which",
    "including",
];

/// Where the content after a cue ends before a trailing comment: a semicolon, a dash or a
/// comma before a word of [`TRAILING_OPENERS`].
fn trailing_clause(toks: &[Tok], ahead: &Ahead, start: usize, end: usize) -> Option<usize> {
    let (from, end) = (start + 3, end.min(toks.len()));
    let stop = Ahead::next(&ahead.stop, from, end);
    // A dash ends the content unless a quotation opened before it; if the first dash is
    // inside one, every later dash is too.
    let dash = Ahead::next(&ahead.dash, from, end)
        .filter(|&d| Ahead::next(&ahead.mark, start, d).is_none());
    match (stop, dash) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Where the content around a parenthetical cue ("The fees, Ruiz said, will rise, although
/// …") ends after it, from `k`: at a semicolon, a dash outside a quotation, or a comma before
/// a conjunction of contrast. Not at "which" or "including", which go on describing the
/// content.
fn parenthetical_end(toks: &[Tok], ahead: &Ahead, k: usize) -> usize {
    (k + 1..toks.len())
        .find(|&j| {
            toks[j].is(";")
                || (matches!(toks[j].text, "―" | "—" | "--")
                    && Ahead::next(&ahead.mark, k, j).is_none())
                || (toks[j].is(",")
                    && toks.get(j + 1).is_some_and(|n| {
                        matches!(
                            n.lower.as_ref(),
                            "although" | "though" | "but" | "while" | "whereas"
                        )
                    }))
        })
        .unwrap_or(toks.len())
}

/// Where an object content ends before the channel or time it was said in ("attacked her
/// rival in early-morning tweets", "rejected that argument in a ruling released Thursday"):
/// at a preposition followed only by channel, listener and time words. Clauses ("that …",
/// "he would …") keep theirs.
fn trailing_channel(toks: &[Tok], ahead: &Ahead, start: usize, end: usize) -> Option<usize> {
    let first = toks.get(start)?;
    // A clause ("the ferry would run at night") keeps its adverbials: an auxiliary or a form
    // of "be" shows one.
    let clause = Ahead::next(&ahead.verb, start, end).is_some();
    if first.lower == "that"
        || first.mark
        || first.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
        || clause
        || Ahead::next(&ahead.mark, start, end).is_some()
    {
        return None;
    }
    let cut = (start + 2..end).find(|&k| {
        let t = &toks[k];
        // The adverbial runs to the content's end or to a comma ("attacked Ruiz during the
        // debate Monday night, with jabs at …").
        t.is_word()
            && matches!(t.lower.as_ref(), "in" | "during" | "since" | "at" | "via")
            && toks[k + 1..end].iter().take_while(|r| !r.is(",")).all(|r| {
                !r.is_word()
                    || r.in_class(super::lexicon::C_TRAILERS)
                    || r.in_class(super::lexicon::C_TIME_WORDS)
                    || r.in_class(super::lexicon::C_DETERMINERS)
                    || super::lexicon::has(CHANNELS, &r.lower)
            })
    })?;
    (toks[start..cut].iter().filter(|t| t.is_word()).count() >= 1).then_some(cut)
}

/// Where an object content ends at a comma after which the writer's own clause goes on
/// ("praised the new budget, the mayor said", "mentioned the harbour, and Ruiz left it
/// there", "criticised the plan, they added"): a subject, then a finite verb. Clauses
/// ("that …", "he would …", "the plan is …"), quotes and adverbials ("in a letter, …") keep
/// their commas, and so do appositives ("the mayor, Ana Ruiz, …").
fn object_end(toks: &[Tok], ahead: &Ahead, start: usize, end: usize) -> Option<usize> {
    let first = toks.get(start)?;
    if !first.is_word()
        || first.in_class(
            super::lexicon::C_CONTENT_OPENERS
                | super::lexicon::C_SUBJECT_PRONOUNS
                | super::lexicon::C_NP_PREPOSITIONS,
        )
    {
        return None;
    }
    if super::lexicon::has(ADVERBIAL_OPENERS, &first.lower) {
        return None;
    }
    let cut = (start + 1..end).find(|&k| toks[k].is(","))?;
    let clause = Ahead::next(&ahead.verb, start, cut).is_some();
    let quoted = Ahead::next(&ahead.mark, start, cut + 2).is_some();
    // A one-word object would leave no content worth a claim: keep the longer reading.
    let words = toks[start..cut].iter().filter(|t| t.is_word()).count();
    let ends = !toks[cut].is(",") || new_clause_at(toks, cut + 1, end);
    (!clause && !quoted && words >= 2 && ends).then_some(cut)
}

/// Where an object or infinitive content ends before a second verb of the cue's own subject
/// ("criticised Ruiz and challenged her to a debate", "pledged to cut fees and was cheered",
/// "calling it a disgrace and threatening to leave"): at an "and" outside quotation marks
/// that a second predicate follows. A clause keeps its "and" ("said the ferry was late and
/// cost more"), since the verb joined may be the clause's own.
fn second_predicate_end(
    toks: &[Tok],
    ahead: &Ahead,
    hit: CueHit,
    start: usize,
    end: usize,
) -> Option<usize> {
    // "did not mention, however, that …" is a clause too.
    let first = toks[start..end.min(toks.len())]
        .iter()
        .find(|t| t.is_word() && !is_adverb(t))?;
    if first.lower == "that" || first.in_class(super::lexicon::C_SUBJECT_PRONOUNS) {
        return None;
    }
    let ing = hit.info.is_some_and(|i| i.form == Form::Ing);
    let cut = (start + 1..end).find(|&k| {
        toks[k].lower == "and"
            && !toks[k].quoted
            && Ahead::next(&ahead.verb, start, k).is_none()
            && second_predicate_at(toks, k + 1, ing)
    })?;
    // "says transit officers boarded the train and found …": a past form after a noun is
    // the clause's own verb, and the "and" joins the clause's verbs.
    let clause = (start + 1..cut).any(|j| {
        let (p, t) = (&toks[j - 1], &toks[j]);
        is_past_form(t)
            && p.is_word()
            && !p.quoted
            && !p.in_class(
                super::lexicon::C_DETERMINERS
                    | super::lexicon::C_NP_PREPOSITIONS
                    | super::lexicon::C_NP_BREAKERS,
            )
            && !is_adverb(p)
            && !is_possessive_word(&p.lower)
    });
    (!clause).then_some(cut)
}

/// Where an object content ends before a clause of time or cause about the saying
/// ("condemned the launch as the army fired three more", "praised the plan when the board
/// met"): at the conjunction, when a subject and its verb follow it. A clause content keeps
/// it ("said the fees would rise when the ferry …").
fn object_clause_end(toks: &[Tok], ahead: &Ahead, start: usize, end: usize) -> Option<usize> {
    let first = toks.get(start)?;
    if !first.is_word()
        || first.lower == "that"
        || first.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
    {
        return None;
    }
    // A past form after a noun shows a clause ("the ferry sailed when …"): the first one
    // bounds where a conjunction may end the object.
    let clause_at = (start + 1..end)
        .find(|&j| is_past_form(&toks[j]) && !toks[j - 1].in_class(super::lexicon::C_DETERMINERS))
        .unwrap_or(end);
    let cut = (start + 2..end.min(clause_at)).find(|&k| {
        let t = &toks[k];
        let next = toks.get(k + 1);
        let conjunction = match t.lower.as_ref() {
            // "cited the audit as the reason": "as" before a noun phrase is no clause.
            "as" => next.is_some_and(|n| n.cap || n.in_class(super::lexicon::C_SUBJECT_PRONOUNS)),
            // "the days when the nation …": a relative after a noun of time.
            "when" => !super::lexicon::has(TIME_NOUNS, &toks[k - 1].lower),
            "while" | "after" | "before" | "because" | "until" => true,
            _ => false,
        };
        // "declined to say when …", "asked when …": a question that a verb takes.
        let question = toks[k - 2].lower == "to"
            || (toks[k - 1].verb.is_some_and(|v| v.form != Form::Base)
                && !toks[k - 2].in_class(super::lexicon::C_DETERMINERS));
        t.is_word()
            && !t.quoted
            && conjunction
            && !question
            && Ahead::next(&ahead.verb, start, k).is_none()
            && new_clause_at(toks, k + 1, end)
    })?;
    // "told the paper before he spoke that …": the content is the that-clause after it.
    let that_after = toks[cut..end]
        .iter()
        .any(|t| t.lower == "that" && !t.quoted);
    (!that_after).then_some(cut)
}

/// Where the content of a cue inside an opening subordinate clause ends ("When her aides
/// suggested that the port stay open, Ruiz was not satisfied."): at the comma after which the
/// main clause's subject and verb stand.
fn subordinate_end(toks: &[Tok], hit: CueHit, start: usize, end: usize) -> Option<usize> {
    let first = dateline_end(toks);
    let opens = toks
        .get(first)
        .is_some_and(|t| t.is_word() && !t.quoted && super::lexicon::has(SUBORDINATORS, &t.lower))
        && toks
            .get(first + 1..hit.first)
            .is_some_and(|before| before.iter().all(|t| !t.is(",")));
    if !opens {
        return None;
    }
    let cut = (start + 1..end)
        .find(|&k| toks[k].is(",") && !toks[k].quoted && new_clause_at(toks, k + 1, end))?;
    // "As Feng reports for NPR, the first cases …": an "as" with nothing said before the
    // comma but where it was said gives the main clause as what was reported.
    let said = toks[start].is_word() && !toks[start].in_class(super::lexicon::C_NP_PREPOSITIONS);
    (toks[first].lower != "as" || said).then_some(cut)
}

/// Words that open a subordinate clause before the main one.
const SUBORDINATORS: &[&str] = &[
    "when", "if", "after", "before", "while", "although", "though", "because", "since", "once",
    "until", "unless", "whereas", "as",
];

/// Nouns of time that a relative "when" follows ("the days when …").
const TIME_NOUNS: &[&str] = &[
    "day", "days", "time", "times", "year", "years", "moment", "era", "period", "night", "week",
    "month",
];

/// Whether a lowercase word outside quotations is a past form: "-ed", an irregular past or a
/// cue's past.
fn is_past_form(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && !t.quoted
        && ((t.lower.ends_with("ed") && t.lower.len() > 4)
            || t.in_class(super::lexicon::C_IRREGULAR_PASTS)
            || t.verb.is_some_and(|v| v.form == Form::Past))
}

/// Whether a verb phrase without a subject opens at `k`: a past form ("challenged her"), a
/// passive or perfect ("was cheered", "has backed"), or after an -ing cue an -ing form
/// ("threatening to leave"), followed by what such a verb takes (an object, an infinitive, a
/// clause, a quotation, or the "by" of a passive). "angry and frustrated" or "Friends and
/// loved ones" have no such follower.
fn second_predicate_at(toks: &[Tok], k: usize, ing: bool) -> bool {
    let plain = |t: &Tok| t.is_word() && !t.cap && !t.quoted;
    let k = k + usize::from(toks.get(k).is_some_and(|t| t.lower == "also"));
    let Some(v) = toks.get(k).filter(|t| plain(t)) else {
        return false;
    };
    let (verb, passive) = if matches!(v.lower.as_ref(), "has" | "had" | "was" | "were") {
        (toks.get(k + 1).is_some_and(is_past_form), true)
    } else {
        let ing_form = ing && v.lower.len() > 5 && v.lower.ends_with("ing");
        (is_past_form(v) || ing_form, false)
    };
    let j = k + 1 + usize::from(passive);
    verb && toks.get(j).is_some_and(|o| {
        o.mark
            || (o.is_word()
                && (o.cap
                    || o.in_class(super::lexicon::C_DETERMINERS)
                    || is_possessive_word(&o.lower)
                    || (o.lower.ends_with("ing") && o.lower.len() > 5)
                    || matches!(
                        o.lower.as_ref(),
                        "him"
                            | "her"
                            | "them"
                            | "it"
                            | "us"
                            | "me"
                            | "to"
                            | "that"
                            | "by"
                            | "against"
                            | "on"
                            | "with"
                            | "for"
                            | "up"
                            | "out"
                            | "back"
                    )))
    })
}

/// Possessive pronouns that open an object ("his plan", "their vote").
fn is_possessive_word(lower: &str) -> bool {
    super::lexicon::has(POSSESSIVE_PRONOUNS, lower)
}

/// Words that open an adverbial between a cue and its content ("explained after the vote,
/// …"), where a comma ends the adverbial, not the content.
const ADVERBIAL_OPENERS: &[&str] = &[
    "after",
    "before",
    "during",
    "since",
    "following",
    "despite",
    "amid",
    "as",
];

/// Whether a subject and its finite verb, or a relative "who", open at `k`: a pronoun ("they said"), or a name or
/// determined noun of up to three words followed by an auxiliary, a form of "be" or a past
/// form ("the attendees chanted", "Ruiz took").
fn new_clause_at(toks: &[Tok], k: usize, end: usize) -> bool {
    let Some(first) = toks.get(k).filter(|t| t.is_word() && !t.quoted) else {
        return false;
    };
    // "praised Ruiz, who …": a relative clause describes the object, not what was praised.
    if first.lower == "who" {
        return true;
    }
    if matches!(first.lower.as_ref(), "which" | "that" | "it") {
        return false;
    }
    if first.in_class(super::lexicon::C_SUBJECT_PRONOUNS) {
        return toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap);
    }
    // "Ruiz, who denies the charge, has avoided …": a finite verb right after the comma goes
    // on with the sentence's own subject; no object runs on into it.
    if !first.cap && super::lexicon::has(FINITE_AUXILIARIES, &first.lower) {
        return toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap);
    }
    if !(first.cap || first.in_class(super::lexicon::C_DETERMINERS)) {
        return false;
    }
    (k + 1..end.min(k + 4)).any(|j| {
        let t = &toks[j];
        (t.is_word()
            && !t.cap
            && (t.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
                || t.lower.ends_with("n't")))
            || is_past_form(t)
    })
}

/// Auxiliaries that only a finite verb phrase opens with (not "also", "still" or "then", which
/// the auxiliaries' list keeps for cues such as "has also said").
const FINITE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does",
];

/// Where and how something was said, beyond the trailers that end a cue's clause.
const CHANNELS: &[&str] = &[
    "tweets",
    "emails",
    "interviews",
    "statements",
    "ruling",
    "letter",
    "op-ed",
    "remarks",
    "debate",
    "speech",
    "hearing",
    "testimony",
    "appearance",
    "released",
    "published",
    "posted",
    "presidential",
    "first",
    "second",
    "final",
    "night",
    "early",
    "morning",
    "week",
    "weekend",
    "campaign",
    "event",
    "rally",
    "online",
    "website",
    "blog",
    "column",
    "book",
    "show",
];

/// Whether a relative clause describing the inverted source follows it to the sentence's end
/// ("…, said a city official who was not authorized to speak.", "…, said Ruiz, who runs
/// it."): no content comes after.
fn relative_follows(toks: &[Tok], k: usize) -> bool {
    let k = k + usize::from(toks.get(k).is_some_and(|t| t.is(",")));
    toks.get(k).is_some_and(|t| t.lower == "who")
        && !toks.get(k..).unwrap_or(&[]).iter().any(|t| t.mark)
}

/// Whether a comma and an appositive opening on a determiner follow the inverted source, with
/// no quotation after ("…, said Ana Ruiz, a lawyer for the port who has fought the fees.").
fn appositive_follows(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is(","))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && t.in_class(super::lexicon::C_DETERMINERS))
        && !toks.get(k..).unwrap_or(&[]).iter().any(|t| t.mark)
}

/// Whether only a comma and an appositive to the inverted source remain.
fn after_comma_only(toks: &[Tok], k: usize) -> bool {
    match toks.get(k) {
        None => true,
        Some(t) if t.is(",") => {
            let end = sentence_end(toks);
            is_np(toks, k + 1, end) || cues::ends_clause(toks, k + 1)
        }
        Some(t) => !t.is_word(),
    }
}

/// Where the content ends when a second, coordinated cue follows ("described X as Y and said
/// Z"): at the "and" before it.
fn coordinated_end(toks: &[Tok], next_first: usize) -> Option<usize> {
    let mut k = next_first;
    while k > 0 {
        let p = &toks[k - 1];
        if p.lower == "and" || p.is(",") || p.lower == "but" {
            k -= 1;
        } else {
            break;
        }
    }
    (k < next_first).then_some(k)
}

/// Where the content ends when a second clause with a source of its own follows after a comma
/// and "and" or "but" ("said the reforms were not complete, and rights groups warned that
/// …"): at that comma, since the second cue reports someone else.
fn joined_clause_start(toks: &[Tok], next_first: usize) -> Option<usize> {
    let (a, _) = np_left(toks, before_adverbs(toks, next_first), 0)?;
    let conjunction = toks.get(a.checked_sub(1)?)?;
    let comma = a.checked_sub(2)?;
    (matches!(conjunction.lower.as_ref(), "and" | "but") && toks[comma].is(",")).then_some(comma)
}

/// The content starts at "that" when it follows within a few words ("told reporters that",
/// "says on its website that"), before `end` (where a second cue's clause begins). Not when a
/// clause comes first: "said she was tired and hoped that …" keeps "she was tired".
fn skip_listener(toks: &[Tok], start: usize, end: usize) -> usize {
    for (k, t) in toks.iter().enumerate().take(end).skip(start).take(8) {
        if t.lower == "that" && t.is_word() {
            return k;
        }
        // "rejected Ruiz's claim that …": the object holds the that-clause.
        let clause = t.is_word()
            && (t.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
                || t.in_class(super::lexicon::C_CLAIM_NOUNS)
                || (k == start && t.in_class(super::lexicon::C_SUBJECT_PRONOUNS)));
        if clause || t.is(",") || t.is(".") || t.mark || t.is(":") {
            break;
        }
    }
    start
}

/// "told me the paper would close", "told reporters he would stay": where the content starts
/// after a listener of one word (an object pronoun or a plural noun) when the clause after it
/// opens on a subject pronoun or a determiner.
fn bare_listener_end(toks: &[Tok], k: usize) -> Option<usize> {
    let listener = toks.get(k)?;
    let one_word = listener.is_word()
        && !listener.cap
        && (matches!(listener.lower.as_ref(), "me" | "him" | "us" | "them")
            || (listener.lower.ends_with('s')
                && !listener.lower.ends_with("ss")
                && !listener.in_class(super::lexicon::C_NP_BREAKERS)));
    let subject = toks.get(k + 1).is_some_and(|n| {
        n.is_word()
            && !n.cap
            && n.lower != "who"
            && n.in_class(super::lexicon::C_SUBJECT_PRONOUNS | super::lexicon::C_DETERMINERS)
    });
    (one_word && subject).then_some(k + 1)
}

fn find_source(s: &Sentence, hit: CueHit, previous: Option<&Found>) -> Option<Source> {
    let toks = &s.toks;
    let info = hit.info?;
    let first = hit.first;
    if hit.passive {
        // "was told that …": the source is not named (the subject only heard it).
        return Some(Source::Inherited(None));
    }
    if let Some((a, b)) = before_relative_clause(toks, first) {
        return Some(Source::Before(a, b));
    }
    if let Some(inverted) = inverted_source(toks, hit, info.form) {
        return Some(inverted);
    }
    if info.form == Form::Ing {
        return participle_source(s, hit, previous);
    }
    let np_end = before_adverbs(toks, first);
    if let Some((a, b)) = appositive_left(toks, np_end).or_else(|| dashed_aside_left(toks, np_end))
    {
        return Some(Source::Before(a, b));
    }
    if let Some((a, b)) = restrictive_relative_left(toks, np_end) {
        return Some(Source::Before(a, b));
    }
    if let Some((a, b)) = np_left(toks, np_end, 0) {
        // "A report published Wednesday said": a participle keeps its time words.
        let participle =
            toks[b - 1].is_word() && !toks[b - 1].cap && toks[b - 1].lower.ends_with("ed");
        let a = conjoined_names(toks, a).unwrap_or(a);
        return Some(Source::Before(a, if participle { first } else { b }));
    }
    if let Some((a, b)) = counted_left(toks, np_end) {
        return Some(Source::Before(a, b));
    }
    // "… and said": the subject of the earlier verb.
    let prev = first.checked_sub(1).and_then(|p| toks.get(p));
    if prev.is_some_and(|p| p.lower == "and" || p.lower == "but") {
        let inherited = previous
            .and_then(|f| f.source)
            .or_else(|| subject(s, hit, None));
        return inherited.map(|s| Source::Inherited(Some(s)));
    }
    None
}

/// "Smith and Ortega say", "The mayor and the harbour master say": where a subject of two
/// noun phrases joined by "and" starts, when the first opens the sentence (after a dateline)
/// and is a name or a short determined noun, and the second is a name or determined.
fn conjoined_names(toks: &[Tok], a: usize) -> Option<usize> {
    let and = a.checked_sub(1)?;
    let second = toks.get(a)?;
    if toks.get(and)?.lower != "and"
        || !(second.cap || second.in_class(super::lexicon::C_DETERMINERS))
    {
        return None;
    }
    let (start, _) = np_left(toks, and, 0)?;
    let first = &toks[start..and];
    let names = toks[start].cap && first.iter().all(|t| t.cap);
    // "The mayor and the harbour master said": a short determined noun with no verb in it
    // ("The talks stalled and the minister said" joins nothing).
    let determined = toks[start].in_class(super::lexicon::C_DETERMINERS)
        && first.len() <= 4
        && first[1..].iter().all(|t| {
            t.is_word()
                && !t.lower.ends_with("ed")
                && !t.in_class(
                    super::lexicon::C_IRREGULAR_PASTS
                        | super::lexicon::C_AUXILIARIES
                        | super::lexicon::C_BE,
                )
                && t.verb.is_none()
        });
    (start == dateline_end(toks) && (names || determined)).then_some(start)
}

/// The subject before a relative clause with no commas that runs up to the cue ("Officials who
/// spoke on condition of anonymity said …", "People who know him say …"): the noun phrase
/// before "who", when it opens the sentence or follows a comma or a conjunction. Not when the
/// cue is the relative clause's own verb ("the man who said …").
fn restrictive_relative_left(toks: &[Tok], np_end: usize) -> Option<(usize, usize)> {
    let who = (np_end.saturating_sub(16)..np_end)
        .rev()
        .take_while(|&k| {
            let t = &toks[k];
            t.is_word() || t.kind == TokenKind::Number || super::phrases::is_glue(toks, k)
        })
        .find(|&k| toks[k].lower == "who" && !toks[k].quoted)?;
    // "who … and called him": the cue is the relative clause's second verb; "who he
    // accused": the pronoun is the cue's subject.
    let own_verb = toks[who + 1..np_end]
        .iter()
        .any(|t| matches!(t.lower.as_ref(), "and" | "but" | "or"))
        || toks[np_end - 1].in_class(super::lexicon::C_SUBJECT_PRONOUNS);
    if who + 1 >= np_end || own_verb {
        return None;
    }
    let (a, b) = np_left(toks, who, 0)?;
    // "The mayor thanked voters who …": a verb inside is a clause, not a subject.
    let verb = (a + 1..b).any(|j| {
        is_past_form(&toks[j])
            && toks[j - 1].is_word()
            && !toks[j - 1].in_class(super::lexicon::C_DETERMINERS)
    });
    let opens = a == dateline_end(toks)
        || a.checked_sub(1)
            .is_some_and(|p| toks[p].is(",") || matches!(toks[p].lower.as_ref(), "and" | "but"));
    (b == who && opens && !verb).then_some((a, b))
}

/// The subject before a relative clause that the comma before the cue closes: "Residents of
/// the east bank, who lost power for a week, said …", "the survey's authors, which …, reported
/// …" (not an inversion: the noun phrase after the cue is its object).
fn before_relative_clause(toks: &[Tok], first: usize) -> Option<(usize, usize)> {
    let closing = first.checked_sub(1)?;
    if !toks.get(closing)?.is(",") {
        return None;
    }
    let opening = (closing.saturating_sub(45)..closing)
        .rev()
        .find(|&k| toks[k].is(",") || toks[k].mark)?;
    let relative = toks
        .get(opening + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "who" | "which"));
    if !toks[opening].is(",") || !relative {
        return None;
    }
    // "Ana Ruiz, 59, of Marlow, who …": the noun phrase is the last of a chain of asides,
    // which the appositive rules read.
    np_left(toks, opening, 0).filter(|&(a, _)| a == 0 || !toks[a - 1].is(","))
}

/// Inversion: "“…,” said X." / "…, says X.", but not "X, the envoy, said Y." where the left
/// side is an appositive.
fn inverted_source(toks: &[Tok], hit: CueHit, form: Form) -> Option<Source> {
    let first = hit.first;
    let prev = first.checked_sub(1).and_then(|p| toks.get(p))?;
    if !(prev.is(",") || prev.mark) || !matches!(form, Form::Past | Form::Third) {
        return None;
    }
    if first != hit.verb {
        return None;
    }
    let (a, b) = np_right_closed(toks, hit.end)?;
    appositive_left(toks, first)
        .is_none()
        .then_some(Source::After(a, b))
}

/// The source of a participle cue: the main clause's subject after an opening adverbial
/// ("After saying that …, Ruiz left"), the sentence's subject after a comma or a preposition
/// (", saying …"), or the noun phrase before it after "with" or before "be" ("with Washington
/// saying …").
fn participle_source(s: &Sentence, hit: CueHit, previous: Option<&Found>) -> Option<Source> {
    let toks = &s.toks;
    let first = hit.first;
    let prev = first.checked_sub(1).and_then(|p| toks.get(p));
    let after_preposition = prev.is_some_and(|p| {
        p.is_word()
            && matches!(
                p.lower.as_ref(),
                "by" | "after" | "before" | "for" | "from" | "while"
            )
    });
    if after_preposition && let Some(c) = opening_adverbial_end(toks, hit) {
        return Some(Source::Inherited(main_subject(toks, c + 1)));
    }
    if prev.is_some_and(|p| p.is(",")) || after_preposition {
        return Some(Source::Inherited(subject(s, hit, previous)));
    }
    let (a, b) = np_left(toks, first, 0).or_else(|| counted_left(toks, first))?;
    let with = a.checked_sub(1).and_then(|k| toks.get(k));
    with.is_some_and(|t| t.lower == "with")
        .then_some(Source::Before(a, b))
        .or_else(|| {
            toks.get(first)
                .filter(|t| t.in_class(super::lexicon::C_BE))
                .map(|_| Source::Before(a, b))
        })
}

/// Where the source before token `first` ends, past adverbs and time words between it and
/// the cue ("they almost immediately said", "Ruiz on Tuesday said", "A report published
/// Wednesday said").
fn before_adverbs(toks: &[Tok], first: usize) -> usize {
    let mut np_end = first;
    loop {
        if np_end > 0 && is_adverb(&toks[np_end - 1]) {
            np_end -= 1;
        } else if np_end > 1
            && matches!(toks[np_end - 1].lower.as_ref(), "both" | "all" | "each")
            && !toks[np_end - 1].cap
        {
            // "He and the chairman both condemned", "Ruiz (Labour) both said", "… — both
            // said": a quantifier after its subject; "have both argued": and its auxiliary.
            let before = &toks[np_end - 2];
            if super::phrases::can_be_head(before) || matches!(before.text, ")" | "—" | "--") {
                np_end -= 1;
            } else if !before.cap && super::lexicon::has(FINITE_AUXILIARIES, &before.lower) {
                np_end -= 2;
            } else {
                return np_end;
            }
        } else if np_end > 1
            && toks[np_end - 2].lower == "on"
            && toks[np_end - 1].in_class(super::lexicon::C_TIME_WORDS)
        {
            np_end -= 2;
        } else if np_end > 2
            && toks[np_end - 2].lower == "in"
            && toks[np_end - 1].kind == crate::analysis::tokens::TokenKind::Number
            && toks[np_end - 1].text.len() == 4
        {
            // "who in 2010 said"
            np_end -= 2;
        } else if np_end > 1
            && toks[np_end - 1].is_word()
            && toks[np_end - 1].lower != "on"
            && toks[np_end - 1].in_class(super::lexicon::C_TIME_WORDS)
        {
            np_end -= 1;
        } else {
            return np_end;
        }
    }
}

/// The comma ending an adverbial that opens the sentence with the preposition right before the
/// participle cue `hit` ("After saying that …, " / "While insisting …, "), if there is one.
fn opening_adverbial_end(toks: &[Tok], hit: CueHit) -> Option<usize> {
    let opener = hit.first.checked_sub(1)?;
    if opener != dateline_end(toks) {
        return None;
    }
    (hit.end..toks.len()).find(|&j| toks[j].is(",") && !toks[j].quoted)
}

/// The subject opening the clause at `start`: a name, a pronoun, or a determiner and the words
/// up to the verb ("the mayor", "Ruiz", "she").
fn main_subject(toks: &[Tok], start: usize) -> Option<Span> {
    let first = toks.get(start)?;
    if !first.is_word() || first.quoted {
        return None;
    }
    let mut end = start + 1;
    if first.in_class(super::lexicon::C_SUBJECT_PRONOUNS) {
        return span_of(toks, start, end);
    }
    let determined = first.in_class(super::lexicon::C_DETERMINERS) || first.lower.ends_with("'s");
    if !determined && !first.cap {
        return None;
    }
    while let Some(t) = toks.get(end) {
        let joins = (t.is(".") && !t.space_before) || t.is_word();
        let stops = !joins
            || t.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
            || t.in_class(super::lexicon::C_NP_BREAKERS)
            || t.verb.is_some()
            || (!determined && t.is_word() && !t.cap)
            || (t.is_word()
                && !t.cap
                && (t.lower.ends_with("ed") || t.in_class(super::lexicon::C_IRREGULAR_PASTS)));
        if stops || end - start >= 6 {
            break;
        }
        end += 1;
    }
    span_of(toks, start, end)
}

/// Words that may stand inside a count of people: "about six in 10", "more than 40 percent",
/// "a mere 9 percent".
const COUNT_WORDS: &[&str] = &[
    "in", "of", "out", "about", "nearly", "almost", "roughly", "some", "more", "than", "fewer",
    "less", "over", "under", "just", "only", "a", "mere", "percent", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "-",
];

/// A counted subject ending before token `end`: "Six in 10", "42%", "another", "those
/// surveyed".
fn counted_left(toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let last = toks.get(end.checked_sub(1)?)?;
    let opening = end == 1 && last.cap && cues::counted_subject_word(&last.lower);
    let ratio = cues::spelled_ratio_at(toks, end - 1);
    if !cues::counted_subject(last) && !opening && !ratio {
        return None;
    }
    if last.is_word() && !ratio && !super::lexicon::has(cues::ASKED_PARTICIPLES, &last.lower) {
        // "another", "some": the quantifier stands alone (after "yet").
        return Some((end - 1, end));
    }
    let mut start = end - 1;
    while start > 0 && end - start < 8 {
        let t = &toks[start - 1];
        let counts = t.kind == crate::analysis::tokens::TokenKind::Number
            || t.is("%")
            || (t.is_word()
                && !t.quoted
                && (super::lexicon::has(COUNT_WORDS, &t.lower)
                    || t.in_class(super::lexicon::C_DETERMINERS)));
        if !counts {
            break;
        }
        start -= 1;
    }
    while start < end - 1 && matches!(toks[start].lower.as_ref(), "in" | "of" | "out" | "-") {
        start += 1;
    }
    Some((start, end))
}

/// Adverbs that stand between a source and its cue.
const ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "instead",
    "nonetheless",
    "nevertheless",
    "therefore",
    "thus",
    "ultimately",
    "almost",
    "first",
    "also",
    "later",
    "then",
    "just",
    "now",
    "still",
    "again",
    "often",
    "never",
    "ever",
    "even",
    "already",
    "soon",
    "once",
    "quickly",
    "repeatedly",
    "recently",
    "always",
    "sometimes",
    "twice",
    "further",
    "together",
];

/// Whether a token is an adverb that may stand between a source and its cue.
pub(super) fn is_adverb(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && ((t.lower.ends_with("ly") && t.lower.len() > 4 && t.lower != "family")
            || super::lexicon::has(ADVERBS, &t.lower))
}

/// "X, the hospital's director, said", "X, who chairs the forum, warned" and "X, for her
/// part, said": the source before comma-delimited insertions, with the first insertion when it
/// is an appositive.
pub(super) fn appositive_left(toks: &[Tok], first: usize) -> Option<(usize, usize)> {
    let last_comma = first.checked_sub(1)?;
    if !toks.get(last_comma)?.is(",") {
        return None;
    }
    // The named part opens the sentence (or follows a colon or a quote) and ends at a comma.
    let commas: Vec<usize> = (0..last_comma).filter(|&k| toks[k].is(",")).collect();
    for (n, &c1) in commas.iter().enumerate() {
        let Some((a, b)) = np_left(toks, c1, 0) else {
            continue;
        };
        // "But Ruiz, …, said": a conjunction or sentence adverb opening the sentence.
        let opener = a == 1
            && toks[0].is_word()
            && (matches!(
                toks[0].lower.as_ref(),
                "and" | "but" | "yet" | "so" | "even" | "still"
            ) || super::lexicon::has(SENTENCE_ADVERBS, &toks[0].lower));
        // "WASHINGTON -- Ruiz, …, said": a dateline opens no clause of its own.
        let opens = a == 0
            || a == dateline_end(toks)
            || opener
            || toks
                .get(a - 1)
                .is_some_and(|t| matches!(t.text, ":" | ";") || t.mark)
            || (commas.first() != Some(&c1) && toks.get(a - 1).is_some_and(|t| t.is(",")));
        if !opens || last_comma - c1 > 25 || last_comma - c1 < 2 {
            continue;
        }
        let c2 = commas.get(n + 1).copied().unwrap_or(last_comma);
        if c2 == last_comma && is_np(toks, c1 + 1, c2) {
            return Some((a, c2));
        }
        return Some((a, b));
    }
    None
}

/// "Ruiz -- co-author of a book on the port, who lives there -- said": the source before an
/// aside set off by two dashes, when it opens the sentence (after a dateline).
fn dashed_aside_left(toks: &[Tok], first: usize) -> Option<(usize, usize)> {
    // A dash, or a hyphen standing apart ("Ruiz - co-author …") or doubled ("--").
    let is_dash = |k: usize| {
        let t = &toks[k];
        matches!(t.text, "--" | "—" | "–" | "―")
            || (t.is("-")
                && (t.space_before
                    || toks.get(k + 1).is_some_and(|n| n.is("-"))
                    || (k > 0 && toks[k - 1].is("-"))))
    };
    // The first token of the dash ending at `k`.
    let dash_start = |k: usize| k - usize::from(k > 0 && toks[k].is("-") && toks[k - 1].is("-"));
    let closing = dash_start(first.checked_sub(1).filter(|&k| is_dash(k))?);
    let opening = (closing.saturating_sub(30)..closing)
        .rev()
        .find(|&k| is_dash(k) || toks[k].mark)?;
    if !is_dash(opening) || closing - opening < 2 {
        return None;
    }
    let (a, b) = np_left(toks, dash_start(opening), 0)?;
    // "Ana Ruiz, the head of Harbour Media -- …": the aside follows an appositive.
    let (a, b) = match a.checked_sub(1) {
        Some(c) if toks[c].is(",") => np_left(toks, c, 0)?,
        _ => (a, b),
    };
    (a == dateline_end(toks)).then_some((a, b))
}

/// The subject of a participle cue (", saying …"): the source of an earlier cue in the
/// sentence, else the noun phrase that opens the sentence's main clause.
fn subject(s: &Sentence, hit: CueHit, previous: Option<&Found>) -> Option<Span> {
    if let Some(source) = previous.and_then(|f| f.source)
        && source.end() <= s.toks.get(hit.first)?.span.start()
    {
        return Some(source);
    }
    let toks = &s.toks;
    // A dateline is never the subject ("HARBOURTON (AP) — The union walked out, saying …").
    let mut start = dateline_end(toks);
    // "But the court …", "Likewise, the mayor …": a conjunction or a sentence adverb set off by
    // a comma opens the sentence, not its subject.
    if toks.get(start).is_some_and(|t| {
        t.is_word()
            && matches!(
                t.lower.as_ref(),
                "and" | "but" | "yet" | "so" | "or" | "nor"
            )
    }) {
        start += 1;
    }
    // "Likewise, …", "Shortly after, …", "Only then, …": an adverb opening the sentence, with
    // at most two particles after it, set off by a comma.
    let particle = |t: &Tok| {
        t.is_word()
            && (t.in_class(super::lexicon::C_NP_PREPOSITIONS)
                || matches!(
                    t.lower.as_ref(),
                    "after" | "afterwards" | "before" | "then" | "again" | "though" | "enough"
                ))
    };
    if toks.get(start).is_some_and(|t| {
        t.is_word() && (t.lower.ends_with("ly") || super::lexicon::has(SENTENCE_ADVERBS, &t.lower))
    }) && let Some(comma) = (start + 1..(start + 4).min(hit.first))
        .take_while(|&j| toks[j].is(",") || particle(&toks[j]))
        .find(|&j| toks[j].is(","))
    {
        start = comma + 1;
    }
    // "Eight years ago, …", "Late last month, …", "Shortly after the vote, …".
    if let Some(comma) = (start + 1..hit.first.min(start + 9)).find(|&j| toks[j].is(","))
        && opening_time_phrase(&toks[start..comma])
    {
        start = comma + 1;
    }
    // Skip an opening adverbial ending at the first comma when it starts with a preposition
    // or a participle ("Speaking at a rally, Ruiz …", "Chastened by the vote, the judge …").
    if toks.get(start).is_some_and(|t| {
        t.is_word()
            && (t.in_class(super::lexicon::C_NP_BREAKERS)
                || t.in_class(super::lexicon::C_NP_PREPOSITIONS)
                || ((t.lower.ends_with("ing") || t.lower.ends_with("ed")) && t.lower.len() > 5))
    }) && let Some(c) = toks
        .get(start..hit.first)
        .and_then(|ts| ts.iter().position(|t| t.is(",")))
    {
        // "Chastened by the polls, as well as complaints, Ruiz revised …": the adverbial
        // ends at the first comma that a subject and its verb follow, if one does.
        let c = (start + c..hit.first)
            .filter(|&j| toks[j].is(","))
            .find(|&j| new_clause_at(toks, j + 1, hit.first))
            .map_or(c, |j| j - start);
        start += c + 1;
        // "At an event in Ames, Iowa, on Sunday, Ruiz …": a place or a time of the adverbial
        // between commas goes with it.
        while let Some(c) = (start + 1..hit.first.min(start + 4)).find(|&j| toks[j].is(",")) {
            let place = toks[start..c].iter().all(|t| t.is_word() && t.cap)
                && toks.get(c + 1).is_some_and(|n| n.is_word());
            let time = toks.get(start).is_some_and(|t| t.lower == "on")
                && toks[start + 1..c]
                    .iter()
                    .all(|t| t.in_class(super::lexicon::C_TIME_WORDS));
            // "On Thursday, however, Ruiz …": a sentence adverb set off by commas.
            let adverb = c == start + 1
                && toks[start].is_word()
                && super::lexicon::has(SENTENCE_ADVERBS, &toks[start].lower);
            if !(place || time || adverb) {
                break;
            }
            start = c + 1;
        }
    }
    let mut end = start;
    if toks
        .get(end)
        .is_some_and(|t| t.in_class(super::lexicon::C_DETERMINERS))
    {
        end += 1;
        // "The US welcomed …": letters in capitals are a name even when they spell a pronoun.
        let acronym = |t: &Tok| t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase());
        // Right after the determiner an -ed word is an adjective ("The unprecedented scale");
        // later, it, an attributing verb or an adverb ("The doctor later told") ends the noun.
        let in_phrase = |t: &Tok, n: usize| {
            t.is_word()
                && (n == 1
                    || !(t.lower.ends_with("ed")
                        || t.lower.ends_with("ly")
                        || t.in_class(super::lexicon::C_IRREGULAR_PASTS)
                        || (t.verb.is_some() && !t.cap)))
                && (!t.in_class(super::lexicon::C_NP_BREAKERS) || acronym(t))
        };
        while end - start < 4 && toks.get(end).is_some_and(|t| in_phrase(t, end - start)) {
            end += 1;
        }
        // Keep the noun, not a verb after it: when four words ran on, drop the last.
        if end - start == 4 {
            end -= 1;
        }
    } else {
        while toks.get(end).is_some_and(|t| {
            (t.cap && t.is_word()) || (end > start && (t.is(".") && !t.space_before))
        }) {
            end += 1;
        }
        if end == start
            && toks
                .get(start)
                .is_some_and(|t| t.in_class(super::lexicon::C_SUBJECT_PRONOUNS))
        {
            end += 1;
        }
    }
    if end > hit.first {
        return None;
    }
    span_of(toks, start, end)
}
