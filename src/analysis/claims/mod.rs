//! Key claims: who said what, and the strongest unattributed assertions.
//!
//! The rules work without a parser, sentence by sentence: `cues` finds attributing verbs and
//! tells them from nouns, `attribution` finds each cue's source and content, `quotes` pairs
//! quotation marks so that quotes running over sentences and paragraphs stay one claim,
//! `resolve` turns pronouns, roles and stand-ins into entities, `assertions` ranks what the
//! article says in its own voice, and [`library`] gathers one person's claims across articles.

mod assertions;
mod attribution;
mod cues;
mod extra_cues;
mod furniture;
mod hedging;
mod lexicon;
pub mod library;
mod phrases;
mod quote_marks;
mod quotes;
mod resolve;
mod view;

pub use extra_cues::ExtraCues;
pub use library::{PersonClaim, claims_of_person};

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::entities::{Entity, EntityId, EntityKind};
use super::mention_index as mentions;
use super::sections::Section;
use crate::article::Article;
use crate::span::Span;

/// How a claim reaches the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words in quotation marks, attributed to a speaker.
    Quote,
    /// Reported speech: "X said that …".
    Reported,
    /// A belief or intention with a named holder: "X wants …".
    Belief,
    /// A check-worthy statement the article makes without attributing it.
    Assertion,
}

/// Who a claim is attributed to, as written and as resolved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The speaker's words in the text ("he", "the envoy", "Officials in Berlin").
    #[serde(flatten)]
    pub span: Span,
    /// The words of the span.
    pub text: String,
    /// The entity the speaker resolves to, when there is one.
    pub entity: Option<EntityId>,
    /// That entity's canonical name.
    pub name: Option<String>,
}

impl Speaker {
    /// The name to show for the speaker: the entity's canonical name, else the words of the
    /// text ("the envoy", "officials").
    pub fn shown_name(&self, entities: &[Entity]) -> String {
        self.name
            .clone()
            .or_else(|| {
                self.entity
                    .and_then(|id| entities.get(id))
                    .map(|e| e.name.clone())
            })
            .unwrap_or_else(|| self.text.clone())
    }
}

/// The attributing words: "said", "told reporters", "according to".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cue {
    /// Where the cue stands.
    #[serde(flatten)]
    pub span: Span,
    /// The words of the span.
    pub text: String,
}

/// One key claim of an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Its index in the analysis.
    pub id: usize,
    /// Quote, reported speech, belief or unattributed assertion.
    pub kind: ClaimKind,
    /// Who it is attributed to; `None` for assertions.
    pub speaker: Option<Speaker>,
    /// The attributing words; `None` for assertions.
    pub cue: Option<Cue>,
    /// What is claimed.
    pub content: Span,
    /// The sentence the claim's cue (or content) stands in.
    pub sentence: Span,
    /// Index of the section it stands in.
    pub section: usize,
    /// Entities the content mentions.
    pub about: Vec<EntityId>,
    /// How strong or central the claim is, 0–1, for ranking.
    pub score: f32,
    /// Whether the content is modalised (could, may, reportedly).
    pub hedged: bool,
}

/// Finds the claims of an article: attributions anywhere in its text (headline included, kicker
/// excluded) and at most one check-worthy unattributed assertion per section, in text order.
pub fn extract(
    article: &Article,
    sentences: &[Span],
    sections: &[Section],
    entities: &[Entity],
) -> Vec<Claim> {
    extract_with(
        article,
        sentences,
        sections,
        entities,
        &ExtraCues::default(),
    )
}

