//! Cues: the words that attribute content to a source ("said", "has warned", "according to"),
//! told apart from the same words used as nouns ("the plans", "his remarks", "United States").

use super::extra_cues::ExtraCues;
use super::lexicon::{self, Form, VerbForm};
use super::view::{Sentence, Tok};

/// A cue in a sentence, as a token range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueHit {
    /// First token of the cue (an auxiliary such as "has" when there is one).
    pub first: usize,
    /// The attributing verb, or "according".
    pub verb: usize,
    /// One past the last token of the cue.
    pub end: usize,
    /// What the verb reports; `None` for "according to".
    pub info: Option<VerbForm>,
    /// Whether the cue is a passive ("was told that", "it was reported that"), whose subject
    /// is the listener or a dummy, not the source.
    pub passive: bool,
}

impl CueHit {
    /// Whether this is "according to", whose source follows it.
    pub fn is_according(&self) -> bool {
        self.info.is_none()
    }
}

/// The cues of a sentence, in order, from the built-in verbs and the user's `extra` ones.
pub fn find(s: &Sentence, extra: &ExtraCues) -> Vec<CueHit> {
    let toks = &s.toks;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.is_word() || t.quoted {
            i += 1;
            continue;
        }
        if t.lower == "according" && toks.get(i + 1).is_some_and(|n| n.lower == "to") {
            out.push(CueHit {
                first: i,
                verb: i,
                end: i + 2,
                info: None,
                passive: false,
            });
            i += 2;
            continue;
        }
        if let Some(end) = statement_cue(toks, i)
            && let Some(info) = lexicon::verb("said")
        {
            // "issued a statement saying …", "released a letter that …"
            out.push(CueHit {
                first: i,
                verb: i,
                end,
                info: Some(info),
                passive: false,
            });
            i = end;
            continue;
        }
        let verb = t.verb.copied().or_else(|| extra.verb(&t.lower));
        if let Some(info) = verb
            && is_passive_cue(toks, i, info)
        {
            // "was told that …", "it was reported that …"
            out.push(CueHit {
                first: i - 1,
                verb: i,
                end: i + 1,
                info: Some(info),
                passive: true,
            });
        } else if let Some(info) = verb
            && is_verb_here(s, i, info)
        {
            let first = auxiliaries_before(toks, i, info);
            out.push(CueHit {
                first,
                verb: i,
                end: i
                    + 1
                    + usize::from(
                        toks.get(i + 1)
                            .is_some_and(|n| info.particles.contains(&n.lower.as_ref())),
                    ),
                info: Some(info),
                passive: false,
            });
        }
        i += 1;
    }
    out
}

/// Verbs that put out a document.
const ISSUING: &[&str] = &[
    "issued",
    "issues",
    "released",
    "releases",
    "sent",
    "sends",
    "published",
    "publishes",
    "posted",
    "posts",
    "put",
];

/// Documents whose words are their issuer's.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "memo",
    "report",
    "release",
    "note",
    "announcement",
    "video",
    "message",
    "tweet",
];

/// "issued a statement saying …", "released a letter that …", "put out a statement:": the end
/// of the cue (after "saying" when it is there) when the word at `i` opens one.
fn statement_cue(toks: &[Tok], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if !t.is_word() || t.quoted || t.cap || !super::lexicon::has(ISSUING, &t.lower) {
        return None;
    }
    let mut k = i + 1;
    if t.lower == "put" && toks.get(k).is_some_and(|n| n.lower == "out") {
        k += 1;
    }
    if !toks
        .get(k)
        .is_some_and(|n| n.in_class(super::lexicon::C_DETERMINERS))
    {
        return None;
    }
    // "a written statement", "a joint statement"
    let noun = (k + 1..toks.len().min(k + 4))
        .find(|&j| super::lexicon::has(DOCUMENT_NOUNS, &toks[j].lower))?;
    let after = toks.get(noun + 1)?;
    if after.lower == "saying" {
        Some(noun + 2)
    } else if after.lower == "that" || after.is(":") {
        Some(noun + 1)
    } else {
        None
    }
}

/// Whether the past form at `i` is a passive cue: a form of "be" right before it and a
/// that-clause or a quote right after ("was told that", "it was reported that"), never "was
/// told to leave".
fn is_passive_cue(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    info.form == Form::Past
        && info.class == lexicon::VerbClass::Speech
        && i >= 1
        && toks[i - 1].is_word()
        && !toks[i - 1].quoted
        && toks[i - 1].in_class(super::lexicon::C_BE)
        && toks.get(i + 1).is_some_and(|n| n.lower == "that" || n.mark)
}

