//! Which language an article is written in. lede's rules for names and claims are English
//! rules: on a French page they would list "Le" and "Elle" as people. Articles in other
//! languages are shown as text, with no entity or claim guesses, and say so.

use whatlang::{Lang, Script};

use crate::article::Article;

/// How much text is enough to tell a language: the start of the text (its headline and first
/// paragraphs). More costs time on long articles and changes nothing.
const SAMPLE_BYTES: usize = 4096;

/// How many words it takes before lede believes the text is not English: a sports results
/// line or a list of foreign names can look like anything.
const MIN_WORDS: usize = 40;

/// The article's language as an ISO 639-3 code ("eng", "fra", "deu"), when the text says it
/// clearly; `None` for text too short or too mixed to tell, which is read as English.
pub fn detect(article: &Article) -> Option<&'static str> {
    let mut end = SAMPLE_BYTES.min(article.text.len());
    while !article.text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &article.text[..end];
    // Most of a reader's library is English, and English says so in its commonest words:
    // whatlang, a quarter of the whole analysis on short articles, is asked only otherwise.
    if looks_english(sample) {
        return Some(Lang::Eng.code());
    }
    let info = whatlang::detect(sample)?;
    // Cyrillic, Greek, Arabic, CJK…: the script alone says the English rules do not apply,
    // however short the text.
    if info.script() != Script::Latin {
        return Some(info.lang().code());
    }
    // English is never doubted: a short English note with names in it can look like
    // anything, and the English rules are what lede has.
    if info.lang() == Lang::Eng {
        return Some(Lang::Eng.code());
    }
    // A headline or a line of names is too little to overrule English on.
    let enough = sample.split_whitespace().count() >= MIN_WORDS;
    (enough && info.is_reliable()).then(|| info.lang().code())
}

/// Whether at least one word in six of the sample is one of English's commonest words, as in
/// any running English text (a third or more) and in no other language's.
fn looks_english(sample: &str) -> bool {
    const MOST_WORDS: usize = 600;
    let mut words = 0usize;
    let mut common = 0usize;
    for word in alphabetic_words(sample).take(MOST_WORDS) {
        words += 1;
        if word.len() <= 5 && commonest_english(word) {
            common += 1;
            // One in six of the most words read is already there: the rest cannot change
            // the answer, and running English text gets here halfway.
            if common * 6 >= MOST_WORDS {
                return true;
            }
        }
    }
    words >= 20 && common * 6 >= words
}

/// The runs of alphabetic characters of `text`, in order: what splitting it at every other
/// character gives, less the empty pieces. Read by bytes, decoding only characters beyond
/// ASCII: the sample is mostly ASCII letters and spaces, and decoding every character cost
/// more than the rest of the test.
fn alphabetic_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // The length of the character beyond ASCII at byte `i`, and whether it is a letter.
    let wide = move |i: usize| -> (usize, bool) {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((1, false), |c| (c.len_utf8(), c.is_alphabetic()))
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter.
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_alphabetic() {
                break;
            } else if b.is_ascii() {
                at += 1;
            } else {
                let (n, letter) = wide(at);
                if letter {
                    break;
                }
                at += n;
            }
        }
        let start = at;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_alphabetic() {
                at += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let (n, letter) = wide(at);
                if !letter {
                    break;
                }
                at += n;
            }
        }
        (at > start).then(|| text.get(start..at)).flatten()
    })
}

/// English's commonest words, at most five letters each.
const COMMONEST: [&[u8]; 37] = [
    b"the", b"of", b"and", b"to", b"in", b"is", b"that", b"for", b"it", b"was", b"said", b"with",
    b"he", b"she", b"his", b"her", b"they", b"at", b"by", b"from", b"on", b"as", b"be", b"are",
    b"has", b"have", b"an", b"this", b"will", b"not", b"who", b"were", b"but", b"had", b"their",
    b"been", b"would",
];

/// A word of at most five ASCII letters as one number, its bytes in lower case from the
/// lowest up and zeros above them (so the length is in it too). A byte beyond ASCII stays
/// beyond it, so a word with one never equals an ASCII word's number.
const fn packed(word: &[u8]) -> u64 {
    let mut value = 0u64;
    let mut i = word.len();
    while i > 0 {
        i -= 1;
        // Setting the 0x20 bit lowers an ASCII letter and leaves a lower-case one as it is.
        value = value << 8 | (word[i] | 0x20) as u64;
    }
    value
}