/// [`extract`] with the user's own reporting verbs (from the config file) as cues besides the
/// built-in ones.
pub fn extract_with(
    article: &Article,
    sentences: &[Span],
    sections: &[Section],
    entities: &[Entity],
    extra: &ExtraCues,
) -> Vec<Claim> {
    let text = article.text.as_str();
    let blocks = blocks(article);
    let quotes = quotes::find(text, &blocks.iter().map(|b| b.0).collect::<Vec<_>>());
    let views = sentence_views(article, sentences, &blocks, &quotes);
    let mut found = find_attributions(&views, text, extra);
    join_quotes(&views, &quotes, &mut found);
    let index = mentions::Mentions::new(entities);
    drop_non_claims(text, &views, &mut found, entities, &index);
    let hedges = hedging::Hedges::new(&views);
    let context = Context {
        text,
        sections,
        entities,
        index: &index,
        hedges: &hedges,
    };
    let mut claims = attributed_claims(&context, &views, &found);
    let assertions = assertion_claims(&context, &views, &found, &claims);
    claims.extend(assertions);
    claims.sort_by_key(|c| {
        (
            c.sentence.start(),
            c.cue.as_ref().map_or(c.content.start(), |q| q.span.start()),
        )
    });
    for (id, claim) in claims.iter_mut().enumerate() {
        claim.id = id;
    }
    claims
}

/// How many claims lead the panel; the rest wait behind a key that shows all.
pub const KEY_CLAIMS: usize = 12;

/// The key claims of an article, as indices in text order: the [`KEY_CLAIMS`] highest-scored
/// (what named people said first, then other attributions, assertions last), ties going to
/// the earlier claim.
pub fn key_claims(claims: &[Claim]) -> Vec<usize> {
    let mut ranked: Vec<usize> = (0..claims.len()).collect();
    ranked.sort_by(|&a, &b| claims[b].score.total_cmp(&claims[a].score).then(a.cmp(&b)));
    ranked.truncate(KEY_CLAIMS);
    ranked.sort_by_key(|&n| (claims[n].sentence.start(), n));
    ranked
}

/// An attribution found in a sentence (by index into the views), with whether its content
/// became a quotation.
type FoundIn = (usize, attribution::Found, bool);

/// Step 1: the sentences claims may come from (not the kicker's), each seen with its block and
/// the quotes of that block.
fn sentence_views<'t>(
    article: &'t Article,
    sentences: &[Span],
    blocks: &[(Span, bool)],
    quotes: &[quotes::Quote],
) -> Vec<view::Sentence<'t>> {
    let text = article.text.as_str();
    sentences
        .iter()
        .filter(|s| article.kicker_span.is_none_or(|k| !k.overlaps(**s)))
        .filter_map(|&s| {
            let n = blocks
                .partition_point(|b| b.0.start() <= s.start())
                .checked_sub(1)?;
            let &(block, body) = blocks.get(n).filter(|b| b.0.contains(s))?;
            let qs = block_quotes(quotes, n);
            let mut v = view::sentence(text, s, n, body, qs);
            v.opens_block = text
                .get(block.start()..s.start())
                .is_some_and(|gap| gap.trim().is_empty());
            Some(v)
        })
        .collect()
}

/// Step 2: every sentence's attributions, each cue once.
fn find_attributions(views: &[view::Sentence], text: &str, extra: &ExtraCues) -> Vec<FoundIn> {
    let mut found: Vec<FoundIn> = Vec::new();
    let mut cues_seen: HashSet<Span> = HashSet::new();
    for (n, s) in views.iter().enumerate() {
        for f in attribution::find(s, text, extra) {
            if cues_seen.insert(f.cue) {
                found.push((n, f, false));
            }
        }
    }
    found
}

/// Step 4: drops what only looks like an attribution ([`furniture`]): colon labels that name
/// no speaker, head a headline or a caption, and "did not respond to requests for comment".
fn drop_non_claims(
    text: &str,
    views: &[view::Sentence],
    found: &mut Vec<FoundIn>,
    entities: &[Entity],
    index: &mentions::Mentions,
) {
    found.retain(|(n, f, quote)| {
        let content = f.content.slice(text);
        if furniture::is_no_comment(content) || cue_inside_a_name(f.cue, index) {
            return false;
        }
        if !is_colon_label(text, f) {
            return true;
        }
        let label = f.source.map_or("", |s| s.slice(text));
        let headline = views
            .get(*n)
            .is_some_and(|s| furniture::is_headline_label(s, content));
        // "Ruiz: Harbour Fees Must Fall": a headline whose label is a person's name reports
        // what they said, unless headline shorthand follows ("Ruiz: to Visit the Harbour").
        let person_label = !content.trim_start().starts_with("to ")
            && f.source
                .is_some_and(|src| is_person_name(src, entities, index));
        names_a_speaker(text, f, entities, index)
            && !furniture::is_credit_label(label)
            && (*quote || !headline || is_document_label(label) || person_label)
    });
}

