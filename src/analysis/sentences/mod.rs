//! Sentence boundaries that hold up on news text.
//!
//! One pass over each block finds the candidate ends (`.`, `!`, `?`, ellipses and the CJK full
//! stops), takes closing quotes and brackets into the sentence, and then decides from a few
//! words around the candidate: abbreviations and initials, decimals, lowercase continuations
//! (`“Really?” she asked.`) and attributions after a quote (`“Stop!” Jones shouted.`). Nothing
//! is allocated per character, so splitting costs little next to the rest of the analysis.

mod words;

#[cfg(test)]
mod tests;

use words::Abbreviation;

use crate::article::Article;
use crate::span::Span;

/// The sentences of every block of the article (kicker, title, byline and date lines,
/// headings and paragraphs), in text order. A block boundary always ends a sentence.
pub fn split_article(article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    let mut done = 0;
    for block in article.blocks() {
        // Blocks never overlap in a well-formed article; if they do, the later one is skipped
        // so that sentences stay in order and apart.
        if block.start() < done {
            continue;
        }
        done = block.end();
        out.extend(split(&article.text, block));
    }
    out
}

/// The sentences of one block of text, trimmed of surrounding whitespace.
pub fn split(text: &str, block: Span) -> Vec<Span> {
    let part = block.slice(text);
    let bytes = part.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    loop {
        // Only some bytes can start a mark (the others' lead bytes: `…` and `‽` are E2 …,
        // `。` E3 …, `！` and `？` EF …); every other byte is passed over without decoding.
        i = next_mark_start(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // A candidate byte is ASCII or a lead byte: always a character boundary.
        let Some(c) = part.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let Some(mut mark) = Mark::of(c) else {
            i += c.len_utf8();
            continue;
        };
        let mut end = i + c.len_utf8();
        let mut chars = part.get(end..).unwrap_or("").chars().peekable();
        while let Some(&d) = chars.peek() {
            let Some(more) = Mark::of(d) else { break };
            mark = mark.join(more);
            end += d.len_utf8();
            chars.next();
        }
        let mut closed = false;
        while let Some(&d) = chars.peek() {
            if !is_closing(d) {
                break;
            }
            closed = true;
            end += d.len_utf8();
            chars.next();
        }
        let rest = part.get(end..).unwrap_or("");
        if rest.trim().is_empty() {
            break;
        }
        let spaced = rest.starts_with(char::is_whitespace);
        let before = part.get(start..i).unwrap_or("");
        if (spaced || mark == Mark::Wide) && ends_sentence(before, mark, closed, rest) {
            push(text, block.start() + start, block.start() + end, &mut out);
            start = end;
        }
        i = end;
    }
    push(text, block.start() + start, block.end(), &mut out);
    out
}

/// Whether a byte may be the first of a [`Mark`]: `.`, `!`, `?`, or the lead byte of the
/// others' three-byte encodings.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
}

/// Where the first byte from `from` on that [`may_start_mark`] stands, or the length of
/// `bytes` when none does. Runs of 16 bytes holding none, most of any text, are passed over
/// whole (a test the compiler makes on many bytes at a time) instead of byte by byte.
fn next_mark_start(bytes: &[u8], from: usize) -> usize {
    const RUN: usize = 16;
    let mut offset = from;
    for chunk in bytes.get(from..).unwrap_or(&[]).chunks(RUN) {
        let holds_one = chunk
            .iter()
            .fold(false, |found, &b| found | may_start_mark(b));
        if holds_one && let Some(k) = chunk.iter().position(|&b| may_start_mark(b)) {
            return offset + k;
        }
        offset += chunk.len();
    }
    bytes.len()
}

/// The punctuation that may end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// A single `.`, which abbreviations and initials also use.
    Period,
    /// `...` or `…`.
    Ellipsis,
    /// `?` or `!`, alone or with other marks.
    Strong,
    /// A CJK full stop, question or exclamation mark, which needs no space after it.
    Wide,
}

