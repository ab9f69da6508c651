//! Lines that credit the people who made the page rather than name people of the story:
//! picture credits, bylines, staff lines and the agencies' "Reporting by …" notes. Their
//! names are the page's furniture, so no person is taken from them.

use super::sentence::Sentence;
use super::words::Shape;

/// Whether a sentence is a credit of any kind the page puts around a story.
pub fn credit_line(text: &str, sentence: &Sentence) -> bool {
    picture_credit(text, sentence)
        || contributors_line(text, sentence)
        || byline(text, sentence)
        || staff_line(text, sentence)
        || agency_credit(text, sentence)
}

/// The text of word `i`, or "" past the end.
fn word<'t>(text: &'t str, sentence: &Sentence, i: usize) -> &'t str {
    sentence.words.get(i).map_or("", |w| w.text(text))
}

/// A picture or video credit: "Photo: …", "Image by …".
fn picture_credit(text: &str, sentence: &Sentence) -> bool {
    let opener = word(text, sentence, 0);
    [
        "photo",
        "photos",
        "photograph",
        "photography",
        "image",
        "images",
        "picture",
        "pictures",
        "credit",
        "credits",
        "illustration",
        "video",
        "graphic",
    ]
    .iter()
    .any(|o| opener.eq_ignore_ascii_case(o))
        && matches!(word(text, sentence, 1), ":" | "by" | "credit" | "/")
}

/// A line crediting the reporters who helped ("Associated Press writers Ana Ruiz and Tom Hale
/// contributed to this report.").
fn contributors_line(text: &str, sentence: &Sentence) -> bool {
    let words = &sentence.words;
    // Every sentence is asked: the word's length rules most words out before its text.
    words.iter().enumerate().any(|(i, w)| {
        w.end - w.start == "contributed".len() && w.text(text) == "contributed" && {
            let next = |n: usize| word(text, sentence, i + n);
            matches!(next(1), "." | "reporting" | "")
                || (next(1) == "to" && matches!(next(2), "this" | "the") && next(3) == "report")
        }
    })
}

/// A byline: "By Ana Ruiz and Tom Hale", "BY ANA RUIZ, TOM HALE": "By" and then nothing but
/// names, commas and "and".
fn byline(text: &str, sentence: &Sentence) -> bool {
    let words = &sentence.words;
    matches!(word(text, sentence, 0), "By" | "BY")
        && words.len() >= 3
        && words[1].is_capitalised()
        && words[1..]
            .iter()
            .all(|w| w.is_capitalised() || matches!(w.text(text), "," | "." | "and" | "&" | "AND"))
}

/// Job titles that end a staff line ("Ana Ruiz, AP Sports Writer").
const STAFF: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "columnist",
    "contributor",
    "photographer",
];

/// A staff line under a headline: a name, a comma and a job title in capitals, nothing else
/// ("Ana Ruiz, AP National Security Writer").
fn staff_line(text: &str, sentence: &Sentence) -> bool {
    let words = &sentence.words;
    let Some(last) = words.iter().rev().find(|w| w.is_word) else {
        return false;
    };
    words.len() <= 12
        && words.iter().any(|w| w.text(text) == ",")
        && words
            .iter()
            .all(|w| w.is_capitalised() || matches!(w.text(text), "," | "." | "and" | "of"))
        && STAFF
            .iter()
            .any(|s| last.text(text).eq_ignore_ascii_case(s))
}

/// A news agency's credit note: "(Reporting by Ana Ruiz; Editing by Tom Hale)",
/// "Writing by …", "Additional reporting by …".
fn agency_credit(text: &str, sentence: &Sentence) -> bool {
    let words = &sentence.words;
    words.windows(2).any(|pair| {
        pair[0].shape == Shape::Capital
            && matches!(
                pair[0].text(text),
                "Reporting" | "Editing" | "Writing" | "Compiled"
            )
            && pair[1].text(text) == "by"
    }) || (word(text, sentence, 0) == "("
        && words
            .windows(2)
            .any(|pair| pair[0].text(text) == "reporting" && pair[1].text(text) == "by"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(line: &str) -> bool {
        credit_line(line, &Sentence::new(line, 0, line.len()))
    }

    #[test]
    fn credits_of_each_kind() {
        assert!(credit("Photo: Lena Marsh, Getty Images"));
        assert!(credit("By ANA RUIZ, TOM HALE and KIM OKAFOR"));
        assert!(credit("By Ana Ruiz and Tom Hale"));
        assert!(credit("Tomas Vell, AP Sports Writer"));
        assert!(credit(
            "(Reporting by Ana Ruiz, with additional reporting by Tom Hale; Editing by Kim Okafor)"
        ));
        assert!(credit(
            "Writers Ana Ruiz and Tom Hale contributed reporting."
        ));
    }

    #[test]
    fn sentences_of_the_story_are_not_credits() {
        assert!(!credit("By Monday, Ana Ruiz had left the port."));
        assert!(!credit("Tomas Vell, the writer, said the book was done."));
        assert!(!credit("Ana Ruiz, a reporter, was detained on Friday."));
        assert!(!credit(
            "Police said reporting by the Vesper Gazette was wrong."
        ));
    }
}