/// Whether a cue word is part of a longer name the entities know: "States" in "the United
/// States", "Report" in a paper called "the Harbour Report" name a place and a paper, not a
/// speech act.
fn cue_inside_a_name(cue: Span, index: &mentions::Mentions) -> bool {
    index
        .reaching(cue.start(), cue.start())
        .iter()
        .any(|m| m.start < cue.start() && m.end >= cue.end())
}

/// Whether a span is wholly one person's name as the entities know it ("Ana Ruiz", "Ruiz").
fn is_person_name(span: Span, entities: &[Entity], index: &mentions::Mentions) -> bool {
    index.inside(span).any(|m| {
        m.start == span.start()
            && m.end == span.end()
            && entities
                .get(m.entity)
                .is_some_and(|e| e.kind == EntityKind::Person)
    })
}

/// Whether a label names a poll, study or report ("Poll: …"), whose headlines do report
/// findings.
fn is_document_label(label: &str) -> bool {
    lexicon::classes(&label.trim().to_lowercase()) & lexicon::C_EVIDENCE_NOUNS != 0
}

/// What steps 5 and 6 look claims up in: the text and what the earlier stages found in it.
struct Context<'a> {
    text: &'a str,
    sections: &'a [Section],
    entities: &'a [Entity],
    index: &'a mentions::Mentions,
    hedges: &'a hedging::Hedges,
}

/// Step 5: the attributions as claims, with speakers resolved in text order.
fn attributed_claims(cx: &Context, views: &[view::Sentence], found: &[FoundIn]) -> Vec<Claim> {
    let Context {
        text,
        sections,
        entities,
        index,
        hedges,
    } = *cx;
    // Made on the first speaker: an article that attributes nothing needs none.
    let mut resolver: Option<resolve::Resolver> = None;
    let mut claims: Vec<Claim> = Vec::new();
    for (n, f, quote) in found {
        let Some(s) = views.get(*n) else { continue };
        let speaker = f.source.map(|src| {
            let src = trim_source(text, src);
            let r = resolver
                .get_or_insert_with(|| resolve::Resolver::new(text, entities, index))
                .resolve(src, f.cue.start());
            Speaker {
                span: src,
                text: src.slice(text).to_string(),
                entity: r.entity,
                name: r.name,
            }
        });
        let kind = match (quote, f.class) {
            (true, _) => ClaimKind::Quote,
            (false, Some(lexicon::VerbClass::Belief)) => ClaimKind::Belief,
            _ => ClaimKind::Reported,
        };
        claims.push(Claim {
            id: 0,
            kind,
            speaker: speaker.clone(),
            cue: Some(Cue {
                span: f.cue,
                text: f.cue.slice(text).to_string(),
            }),
            content: f.content,
            sentence: s.span,
            section: section_of(sections, s.span),
            about: about(entities, index, f.content),
            score: attribution_score(kind, speaker.as_ref()),
            hedged: hedges.in_content(f.content),
        });
    }
    claims
}

/// How strongly an attribution leads the panel: quotes and reported speech by a named speaker
/// first, beliefs after; every attribution ranks above every assertion.
fn attribution_score(kind: ClaimKind, speaker: Option<&Speaker>) -> f32 {
    let named = if speaker.is_some_and(|s| s.name.is_some()) {
        0.2
    } else {
        0.0
    };
    let by_kind = match kind {
        ClaimKind::Quote => 0.25,
        ClaimKind::Reported => 0.2,
        ClaimKind::Belief => 0.1,
        ClaimKind::Assertion => 0.0,
    };
    (0.55_f32 + named + by_kind).min(1.0)
}

