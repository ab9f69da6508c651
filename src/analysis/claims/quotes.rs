//! Quotations: where quoted words open and close, in curly, straight and doubled-apostrophe
//! quotes, including quotes that run on into the next paragraph.

use crate::span::Span;

/// One quoted stretch inside a block of text, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark (or the block's end when it never closes).
    pub span: Span,
    /// Index of the block (paragraph, title or heading) it stands in.
    pub block: usize,
    /// Whether a closing mark was found; an unclosed quote continues in the next paragraph
    /// when that paragraph opens with a quote mark.
    pub closed: bool,
}

/// All quotes of the given blocks, in text order.
pub fn find(text: &str, blocks: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    for (n, &block) in blocks.iter().enumerate() {
        scan_block(text, block, n, &mut out);
    }
    out
}

fn scan_block(text: &str, block: Span, n: usize, out: &mut Vec<Quote>) {
    let part = block.slice(text);
    let bytes = part.as_bytes();
    let mut open: Option<usize> = None;
    // Where the last mark read ends: the second half of a doubled mark is no mark of its own.
    let mut resume = 0;
    // Only a straight quote, a backquote or an apostrophe (doubled), or the lead byte of a
    // curly quote can start a mark: the bytes between are passed over without decoding them.
    // Runs of 16 bytes without a candidate, most of any text, are passed over whole (a test
    // the compiler makes on many bytes at a time).
    const RUN: usize = 16;
    let candidate = |b: u8| matches!(b, b'"' | b'\'' | b'`' | 0xE2);
    let candidates = bytes
        .chunks(RUN)
        .enumerate()
        .filter(|(_, chunk)| chunk.iter().fold(false, |found, &b| found | candidate(b)))
        .flat_map(|(n, chunk)| (n * RUN..).zip(chunk))
        .filter(|&(_, &b)| candidate(b));
    for (i, &b) in candidates {
        if i < resume {
            continue;
        }
        // The mark at `i` and its length in bytes, with whether it can open and close.
        let (c, len, can_open, can_close) = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x9C)) => ('“', 3, true, false),
            (0xE2, Some(0x80), Some(0x9D)) => ('”', 3, false, true),
            (b'"', _, _) => ('"', 1, true, true),
            (b'`', Some(b'`'), _) => ('`', 2, true, false),
            (b'\'', Some(b'\''), _) => ('\'', 2, true, true),
            _ => continue,
        };
        resume = i + len;
        // The character before the mark; a doubled mark before it reads as an apostrophe,
        // which is no word start either way.
        let prev = part.get(..i).and_then(|before| before.chars().next_back());
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
        match open {
            Some(start) if can_close && !(can_open && at_word_start && c == '“') => {
                push(
                    text,
                    block.start() + start,
                    block.start() + i + len,
                    n,
                    true,
                    out,
                );
                open = None;
            }
            None if can_open && (at_word_start || c == '“' || c == '`') => open = Some(i),
            // "”The mayor …”": a closing curly mark typed at a word's start, with no quote
            // open, opens one (as some keyboards and editors produce).
            None if c == '”'
                && at_word_start
                && part[i + len..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric) =>
            {
                open = Some(i)
            }
            Some(_) if can_open && c == '“' => {
                // A new opening curly quote before the old one closed: start over from here.
                open = Some(i);
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        push(text, block.start() + start, block.end(), n, false, out);
    }
}

fn push(text: &str, start: usize, end: usize, block: usize, closed: bool, out: &mut Vec<Quote>) {
    if let Some(span) = Span::new(text, start, end) {
        out.push(Quote {
            span,
            block,
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let blocks: Vec<Span> = text
            .split('\n')
            .scan(0, |pos, line| {
                let span = Span::new(text, *pos, *pos + line.len());
                *pos += line.len() + 1;
                span
            })
            .collect();
        find(text, &blocks)
            .into_iter()
            .map(|q| (q.span.slice(text), q.closed))
            .collect()
    }

    #[test]
    fn curly_straight_and_doubled_quotes_pair_up() {
        assert_eq!(
            quotes("“We are,” she said, \"out of beds.\" ''Yes,'' he said."),
            [
                ("“We are,”", true),
                ("\"out of beds.\"", true),
                ("''Yes,''", true)
            ]
        );
    }

    #[test]
    fn a_closing_mark_at_a_words_start_opens_a_quote() {
        assert_eq!(
            quotes("”We are out of beds. It is late.” ― Ana Ruiz"),
            [("”We are out of beds. It is late.”", true)]
        );
        assert_eq!(quotes("“Yes, ” he said."), [("“Yes, ”", true)]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("Zelensky's remarks and the workers' union").is_empty());
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_of_its_paragraph() {
        assert_eq!(
            quotes("\"It went on all night.\n\"But it ended.\""),
            [
                ("\"It went on all night.", false),
                ("\"But it ended.\"", true)
            ]
        );
    }
}
