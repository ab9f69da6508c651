//! Finding a typed query in an article, ignoring case, as spans the reader can highlight.

use crate::span::Span;

/// Every place `query` occurs in `within` spans of `text`, ignoring case, in text order and
/// without overlaps. An empty query finds nothing.
pub fn find_all(text: &str, within: &[Span], query: &str) -> Vec<Span> {
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    for block in within {
        let part = block.slice(text);
        let mut resume = 0;
        for (at, _) in part.char_indices() {
            if at < resume {
                continue;
            }
            if let Some(len) = match_len(&part[at..], &needle)
                && let Some(span) = Span::new(text, block.start() + at, block.start() + at + len)
            {
                found.push(span);
                resume = at + len;
            }
        }
    }
    found
}

/// The byte length of the prefix of `hay` that equals `needle` ignoring case.
fn match_len(hay: &str, needle: &[char]) -> Option<usize> {
    let mut want = needle.iter();
    let mut next = want.next();
    for (at, c) in hay.char_indices() {
        for lower in c.to_lowercase() {
            match next {
                Some(&n) if n == lower => next = want.next(),
                _ => return None,
            }
        }
        if next.is_none() {
            return Some(at + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_occurrence_ignoring_case() {
        let text = "Berlin talks. In BERLIN, berliners talk.";
        let found = find_all(text, &[Span::whole(text)], "berlin");
        let words: Vec<&str> = found.iter().map(|s| s.slice(text)).collect();
        assert_eq!(words, ["Berlin", "BERLIN", "berlin"]);
    }

    #[test]
    fn multibyte_text_keeps_spans_on_char_boundaries() {
        let text = "Zoë Ölund and ZOË";
        let found = find_all(text, &[Span::whole(text)], "zoë");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].slice(text), "ZOË");
        assert!(find_all(text, &[Span::whole(text)], "").is_empty());
    }
}