/// [`COMMONEST`] packed, in ascending order for a binary search: a word is packed and
/// compared as one number a few times, where a `match` on its bytes compared slices.
const COMMONEST_PACKED: [u64; COMMONEST.len()] = {
    let mut out = [0u64; COMMONEST.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = packed(COMMONEST[i]);
        i += 1;
    }
    // Insertion sort, the one a `const` block can run.
    let mut i = 1;
    while i < out.len() {
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            let t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    out
};

/// Whether a short word is one of English's commonest words, in any case.
fn commonest_english(word: &str) -> bool {
    word.len() <= 5
        && COMMONEST_PACKED
            .binary_search(&packed(word.as_bytes()))
            .is_ok()
}

/// Whether the English rules for names and claims apply to text in `language`.
pub fn is_english(language: Option<&str>) -> bool {
    language.is_none_or(|code| code == Lang::Eng.code())
}

/// The language's name in English ("French"), for the status line and `lede analyze`'s text.
pub fn name(code: &str) -> &'static str {
    Lang::from_code(code).map_or("another language", Lang::eng_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Article {
        let text = format!("{title}\n\n{body}");
        let start = title.len() + 2;
        Article {
            title: title.to_string(),
            paragraphs: vec![crate::span::Span::new(&text, start, text.len()).unwrap_or_default()],
            text,
            ..Default::default()
        }
    }

    #[test]
    fn french_and_english_are_told_apart() {
        let fr = article(
            "Le conseil municipal vote le budget",
            "Le conseil municipal a adopté mardi soir le budget de la ville pour l'année \
             prochaine. Elle a déclaré que les travaux du port commenceront au printemps et \
             que les habitants seront consultés avant la fin du mois.",
        );
        assert_eq!(detect(&fr), Some("fra"));
        assert!(!is_english(detect(&fr)));
        assert_eq!(name("fra"), "French");
        let en = article(
            "Council approves the harbour budget",
            "The city council approved next year's budget on Tuesday evening. Work on the \
             harbour will begin in the spring, the mayor said, and residents will be consulted \
             before the end of the month.",
        );
        assert!(is_english(detect(&en)));
    }

    /// The list as a `match` on the lowered bytes, as it was written before it was packed.
    fn commonest_by_match(word: &str) -> bool {
        let mut buf = [0u8; 5];
        let Some(lower) = buf.get_mut(..word.len()) else {
            return false;
        };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        matches!(
            &*lower,
            b"the"
                | b"of"
                | b"and"
                | b"to"
                | b"in"
                | b"is"
                | b"that"
                | b"for"
                | b"it"
                | b"was"
                | b"said"
                | b"with"
                | b"he"
                | b"she"
                | b"his"
                | b"her"
                | b"they"
                | b"at"
                | b"by"
                | b"from"
                | b"on"
                | b"as"
                | b"be"
                | b"are"
                | b"has"
                | b"have"
                | b"an"
                | b"this"
                | b"will"
                | b"not"
                | b"who"
                | b"were"
                | b"but"
                | b"had"
                | b"their"
                | b"been"
                | b"would"
        )
    }

    #[test]
    fn packed_words_are_the_listed_words() {
        let mut asked: Vec<String> = Vec::new();
        for w in COMMONEST {
            let w = String::from_utf8_lossy(w).to_string();
            let mut capital = w.clone();
            capital[..1].make_ascii_uppercase();
            asked.extend([
                w.to_uppercase(),
                capital,
                format!("{w}s"),
                w[1..].to_string(),
                w[..w.len() - 1].to_string(),
                format!("é{w}"),
                w.clone(),
            ]);
        }
        asked.extend(strings_of(&["a", "e", "h", "t", "o", "s", "W", "é", "ß"]));
        for w in &asked {
            assert_eq!(commonest_english(w), commonest_by_match(w), "{w:?}");
        }
        assert!(asked.iter().filter(|w| commonest_english(w)).count() > COMMONEST.len() * 3);
    }

    /// Every string of up to three of `pieces`, the empty one included (with repeats).
    fn strings_of(pieces: &[&str]) -> Vec<String> {
        let mut strings = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            strings.extend(longer);
        }
        strings
    }

    #[test]
    fn alphabetic_words_are_the_runs_between_other_characters() {
        let split = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let pieces = [
            "a", "Z", " ", "-", "é", "’", "1", "\u{2009}", "ß", "日", "\u{200b}", "Ж", ".", "\n",
            "𝔄", "ǅ",
        ];
        // Every string of up to three of the pieces, then longer pseudo-random ones.
        let mut texts = strings_of(&pieces);
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2_000 {
            let mut t = String::new();
            for _ in 0..30 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for t in &texts {
            let words: Vec<String> = alphabetic_words(t).map(str::to_string).collect();
            assert_eq!(words, split(t), "{t:?}");
        }
    }

    #[test]
    fn a_short_text_in_another_script_is_not_english() {
        let ru = article(
            "Паром снова ходит",
            "Паром снова ходит по реке, сказала Инна Соколова.",
        );
        assert!(!is_english(detect(&ru)));
    }

    #[test]
    fn too_little_text_is_read_as_english() {
        assert!(is_english(detect(&article("Kjelvik", "Ok."))));
        assert!(is_english(detect(&Article::default())));
    }
}
