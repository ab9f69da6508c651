//! Sentence boundaries that hold up on news text.

use crate::article::Article;
use crate::span::Span;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Gen", "St", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "No", "Prof", "Col", "Lt",
    "Capt", "Sgt", "Jr", "Sr", "Ltd", "Co", "vs", "Mt", "Ft", "Rev", "Hon", "Gens", "Adm", "Cmdr",
];

/// The sentences of every block of the article (kicker, title, headings and paragraphs), in
/// text order. A block boundary always ends a sentence.
pub fn split_article(article: &Article) -> Vec<Span> {
    let mut blocks: Vec<Span> = article
        .kicker_span
        .iter()
        .chain(article.title_span.iter())
        .copied()
        .chain(article.headings.iter().map(|h| h.span))
        .chain(article.paragraphs.iter().copied())
        .collect();
    blocks.sort();
    blocks
        .into_iter()
        .flat_map(|block| split(&article.text, block))
        .collect()
}

/// The sentences of one block of text.
pub fn split(text: &str, block: Span) -> Vec<Span> {
    let part = block.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = part.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Closing quotes and brackets after the mark belong to the sentence.
        let mut end_n = n + 1;
        while let Some(&(_, q)) = chars.get(end_n) {
            if matches!(q, '"' | '”' | '’' | '\'' | ')' | ']') {
                end_n += 1;
            } else {
                break;
            }
        }
        let end = chars.get(end_n).map_or(part.len(), |&(j, _)| j);
        let followed_by_space = chars.get(end_n).is_some_and(|&(_, s)| s.is_whitespace());
        if !followed_by_space {
            continue;
        }
        let next = chars[end_n..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        let next_starts_sentence =
            next.is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c));
        if !next_starts_sentence || (c == '.' && is_abbreviation(&part[start..i])) {
            continue;
        }
        push(text, block.start() + start, block.start() + end, &mut out);
        start = end;
    }
    push(text, block.start() + start, block.end(), &mut out);
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let bare = word.trim_end_matches('.');
    ABBREVIATIONS.contains(&bare)
        || (bare.chars().count() == 1 && bare.chars().all(char::is_uppercase))
        || (bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 1))
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if let Some(span) = Span::new(text, start, end) {
        let span = span.trim(text);
        if !span.is_empty() {
            out.push(span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::whole(text))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Dr. J. R. Jones in the U.S. today. They talked."),
            [
                "Mr. Smith met Dr. J. R. Jones in the U.S. today.",
                "They talked."
            ]
        );
    }

    #[test]
    fn quotes_closing_a_sentence_stay_with_it() {
        assert_eq!(
            sentences("“We are ready.” She left."),
            ["“We are ready.”", "She left."]
        );
    }
}
