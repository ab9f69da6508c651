//! `lede config path|print-default|check`: the config file's place, the defaults written out,
//! and a check that names the line at fault. `config` is a subcommand, never an article path.

#[path = "common/bin.rs"]
mod bin;

use std::path::Path;
use std::process::Output;

fn lede(args: &[&str]) -> Output {
    bin::lede()
        .args(args)
        .env_remove("LEDE_CONFIG")
        .output()
        .unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_broken_config_fails_the_check_with_its_place() {
    let folder = root().join("tests/invalid_configs");
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let out = lede(&["config", "check", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {stderr}", path.display());
        assert!(out.stdout.is_empty(), "{}", path.display());
        // file:line:column, both numbers.
        let place = format!("{}:", path.display());
        let after = stderr
            .split_once(&place)
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("{}: no place in {stderr}", path.display()));
        let mut numbers = after.splitn(3, ':');
        for _ in 0..2 {
            let n = numbers.next().unwrap_or("");
            assert!(n.parse::<usize>().is_ok(), "{}: {stderr}", path.display());
        }
    }
}

#[test]
fn a_misspelt_action_is_told_the_name_meant() {
    let path = root().join("tests/invalid_configs/unknown_action.ron");
    let out = lede(&["config", "check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did you mean `down`?"), "{stderr}");
}

#[test]
fn the_shipped_example_passes_the_check() {
    let path = root().join("config.example.ron");
    let out = lede(&["config", "check", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).ends_with(": ok\n"));
}

#[test]
fn print_default_is_the_shipped_example() {
    let out = lede(&["config", "print-default"]);
    assert!(out.status.success());
    let example = std::fs::read_to_string(root().join("config.example.ron")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), example);
}

#[test]
fn path_and_check_follow_the_flag_and_the_environment() {
    let broken = root().join("tests/invalid_configs/missing_comma.ron");
    let out = bin::lede()
        .args(["config", "path"])
        .env("LEDE_CONFIG", &broken)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}\n", broken.display())
    );
    let out = lede(&["--config", broken.to_str().unwrap(), "config", "check"]);
    assert_eq!(out.status.code(), Some(2));
    // A named file that does not exist is an error too, not the defaults.
    let out = lede(&["config", "check", "no-such-config.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-config.ron"));
}

#[test]
fn an_article_named_config_opens_as_a_path() {
    let folder = std::env::temp_dir().join(format!("lede-config-article-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("config"),
        "Harbour board delays ferry timetable\n\nThe harbour board said on Tuesday that the new \
         ferry timetable would start a month late.\n",
    )
    .unwrap();
    let out = bin::lede()
        .arg("./config")
        .current_dir(&folder)
        .env_remove("LEDE_CONFIG")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("ferry timetable"));
}

#[test]
fn the_lexicon_of_the_config_reaches_the_analysis() {
    let folder = std::env::temp_dir().join(format!("lede-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let article = folder.join("harbour.txt");
    std::fs::write(
        &article,
        "Harbour board delays dredging\n\nThe Quillon Harbour Board voted on Tuesday to delay \
         the dredging of the north channel. Marguerite Okafor, who chairs the board, said the \
         money was not there. \"We will wait for the spring survey,\" Okafor said. Zephyrine \
         arrived late to the meeting. The harbourmaster, Teodor Blom, chirruped that the \
         channel would silt up again by autumn.\n",
    )
    .unwrap();
    let config = folder.join("config.ron");
    // The entities' names and kinds, and the claims' cue words, as `lede analyze` gives them.
    let analyse = |config_text: Option<&str>| {
        let mut command = bin::lede();
        command.env_remove("LEDE_CONFIG");
        if let Some(text) = config_text {
            std::fs::write(&config, text).unwrap();
            command.arg("--config").arg(&config);
        }
        let out = command
            .args(["analyze", "--format", "json"])
            .arg(&article)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let names = json[0]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["name"].as_str().unwrap().to_string(),
                    e["kind"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>();
        let cues = json[0]["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["cue"]["text"].as_str().map(str::to_string))
            .collect::<Vec<_>>();
        (names, cues)
    };
    let (plain, plain_cues) = analyse(None);
    assert!(plain.iter().any(|(n, _)| n.contains("Okafor")), "{plain:?}");
    assert!(
        !plain_cues.iter().any(|c| c == "chirruped"),
        "{plain_cues:?}"
    );
    let (told, told_cues) = analyse(Some(
        "(lexicon: (people: [(name: \"Zephyrine Adeyemi\", aliases: [\"Zephyrine\"])], \
         ignore: [\"Marguerite Okafor\", \"Okafor\"], reporting_verbs: [\"chirrup\"]))",
    ));
    assert!(told_cues.iter().any(|c| c == "chirruped"), "{told_cues:?}");
    assert!(
        told.iter()
            .any(|(n, k)| n == "Zephyrine Adeyemi" && k == "person"),
        "{told:?}"
    );
    assert!(!told.iter().any(|(n, _)| n.contains("Okafor")), "{told:?}");
    // The reader's own path (here its text summary, as the output is not a terminal) reads
    // the same lexicon.
    let out = bin::lede()
        .env_remove("LEDE_CONFIG")
        .arg("--config")
        .arg(&config)
        .arg(&article)
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("Zephyrine Adeyemi"), "{summary}");
    assert!(!summary.contains("Okafor ("), "{summary}");
    std::fs::remove_dir_all(&folder).ok();
}
