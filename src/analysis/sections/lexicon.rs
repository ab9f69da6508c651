//! The words sectioning treats specially: function words and news filler that say nothing
//! about a topic, role words that stand before names, and a light stemmer that lets "talks",
//! "talked" and "talking" count as one term, and how rare a word is in English at large.

use std::sync::LazyLock;

use super::FastMap;
use crate::analysis::lexicon::Lexicon;

/// Function words and news filler: never a topic, never part of a title.
const STOPWORDS: &[&str] = &[
    "a",
    "able",
    "about",
    "above",
    "according",
    "across",
    "added",
    "adding",
    "after",
    "afternoon",
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
    "amid",
    "among",
    "amongst",
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
    "big",
    "both",
    "but",
    "by",
    "called",
    "came",
    "can",
    "cannot",
    "cent",
    "certain",
    "come",
    "comes",
    "coming",
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
    "dr",
    "during",
    "each",
    "early",
    "eight",
    "either",
    "else",
    "end",
    "ended",
    "ends",
    "enough",
    "etc",
    "even",
    "evening",
    "ever",
    "every",
    "far",
    "february",
    "few",
    "fifth",
    "first",
    "five",
    "following",
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
    "high",
    "him",
    "himself",
    "his",
    "hour",
    "hours",
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
    "keep",
    "kept",
    "key",
    "kind",
    "large",
    "last",
    "late",
    "later",
    "least",
    "less",
    "let",
    "like",
    "likely",
    "long",
    "look",
    "looked",
    "lot",
    "lots",
    "low",
    "made",
    "main",
    "major",
    "make",
    "makes",
    "making",
    "many",
    "march",
    "mark",
    "marks",
    "may",
    "me",
    "meanwhile",
    "might",
    "mine",
    "minor",
    "minute",
    "minutes",
    "monday",
    "month",
    "months",
    "more",
    "moreover",
    "morning",
    "most",
    "mr",
    "mrs",
    "ms",
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
    "night",
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
    "percent",
    "perhaps",
    "put",
    "quite",
    "rather",
    "really",
    "recent",
    "recently",
    "remain",
    "remained",
    "remains",
    "said",
    "same",
    "saturday",
    "saw",
    "say",
    "saying",
    "says",
    "second",
    "see",
    "seen",
    "september",
    "set",
    "seven",
    "several",
    "shall",
    "she",
    "should",
    "show",
    "showed",
    "shown",
    "shows",
    "since",
    "six",
    "small",
    "so",
    "some",
    "someone",
    "something",
    "soon",
    "sort",
    "st",
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
    "thing",
    "things",
    "think",
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
    "tomorrow",
    "tonight",
    "too",
    "took",
    "top",
    "toward",
    "towards",
    "tuesday",
    "two",
    "under",
    "unless",
    "unlikely",
    "until",
    "up",
    "upon",
    "us",
    "used",
    "very",
    "via",
    "want",
    "wanted",
    "was",
    "way",
    "we",
    "wednesday",
    "week",
    "weekend",
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

/// Words after which the next content word likely belongs to a noun phrase.
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "a", "about", "across", "after", "against", "amid", "among", "an", "any", "at", "before",
    "between", "by", "during", "each", "every", "for", "from", "her", "his", "in", "into", "its",
    "my", "no", "of", "on", "our", "over", "some", "that", "the", "their", "these", "this",
    "those", "through", "toward", "towards", "under", "with", "without", "your",
];

/// Words after which the next content word is likely a verb.
const VERB_CUES: &[&str] = &[
    "also", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
    "doesn't", "don't", "he", "i", "it", "may", "might", "must", "not", "shall", "she", "should",
    "they", "to", "we", "who", "will", "won't", "would", "wouldn't",
];

/// Articles and possessives: a word just before one is a verb taking an object.
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "these", "this", "those", "your",
];

/// Verbs that attribute a quote to a speaker.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "admitted",
    "argued",
    "asked",
    "continued",
    "explained",
    "insisted",
    "noted",
    "recalled",
    "replied",
    "said",
    "says",
    "told",
    "warned",
    "wrote",
];