/// The first token of the auxiliaries and adverbs that stand right before the verb and belong
/// to its cue ("has also said").
fn auxiliaries_before(toks: &[Tok], verb: usize, info: VerbForm) -> usize {
    let mut first = verb;
    while first > 0 && verb - first < 3 {
        let p = &toks[first - 1];
        let aux = p.is_word()
            && !p.quoted
            && (p.in_class(super::lexicon::C_AUXILIARIES)
                || (p.lower.ends_with("ly") && p.lower.len() > 4))
            && !(p.in_class(super::lexicon::C_BE) && info.form != Form::Ing);
        if !aux {
            break;
        }
        first -= 1;
    }
    // An adverb without an auxiliary is not part of the cue ("he quickly said").
    while first < verb && !toks[first].in_class(super::lexicon::C_AUXILIARIES) {
        first += 1;
    }
    first
}

/// Whether the word at `i` is used as an attributing verb, judged from its neighbours: each
/// step below is one reading that rules it out or in.
fn is_verb_here(s: &Sentence, i: usize, info: VerbForm) -> bool {
    let toks = &s.toks;
    // "Ruiz now says", "Skippers often say": the verb is read as if its adverbs were not
    // there (a copy of the sentence without them: an adverb before a cue word is rare).
    let mut k = i;
    while k > 1 && !toks[k - 1].cap && super::attribution::is_adverb(&toks[k - 1]) {
        k -= 1;
    }
    if k < i && info.form != Form::Ing {
        let mut bare = s.clone();
        bare.toks.drain(k..i);
        return is_verb_here(&bare, k, info);
    }
    if !capital_fits(s, i) || !particle_fits(toks, i, info) {
        return false;
    }
    let Some(p) = i.checked_sub(1).and_then(|k| toks.get(k)) else {
        // Sentence-initial: only "Says …" headlines, too rare to trust.
        return false;
    };
    let p_word = p.is_word() && !p.quoted;
    // "if you want to understand …": the generic "you" holds no belief worth a claim.
    if p_word && p.lower == "you" && info.class == lexicon::VerbClass::Belief {
        return false;
    }
    if let Some(verdict) = counted_or_shared_subject(toks, i, info) {
        return verdict;
    }
    if named_title(toks, i) || belief_of(toks, i, info) || singular_before_base(toks, i, info) {
        return false;
    }
    if p_word && (p.in_class(super::lexicon::C_DETERMINERS) || is_possessive(&p.lower)) {
        return false;
    }
    // "for the television show “Harbour”": a base form between a determined noun and a
    // quoted title is a noun.
    if info.form == Form::Base
        && i >= 2
        && toks[i - 2].in_class(super::lexicon::C_DETERMINERS)
        && toks.get(i + 1).is_some_and(|n| n.mark)
    {
        return false;
    }
    // "32% of Republican claims", "many Democratic claims": an -s form after a capitalised
    // modifier that follows a count (and "of") is a plural noun.
    let counts = |t: &Tok| {
        t.kind == crate::analysis::tokens::TokenKind::Number
            || t.is("%")
            || (!t.cap
                && matches!(
                    t.lower.as_ref(),
                    "many" | "most" | "some" | "several" | "few" | "all"
                ))
    };
    if info.form == Form::Third
        && p_word
        && p.cap
        && !s.title_case
        && i >= 2
        && (counts(&toks[i - 2]) || (toks[i - 2].lower == "of" && i >= 3 && counts(&toks[i - 3])))
    {
        return false;
    }
    // "forced the board to abandon plans to …": an -s form right after an infinitive is its
    // object, a plural noun.
    if info.form == Form::Third
        && p_word
        && !p.cap
        && i >= 2
        && toks[i - 2].is_word()
        && toks[i - 2].lower == "to"
    {
        return false;
    }
    let by_participle = participle_after_preposition(toks, i, info);
    if p_word
        && p.in_class(super::lexicon::C_NOUN_CONTEXT)
        && !(p.lower == "to" && info.form == Form::Base)
        && !by_participle
    {
        return false;
    }
    if !form_fits_word_before(toks, i, info, by_participle)
        || !not_a_noun(toks, i, info)
        || existential_participle(toks, i, info)
    {
        return false;
    }
    if info.noun_like {
        return clause_or_aside(toks, i, info);
    }
    if info.needs_clause {
        return clause_or_break_follows(toks, i, info);
    }
    if info.or_infinitive {
        return infinitive_follows(toks, i);
    }
    // A verb with nothing after it and no comma or quote before it has no content here.
    true
}

