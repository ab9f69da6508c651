//! Words as names are made of: letters with inner apostrophes, hyphens and periods
//! ("O’Brien", "Jean-Luc", "U.S."), with possessive endings cut off and remembered.

/// How a word is capitalised, which is most of what says whether it can be a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a lower-case letter ("envoy", "de").
    Lower,
    /// Starts with a capital and has lower-case letters ("Berlin", "McConnell").
    Capital,
    /// Every letter a capital, at least two of them ("NATO", "U.S.").
    Caps,
    /// Digits or symbols.
    Other,
}

/// One token of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// First byte in the article's text.
    pub start: usize,
    /// One past the last byte, without any possessive ending.
    pub end: usize,
    /// Capitalisation; punctuation is [`Shape::Other`].
    pub shape: Shape,
    /// Whether it is made of letters (else a number or punctuation).
    pub is_word: bool,
    /// Whether a possessive ending (’s, 's, s’) followed it.
    pub possessive: bool,
    /// Whether whitespace stands right before it.
    pub space_before: bool,
}

impl Word {
    /// The word's text.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether it starts with a capital (including words in capitals).
    pub fn is_capitalised(self) -> bool {
        matches!(self.shape, Shape::Capital | Shape::Caps)
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Characters that show nothing and may sit inside a word: a soft hyphen marks where a
/// browser may break "Ana\u{AD}toly", zero-width spaces and joiners come from web pages. They
/// never split a word or a name.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Abbreviations that end a name and keep their period ("Acme Corp.", "Martin Luther King Jr.").
const ABBREVIATIONS: &[&str] = &["Corp", "Inc", "Co", "Ltd", "Bros", "Jr", "Sr", "Cos"];

/// The SCOWL level of the rarest English words, which a hyphenated name's syllable may spell.
const RAREST_LEVEL: u8 = 50;

/// Prefixes that join a capitalised name with a hyphen ("al-Assad", "bin-Salman").
const NAME_PREFIXES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "ul", "ad", "ash", "as", "an",
];

fn shape(word: &str) -> Shape {
    if word.is_ascii() {
        return ascii_shape(word.as_bytes());
    }
    shape_of_letters(
        word.chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| (c.is_uppercase(), c.is_lowercase())),
    )
}

/// [`shape`] of an ASCII word, read by bytes.
fn ascii_shape(word: &[u8]) -> Shape {
    shape_of_letters(
        word.iter()
            .filter(|b| b.is_ascii_alphabetic())
            .map(|b| (b.is_ascii_uppercase(), b.is_ascii_lowercase())),
    )
}

/// The shape of a word from its letters, each as (upper case, lower case): one rule for
/// ASCII bytes and for characters.
fn shape_of_letters(mut letters: impl Iterator<Item = (bool, bool)>) -> Shape {
    let Some((first_upper, _)) = letters.next() else {
        return Shape::Other;
    };
    if !first_upper {
        return Shape::Lower;
    }
    let mut upper = 1;
    for (_, lower) in letters {
        if lower {
            return Shape::Capital;
        }
        upper += 1;
    }
    if upper >= 2 {
        Shape::Caps
    } else {
        Shape::Capital
    }
}

/// A sentence's characters by byte offset. Positions are byte offsets into `part`, always at
/// a character's start; ASCII characters, most of them, are read without decoding.
struct Chars<'a> {
    part: &'a str,
}

impl Chars<'_> {
    /// The character starting at byte `p`, if there is one.
    fn at(&self, p: usize) -> Option<char> {
        let &b = self.part.as_bytes().get(p)?;
        if b.is_ascii() {
            Some(char::from(b))
        } else {
            self.part.get(p..)?.chars().next()
        }
    }

    /// The position of the character after the one at `p` (`p` itself past the end).
    fn next(&self, p: usize) -> usize {
        p + self.at(p).map_or(0, char::len_utf8)
    }

    /// The character after the one at `p`, if there is one.
    fn after(&self, p: usize) -> Option<char> {
        self.at(self.next(p))
    }

    /// The position of the character before byte `p` (0 at the start).
    fn prev(&self, p: usize) -> usize {
        let bytes = self.part.as_bytes();
        let mut q = p.min(bytes.len()).saturating_sub(1);
        while q > 0 && bytes.get(q).is_some_and(|&b| b & 0xC0 == 0x80) {
            q -= 1;
        }
        q
    }

    /// Whether the byte before `p` is one of `options` (ASCII letters only: a byte that is
    /// one is the whole character).
    fn ascii_before(&self, p: usize, options: &[u8]) -> bool {
        p.checked_sub(1)
            .and_then(|q| self.part.as_bytes().get(q))
            .is_some_and(|b| options.contains(b))
    }
}