impl Mark {
    fn of(c: char) -> Option<Mark> {
        match c {
            '.' => Some(Mark::Period),
            '…' => Some(Mark::Ellipsis),
            '!' | '?' | '‽' => Some(Mark::Strong),
            '。' | '！' | '？' => Some(Mark::Wide),
            _ => None,
        }
    }

    /// The mark of a run such as `?!` or `...`.
    fn join(self, next: Mark) -> Mark {
        match (self, next) {
            (Mark::Wide, _) | (_, Mark::Wide) => Mark::Wide,
            (Mark::Strong, _) | (_, Mark::Strong) => Mark::Strong,
            _ => Mark::Ellipsis,
        }
    }
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）'
    )
}

/// Opening quotes and brackets that may stand before a sentence's first word.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '¿' | '¡' | '„' | '‚' | '「' | '『'
    )
}

/// Whether the mark after `before` ends the sentence, given the text that follows it.
fn ends_sentence(before: &str, mark: Mark, closed: bool, rest: &str) -> bool {
    if mark == Mark::Wide {
        return true;
    }
    let rest = rest.trim_start();
    let opened = rest.trim_start_matches(is_opening);
    let Some(first) = opened.chars().next() else {
        return false;
    };
    // A lowercase word goes on with the sentence: `“Really?” she asked.`, `e.g. the`.
    let capital =
        first.is_uppercase() || first.is_numeric() || matches!(first, '$' | '£' | '€' | '¥');
    let uncased = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    if !(capital || uncased) {
        return false;
    }
    let next = first_word(opened);
    if closed && mark != Mark::Ellipsis && attributes_quote(opened) {
        return false;
    }
    if mark != Mark::Period || closed {
        return true;
    }
    match words::abbreviation(last_word(before)) {
        None => true,
        Some(Abbreviation::Title) => false,
        Some(Abbreviation::Initial) => next.chars().count() > 1 && words::is_starter(next),
        Some(Abbreviation::Other) => words::is_starter(next),
    }
}

/// The word just before a period: everything back to the last space, without opening
/// punctuation, and without the period itself.
fn last_word(before: &str) -> &str {
    before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| is_opening(c) || c == '-' || c == '—' || c == '–')
}

/// The leading run of letters of `text` ("Mr" of "Mr. Smith").
fn first_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or("")
}

/// Whether the text after a closing quote is its attribution: one to three capitalised words
/// (a title may lead) and a speech verb that closes the clause, as in `Jones shouted.` or
/// `Ms. Lee told reporters,`, or a short adverbial of time, place or channel (`Jones said on
/// the radio.`, `Lee wrote Monday.`, `Ruiz asked before leaving.`); one adverb may stand
/// before the verb (`Lee quietly asked.`).
fn attributes_quote(after: &str) -> bool {
    let mut names = 0;
    let mut adverb = false;
    let mut words = after.split_whitespace();
    for word in words.by_ref() {
        let bare = word.trim_end_matches(['.', ',']);
        if bare.starts_with(char::is_uppercase) {
            names += 1;
            if names > 3 || (bare.len() < word.len() && !is_title(bare)) {
                return false;
            }
            continue;
        }
        if names > 0
            && !adverb
            && bare.len() == word.len()
            && bare.len() > 4
            && bare.ends_with("ly")
        {
            adverb = true;
            continue;
        }
        if names == 0 || !words::is_speech_verb(first_word(bare)) {
            return false;
        }
        if word.ends_with([',', '.', ';']) {
            return true;
        }
        let Some(next) = words.next() else {
            return false;
        };
        // One object may follow the verb: `told reporters.`
        if next.ends_with([',', '.', ';']) {
            return true;
        }
        // A short adverbial: `said on Twitter.`, `said in a statement on Monday.`
        return words::opens_adverbial(first_word(next))
            && words.take(5).any(|word| word.ends_with([',', '.', ';']));
    }
    false
}

fn is_title(word: &str) -> bool {
    words::abbreviation(word) == Some(Abbreviation::Title)
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if let Some(span) = Span::new(text, start, end) {
        let span = span.trim(text);
        if !span.is_empty() {
            out.push(span);
        }
    }
}
