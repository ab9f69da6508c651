//! Articles in another language: shown as text, with no English guesses about names or
//! claims, and saying so.

#[path = "common/bin.rs"]
mod bin;

use std::fs;

const FRENCH: &str = "Le conseil vote le budget du port\n\n\
Le conseil municipal de Kjelvik a adopté mardi soir le budget de la ville pour l'année \
prochaine. Elle a déclaré que les travaux du port commenceront au printemps.\n\n\
« Nous tiendrons parole », a dit la maire Marta Quell devant les habitants réunis à la \
mairie, qui seront consultés avant la fin du mois.\n";

#[test]
fn a_french_article_has_a_language_and_no_guessed_names_or_claims() {
    let path = std::env::temp_dir().join(format!("lede-fr-{}.txt", std::process::id()));
    fs::write(&path, FRENCH).unwrap();
    let json = bin::lede()
        .args(["analyze", "--format", "jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    let text = bin::lede()
        .args(["analyze", "--format", "text"])
        .arg(&path)
        .output()
        .unwrap();
    let _ = fs::remove_file(&path);
    let doc: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&json.stdout).trim()).unwrap();
    assert_eq!(doc["language"], "fra");
    assert_eq!(doc["entities"], serde_json::json!([]));
    assert_eq!(doc["claims"], serde_json::json!([]));
    assert!(!doc["sentences"].as_array().unwrap().is_empty());
    let summary = String::from_utf8_lossy(&text.stdout);
    assert!(
        summary.contains("French text: names and claims are found in English only"),
        "{summary}"
    );
}

#[test]
fn an_english_article_says_english() {
    let out = bin::lede()
        .args([
            "analyze",
            "--format",
            "jsonl",
            "assets/articles/berlin-peace-talks.txt",
        ])
        .output()
        .unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
    assert_eq!(doc["language"], "eng");
    assert!(!doc["entities"].as_array().unwrap().is_empty());
}
