//! The words sectioning treats specially: function words and news filler that say nothing
//! about a topic, role words that stand before names, and a light stemmer that lets "talks",
//! "talked" and "talking" count as one term, and how rare a word is in English at large.

use std::sync::LazyLock;

/// Function words and news filler: never a topic, never part of a title.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "added",
    "adding",
    "after",
    "again",
    "against",
    "ago",
    "ahead",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "anything",
    "april",
    "are",
    "around",
    "as",
    "asked",
    "at",
    "august",
    "away",
    "back",
    "be",
    "became",
    "because",
    "become",
    "been",
    "before",
    "began",
    "behind",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "called",
    "came",
    "can",
    "cannot",
    "could",
    "day",
    "days",
    "december",
    "despite",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "early",
    "eight",
    "either",
    "else",
    "enough",
    "even",
    "ever",
    "every",
    "february",
    "few",
    "fifth",
    "first",
    "five",
    "for",
    "four",
    "fourth",
    "friday",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "given",
    "go",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "january",
    "july",
    "june",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "march",
    "may",
    "me",
    "meanwhile",
    "might",
    "mine",
    "monday",
    "month",
    "months",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "near",
    "nearly",
    "need",
    "never",
    "new",
    "next",
    "nine",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "november",
    "now",
    "october",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "part",
    "per",
    "perhaps",
    "put",
    "quite",
    "rather",
    "really",
    "recent",
    "recently",
    "said",
    "same",
    "saturday",
    "say",
    "saying",
    "says",
    "second",
    "september",
    "seven",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "six",
    "so",
    "some",
    "someone",
    "something",
    "soon",
    "still",
    "such",
    "sunday",
    "take",
    "taken",
    "takes",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "third",
    "this",
    "those",
    "though",
    "three",
    "through",
    "thursday",
    "thus",
    "time",
    "times",
    "to",
    "today",
    "together",
    "told",
    "too",
    "took",
    "toward",
    "towards",
    "tuesday",
    "two",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "us",
    "used",
    "very",
    "via",
    "was",
    "way",
    "we",
    "wednesday",
    "week",
    "weeks",
    "well",
    "went",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whole",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
];

/// Titles and roles that stand before a name; they break a run of capitalised words so that
/// "German Chancellor Friedrich Merz" yields "German" and "Friedrich Merz".
const ROLES: &[&str] = &[
    "admiral",
    "ambassador",
    "archbishop",
    "bishop",
    "captain",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "colonel",
    "commissioner",
    "councillor",
    "councilman",
    "councilwoman",
    "dame",
    "detective",
    "director",
    "doctor",
    "dr",
    "emperor",
    "envoy",
    "executive",
    "general",
    "governor",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "lieutenant",
    "lord",
    "major",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "mx",
    "officer",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sheikh",
    "sir",
    "speaker",
    "superintendent",
    "vice",
];

/// Lowercase words that may sit inside a name ("Bank of England", "Charles de Gaulle").
const NAME_CONNECTORS: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "of",
    "van", "von",
];

/// Whether a lowercase word carries no topic.
pub(super) fn is_stopword(lower: &str) -> bool {
    STOPWORDS.binary_search(&lower).is_ok()
}

/// Whether a lowercase word is a title or role that precedes names.
pub(super) fn is_role(lower: &str) -> bool {
    ROLES.binary_search(&lower).is_ok()
}

/// Whether a lowercase word may join two capitalised words into one name.
pub(super) fn is_name_connector(word: &str) -> bool {
    NAME_CONNECTORS.contains(&word)
}

/// A light stem of a lowercase word, so inflections of one word count together. It is a key,
/// never shown: "voted" and "votes" both become "vot".
pub(super) fn stem(lower: &str) -> &str {
    let mut word = lower;
    if let Some(base) = word.strip_suffix("ies").filter(|b| b.len() >= 3) {
        // "parties" → "part": close enough for a key; "y" and "ie" forms meet below.
        word = base;
    } else if let Some(base) = word.strip_suffix("es").filter(|b| {
        b.len() >= 3
            && (b.ends_with("ss") || b.ends_with("sh") || b.ends_with("ch") || b.ends_with('x'))
    }) {
        word = base;
    } else if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && word.len() > 3
    {
        word = &word[..word.len() - 1];
    }
    for suffix in ["ing", "ed"] {
        if let Some(base) = word.strip_suffix(suffix).filter(|b| b.chars().count() >= 3) {
            word = base;
            // "planned" → "plann" → "plan"
            let bytes = base.as_bytes();
            if let [.., a, b] = bytes
                && a == b
                && !matches!(a, b'l' | b's' | b'z')
                && a.is_ascii_alphabetic()
            {
                word = &base[..base.len() - 1];
            }
            break;
        }
    }
    word.strip_suffix(['e', 'y'])
        .filter(|b| b.len() >= 3)
        .unwrap_or(word)
}

/// English word counts (`word<TAB>count`, sorted by word), from `assets/lexicon/`.
const WORD_FREQ_TSV: &str = include_str!("../../../assets/lexicon/word_freq.tsv");

/// The word counts parsed once, sorted for binary search, with the largest count.
static WORD_FREQ: LazyLock<(Vec<(&'static str, f32)>, f32)> = LazyLock::new(|| {
    let mut counts: Vec<(&str, f32)> = WORD_FREQ_TSV
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (word, count) = line.split_once('\t')?;
            Some((word, count.trim().parse::<f32>().ok()?))
        })
        .collect();
    counts.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let most = counts.iter().map(|c| c.1).fold(1.0, f32::max);
    (counts, most)
});

/// How rare a lowercase word is in English at large, from about 0.2 ("said") to 1.2 (a word
/// the counts do not know): a topic word is rarer than the words around it.
pub(super) fn rarity(lower: &str) -> f32 {
    let (counts, most) = &*WORD_FREQ;
    let count = counts
        .binary_search_by(|(word, _)| (*word).cmp(lower))
        .ok()
        .and_then(|i| counts.get(i))
        .map_or(1.0, |c| c.1.max(1.0));
    ((most / count).log10() / 4.0).clamp(0.2, 1.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(ROLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["talk", "talks", "talked", "talking"][..],
            &["vote", "votes", "voted", "voting"],
            &["strike", "strikes", "striking"],
            &["plan", "plans", "planned", "planning"],
            &["service", "services"],
            &["party", "parties"],
            &["match", "matches"],
        ] {
            let stems: Vec<_> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{group:?} → {stems:?}"
            );
        }
        assert_eq!(stem("status"), "status");
    }

    #[test]
    fn topic_words_are_rarer_than_filler() {
        assert!(rarity("turnout") > rarity("talks"));
        assert!(rarity("talks") > rarity("said"));
        assert!(rarity("zzxqv") >= rarity("turnout"));
    }
}