/// Step 6: at most one check-worthy assertion per section, from sentences that attribute
/// nothing, are no page furniture and overlap no attributed content.
fn assertion_claims(
    cx: &Context,
    views: &[view::Sentence],
    found: &[FoundIn],
    claims: &[Claim],
) -> Vec<Claim> {
    let Context {
        text,
        sections,
        entities,
        index,
        hedges,
    } = *cx;
    let mentions: Vec<Span> = index
        .all()
        .iter()
        .filter_map(|m| Span::new(text, m.start, m.end))
        .collect();
    let mut attributed = vec![false; views.len()];
    for (n, _, _) in found {
        if let Some(a) = attributed.get_mut(*n) {
            *a = true;
        }
    }
    // The attributed contents by start, with the furthest end reached so far, to tell in one
    // binary search whether a sentence overlaps any of them.
    let mut contents: Vec<Span> = claims.iter().map(|c| c.content).collect();
    contents.sort_unstable();
    let furthest: Vec<usize> = contents
        .iter()
        .scan(0, |end, c| {
            *end = c.end().max(*end);
            Some(*end)
        })
        .collect();
    let overlaps_content = |s: Span| {
        let before = contents.partition_point(|c| c.start() < s.end());
        before
            .checked_sub(1)
            .and_then(|k| furthest.get(k))
            .is_some_and(|&end| end > s.start())
    };
    // The best of each paragraph, then the best of each section.
    let mut best: Vec<Claim> = Vec::new();
    let mut n = 0;
    while n < views.len() {
        let block = views[n].block;
        let mut paragraph: Vec<&view::Sentence> = Vec::new();
        while n < views.len() && views[n].block == block {
            let s = &views[n];
            if !attributed.get(n).copied().unwrap_or(false)
                && !overlaps_content(s.span)
                && !furniture::is_furniture_or_no_comment(s)
            {
                paragraph.push(s);
            }
            n += 1;
        }
        let Some(a) = assertions::best_in_paragraph(&paragraph, &mentions) else {
            continue;
        };
        let claim = Claim {
            id: 0,
            kind: ClaimKind::Assertion,
            speaker: None,
            cue: None,
            content: a.content,
            sentence: a.sentence,
            section: section_of(sections, a.sentence),
            about: about(entities, index, a.content),
            score: a.score * 0.5,
            hedged: hedges.in_content(a.content),
        };
        match best.last_mut() {
            Some(last) if last.section == claim.section => {
                if claim.score > last.score {
                    *last = claim;
                }
            }
            _ => best.push(claim),
        }
    }
    best
}

/// The article's blocks that claims may come from, in text order, each with whether it is a
/// body paragraph: title, headings and paragraphs (never the kicker).
fn blocks(article: &Article) -> Vec<(Span, bool)> {
    let mut blocks: Vec<(Span, bool)> = article
        .title_span
        .iter()
        .map(|&s| (s, false))
        .chain(article.headings.iter().map(|h| (h.span, false)))
        .chain(article.paragraphs.iter().map(|&p| (p, true)))
        .collect();
    blocks.sort_by_key(|b| b.0);
    blocks
}

/// Whether an attribution is a speaker label ("MAYOR: …"), whose cue is the colon.
fn is_colon_label(text: &str, f: &attribution::Found) -> bool {
    f.cue.slice(text) == ":"
}

/// Whether a speaker label names someone: a person or organisation the entities know, a name
/// in capitals as in transcripts, or a poll or study ("Poll: …"), rather than a headline's
/// first half ("Stealth Over Health: …") or an interview's turn marks ("Q: …", "A: …").
fn names_a_speaker(
    text: &str,
    f: &attribution::Found,
    entities: &[Entity],
    index: &mentions::Mentions,
) -> bool {
    let Some(source) = f.source else {
        return false;
    };
    let words = source.slice(text);
    // One letter in capitals is an interview's "Q:" or "A:", which marks a turn, not a name.
    let capitals = words.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !words.chars().any(char::is_lowercase);
    let document = lexicon::classes(&words.to_lowercase()) & lexicon::C_EVIDENCE_NOUNS != 0;
    let entity = index.inside(source).any(|m| {
        entities
            .get(m.entity)
            .is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
    });
    capitals || document || entity
}