/// What the lists above say of one word, found with one lookup: sectioning asks most of
/// them of every word of every article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct WordClass(u8);

impl WordClass {
    const STOPWORD: u8 = 1;
    const ROLE: u8 = 1 << 1;
    const NAME_CONNECTOR: u8 = 1 << 2;
    const NOUN_PHRASE_OPENER: u8 = 1 << 3;
    const VERB_CUE: u8 = 1 << 4;
    const DETERMINER: u8 = 1 << 5;
    const SPEECH_VERB: u8 = 1 << 6;

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }

    /// A function word or news filler: never a topic, never part of a title.
    pub(super) fn stopword(self) -> bool {
        self.has(Self::STOPWORD)
    }

    /// A title or role that precedes names.
    pub(super) fn role(self) -> bool {
        self.has(Self::ROLE)
    }

    /// May join two capitalised words into one name ("of", "de").
    pub(super) fn name_connector(self) -> bool {
        self.has(Self::NAME_CONNECTOR)
    }

    /// Opens a noun phrase (a determiner or preposition).
    pub(super) fn opens_noun_phrase(self) -> bool {
        self.has(Self::NOUN_PHRASE_OPENER)
    }

    /// Announces a verb (a modal, "to", a subject pronoun).
    pub(super) fn announces_verb(self) -> bool {
        self.has(Self::VERB_CUE)
    }

    /// An article or possessive determiner.
    pub(super) fn determiner(self) -> bool {
        self.has(Self::DETERMINER)
    }

    /// Attributes a quote ("said", "told").
    pub(super) fn speech_verb(self) -> bool {
        self.has(Self::SPEECH_VERB)
    }
}

/// Each word list with the class its words have.
const CLASS_LISTS: [(&[&str], u8); 7] = [
    (STOPWORDS, WordClass::STOPWORD),
    (ROLES, WordClass::ROLE),
    (NAME_CONNECTORS, WordClass::NAME_CONNECTOR),
    (NOUN_PHRASE_OPENERS, WordClass::NOUN_PHRASE_OPENER),
    (VERB_CUES, WordClass::VERB_CUE),
    (DETERMINERS, WordClass::DETERMINER),
    (SPEECH_VERBS, WordClass::SPEECH_VERB),
];

/// Every listed word with its classes, grouped by [`listed_bit`]: a word is compared with the
/// few listed words that share its bit (most often one), without being hashed.
static WORD_CLASSES: LazyLock<Slots> = LazyLock::new(|| {
    let mut classes: FastMap<&'static str, WordClass> = FastMap::default();
    for (list, flag) in CLASS_LISTS {
        for word in list {
            classes.entry(word).or_default().0 |= flag;
        }
    }
    let mut words: Vec<(usize, &'static str, WordClass)> = classes
        .into_iter()
        .map(|(word, class)| (listed_bit(word.as_bytes()), word, class))
        .collect();
    words.sort_unstable_by_key(|&(bit, word, _)| (bit, word));
    let mut starts = Vec::with_capacity(LISTED_BITS + 1);
    let mut next = 0;
    for bit in 0..=LISTED_BITS {
        while words.get(next).is_some_and(|w| w.0 < bit) {
            next += 1;
        }
        starts.push(next);
    }
    Slots {
        starts,
        words: words
            .into_iter()
            .map(|(_, word, class)| (word, class))
            .collect(),
    }
});

/// The listed words by [`listed_bit`].
struct Slots {
    /// Where each bit's words start in `words`, and where the last ends.
    starts: Vec<usize>,
    /// The words with their classes, by bit.
    words: Vec<(&'static str, WordClass)>,
}

/// The classes of a word as written (the lists are lowercase, so a capitalised word is in
/// none of them).
pub(super) fn class(word: &str) -> WordClass {
    // Most words of an article are in no list: the filter rules them out first.
    let bit = listed_bit(word.as_bytes());
    if LISTED[bit / 64] & 1 << (bit % 64) == 0 {
        return WordClass::default();
    }
    let slots = &*WORD_CLASSES;
    let (Some(&from), Some(&to)) = (slots.starts.get(bit), slots.starts.get(bit + 1)) else {
        return WordClass::default();
    };
    slots
        .words
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .find(|(listed, _)| *listed == word)
        .map_or_else(WordClass::default, |(_, class)| *class)
}

/// How many places [`listed_bit`] has.
const LISTED_BITS: usize = 4096;

/// A word's place in [`LISTED`]: its first and last bytes' low five bits (a letter's place in
/// the alphabet) and its length's low two bits.
const fn listed_bit(word: &[u8]) -> usize {
    let (first, last) = match word {
        [] => (0, 0),
        [only] => (*only, *only),
        [first, .., last] => (*first, *last),
    };
    ((first & 31) as usize) << 7 | ((last & 31) as usize) << 2 | (word.len() & 3)
}

/// One bit for each [`listed_bit`] some listed word has: a word whose bit is clear is in no
/// list.
static LISTED: [u64; LISTED_BITS / 64] = {
    let lists = [
        STOPWORDS,
        ROLES,
        NAME_CONNECTORS,
        NOUN_PHRASE_OPENERS,
        VERB_CUES,
        DETERMINERS,
        SPEECH_VERBS,
    ];
    let mut bits = [0u64; LISTED_BITS / 64];
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            let bit = listed_bit(lists[l][w].as_bytes());
            bits[bit / 64] |= 1 << (bit % 64);
            w += 1;
        }
        l += 1;
    }
    bits
};

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