/// "a psychology class called “Perception”": "called" after a common noun and before a quote
/// names a title. After a name, a pronoun or a relative ("the mayor's aide called it …",
/// "what he called “a disgrace”") it stays a cue.
fn named_title(toks: &[Tok], i: usize) -> bool {
    let p = &toks[i - 1];
    toks[i].lower == "called"
        && p.is_word()
        && !p.quoted
        && !p.cap
        && !p.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
        && !matches!(p.lower.as_ref(), "who" | "whom" | "which" | "that")
        && toks.get(i + 1).is_some_and(|n| n.mark)
}

/// "thought of the days when …", "dreams of a bigger port": a belief verb before "of" brings
/// something to mind, it holds no view.
fn belief_of(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    info.class == lexicon::VerbClass::Belief && toks.get(i + 1).is_some_and(|n| n.lower == "of")
}

/// "in a June report, …", "a CNN report that …": a base form after a noun phrase opened by a
/// singular determiner is the noun that ends it, since such a subject takes an -s form. Not
/// when "of" makes the phrase a count of a plural ("a number of skippers say").
fn singular_before_base(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    info.form == Form::Base
        && super::phrases::np_left(toks, i, 0).is_some_and(|(a, b)| {
            matches!(
                toks[a].lower.as_ref(),
                "a" | "an" | "each" | "every" | "this" | "another"
            ) && !toks[a..b].iter().any(|t| t.lower == "of")
        })
}

/// Whether a past form follows the noun of "there is/were …": a participle describing it
/// ("there were 300 cases reported last year", "there have been complaints filed"), not a
/// verb with a source.
fn existential_participle(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    if info.form != Form::Past {
        return false;
    }
    (i.saturating_sub(7)..i)
        .rev()
        .take_while(|&k| !toks[k].is(",") && !toks[k].mark)
        .any(|k| {
            toks[k].lower == "there"
                && toks.get(k + 1).is_some_and(|b| {
                    b.in_class(super::lexicon::C_BE | super::lexicon::C_AUXILIARIES)
                })
                && k + 2 < i
        })
}

/// A capitalised word inside a sentence is a name, not a verb, unless the line is in title
/// case.
fn capital_fits(s: &Sentence, i: usize) -> bool {
    let is_first_word = s.toks[..i].iter().all(|p| !p.is_word());
    !(s.toks[i].cap && !is_first_word && !s.title_case)
}

/// The verb's particle is there when it needs one ("call for"), and what follows makes no
/// phrasal verb or passive of it ("showed up", "polls reported by the networks").
fn particle_fits(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let t = &toks[i];
    let next = toks.get(i + 1);
    let with_particle = next.is_some_and(|n| info.particles.contains(&n.lower.as_ref()));
    let particle_ok = info.particles.is_empty()
        || with_particle
        || (info.or_quote && (quote_within(toks, i + 1, 12) || names_as(toks, i + 1)));
    if !particle_ok || (info.object_as && !as_after_object(toks, i + 1)) {
        return false;
    }
    if next.is_some_and(|n| n.lower == "of") && info.form != Form::Past {
        return false;
    }
    // "showed up", "polls reported by the networks", "the tweet shown above", "Costa reported
    // from Washington": a phrasal verb, a passive participle after its noun or a dateline
    // credit, not a cue.
    !next.is_some_and(|n| {
        n.lower == "up"
            || (info.form == Form::Past && matches!(n.lower.as_ref(), "by" | "above" | "below"))
            || (t.lower == "reported" && n.lower == "from")
    })
}

/// "Six in 10 say …", "another said …", "… and says he …": the subject is a count, a
/// quantifier standing alone or that of the verb before; a clause must still follow. A count
/// before a plural that ends the clause is a noun phrase ("won in 11 states."), and so is a
/// plural joined to another at the clause's end ("likes and retweets."). `None` when
/// the subject is none of these.
fn counted_or_shared_subject(toks: &[Tok], i: usize, info: VerbForm) -> Option<bool> {
    let p = &toks[i - 1];
    let next = toks.get(i + 1);
    let counted = counted_subject(p)
        || (p.cap && i == 1 && counted_subject_word(&p.lower))
        || spelled_ratio_at(toks, i - 1);
    if info.form == Form::Ing || !(counted || (info.form != Form::Past && conjoined(toks, i))) {
        return None;
    }
    let content_follows = next.is_some_and(|n| !matches!(n.text, "." | "," | ";" | ")"));
    Some(
        opens_content(toks, i, info)
            && content_follows
            && (!info.needs_clause || clause_follows(toks, i + 1) || info.takes_object),
    )
}

