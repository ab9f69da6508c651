use super::*;

fn sentences(text: &str) -> Vec<&str> {
    split(text, Span::whole(text))
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// Each case is a block of text and the exact sentences it must split into.
const CASES: &[(&str, &[&str])] = &[
    // Titles before names never end a sentence.
    (
        "Mr. Smith met Mrs. Jones and Dr. Patel. Gov. Reyes, Sen. Hall and Rep. Diaz came too.",
        &[
            "Mr. Smith met Mrs. Jones and Dr. Patel.",
            "Gov. Reyes, Sen. Hall and Rep. Diaz came too.",
        ],
    ),
    (
        "Gen. Ortiz toured St. Mary's church. It was full.",
        &["Gen. Ortiz toured St. Mary's church.", "It was full."],
    ),
    // Months, numbers and company suffixes.
    (
        "The law took effect on Jan. 5 and was amended Dec. 12. Few noticed.",
        &[
            "The law took effect on Jan. 5 and was amended Dec. 12.",
            "Few noticed.",
        ],
    ),
    (
        "She moved to No. 10 Downing Street. Staff cheered.",
        &["She moved to No. 10 Downing Street.", "Staff cheered."],
    ),
    (
        "Acme Inc. Chief Executive Lou Park and Bolt Corp. said so. They agreed.",
        &[
            "Acme Inc. Chief Executive Lou Park and Bolt Corp. said so.",
            "They agreed.",
        ],
    ),
    (
        "Shares of Acme Inc. fell. The company blamed the weather.",
        &[
            "Shares of Acme Inc. fell.",
            "The company blamed the weather.",
        ],
    ),
    (
        "The deal was signed by Acme Inc. The shares rose.",
        &["The deal was signed by Acme Inc.", "The shares rose."],
    ),
    // Acronyms with periods: inside a sentence before a name, at its end before a starter.
    (
        "The U.S. envoy met U.K. and U.N. officials. Talks went on.",
        &[
            "The U.S. envoy met U.K. and U.N. officials.",
            "Talks went on.",
        ],
    ),
    (
        "The envoy flew back to the U.S. He said nothing.",
        &["The envoy flew back to the U.S.", "He said nothing."],
    ),
    (
        "Troops left the U.S. President Hale said they would return.",
        &["Troops left the U.S. President Hale said they would return."],
    ),
    // Initials.
    (
        "J. R. R. Tolkien wrote it. Later, C. S. Lewis read it.",
        &["J. R. R. Tolkien wrote it.", "Later, C. S. Lewis read it."],
    ),
    (
        "The fund is run by Anna K. Berg. She lives in Oslo.",
        &["The fund is run by Anna K. Berg.", "She lives in Oslo."],
    ),
    // Decimals, times, a.m. and p.m.
    (
        "Growth was 3.5 per cent at 4:00 p.m. on Friday. Prices rose 0.2.",
        &[
            "Growth was 3.5 per cent at 4:00 p.m. on Friday.",
            "Prices rose 0.2.",
        ],
    ),
    (
        "The meeting ended at 4 p.m. The council will meet again.",
        &[
            "The meeting ended at 4 p.m.",
            "The council will meet again.",
        ],
    ),
    (
        "Polls close at 8 p.m. Monday in most states.",
        &["Polls close at 8 p.m. Monday in most states."],
    ),
    (
        "Doors open at 9 a.m. He will speak first.",
        &["Doors open at 9 a.m.", "He will speak first."],
    ),
    // Ellipses, three dots or one character.
    (
        "He paused... Then he left. She waited… Nobody came.",
        &[
            "He paused...",
            "Then he left.",
            "She waited…",
            "Nobody came.",
        ],
    ),
    (
        "It was, well... complicated. Or so… they said.",
        &["It was, well... complicated.", "Or so… they said."],
    ),
    // Quotes: a comma inside the quote never ends the sentence.
    (
        "“We are ready,” she said. “Are you?”",
        &["“We are ready,” she said.", "“Are you?”"],
    ),
    (
        "\"We are ready,\" she said. \"Are you?\"",
        &["\"We are ready,\" she said.", "\"Are you?\""],
    ),
    (
        "“We are ready.” She left.",
        &["“We are ready.”", "She left."],
    ),
    (
        "\"We are ready.\" She left.",
        &["\"We are ready.\"", "She left."],
    ),
    (
        "‘It is over.’ The crowd went home.",
        &["‘It is over.’", "The crowd went home."],
    ),
    // A question or exclamation inside quotes before a lowercase attribution goes on.
    (
        "“Why now?” she asked. “Stop!” he shouted. Then silence.",
        &[
            "“Why now?” she asked.",
            "“Stop!” he shouted.",
            "Then silence.",
        ],
    ),
    (
        "\"Is it safe?\" asked Ms. Lee. Nobody answered.",
        &["\"Is it safe?\" asked Ms. Lee.", "Nobody answered."],
    ),
    // A capitalised attribution after the quote stays with it too.
    (
        "“Get out!” Jones shouted. The room emptied.",
        &["“Get out!” Jones shouted.", "The room emptied."],
    ),
    (
        "“We won!” Ms. Lee told reporters. She smiled.",
        &["“We won!” Ms. Lee told reporters.", "She smiled."],
    ),
    // … and so does one with a short adverbial after its verb.
    (
        "“Shut the gates NOW!” Okafor said on Twitter. Few listened.",
        &[
            "“Shut the gates NOW!” Okafor said on Twitter.",
            "Few listened.",
        ],
    ),
    (
        "“Can I give it to Ana?” Lee tearfully asked before hugging her. The crowd cheered.",
        &[
            "“Can I give it to Ana?” Lee tearfully asked before hugging her.",
            "The crowd cheered.",
        ],
    ),
    (
        "“Who pays for this?” Ruiz asked in a letter to the board. It has not replied.",
        &[
            "“Who pays for this?” Ruiz asked in a letter to the board.",
            "It has not replied.",
        ],
    ),
    (
        "“We won!” Jones said the team had trained hard.",
        &["“We won!”", "Jones said the team had trained hard."],
    ),
    // Apostrophes are not quotes.
    (
        "The workers’ union didn't agree. It's the members' call.",
        &[
            "The workers’ union didn't agree.",
            "It's the members' call.",
        ],
    ),
    // Parentheses.
    (
        "The vote passed (see below.) The mayor (who had doubts) signed it. (She later resigned.) Staff left.",
        &[
            "The vote passed (see below.)",
            "The mayor (who had doubts) signed it.",
            "(She later resigned.)",
            "Staff left.",
        ],
    ),
    // Question and exclamation marks between sentences.
    (
        "Why? Because it rained! What next?! Nobody knows.",
        &["Why?", "Because it rained!", "What next?!", "Nobody knows."],
    ),
    // A lowercase word after a period goes on (e.g. an abbreviation we do not list).
    (
        "They met approx. twice a year, i.e. rarely. Then more.",
        &["They met approx. twice a year, i.e. rarely.", "Then more."],
    ),
    // Numbers and currency can start a sentence.
    (
        "Sales fell. 2025 was worse. £3m was lost.",
        &["Sales fell.", "2025 was worse.", "£3m was lost."],
    ),
    // CJK full stops need no space; non-Latin scripts without case still start sentences.
    (
        "会议结束了。他们离开了。",
        &["会议结束了。", "他们离开了。"],
    ),
    (
        "The talks ended. 会议结束了。",
        &["The talks ended.", "会议结束了。"],
    ),
    // Trailing and doubled whitespace stays outside sentences.
    ("  One.   Two.  ", &["One.", "Two."]),
    ("", &[]),
    ("No end mark here", &["No end mark here"]),
];

#[test]
fn tricky_news_cases_split_exactly() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got = sentences(text);
        if got != *expected {
            failures.push(format!("{text:?}\n   got {got:?}\n  want {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn spans_index_the_whole_text_not_the_block() {
    let text = "Title line\nFirst one. Second one.";
    let block = Span::new(text, 11, text.len()).unwrap();
    let got: Vec<_> = split(text, block)
        .into_iter()
        .map(|s| (s.start(), s.end()))
        .collect();
    assert_eq!(got, [(11, 21), (22, 33)]);
}

#[test]
fn every_block_of_an_article_ends_its_sentences() {
    use crate::article::{Article, Format, Heading};
    let text = "News\nPeace talks resume\n\nDelegates met in Berlin\n\nThe plan\n\nThey talked. Mr. Smith left";
    let span = |from: &str| {
        let start = text.find(from).unwrap();
        Span::new(text, start, start + from.len()).unwrap()
    };
    let article = Article {
        path: "a.txt".into(),
        format: Format::Text,
        title: "Peace talks resume".into(),
        title_span: Some(span("Peace talks resume")),
        kicker: Some("News".into()),
        kicker_span: Some(span("News")),
        byline: None,
        byline_span: None,
        date: None,
        date_span: None,
        source: None,
        text: text.into(),
        paragraphs: vec![
            span("Delegates met in Berlin"),
            span("They talked. Mr. Smith left"),
        ],
        headings: vec![Heading {
            span: span("The plan"),
            level: 2,
        }],
        ..Article::default()
    };
    let got: Vec<_> = split_article(&article)
        .into_iter()
        .map(|s| s.slice(text))
        .collect();
    assert_eq!(
        got,
        [
            "News",
            "Peace talks resume",
            "Delegates met in Berlin",
            "The plan",
            "They talked.",
            "Mr. Smith left"
        ]
    );
}
