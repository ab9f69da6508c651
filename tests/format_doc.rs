//! The example in `docs/analysis-format.md` stays true: its article reads as shown, and the
//! offsets of its sample entity and claim point at the words they name.

use std::path::PathBuf;

use lede::article;
use serde_json::Value;

const DOC: &str = include_str!("../docs/analysis-format.md");

/// The JSON code blocks of the document, parsed.
fn json_blocks() -> Vec<Value> {
    DOC.split("```json\n")
        .skip(1)
        .map(|rest| {
            let block = rest.split("```").next().unwrap();
            serde_json::from_str(block).unwrap()
        })
        .collect()
}

fn slice(text: &str, span: &Value) -> String {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    text[start..end].to_string()
}

#[test]
fn example_output_matches_the_reader() {
    let blocks = json_blocks();
    let doc = &blocks[0][0];
    let text = doc["text"].as_str().unwrap();
    let a = article::from_source(PathBuf::from("library-reopens.txt"), text.to_string());
    assert_eq!(doc["title"], a.title.as_str());
    assert_eq!(doc["kicker"], a.kicker.as_deref().unwrap());
    assert_eq!(doc["byline"], a.byline.as_deref().unwrap());
    let paragraphs: Vec<(usize, usize)> =
        a.paragraphs.iter().map(|p| (p.start(), p.end())).collect();
    let documented: Vec<(usize, usize)> = doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["start"].as_u64().unwrap() as usize,
                p["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(paragraphs, documented);
    // The indented copy of the file in the document is the same text.
    let shown: String = text.lines().map(|l| format!("    {l}\n")).collect();
    assert!(DOC.contains(&shown.replace("    \n", "\n")));
}

#[test]
fn example_entity_and_claim_point_at_their_words() {
    let blocks = json_blocks();
    let text = blocks[0][0]["text"].as_str().unwrap();
    let (entity, claim) = (&blocks[1], &blocks[2]);
    for mention in entity["mentions"].as_array().unwrap() {
        assert_eq!(slice(text, mention), mention["text"].as_str().unwrap());
    }
    assert_eq!(slice(text, &claim["speaker"]), "Ann Lee");
    assert_eq!(slice(text, &claim["cue"]), "said");
    assert_eq!(slice(text, &claim["content"]), "We are glad to be back");
    assert!(slice(text, &claim["sentence"]).starts_with("\"We are glad"));
}