/// "by saying that …", "after warning that …": a participle after a preposition is a cue
/// when a clause or a quote follows.
fn participle_after_preposition(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let p = &toks[i - 1];
    let next = toks.get(i + 1);
    info.form == Form::Ing
        && p.is_word()
        && !p.quoted
        && matches!(
            p.lower.as_ref(),
            "by" | "after" | "before" | "for" | "from" | "while"
        )
        && (clause_follows(toks, i + 1)
            || quote_within(toks, i + 1, 3)
            || next.is_some_and(|n| {
                n.in_class(super::lexicon::C_CONTENT_OPENERS)
                    || n.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
            }))
}

/// Whether the word before fits the verb's form: a past form not after "be" or "get"; a
/// participle after a comma, "be" or a preposition; an -s form after a subject; a base form
/// after a plural, a name or a pronoun.
fn form_fits_word_before(toks: &[Tok], i: usize, info: VerbForm, by_participle: bool) -> bool {
    let p = &toks[i - 1];
    let p_word = p.is_word() && !p.quoted;
    let after_comma_or_quote = p.is(",") || p.mark || p.is(":") || p.is("—") || p.is("–");
    match info.form {
        Form::Past => !(p_word && (p.in_class(super::lexicon::C_BE) || p.lower == "get")),
        Form::Ing => {
            by_participle
                || p.is(",")
                || (p_word && p.in_class(super::lexicon::C_BE) && p.lower != "being")
                || (p_word && p.cap && toks[..i].iter().any(|t| t.lower == "with"))
                || with_subject(toks, i)
        }
        Form::Third => {
            after_comma_or_quote
                || (p_word
                    && (p.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
                        || p.cap
                        || !p.in_class(super::lexicon::C_BASE_SUBJECTS)))
        }
        Form::Base => {
            set_off_plural(toks, i, info)
                || (p_word
                    && p.lower != "to"
                    && (p.in_class(super::lexicon::C_BASE_SUBJECTS)
                        || p.cap
                        || (p.lower.ends_with('s') && !p.lower.ends_with("ss"))
                        || super::lexicon::has(COLLECTIVE_NOUNS, &p.lower)
                        || plural_before_preposition(toks, i)
                        || plural_relative_before(toks, i)))
        }
    }
}

/// "Others, however, say …", "Economists, like their rivals, say …": a plural subject before
/// a comma-delimited insertion.
fn set_off_plural(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    toks[i - 1].is(",")
        && super::attribution::appositive_left(toks, i).is_some_and(|(a, b)| {
            let head = (a + 1..b)
                .find(|&k| toks[k].in_class(super::lexicon::C_NP_PREPOSITIONS))
                .unwrap_or(b);
            is_plural_head(&toks[head - 1])
        })
        && (opens_content(toks, i, info) || never_noun(&toks[i].lower))
}

/// A base or -s form after a lowercase word may be a noun ("member states", "tax plans"), and
/// a base form after a name too ("the Horizonte think tank"): a verb only when what follows
/// can open its content and, for an -s form, its subject reads as a noun phrase.
fn not_a_noun(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let p = &toks[i - 1];
    let p_word = p.is_word() && !p.quoted;
    let weak_subject = p_word
        && !p.cap
        && !p.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
        && !p.in_class(super::lexicon::C_BASE_SUBJECTS);
    let bare_name = info.form == Form::Base
        && p_word
        && p.cap
        && !p.in_class(super::lexicon::C_SUBJECT_PRONOUNS);
    if !((matches!(info.form, Form::Base | Form::Third) && weak_subject) || bare_name) {
        return true;
    }
    let any_content = never_noun(&toks[i].lower);
    if !any_content && !opens_content(toks, i, info) {
        return false;
    }
    !(weak_subject && info.form == Form::Third) || determined_subject(toks, i)
}

/// The subject of an -s form after a lowercase word reads as a noun phrase: opened by a
/// determiner, a possessive or a name ("the report says", not "insulting remarks he made");
/// at the end of a clause it must follow a comma or a quote ("…, the report says.").
fn determined_subject(toks: &[Tok], i: usize) -> bool {
    let next = toks.get(i + 1);
    let Some((a, _)) = super::phrases::np_left(toks, i, 0) else {
        return false;
    };
    let head = &toks[a];
    let determined = head.in_class(super::lexicon::C_DETERMINERS)
        || head.cap
        || toks[a..i].iter().any(|t| is_possessive(&t.lower));
    if !determined {
        return false;
    }
    let at_end = next.is_none_or(|n| matches!(n.text, "," | "."));
    let after_break = a == 0
        || toks
            .get(a - 1)
            .is_some_and(|t| t.is(",") || t.mark || t.is(":"));
    if at_end && !after_break {
        return false;
    }
    // Opening the sentence, a plural that may be a noun needs content after it ("Another
    // eight states, with …").
    !(at_end && a == 0 && !never_noun(&toks[i].lower))
}