fn block_quotes(quotes: &[quotes::Quote], block: usize) -> &[quotes::Quote] {
    let start = quotes.partition_point(|q| q.block < block);
    let end = quotes.partition_point(|q| q.block <= block);
    quotes.get(start..end).unwrap_or(&[])
}

/// Makes quotes the content of the attributions that introduce them: a cue whose content is a
/// quotation takes the whole quotation, with the quoted sentences around it that attribute
/// nothing themselves and the paragraphs the quote runs on into; "X said:" takes the quote of
/// the next paragraph. A content that ends in a quote before its source ("Fees are “a
/// scandal,” Ruiz said. “We pay twice.”") takes the quotes after the source the same way.
/// Attributions left with no content are dropped.
fn join_quotes(
    views: &[view::Sentence],
    quotes: &[quotes::Quote],
    found: &mut Vec<(usize, attribution::Found, bool)>,
) {
    // Each cue with the sentence it stands in.
    let cues: Vec<(Span, Span)> = found
        .iter()
        .filter_map(|(n, f, _)| Some((f.cue, views.get(*n)?.span)))
        .collect();
    // `found` is in sentence order, so the cues' sentences are sorted and do not overlap.
    let owned_elsewhere = |q: &quotes::Quote, own: Span| {
        let from = cues.partition_point(|&(_, s)| s.end() < q.span.start());
        cues.get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(_, s)| s.start() <= q.span.end())
            .any(|&(c, s)| c != own && (s.overlaps(q.span) || q.span.contains(s)))
    };
    for (n, f, is_quote) in found.iter_mut() {
        let Some(s) = views.get(*n) else { continue };
        let first = if f.colon {
            // The quote opening the next block.
            let from = quotes.partition_point(|q| q.block < s.block + 1);
            block_quotes(quotes, s.block + 1)
                .iter()
                .position(|q| starts_block(views, q))
                .map(|k| from + k)
        } else {
            // The quote the content starts in (the sentence splitter may have cut a quote of
            // several sentences) and ends in or right after.
            // Quotes are in text order and do not overlap: only those ending after the
            // content's start can hold it.
            let from = quotes.partition_point(|q| q.span.end() <= f.content.start());
            quotes
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|q| q.span.start() <= f.content.start())
                .position(|q| {
                    q.span.start() <= f.content.start()
                        && f.content.start() < q.span.end()
                        && f.content.end() <= q.span.end() + 3
                })
                .map(|k| from + k)
        };
        // A content that is no quote but ends in one ("Fees are “a scandal,” Ruiz said.") is
        // its head: the quotes after the source may follow it. When the quote runs on past
        // the content's sentence ("argued that “only she can win. The rest can't.”"), the
        // head takes all of it.
        let mut head = None;
        let mut runs_past = false;
        let first = match first {
            Some(first) => first,
            None if !f.colon => {
                let c = f.content;
                let from = quotes.partition_point(|q| q.span.end() < c.end());
                match quotes.get(from) {
                    Some(q) if c.start() < q.span.start() && q.span.start() < c.end() => {
                        runs_past = q.span.end() > c.end() + 3;
                        head = Some(c.cover(q.span));
                        from
                    }
                    _ => continue,
                }
            }
            None => {
                if f.colon {
                    f.content = Span::default();
                }
                continue;
            }
        };
        let own = f.source.map_or(f.cue, |src| src.cover(f.cue));
        let mut lo = first;
        let mut hi = first;
        // Quoted sentences right before, in the same block, with nothing between.
        while lo > 0 && head.is_none() {
            let (prev, cur) = (&quotes[lo - 1], &quotes[lo]);
            if prev.block == cur.block
                && gap_is_blank(views, prev.span.end(), cur.span.start(), own)
                && !owned_elsewhere(prev, f.cue)
            {
                lo -= 1;
            } else {
                break;
            }
        }
        // Quotes after it: in the same block unless another cue claims them, and on into the
        // next block when the quote is left open and the next block opens with a quote.
        while let Some(next) = quotes.get(hi + 1) {
            let cur = &quotes[hi];
            let same_block = next.block == cur.block;
            let runs_on = !cur.closed && next.block == cur.block + 1 && starts_block(views, next);
            // After a head, only quotes that open a sentence: "… wrote Ruiz, who called it
            // “…”" is the writer's sentence.
            let alone = head.is_none() || starts_sentence(views, next);
            if (same_block || runs_on) && alone && !owned_elsewhere(next, f.cue) {
                hi += 1;
            } else {
                break;
            }
        }
        if head.is_some() && hi == lo && !runs_past {
            continue;
        }
        f.content = split_by_source(head, &quotes[lo..=hi], own);
        *is_quote |= head.is_none();
    }
    found.retain(|(_, f, _)| !f.content.is_empty());
}

