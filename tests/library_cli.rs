//! `lede people`, `lede claims` and `lede search` run as processes on a small library of
//! invented articles, each test with a library database of its own; and `lede analyze`
//! beside the database: the same output with or without it, and nothing written to it.

#[path = "common/bin.rs"]
mod bin;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const HARBOUR: &str = "Harbour board delays the ferry contract\n\nBy Nadia Okafor\n\n\
The harbour board postponed its vote on the new ferry contract on Tuesday.\n\n\
\"We need another month to read the bids,\" said Odile Farrant, who chairs the board.\n\n\
The ferry operator, Sealink Partners, said it was disappointed by the delay.\n";

const FARES: &str = "Ferry fares to rise in spring\n\n\
Fares on the island ferry will rise by six per cent in March.\n\n\
Farrant said the board had no choice after fuel costs doubled.\n\n\
\"Nobody likes paying more,\" Farrant told reporters on Friday.\n";

const ORCHARD: &str = "Orchard growers count frost losses\n\n\
Growers in the valley lost a third of their apple blossom to a late frost.\n\n\
\"It was the coldest April night in twenty years,\" said Tomas Brevik, a grower near Aldmoor.\n";

/// A library folder and a data folder of one test's own.
struct Setup {
    root: PathBuf,
}

impl Setup {
    fn new(name: &str) -> Setup {
        let root =
            std::env::temp_dir().join(format!("lede-library-cli-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("news")).unwrap();
        fs::write(root.join("news/harbour.txt"), HARBOUR).unwrap();
        fs::write(root.join("news/fares.md"), FARES).unwrap();
        fs::write(root.join("news/orchard.txt"), ORCHARD).unwrap();
        Setup { root }
    }

    fn news(&self) -> PathBuf {
        self.root.join("news")
    }

    fn data(&self) -> PathBuf {
        self.root.join("data")
    }

    fn lede(&self, args: &[&str], paths: &[&Path]) -> Output {
        bin::lede()
            .env("LEDE_DATA_DIR", self.data())
            .args(args)
            .args(paths)
            .output()
            .unwrap()
    }
}

impl Drop for Setup {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn people_lists_each_person_once_across_the_library() {
    let setup = Setup::new("people");
    let out = json(&setup.lede(&["people", "--format", "json"], &[&setup.news()]));
    let people = out.as_array().unwrap();
    let farrant = people
        .iter()
        .find(|p| p["key"] == "person:odile farrant")
        .expect("Odile Farrant is a person of the library");
    assert_eq!(
        farrant["articles"], 2,
        "the bare surname joins the full name: {out:#}"
    );
    assert_eq!(farrant["by"], 3);
    assert_eq!(
        people[0]["key"], "person:odile farrant",
        "most articles first"
    );
    assert!(!people.iter().any(|p| p["key"] == "person:farrant"));
    assert!(setup.data().join("library.sqlite3").is_file());

    let text = setup.lede(&["people"], &[&setup.news()]);
    assert!(text.status.success());
    assert!(stdout(&text).contains("Odile Farrant"));
}

#[test]
fn claims_of_a_person_come_by_name_alias_or_key() {
    let setup = Setup::new("claims");
    let news = setup.news();
    for name in ["Odile Farrant", "farrant", "person:odile farrant", "odile"] {
        let out = json(&setup.lede(&["claims", "--person", name, "--format", "json"], &[&news]));
        let claims = out.as_array().unwrap();
        assert_eq!(claims.len(), 3, "{name}: {out:#}");
        assert!(claims.iter().all(|c| c["by"] == true));
        let articles: Vec<&str> = claims
            .iter()
            .map(|c| c["article"].as_str().unwrap())
            .collect();
        assert!(articles.iter().any(|a| a.ends_with("fares.md")));
        assert!(articles.iter().any(|a| a.ends_with("harbour.txt")));
    }
    let md = setup.lede(&["claims", "-p", "farrant", "--format", "md"], &[&news]);
    let md = stdout(&md);
    assert!(
        md.starts_with("# Claims by and about Odile Farrant\n"),
        "{md}"
    );
    assert_eq!(md.matches("\n## ").count(), 2);

    let all = json(&setup.lede(&["claims", "--format", "json"], &[&news]));
    assert!(
        all.as_array().unwrap().len() > 3,
        "every claim of the library"
    );

    let nobody = setup.lede(&["claims", "-p", "Wilhelmina"], &[&news]);
    assert_eq!(nobody.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("nobody called"));
}

#[test]
fn an_ambiguous_person_lists_the_candidates_and_exits_2() {
    let setup = Setup::new("ambiguous");
    fs::write(
        setup.news().join("second.txt"),
        "Ferry crews join the talks\n\n\
         \"The crews want a seat at the table,\" said Pavel Farrant, a deckhand's union organiser.\n",
    )
    .unwrap();
    let out = setup.lede(&["claims", "--person", "farran"], &[&setup.news()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Odile Farrant") && err.contains("Pavel Farrant"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn search_finds_the_paragraph_and_its_offset() {
    let setup = Setup::new("search");
    let out = json(&setup.lede(
        &["search", "fuel cost", "--format", "json"],
        &[&setup.news()],
    ));
    let hits = out.as_array().unwrap();
    assert_eq!(hits.len(), 1, "{out:#}");
    assert_eq!(
        hits[0]["line"],
        "Farrant said the board had no choice after fuel costs doubled."
    );
    let offset = hits[0]["offset"].as_u64().unwrap() as usize;
    let analysed = bin::lede()
        .env("LEDE_DATA_DIR", setup.data())
        .args(["analyze", "--format", "jsonl"])
        .arg(setup.news().join("fares.md"))
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&analysed.stdout).unwrap();
    assert!(doc["text"].as_str().unwrap()[offset..].starts_with("fuel costs"));

    for query in ["NEAR(", "\"", "-ferry", "ferry*", "ferry OR"] {
        let out = setup.lede(&["search", query], &[&setup.news()]);
        assert!(
            out.status.success(),
            "{query}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let none = setup.lede(&["search", "volcano"], &[&setup.news()]);
    assert!(none.status.success() && none.stdout.is_empty());
}

#[test]
fn the_library_follows_the_folder_between_runs() {
    let setup = Setup::new("follows");
    let news = setup.news();
    assert!(stdout(&setup.lede(&["search", "blossom"], &[&news])).contains("Orchard"));
    fs::remove_file(news.join("orchard.txt")).unwrap();
    assert!(
        setup
            .lede(&["search", "blossom"], &[&news])
            .stdout
            .is_empty()
    );
    fs::write(news.join("plums.txt"), ORCHARD.replace("apple", "plum")).unwrap();
    assert!(stdout(&setup.lede(&["search", "plum"], &[&news])).contains("plums.txt"));
}

#[test]
fn analyze_prints_the_same_with_or_without_the_database_and_writes_nothing() {
    let setup = Setup::new("analyze");
    let news = setup.news();
    let plain = setup.lede(&["analyze", "--format", "json"], &[&news]);
    assert!(plain.status.success());
    assert!(!setup.data().exists(), "analyze creates no database");
    // Fill the database, then analyse again: unchanged files come from it.
    assert!(setup.lede(&["people"], &[&news]).status.success());
    let database = setup.data().join("library.sqlite3");
    let before = fs::metadata(&database).unwrap().len();
    let cached = setup.lede(&["analyze", "--format", "json"], &[&news]);
    assert_eq!(stdout(&cached), stdout(&plain));
    for format in ["jsonl", "text"] {
        let with = setup.lede(&["analyze", "--format", format], &[&news]);
        let without = bin::lede()
            .env("LEDE_DATA_DIR", setup.root.join("elsewhere"))
            .args(["analyze", "--format", format])
            .arg(&news)
            .output()
            .unwrap();
        assert_eq!(stdout(&with), stdout(&without), "{format}");
    }
    // Keys are shared across the printed library as before: "Farrant" is Odile Farrant.
    let docs: Value = serde_json::from_slice(&plain.stdout).unwrap();
    let keys: Vec<&str> = docs
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["entities"].as_array().unwrap())
        .filter(|e| e["kind"] == "person")
        .map(|e| e["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"person:odile farrant") && !keys.contains(&"person:farrant"));
    assert_eq!(fs::metadata(&database).unwrap().len(), before);
}