/// How many bytes at the start of `bytes` are ASCII letters and digits.
fn ascii_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len())
}

/// The tokens of `text[start..end]`, offsets relative to the whole `text`.
pub fn split(text: &str, start: usize, end: usize) -> Vec<Word> {
    let part = text.get(start..end).unwrap_or("");
    let bytes = part.as_bytes();
    let chars = Chars { part };
    let at = |p: usize| chars.at(p);
    let mut out: Vec<Word> = Vec::with_capacity(part.len() / 4);
    let mut hyphens = Vec::new();
    let mut n = 0;
    let mut space_before = true;
    while let Some(&byte) = bytes.get(n) {
        // A plain space, the commonest character, before any other test.
        if byte == b' ' {
            space_before = true;
            n += 1;
            continue;
        }
        // Most words: ASCII letters and digits up to a byte that can neither continue the
        // word (an apostrophe, a hyphen, a period, a character beyond ASCII) nor make a
        // possessive of it. Such a word is pushed as it is, before any test of characters.
        if byte.is_ascii_alphanumeric() {
            let run = n + 1 + ascii_run(bytes.get(n + 1..).unwrap_or_default());
            if bytes
                .get(run)
                .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.'))
            {
                let shape = ascii_shape(bytes.get(n..run).unwrap_or_default());
                out.push(Word {
                    start: start + n,
                    end: start + run,
                    shape,
                    is_word: shape != Shape::Other,
                    possessive: false,
                    space_before,
                });
                space_before = false;
                n = run;
                continue;
            }
        }
        // ASCII punctuation but the apostrophe (which may open a detached "'s"): a token
        // of its own.
        if byte.is_ascii_punctuation() && byte != b'\'' {
            out.push(Word {
                start: start + n,
                end: start + n + 1,
                shape: Shape::Other,
                is_word: false,
                possessive: false,
                space_before,
            });
            space_before = false;
            n += 1;
            continue;
        }
        let Some(c) = at(n) else {
            break;
        };
        let width = c.len_utf8();
        if is_invisible(c) {
            n += width;
            continue;
        }
        if c.is_whitespace() {
            space_before = true;
            n += width;
            continue;
        }
        if !is_letter(c) {
            // A detached "'s" (text tokenised as "Zelensky 's") is a possessive ending.
            if is_apostrophe(c)
                && space_before
                && matches!(at(n + width), Some('s' | 'S'))
                && !at(n + width + 1).is_some_and(is_letter)
                && let Some(last) = out.last_mut()
                && last.is_word
            {
                last.possessive = true;
                n += width + 1;
                space_before = false;
                continue;
            }
            out.push(Word {
                start: start + n,
                end: start + n + width,
                shape: Shape::Other,
                is_word: false,
                possessive: false,
                space_before,
            });
            space_before = false;
            n += width;
            continue;
        }
        let first = n;
        let mut dotted = false;
        hyphens.clear();
        n += width;
        loop {
            // Runs of ASCII letters and digits, most of every word, a byte at a time.
            while bytes.get(n).is_some_and(u8::is_ascii_alphanumeric) {
                n += 1;
            }
            match at(n) {
                Some(c) if is_letter(c) => n += c.len_utf8(),
                Some(c) if is_invisible(c) && chars.after(n).is_some_and(is_letter) => {
                    n = chars.next(chars.next(n));
                }
                Some(j)
                    if (is_apostrophe(j) || is_hyphen(j) || j == '.')
                        && chars.after(n).is_some_and(is_letter) =>
                {
                    dotted |= j == '.';
                    if is_hyphen(j) {
                        hyphens.push(n);
                    }
                    n = chars.next(chars.next(n));
                }
                _ => break,
            }
        }
        let mut last = n;
        let mut possessive = false;
        // "U.S." and initials keep their final period.
        if at(n) == Some('.') {
            let single_capital =
                chars.next(first) == n && at(first).is_some_and(char::is_uppercase);
            if dotted || single_capital {
                n += 1;
                last = n;
            }
        }
        // "Corp.", "Jr.": abbreviations that end names keep their period.
        if at(n) == Some('.') && ABBREVIATIONS.contains(&part.get(first..n).unwrap_or("")) {
            n += 1;
            last = n;
        }
        // "Zelensky’s": the ending is cut off and remembered.
        let apostrophe = || chars.prev(last.saturating_sub(1));
        if chars.ascii_before(last, b"s")
            && apostrophe() > first
            && at(apostrophe()).is_some_and(is_apostrophe)
        {
            last = apostrophe();
            possessive = true;
        } else if chars.ascii_before(last, b"sS")
            && let Some(mark) = at(last).filter(|&c| is_apostrophe(c))
            && !at(last + mark.len_utf8()).is_some_and(is_letter)
        {
            // "Witkoffs’": the apostrophe is not part of the name.
            n += mark.len_utf8();
            possessive = true;
        }
        push_word(
            text,
            start,
            (first, last),
            &hyphens,
            possessive,
            space_before,
            &mut out,
        );
        space_before = false;
    }
    out
}

