//! Broken config files: each one stops `lede` before the terminal is touched, with the file,
//! the line and what to do. Each file in `tests/invalid_configs/` names its case; the table
//! below gives the line and the words the message must hold.

#[path = "common/bin.rs"]
mod bin;

use std::path::Path;

const CASES: &[(&str, usize, &str)] = &[
    ("unknown_action.ron", 3, "dwn"),
    ("quoted_action.ron", 3, "actions take no quotes"),
    ("unknown_key.ron", 4, "unknown key `hyper-j`"),
    ("narrow_width.ron", 2, "out of range"),
    ("unknown_setting.ron", 2, "did you mean `outline`?"),
    ("missing_comma.ron", 4, "config file"),
    ("escape_in_key.ron", 3, "unknown key `j␛]0;owned␇`"),
    ("escaped_unknown_key.ron", 4, "unknown key `hyper-j`"),
    ("bom_then_error.ron", 3, "dwn"),
    (
        "equivalent_keys.ron",
        5,
        "`X` (line 3) and `shift-x` (line 5) are the same key",
    ),
    (
        "same_key_twice.ron",
        4,
        "`j` is bound twice, on lines 3 and 4",
    ),
    ("no_quit_key.ron", 3, "no key but ctrl-c quits lede"),
    ("no_help_key.ron", 3, "no key opens the help screen"),
    ("ctrl_c_unbound.ron", 4, "ctrl-c always quits lede"),
    ("unknown_colour.ron", 4, "did you mean `magenta`?"),
    ("bad_hex_colour.ron", 3, "six hex digits"),
    (
        "wide_claims_panel.ron",
        2,
        "claims_width 400 is out of range",
    ),
    ("lexicon_typo.ron", 3, "unknown setting `alias`"),
];

#[test]
fn every_broken_config_is_named_with_its_line() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid_configs");
    let listed = std::fs::read_dir(&folder).unwrap().count();
    assert_eq!(listed, CASES.len(), "every file in the folder has a case");
    for (file, line, words) in CASES {
        let path = folder.join(file);
        let out = bin::lede().arg("--config").arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{file}: lede went on");
        assert!(out.stdout.is_empty(), "{file}: nothing else printed");
        let place = format!("{}:{line}:", path.display());
        assert!(stderr.contains(&place), "{file}: {stderr}");
        assert!(stderr.contains(words), "{file}: {stderr}");
        assert!(stderr.contains("move the file away"), "{file}: {stderr}");
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{file}: raw control characters in {stderr:?}"
        );
    }
}

#[test]
fn the_config_named_by_the_environment_is_used() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid_configs");
    let out = bin::lede()
        .env("LEDE_CONFIG", folder.join("unknown_action.ron"))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown_action.ron:3:"));
}

#[test]
fn the_shipped_example_is_accepted() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.ron");
    let out = bin::lede().arg("--config").arg(&example).output().unwrap();
    // Without a terminal lede prints its text summary instead of opening the reader.
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
}
