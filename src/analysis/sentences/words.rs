//! The short word lists the sentence splitter consults at a period or a closing quote.
//!
//! They are English news conventions, not data from any article: titles before names,
//! abbreviations that may or may not end a sentence, the function words that begin one, and the
//! verbs of a quote's attribution.

/// What a word before a period says about the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Abbreviation {
    /// A title before a name ("Dr.", "Sen."): the sentence never ends here.
    Title,
    /// A single capital letter, as in "J. R. R. Tolkien".
    Initial,
    /// An abbreviation that can also close a sentence ("Inc.", "U.S.", "p.m.", "Jan.").
    Other,
}

/// Titles that stand before a name, so a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "Adm", "Capt", "Cmdr", "Col", "Cpl", "Cpt", "Det", "Dr", "Drs", "Fr", "Gen", "Gens", "Gov",
    "Hon", "Insp", "Lt", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Mx", "Pres", "Prof",
    "Rep", "Reps", "Rev", "Rt", "Sen", "Sens", "Sgt", "Supt",
];

/// Abbreviations that usually sit inside a sentence but may also end one.
const OTHERS: &[&str] = &[
    "Apr", "Art", "Assn", "Aug", "Ave", "Bhd", "Blvd", "Bros", "Ch", "Co", "Corp", "Dec", "Dept",
    "Est", "Feb", "Fig", "Fri", "Ft", "Inc", "Jan", "Jr", "Jul", "Jun", "Ltd", "Mar", "Mon", "Mt",
    "No", "Nos", "Nov", "Oct", "Op", "Plc", "Pp", "Rd", "Sat", "Sep", "Sept", "Sr", "St", "Sun",
    "Thu", "Thur", "Thurs", "Tue", "Tues", "Univ", "Vol", "Vs", "Wed", "al", "approx", "cf", "ed",
    "eds", "est", "etc", "ft", "no", "nos", "pp", "vol", "vs",
];

/// Capitalised words that commonly begin a sentence and rarely follow an abbreviation inside
/// one: after "p.m." or "U.S." they mean a new sentence has begun.
const STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "Dr",
    "During",
    "Each",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Mr",
    "Mrs",
    "Ms",
    "Many",
    "Most",
    "My",
    "Now",
    "On",
    "One",
    "Our",
    "Prof",
    "Several",
    "She",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Two",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
];

/// Verbs that attribute a quote: `“Stop!” Jones shouted.` is one sentence.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "admitted",
    "answered",
    "argued",
    "asked",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "insisted",
    "joked",
    "laughed",
    "noted",
    "recalled",
    "replied",
    "responded",
    "said",
    "says",
    "screamed",
    "shouted",
    "sighed",
    "told",
    "tweeted",
    "warned",
    "whispered",
    "wondered",
    "wrote",
    "yelled",
];

/// Words that open a short adverbial after a quote's speech verb: `Jones said on Twitter.`,
/// `Lee wrote Monday.`
const ADVERBIAL_OPENERS: &[&str] = &[
    "after",
    "at",
    "before",
    "during",
    "earlier",
    "from",
    "in",
    "last",
    "later",
    "on",
    "this",
    "today",
    "via",
    "while",
    "yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The longest word of [`TITLES`] and [`OTHERS`], in bytes.
const LONGEST_ABBREVIATION: usize = 6;

/// Classifies the word before a period (without the period itself). Most such words are
/// ordinary words longer than any listed abbreviation and without an inner period, told
/// apart by their length; the lists are sorted, so the rest are found by binary search.
pub(super) fn abbreviation(word: &str) -> Option<Abbreviation> {
    let listable = word.len() <= LONGEST_ABBREVIATION;
    if !listable && !word.contains('.') {
        return None;
    }
    if listable && TITLES.binary_search(&word).is_ok() {
        return Some(Abbreviation::Title);
    }
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        return first.is_uppercase().then_some(Abbreviation::Initial);
    }
    let acronym = word.contains('.')
        && word.split('.').all(|piece| {
            (1..=2).contains(&piece.chars().count()) && piece.chars().all(char::is_alphabetic)
        });
    (acronym || (listable && OTHERS.binary_search(&word).is_ok())).then_some(Abbreviation::Other)
}

/// Whether a capitalised word is one that typically opens a sentence.
pub(super) fn is_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

/// Whether a word attributes a quote.
pub(super) fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

/// Whether a word opens a short adverbial of time, place or channel after a speech verb.
pub(super) fn opens_adverbial(word: &str) -> bool {
    ADVERBIAL_OPENERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_sorted_and_within_the_longest_length() {
        for list in [TITLES, OTHERS] {
            assert!(list.is_sorted(), "{list:?}");
            assert!(list.iter().all(|w| w.len() <= LONGEST_ABBREVIATION));
        }
    }

    #[test]
    fn long_words_are_abbreviations_only_with_inner_periods() {
        assert_eq!(abbreviation("government"), None);
        assert_eq!(abbreviation("Messrs"), Some(Abbreviation::Title));
        assert_eq!(abbreviation("approx"), Some(Abbreviation::Other));
        assert_eq!(abbreviation("U.S"), Some(Abbreviation::Other));
        assert_eq!(abbreviation("J"), Some(Abbreviation::Initial));
    }
}