/// For a verb that needs a clause: a clause follows ("found that …"), maybe after a listener
/// or a channel ("told reporters that …", "wrote on Twitter: …"), or the verb closes a quote
/// or a parenthetical ("…,” wrote X.", "…, the company added, and …"), or a document is its
/// subject ("one study found prices would …").
fn clause_or_break_follows(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let p = &toks[i - 1];
    let next = toks.get(i + 1);
    let after_comma_or_quote = p.is(",") || p.mark || p.is(":") || p.is("—") || p.is("–");
    let listener_then_clause = info.takes_object && clause_within(toks, i + 1, 6);
    let channel_then_clause = next.is_some_and(|n| matches!(n.lower.as_ref(), "on" | "in"))
        && clause_within(toks, i + 2, 5);
    // A participle after a comma comments on the clause before ("…, highlighting the cost")
    // unless a clause follows it.
    let closes_quote =
        (after_comma_or_quote && info.form != Form::Ing) || ends_with_trailer(toks, i + 1);
    let by_document = info.class == lexicon::VerbClass::Evidence
        && super::phrases::np_left(toks, i, 0)
            .is_some_and(|(_, b)| toks[b - 1].in_class(super::lexicon::C_EVIDENCE_NOUNS));
    // ", adding he would …": a participle after a comma, then a subject.
    let participle_clause = info.form == Form::Ing
        && p.is(",")
        && next.is_some_and(|n| n.in_class(super::lexicon::C_SUBJECT_PRONOUNS) && !n.cap);
    listener_then_clause
        || (info.or_infinitive && infinitive_follows(toks, i))
        || parenthetical(toks, i, info)
        || participle_clause
        || channel_then_clause
        || closes_quote
        || by_document
        || clause_follows(toks, i + 1)
        || ends_clause(toks, i + 1)
}

/// "declined to say", "agreed to pay": "to" and a verb follow the cue at `i`.
fn infinitive_follows(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| n.lower == "to")
        && toks
            .get(i + 2)
            .is_some_and(|v| v.is_word() && !v.cap && !v.in_class(super::lexicon::C_DETERMINERS))
}

/// For a form that is more often a noun ("states", "attacks"): a that-clause follows whose
/// "that" is no relative pronoun ("states that the fees will rise", not "states that had
/// voted"), a quote or a colon follows, or the verb and its subject are set off after a comma
/// or quote ("…,” she states.", "…, the report states.").
fn clause_or_aside(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let p = &toks[i - 1];
    if p.is(",") || p.mark || parenthetical(toks, i, info) {
        return true;
    }
    match toks.get(i + 1) {
        Some(t) if t.mark || t.is(":") => true,
        // A that-clause opens on its subject: a name, a pronoun, a determined noun, a number
        // or a bare noun before its auxiliary ("that courts should"). A lowercase word of any
        // other kind is the verb of a relative clause ("attacks that killed", "states that
        // precede it"), unless a pronoun before makes a verb of the cue ("It states that …").
        Some(t) if t.lower == "that" => toks.get(i + 2).is_some_and(|n| {
            let verb_class = super::lexicon::C_AUXILIARIES | super::lexicon::C_BE;
            let subject = n.cap
                || n.in_class(super::lexicon::C_DETERMINERS | super::lexicon::C_SUBJECT_PRONOUNS)
                || p.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
                || toks
                    .iter()
                    .skip(i + 3)
                    .take(4)
                    .take_while(|u| {
                        (u.is_word()
                            && !u.in_class(
                                super::lexicon::C_DETERMINERS | super::lexicon::C_NP_PREPOSITIONS,
                            ))
                            || u.is("-")
                    })
                    .any(|u| u.in_class(verb_class));
            n.mark
                || n.kind == crate::analysis::tokens::TokenKind::Number
                || (n.is_word() && !n.in_class(verb_class) && subject)
        }),
        _ => false,
    }
}