/// The rarity of a word the counts do not know, and the count of the commonest word, worked
/// out once. The counts themselves are the entities' [`Lexicon`]'s: `word_freq.tsv` is parsed
/// once for both, and a rarity costs one logarithm, worked out only for the article's terms.
static SCALE: LazyLock<(f32, f32)> = LazyLock::new(|| {
    let most = (Lexicon::get().highest_frequency() as f32).max(1.0);
    (most, rarity_of(most, 1.0))
});

fn rarity_of(most: f32, count: f32) -> f32 {
    ((most / count).log10() / 4.0).clamp(0.2, 1.2)
}

/// How rare a lowercase word is in English at large, from about 0.2 ("said") to 1.2 (a word
/// the counts do not know): a topic word is rarer than the words around it.
pub(super) fn rarity(lower: &str) -> f32 {
    let (most, unknown) = *SCALE;
    match Lexicon::get().frequency(lower) {
        Some(count) => rarity_of(most, (count as f32).max(1.0)),
        None => unknown,
    }
}

/// Countries and their demonyms (`name<TAB>aliases<TAB>capital<TAB>demonyms<TAB>iso2`).
const COUNTRIES_TSV: &str = include_str!("../../../assets/lexicon/countries.tsv");

/// Lowercase demonyms ("ukrainian", "german"), sorted for binary search.
static DEMONYMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut demonyms: Vec<String> = COUNTRIES_TSV
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('\t').nth(3))
        .flat_map(|field| field.split('|'))
        .filter(|d| !d.is_empty())
        .map(str::to_lowercase)
        .collect();
    demonyms.sort_unstable();
    demonyms.dedup();
    demonyms
});

/// Whether a lowercase word is a nationality ("ukrainian", "germans"): a weak title alone.
pub(super) fn is_demonym(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    [lower, singular]
        .iter()
        .any(|w| DEMONYMS.binary_search_by(|d| d.as_str().cmp(w)).is_ok())
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
    fn the_filter_lets_every_listed_word_through() {
        for (list, flag) in CLASS_LISTS {
            for word in list {
                assert!(class(word).has(flag), "{word}");
            }
        }
        assert_eq!(class("ceasefire"), WordClass::default());
        assert_eq!(class("The"), WordClass::default());
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

    #[test]
    fn nationalities_are_known() {
        assert!(is_demonym("ukrainian"));
        assert!(is_demonym("germans"));
        assert!(!is_demonym("berlin"));
    }
}