/// The span of a run of quotes that a claim takes as its content. When its own source and cue
/// (`own`) stand between two of them ("“A,” Ruiz said after the vote at the town hall. “B”") and
/// the words between are more than twice as long as the quotes, the single span over them all
/// would be mostly the source's words: the content is then the quotes before the source.
fn split_by_source(head: Option<Span>, run: &[quotes::Quote], own: Span) -> Span {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return Span::default();
    };
    let first = head.unwrap_or(first.span);
    let whole = first.cover(last.span);
    let Some(k) = run
        .windows(2)
        .position(|w| w[0].span.end() <= own.start() && own.end() <= w[1].span.start())
    else {
        return whole;
    };
    let before = first.cover(run[k].span);
    let after = run[k + 1].span.cover(last.span);
    let between = run[k + 1].span.start() - run[k].span.end();
    if between > 2 * (before.len() + after.len()) {
        before
    } else {
        whole
    }
}

/// Whether only punctuation, or the claim's own source and cue (`own`), stand between two
/// quotes.
fn gap_is_blank(views: &[view::Sentence], from: usize, to: usize, own: Span) -> bool {
    let first = views.partition_point(|s| s.span.end() <= from);
    views
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .take_while(|s| s.span.start() < to)
        .flat_map(|s| s.toks.iter())
        .filter(|t| t.span.start() >= from && t.span.end() <= to)
        .all(|t| !t.is_word() || own.contains(t.span))
}

fn starts_sentence(views: &[view::Sentence], q: &quotes::Quote) -> bool {
    let n = views.partition_point(|s| s.span.end() <= q.span.start());
    views
        .get(n)
        .and_then(|s| s.toks.first())
        .is_some_and(|t| t.span.start() == q.span.start())
}

fn starts_block(views: &[view::Sentence], q: &quotes::Quote) -> bool {
    let first = views.partition_point(|s| s.block < q.block);
    views
        .get(first)
        .filter(|s| s.block == q.block)
        .and_then(|s| s.toks.first())
        .is_some_and(|t| t.span.start() == q.span.start())
}

fn trim_source(text: &str, source: Span) -> Span {
    let s = source.slice(text);
    let trimmed = s.trim_end_matches([',', ' ', ':', ';']);
    Span::new(text, source.start(), source.start() + trimmed.len()).unwrap_or(source)
}

fn section_of(sections: &[Section], sentence: Span) -> usize {
    sections
        .partition_point(|s| s.span.start() <= sentence.start())
        .saturating_sub(1)
}

fn about(entities: &[Entity], index: &mentions::Mentions, content: Span) -> Vec<EntityId> {
    index
        .entities_inside(content)
        .into_iter()
        .filter_map(|n| entities.get(n).map(|e| e.id))
        .collect()
}

#[cfg(test)]
mod tests;