/// "“…,” she added, underscoring …" / "…, the company added, and …": a subject set off by a
/// comma or a quote, and nothing but a break after the verb. Right after a closing quote, the
/// channel may follow ("“…,” she wrote in an email").
fn parenthetical(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    let next = toks.get(i + 1);
    info.form != Form::Ing
        && super::phrases::np_left(toks, i, 0).is_some_and(|(a, _)| {
            let before = a.checked_sub(1).and_then(|b| toks.get(b));
            let after_quote = before.is_some_and(|b| b.mark)
                || (before.is_some_and(|b| b.is(","))
                    && a.checked_sub(2)
                        .and_then(|b| toks.get(b))
                        .is_some_and(|b| b.mark));
            let then_break = next.is_none_or(|n| matches!(n.text, "," | "." | "!" | "?"));
            (after_quote && next.is_some_and(|n| n.is_word() && !n.cap))
                || (then_break && before.is_some_and(|b| b.is(",") || b.mark))
        })
}

/// Base and -s forms that are never nouns after a noun phrase ("the judge says running is
/// hard", "residents say taxes rose"): their content may open with any word.
fn never_noun(lower: &str) -> bool {
    matches!(
        lower,
        "say" | "says" | "tells" | "insists" | "argues" | "contends" | "believes" | "explains"
    )
}

/// Whether what follows the verb at `i` can open its content: a quote, a name, a clause
/// opener, a determiner, a pronoun, punctuation that ends the clause, or "to" after a belief.
fn opens_content(toks: &[Tok], i: usize, info: VerbForm) -> bool {
    toks.get(i + 1).is_none_or(|n| {
        n.mark
            || n.cap
            || matches!(n.text, ":" | "," | "." | "—")
            || n.in_class(super::lexicon::C_CONTENT_OPENERS)
            || n.in_class(super::lexicon::C_DETERMINERS)
            || n.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
            || (n.lower == "to" && info.class == lexicon::VerbClass::Belief)
            || (matches!(n.lower.as_ref(), "on" | "in") && clause_within(toks, i + 2, 8))
    })
}

/// Quantifiers that stand alone as a subject ("some say", "another said").
pub(super) const STANDALONE_QUANTIFIERS: &[&str] = &[
    "another",
    "some",
    "many",
    "most",
    "both",
    "several",
    "few",
    "others",
    "none",
    "half",
    "percent",
    "majority",
    "majorities",
    "plurality",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
];

/// Participles that close a subject of people asked ("those surveyed say").
pub(super) const ASKED_PARTICIPLES: &[&str] = &[
    "surveyed",
    "polled",
    "questioned",
    "interviewed",
    "asked",
    "briefed",
];

/// Whether the word before a verb ends a counted or quantified subject: "six in 10 say",
/// "42% said", "another said", "those surveyed say".
pub(super) fn counted_subject(p: &Tok) -> bool {
    p.kind == crate::analysis::tokens::TokenKind::Number
        || p.is("%")
        || (p.is_word() && !p.quoted && !p.cap && counted_subject_word(&p.lower))
}

/// Whether a plural or counted subject after "with" stands before the participle at `i`
/// ("with 22 percent saying …", "with three in 10 saying …", "with many voters saying …"):
/// an absolute clause whose subject is the participle's source.
fn with_subject(toks: &[Tok], i: usize) -> bool {
    let p = &toks[i - 1];
    let plural =
        (!p.quoted && is_plural_head(p)) || counted_subject(p) || spelled_ratio_at(toks, i - 1);
    // "with all precincts reporting." reports nothing.
    let content = toks.get(i + 1).is_some_and(|n| n.is_word() || n.mark)
        || (toks.get(i + 1).is_some_and(|n| n.is(",") || n.is(":"))
            && toks.get(i + 2).is_some_and(|n| n.mark));
    plural
        && content
        && (i.saturating_sub(8)..i - 1).rev().any(|j| {
            toks[j].lower == "with"
                && toks[j + 1..i].iter().all(|t| {
                    !t.quoted
                        && (t.is_word()
                            || t.kind == crate::analysis::tokens::TokenKind::Number
                            || t.is("%"))
                        && t.verb.is_none()
                })
        })
}

/// Whether a ratio spelled out ends at token `k`: "One in three", "two of five", "4 in ten".
pub(super) fn spelled_ratio_at(toks: &[Tok], k: usize) -> bool {
    let number = |t: &Tok| {
        t.kind == crate::analysis::tokens::TokenKind::Number
            || (t.is_word() && super::lexicon::has(NUMBER_WORDS, &t.lower))
    };
    k >= 2
        && toks[k].is_word()
        && !toks[k].quoted
        && number(&toks[k])
        && matches!(toks[k - 1].lower.as_ref(), "in" | "of")
        && number(&toks[k - 2])
}

/// Counts spelled out ("One in three", "Eight years ago").
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty",
];

