//! The example in `docs/analysis-format.md` stays true: it is what `lede analyze` prints for
//! the file shown, and every span in it points at the words it names.

use std::path::PathBuf;

use lede::analysis;
use lede::article;
use lede::report::{self, Document, OutputFormat};
use serde_json::Value;

const DOC: &str = include_str!("../docs/analysis-format.md");

/// The example's JSON block, parsed.
fn example() -> Value {
    let rest = DOC.split("```json\n").nth(1).expect("a json block");
    let block = rest.split("```").next().unwrap();
    serde_json::from_str(block).unwrap()
}

fn slice<'a>(text: &'a str, span: &Value) -> &'a str {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    &text[start..end]
}

#[test]
fn the_example_is_what_lede_analyze_prints() {
    let documented = example();
    let text = documented[0]["text"].as_str().unwrap();
    // The indented copy of the file in the document is the same text.
    let shown: String = text.lines().map(|l| format!("    {l}\n")).collect();
    assert!(DOC.contains(&shown.replace("    \n", "\n")));

    let article = article::from_source(PathBuf::from("library-reopens.txt"), text.to_string());
    let analysis = analysis::analyze(&article);
    let printed =
        report::render(&[Document::new(&article, &analysis)], OutputFormat::Json).unwrap();
    let printed: Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(
        printed, documented,
        "docs/analysis-format.md's example is stale; paste the real output of \
         `lede analyze --format json library-reopens.txt`"
    );
}

#[test]
fn every_span_in_the_example_names_its_words() {
    let documented = example();
    let doc = &documented[0];
    let text = doc["text"].as_str().unwrap();
    let entities = doc["entities"].as_array().unwrap();
    assert!(!entities.is_empty(), "the example shows entities");
    for entity in entities {
        for mention in entity["mentions"].as_array().unwrap() {
            assert_eq!(slice(text, mention), mention["text"].as_str().unwrap());
        }
    }
    let claims = doc["claims"].as_array().unwrap();
    assert!(
        claims.iter().any(|c| !c["speaker"].is_null()),
        "the example shows an attributed claim"
    );
    for claim in claims {
        for part in ["speaker", "cue"] {
            if !claim[part].is_null() {
                assert_eq!(
                    slice(text, &claim[part]),
                    claim[part]["text"].as_str().unwrap()
                );
            }
        }
        assert!(slice(text, &claim["sentence"]).contains(slice(text, &claim["content"])));
    }
}