/// Pushes one scanned word (byte offsets `first..last` from `base`, hyphens at the byte
/// offsets `hyphens`), split at its hyphens unless every part is capitalised ("Jean-Luc")
/// or it starts with a name prefix ("al-Assad"): "US-led" gives "US", "-", "led".
fn push_word(
    text: &str,
    base: usize,
    (first, last): (usize, usize),
    hyphens: &[usize],
    possessive: bool,
    space_before: bool,
    out: &mut Vec<Word>,
) {
    let word = |a: usize, b: usize| text.get(base + a..base + b).unwrap_or("");
    if hyphens.is_empty() {
        let shape = shape(word(first, last));
        out.push(Word {
            start: base + first,
            end: base + last,
            shape,
            is_word: shape != Shape::Other,
            possessive,
            space_before,
        });
        return;
    }
    // Each piece with the hyphen before it (none before the first).
    let mut pieces: Vec<(Option<usize>, usize, usize)> = Vec::with_capacity(hyphens.len() + 1);
    let mut from = first;
    let mut hyphen = None;
    for &h in hyphens.iter().filter(|&&h| h < last) {
        pieces.push((hyphen, from, h));
        hyphen = Some(h);
        from = h + word(h, last).chars().next().map_or(1, char::len_utf8);
    }
    pieces.push((hyphen, from, last));
    // Split only where a lower-case part is an English word: "US-led", "Kremlin-backed";
    // "Abd-ul-Karim", "Lin Mei-ling" and "al-Assad" stay whole. The rarest level of the word
    // lists (50) is left out: it holds syllables of names too ("Tsai Ing-wen").
    let lex = crate::analysis::lexicon::Lexicon::get();
    let capital_first = pieces
        .first()
        .is_some_and(|&(_, a, b)| shape(word(a, b)) != Shape::Lower);
    let prefix_first = pieces.first().is_some_and(|&(_, a, b)| {
        crate::analysis::lexicon::with_lower(word(a, b), |w| NAME_PREFIXES.contains(&w))
    });
    let english_part = pieces.iter().skip(1).any(|&(_, a, b)| {
        let w = word(a, b);
        shape(w) == Shape::Lower
            && w.chars().count() >= 3
            && crate::analysis::lexicon::with_lower(w, |l| {
                lex.common_level(l)
                    .is_some_and(|level| level < RAREST_LEVEL)
            })
    });
    let whole_is_name = (capital_first || prefix_first) && !english_part;
    if whole_is_name {
        let written = shape(word(first, last));
        let shape = if written == Shape::Lower && prefix_first {
            Shape::Capital
        } else {
            written
        };
        out.push(Word {
            start: base + first,
            end: base + last,
            shape,
            is_word: written != Shape::Other,
            possessive,
            space_before,
        });
        return;
    }
    let count = pieces.len();
    for (k, &(hyphen, a, b)) in pieces.iter().enumerate() {
        if let Some(h) = hyphen {
            out.push(Word {
                start: base + h,
                end: base + a,
                shape: Shape::Other,
                is_word: false,
                possessive: false,
                space_before: false,
            });
        }
        let shape = shape(word(a, b));
        out.push(Word {
            start: base + a,
            end: base + b,
            shape,
            is_word: shape != Shape::Other,
            possessive: possessive && k + 1 == count,
            space_before: space_before && k == 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-indexed tokeniser `split` replaced, kept to compare the two.
    mod reference {
        use super::super::*;

        /// A sentence's characters by position. Most sentences are plain ASCII, where a character's
        /// position is its byte offset and no table of offsets needs to be built: this runs for every
        /// sentence of every article.
        struct Chars<'a> {
            part: &'a str,
            /// Each character with its byte offset, when `part` is not ASCII; else empty.
            table: Vec<(usize, char)>,
            ascii: bool,
        }

        impl<'a> Chars<'a> {
            fn new(part: &'a str) -> Chars<'a> {
                let ascii = part.is_ascii();
                let table = if ascii {
                    Vec::new()
                } else {
                    part.char_indices().collect()
                };
                Chars { part, table, ascii }
            }

            /// How many characters there are.
            fn len(&self) -> usize {
                if self.ascii {
                    self.part.len()
                } else {
                    self.table.len()
                }
            }

            /// Character `n`, if there is one.
            fn at(&self, n: usize) -> Option<char> {
                if self.ascii {
                    self.part.as_bytes().get(n).map(|&b| char::from(b))
                } else {
                    self.table.get(n).map(|&(_, c)| c)
                }
            }

            /// The byte offset of character `n` in the sentence (its length past the last one).
            fn offset(&self, n: usize) -> usize {
                if self.ascii {
                    n.min(self.part.len())
                } else {
                    self.table.get(n).map_or(self.part.len(), |&(i, _)| i)
                }
            }
        }

        /// The tokens of `text[start..end]`, offsets relative to the whole `text`.
        pub(super) fn split(text: &str, start: usize, end: usize) -> Vec<Word> {
            let part = text.get(start..end).unwrap_or("");
            let chars = Chars::new(part);
            let at = |n: usize| chars.at(n);
            let offset = |n: usize| start + chars.offset(n);
            let mut out: Vec<Word> = Vec::with_capacity(chars.len() / 4);
            let mut n = 0;
            let mut space_before = true;
            while let Some(c) = at(n) {
                if is_invisible(c) {
                    n += 1;
                    continue;
                }
                if c.is_whitespace() {
                    space_before = true;
                    n += 1;
                    continue;
                }
                if !is_letter(c) {
                    // A detached "'s" (text tokenised as "Zelensky 's") is a possessive ending.
                    if is_apostrophe(c)
                        && space_before
                        && matches!(at(n + 1), Some('s' | 'S'))
                        && !at(n + 2).is_some_and(is_letter)
                        && let Some(last) = out.last_mut()
                        && last.is_word
                    {
                        last.possessive = true;
                        n += 2;
                        space_before = false;
                        continue;
                    }
                    out.push(Word {
                        start: offset(n),
                        end: offset(n + 1),
                        shape: Shape::Other,
                        is_word: false,
                        possessive: false,
                        space_before,
                    });
                    space_before = false;
                    n += 1;
                    continue;
                }
                let first = n;
                let mut dotted = false;
                let mut hyphens = Vec::new();
                n += 1;
                loop {
                    match at(n) {
                        Some(c) if is_letter(c) => n += 1,
                        Some(c) if is_invisible(c) && at(n + 1).is_some_and(is_letter) => n += 2,
                        Some(j)
                            if (is_apostrophe(j) || is_hyphen(j) || j == '.')
                                && at(n + 1).is_some_and(is_letter) =>
                        {
                            dotted |= j == '.';
                            if is_hyphen(j) {
                                hyphens.push(n);
                            }
                            n += 2;
                        }
                        _ => break,
                    }
                }
                let mut last = n;
                let mut possessive = false;
                // "U.S." and initials keep their final period.
                if at(n) == Some('.') {
                    let single_capital =
                        n - first == 1 && at(first).is_some_and(char::is_uppercase);
                    if dotted || single_capital {
                        n += 1;
                        last = n;
                    }
                }
                // "Corp.", "Jr.": abbreviations that end names keep their period.
                let from = if first < chars.len() {
                    chars.offset(first)
                } else {
                    0
                };
                let to = chars.offset(n);
                if at(n) == Some('.') && ABBREVIATIONS.contains(&part.get(from..to).unwrap_or("")) {
                    n += 1;
                    last = n;
                }
                // "Zelensky’s": the ending is cut off and remembered.
                if last >= first + 3
                    && at(last - 1) == Some('s')
                    && at(last - 2).is_some_and(is_apostrophe)
                {
                    last -= 2;
                    possessive = true;
                } else if at(last - 1).is_some_and(|c| c == 's' || c == 'S')
                    && at(last).is_some_and(is_apostrophe)
                    && !at(last + 1).is_some_and(is_letter)
                {
                    // "Witkoffs’": the apostrophe is not part of the name.
                    n += 1;
                    possessive = true;
                }
                push_word(
                    text,
                    &chars,
                    start,
                    (first, last),
                    &hyphens,
                    possessive,
                    space_before,
                    &mut out,
                );
                space_before = false;
            }
            out
        }

        /// Pushes one scanned word, split at its hyphens unless every part is capitalised ("Jean-Luc")
        /// or it starts with a name prefix ("al-Assad"): "US-led" gives "US", "-", "led".
        #[allow(clippy::too_many_arguments)]
        fn push_word(
            text: &str,
            chars: &Chars,
            base: usize,
            (first, last): (usize, usize),
            hyphens: &[usize],
            possessive: bool,
            space_before: bool,
            out: &mut Vec<Word>,
        ) {
            let offset = |n: usize| base + chars.offset(n);
            let word = |a: usize, b: usize| text.get(offset(a)..offset(b)).unwrap_or("");
            if hyphens.is_empty() {
                let w = word(first, last);
                out.push(Word {
                    start: offset(first),
                    end: offset(last),
                    shape: shape(w),
                    is_word: w.chars().any(char::is_alphabetic),
                    possessive,
                    space_before,
                });
                return;
            }
            let mut bounds = Vec::with_capacity(hyphens.len() + 2);
            bounds.push(first);
            bounds.extend(hyphens.iter().copied().filter(|&h| h < last));
            let pieces: Vec<(usize, usize)> = bounds
                .iter()
                .enumerate()
                .map(|(k, &a)| {
                    let from = if k == 0 { a } else { a + 1 };
                    let to = bounds.get(k + 1).copied().unwrap_or(last);
                    (from, to)
                })
                .collect();
            // Split only where a lower-case part is an English word: "US-led", "Kremlin-backed";
            // "Abd-ul-Karim", "Lin Mei-ling" and "al-Assad" stay whole. The rarest level of the word
            // lists (50) is left out: it holds syllables of names too ("Tsai Ing-wen").
            let lex = crate::analysis::lexicon::Lexicon::get();
            let capital_first = pieces
                .first()
                .is_some_and(|&(a, b)| shape(word(a, b)) != Shape::Lower);
            let prefix_first = pieces.first().is_some_and(|&(a, b)| {
                crate::analysis::lexicon::with_lower(word(a, b), |w| NAME_PREFIXES.contains(&w))
            });
            let english_part = pieces.iter().skip(1).any(|&(a, b)| {
                let w = word(a, b);
                shape(w) == Shape::Lower
                    && w.chars().count() >= 3
                    && crate::analysis::lexicon::with_lower(w, |l| {
                        lex.common_level(l)
                            .is_some_and(|level| level < RAREST_LEVEL)
                    })
            });
            let whole_is_name = (capital_first || prefix_first) && !english_part;
            if whole_is_name {
                let w = word(first, last);
                let shape = if shape(w) == Shape::Lower && prefix_first {
                    Shape::Capital
                } else {
                    shape(w)
                };
                out.push(Word {
                    start: offset(first),
                    end: offset(last),
                    shape,
                    is_word: w.chars().any(char::is_alphabetic),
                    possessive,
                    space_before,
                });
                return;
            }
            let count = pieces.len();
            for (k, &(a, b)) in pieces.iter().enumerate() {
                if k > 0 {
                    out.push(Word {
                        start: offset(a - 1),
                        end: offset(a),
                        shape: Shape::Other,
                        is_word: false,
                        possessive: false,
                        space_before: false,
                    });
                }
                let w = word(a, b);
                out.push(Word {
                    start: offset(a),
                    end: offset(b),
                    shape: shape(w),
                    is_word: w.chars().any(char::is_alphabetic),
                    possessive: possessive && k + 1 == count,
                    space_before: space_before && k == 0,
                });
            }
        }
    }

    /// Every string of up to four characters of the kinds that steer the tokeniser, and
    /// longer random ones, give the same tokens as the character-indexed version.
    #[test]
    fn byte_offsets_give_the_tokens_of_character_positions() {
        let alphabet = [
            "a", "S", "s", "B", "1", " ", "\n", "'", "’", "ʼ", "-", "‐", ".", ",", "é", "Ö",
            "\u{AD}", "\u{200B}", "\u{301}", "(", "Corp", "Jr",
        ];
        let check = |text: &str| {
            assert_eq!(
                split(text, 0, text.len()),
                reference::split(text, 0, text.len()),
                "{text:?}"
            );
        };
        let n = alphabet.len();
        for len in 1..=4u32 {
            for mut code in 0..n.pow(len) {
                let mut text = String::new();
                for _ in 0..len {
                    text.push_str(alphabet[code % n]);
                    code /= n;
                }
                check(&text);
            }
        }
        // A fixed linear congruential sequence: longer strings, the same every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let len = 5 + (state >> 59) as usize;
            for _ in 0..len {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                text.push_str(alphabet[(state >> 33) as usize % n]);
            }
            check(&text);
        }
        check("O’Brien met Jean-Luc’s aide in the U.S. and Zelensky 's team at Acme Corp. today.");
        check("the Witkoffs’ US-led plan for al-Assad, Abd-ul-Karim and Tsai Ing-wen’s J. Doe");
    }

    fn words(text: &str) -> Vec<(&str, bool)> {
        split(text, 0, text.len())
            .into_iter()
            .map(|w| (w.text(text), w.possessive))
            .collect()
    }

    #[test]
    fn names_keep_inner_marks_and_lose_possessive_endings() {
        assert_eq!(
            words("O’Brien met Jean-Luc’s aide in the U.S. and Zelensky 's team."),
            [
                ("O’Brien", false),
                ("met", false),
                ("Jean-Luc", true),
                ("aide", false),
                ("in", false),
                ("the", false),
                ("U.S.", false),
                ("and", false),
                ("Zelensky", true),
                ("team", false),
                (".", false)
            ]
        );
    }

    #[test]
    fn plural_possessive_and_lower_case_compounds() {
        assert_eq!(
            words("the Witkoffs’ US-led plan for al-Assad"),
            [
                ("the", false),
                ("Witkoffs", true),
                ("US", false),
                ("-", false),
                ("led", false),
                ("plan", false),
                ("for", false),
                ("al-Assad", false)
            ]
        );
    }

    #[test]
    fn shapes() {
        let text = "NATO Nato nato J. 42";
        let shapes: Vec<Shape> = split(text, 0, text.len()).iter().map(|w| w.shape).collect();
        assert_eq!(
            shapes,
            [
                Shape::Caps,
                Shape::Capital,
                Shape::Lower,
                Shape::Capital,
                Shape::Other
            ]
        );
    }
}