/// Whether a lowercase word can end a counted subject on its own.
pub(super) fn counted_subject_word(lower: &str) -> bool {
    super::lexicon::has(STANDALONE_QUANTIFIERS, lower)
        || super::lexicon::has(ASKED_PARTICIPLES, lower)
}

/// Whether the verb at `i` is the second of two sharing a subject: "… and says …", "… but
/// insisted …", "…, then told …".
pub(super) fn conjoined(toks: &[Tok], i: usize) -> bool {
    i >= 2
        && toks
            .get(i - 1)
            .is_some_and(|p| p.is_word() && matches!(p.lower.as_ref(), "and" | "but" | "then"))
        && toks[..i - 1].iter().any(|t| t.is_word() && !t.quoted)
}

/// Whether the noun phrase before the verb at `i` has a plural noun before a joining
/// preposition ("residents of the east bank", "people in the north") or opens on a plural
/// determiner ("those close to the mayor").
fn plural_before_preposition(toks: &[Tok], i: usize) -> bool {
    let Some((a, b)) = super::phrases::np_left(toks, i, 0) else {
        return false;
    };
    // "Those close to the mayor say", "many of whom say": a plural determiner or quantifier
    // opens the phrase.
    if matches!(
        toks[a].lower.as_ref(),
        "those" | "these" | "many" | "most" | "some" | "all" | "both" | "several" | "few"
    ) {
        return true;
    }
    (a + 1..b).any(|j| {
        toks[j].in_class(super::lexicon::C_NP_PREPOSITIONS)
            && toks.get(j - 1).is_some_and(|h| {
                h.is_word() && h.lower.ends_with('s') && !h.lower.ends_with("ss")
                    || h.lower == "people"
            })
    })
}

/// Whether a plural subject and a relative clause without commas stand before the base form
/// at `i` ("People who know him say …", "Those who voted for Ruiz believe …").
fn plural_relative_before(toks: &[Tok], i: usize) -> bool {
    // "people who have no retirement plan but …": a clause must follow.
    let clause = toks.get(i + 1).is_some_and(|n| {
        n.is_word()
            && (n.lower == "that"
                || n.cap
                || n.in_class(super::lexicon::C_SUBJECT_PRONOUNS | super::lexicon::C_DETERMINERS))
    });
    clause
        && (i.saturating_sub(12)..i - 1)
            .rev()
            .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
            .find(|&k| toks[k].lower == "who")
            .and_then(|w| w.checked_sub(1))
            .is_some_and(|h| {
                is_plural_head(&toks[h])
                    || super::lexicon::has(STANDALONE_QUANTIFIERS, &toks[h].lower)
            })
}

/// Whether a noun phrase's last word reads as a plural: "voters", "people", "police".
fn is_plural_head(t: &Tok) -> bool {
    t.is_word()
        && ((t.lower.ends_with('s') && !t.lower.ends_with("ss") && !t.lower.ends_with("'s"))
            || super::lexicon::has(COLLECTIVE_NOUNS, &t.lower))
}

/// Nouns that take a plural verb without ending in -s ("the police say", "people think").
pub(super) const COLLECTIVE_NOUNS: &[&str] = &[
    "people",
    "police",
    "staff",
    "personnel",
    "public",
    "men",
    "women",
    "children",
    "clergy",
    "military",
    "media",
    "majority",
    "minority",
];

fn is_possessive(lower: &str) -> bool {
    lower.ends_with("'s") || lower.ends_with("s'")
}

/// Whether a that-clause (or a clause of a pronoun and an auxiliary), a quote or a colon
/// follows at `k`, after time words.
pub fn clause_follows(toks: &[Tok], k: usize) -> bool {
    let mut k = k;
    while toks
        .get(k)
        .is_some_and(|t| (t.is_word() && t.in_class(super::lexicon::C_TIME_WORDS)) || t.is(","))
    {
        k += 1;
    }
    // "agreed it was …", "found they had …": a subject pronoun and an auxiliary or "be" open
    // a clause without "that".
    let bare_clause = toks.get(k).is_some_and(|t| {
        t.is_word()
            && !t.cap
            && t.in_class(super::lexicon::C_SUBJECT_PRONOUNS)
            && !matches!(t.lower.as_ref(), "who" | "you")
    }) && toks.get(k + 1).is_some_and(|n| {
        n.is_word() && n.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE)
    });
    bare_clause
        || toks
            .get(k)
            .is_some_and(|t| t.lower == "that" || t.mark || t.is(":"))
}

