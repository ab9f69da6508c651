//! `lede --licenses` credits every data source compiled into the binary: the test reads
//! `assets/lexicon/LICENSES/` itself, so a licence added there and not credited fails.

#[path = "common/bin.rs"]
mod bin;

use std::path::Path;

#[test]
fn every_licence_in_the_lexicon_folder_is_printed() {
    let out = bin::lede().arg("--licenses").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("MIT licence or the Apache License 2.0"));
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lexicon/LICENSES");
    let mut seen = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            text.contains(&format!("==== {name} ====")),
            "{name} is not credited"
        );
        // The notice itself, not only its name: its first non-blank line.
        let notice = std::fs::read_to_string(&path).unwrap();
        let first = notice.lines().find(|l| !l.trim().is_empty()).unwrap();
        assert!(text.contains(first.trim_end()), "{name}'s text is missing");
        seen += 1;
    }
    assert!(seen > 0, "the folder holds the licences");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn the_licence_files_are_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mit = std::fs::read_to_string(root.join("LICENSE-MIT")).unwrap();
    assert!(mit.contains("the lede developers"));
    let apache = std::fs::read_to_string(root.join("LICENSE-APACHE")).unwrap();
    assert!(apache.contains("Version 2.0, January 2004"));
}