/// Whether the clause ends at `k` but for a listener, a channel or a time ("said in a
/// statement on Monday.", "told reporters.").
pub fn ends_with_trailer(toks: &[Tok], k: usize) -> bool {
    let rest = &toks[k.min(toks.len())..];
    rest.len() <= 14
        && !rest.iter().any(|t| t.mark)
        && (rest.iter().all(|t| {
            !t.is_word()
                || t.cap
                || t.in_class(super::lexicon::C_TRAILERS)
                || t.in_class(super::lexicon::C_TIME_WORDS)
        }) || participle_adverbial(rest))
        && rest.iter().all(|t| !matches!(t.text, ":" | ";"))
}

/// "said while visiting the docks", "said after meeting the board": a time conjunction and a
/// participle open an adverbial of the speaking, not what was said (unless "that" follows).
fn participle_adverbial(rest: &[Tok]) -> bool {
    let opens = rest.first().is_some_and(|t| {
        t.is_word() && matches!(t.lower.as_ref(), "while" | "when" | "after" | "before")
    }) && rest
        .get(1)
        .is_some_and(|t| t.is_word() && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ing"));
    opens && !rest.iter().any(|t| t.lower == "that")
}

/// Whether "that", a quote or a colon comes within `n` tokens from `k`.
fn clause_within(toks: &[Tok], k: usize, n: usize) -> bool {
    toks.iter()
        .skip(k)
        .take(n)
        .any(|t| t.lower == "that" || t.mark || t.is(":"))
}

/// "called him a liar": an object, then "a" or "an" within a few words, before the clause ends.
fn names_as(toks: &[Tok], k: usize) -> bool {
    for (n, t) in toks.iter().skip(k).take(8).enumerate() {
        if matches!(t.lower.as_ref(), "a" | "an") {
            return n > 0;
        }
        if !t.is_word() && !t.is("'") && !t.is("’") {
            return false;
        }
    }
    false
}

/// "sees the new bridge as a threat": an object of one to eight words, then "as", before the
/// clause ends. An auxiliary or a form of "be" shows the verb closed a relative clause
/// instead ("the doctors he saw had no clue as to …").
fn as_after_object(toks: &[Tok], k: usize) -> bool {
    for (n, t) in toks.iter().skip(k).take(9).enumerate() {
        if t.is_word() && t.lower == "as" {
            return n > 0;
        }
        let punctuation = !t.is_word() && !t.is("'") && !t.is("’") && !t.is("-");
        if punctuation || t.in_class(super::lexicon::C_AUXILIARIES | super::lexicon::C_BE) {
            return false;
        }
    }
    false
}

/// Whether a quotation opens within `n` tokens from `k`, before the clause ends.
fn quote_within(toks: &[Tok], k: usize, n: usize) -> bool {
    for t in toks.iter().skip(k).take(n) {
        if t.mark {
            return true;
        }
        if matches!(t.text, "." | ";" | ":" | ",") {
            return false;
        }
    }
    false
}

/// Whether nothing but punctuation follows at `k` (a trailing "…, polls show.").
pub fn ends_clause(toks: &[Tok], k: usize) -> bool {
    toks[k.min(toks.len())..]
        .iter()
        .all(|t| !t.is_word() && !t.mark)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::view;
    use crate::span::Span;

    fn cues(text: &str) -> Vec<String> {
        let s = view::sentence(text, Span::whole(text), 0, true, &[]);
        find(&s, &ExtraCues::default())
            .into_iter()
            .map(|c| text[s.toks[c.first].span.start()..s.toks[c.end - 1].span.end()].to_string())
            .collect()
    }

    #[test]
    fn verbs_count_and_nouns_do_not() {
        assert_eq!(
            cues("She has also said the plans are fine."),
            ["has also said"]
        );
        assert_eq!(
            cues("The plans were his claims of success."),
            Vec::<String>::new()
        );
        assert_eq!(
            cues("The United States remains firm, officials say."),
            ["say"]
        );
        assert_eq!(cues("He was told to leave."), Vec::<String>::new());
        assert_eq!(
            cues("Prices rose, according to the report."),
            ["according to"]
        );
        assert_eq!(cues("The union is demanding a raise."), ["is demanding"]);
        assert_eq!(cues("Police found a car."), Vec::<String>::new());
        assert_eq!(cues("The study found that prices rose."), ["found"]);
    }

    #[test]
    fn a_participle_after_there_is_describes_its_noun() {
        assert_eq!(
            cues("Last year there were 310 cases reported across the county."),
            Vec::<String>::new()
        );
        assert_eq!(
            cues("Officials reported that there were 310 cases."),
            ["reported"]
        );
    }
}
