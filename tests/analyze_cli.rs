//! `lede analyze` run as a process: output formats, standard input, exit codes, and folders
//! holding files that cannot be read beside good ones.

#[path = "common/bin.rs"]
mod bin;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/articles");

/// A fresh folder under the system's temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lede-cli-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn lede(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin::lede()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn jsonl(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The stderr line naming `path`.
fn complaint<'a>(stderr: &'a str, path: &Path) -> &'a str {
    let name = path.display().to_string();
    stderr
        .lines()
        .find(|line| line.contains(&name))
        .unwrap_or_else(|| panic!("{name} not named on stderr:\n{stderr}"))
}

#[test]
fn bad_files_are_named_and_skipped_and_the_rest_load() {
    let dir = TempDir::new();
    dir.write(
        "good.txt",
        b"Harbour Vote Passes\n\nThe council voted on Tuesday.\n",
    );
    dir.write("nested.md", b"# Storm Hits\n\nWinds rose.\n");
    fs::create_dir(dir.0.join("inner")).unwrap();
    dir.write("inner/deep.txt", b"Deep Story\n\nIt was found.\n");
    let binary = dir.write("binary.txt", b"PK\x03\x04\x00\x00\x14\x00not text");
    dir.write("latin1.txt", b"Caf\xe9 owners protest\n\nThey met.\n");
    dir.write("utf16.txt", b"\xff\xfeH\x00i\x00");
    let empty = dir.write("empty.txt", b"  \n\n");
    dir.write("notes.pdf", b"%PDF not an article extension, never read");
    fs::create_dir(dir.0.join(".hidden")).unwrap();
    dir.write(".hidden/secret.txt", b"\x00hidden files are not read");
    #[cfg(unix)]
    let dangling = {
        let link = dir.0.join("gone.txt");
        std::os::unix::fs::symlink(dir.0.join("nowhere.txt"), &link).unwrap();
        link
    };

    let out = lede(
        &["analyze", "--format", "jsonl", dir.0.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");

    let docs = jsonl(&out);
    let names: Vec<String> = docs
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = [
        "good.txt",
        "inner/deep.txt",
        "latin1.txt",
        "nested.md",
        "utf16.txt",
    ]
    .iter()
    .map(|n| dir.0.join(n).display().to_string())
    .collect();
    assert_eq!(names, expected, "good files in sorted order");
    assert_eq!(docs[0]["title"], "Harbour Vote Passes");
    assert_eq!(docs[3]["format"], "markdown");
    assert_eq!(docs[2]["title"], "Café owners protest");
    assert_eq!(docs[2]["encoding"], "windows-1252");
    assert_eq!(docs[4]["text"], "Hi");
    assert_eq!(docs[4]["encoding"], "UTF-16LE");

    assert!(complaint(&err, &binary).contains("binary"), "{err}");
    assert!(complaint(&err, &empty).contains("empty"), "{err}");
    #[cfg(unix)]
    assert!(
        complaint(&err, &dangling).contains("broken symbolic link"),
        "{err}"
    );
    assert!(
        !err.contains("notes.pdf") && !err.contains("secret"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported_with_its_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new();
    dir.write("good.txt", b"Fine Story\n\nAll is well.\n");
    let locked = dir.write("locked.txt", b"Locked Story\n\nYou cannot read this.\n");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reads, so there is nothing to test here
        // (the broken symbolic link in the test above covers a failing read).
        return;
    }
    let out = lede(
        &["analyze", "--format", "jsonl", dir.0.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(jsonl(&out).len(), 1);
    assert!(
        complaint(&err, &locked).contains("permission denied"),
        "{err}"
    );
}

#[test]
fn nothing_readable_exits_1() {
    let dir = TempDir::new();
    let binary = dir.write("a.txt", b"\x00\x01\x02");
    let out = lede(&["analyze", binary.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    complaint(&err, &binary);
    assert!(err.contains("no readable articles"), "{err}");

    let missing = dir.0.join("missing.txt");
    let out = lede(&["analyze", missing.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(complaint(&stderr(&out), &missing).contains("no such file"));
}

#[test]
fn standard_input_is_read_for_dash() {
    let text = "World\nHarbour Talks Stall\n\nFirst one.\nSecond one.\n";
    let out = lede(&["analyze", "--format", "jsonl", "-"], Some(text));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = jsonl(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["path"], "<stdin>");
    assert_eq!(docs[0]["text"], text);
    assert_eq!(docs[0]["kicker"], "World");
    assert_eq!(docs[0]["paragraphs"].as_array().unwrap().len(), 2);

    let out = lede(&["analyze", "-"], Some(""));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("<stdin>: empty"), "{}", stderr(&out));
}

#[test]
fn no_paths_is_a_usage_error() {
    let out = lede(&["analyze"], None);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("Usage") && err.contains("PATHS"), "{err}");
}

#[test]
fn berlin_sample_as_json_meets_the_contract() {
    let path = format!("{ASSETS}/berlin-peace-talks.txt");
    let out = lede(&["analyze", "--format", "json", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs: Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &docs[0];
    assert_eq!(doc["path"], path.as_str());
    assert_eq!(doc["text"], fs::read_to_string(&path).unwrap().as_str());
    assert_eq!(
        doc["title"],
        "Ukraine Peace Talks Continue in Berlin as US Says Progress Has Been Made"
    );
    assert_eq!(doc["kicker"], "News");
    assert_eq!(doc["format"], "text");
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 10);
    for key in ["entities", "claims", "sentences", "sections"] {
        assert!(doc[key].is_array(), "{key}");
    }
    for key in ["byline", "date", "source"] {
        assert!(
            doc.get(key).is_some(),
            "{key} is always present, null when unknown"
        );
    }
}

#[test]
fn every_format_prints_every_article() {
    for format in ["json", "jsonl", "ron", "text"] {
        let out = lede(&["analyze", "--format", format, ASSETS], None);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        let printed = String::from_utf8(out.stdout).unwrap();
        for title in ["Ukraine Peace Talks Continue", "Kelsport council approves"] {
            assert!(printed.contains(title), "{format} lacks {title}");
        }
    }
    let out = lede(&["analyze", "--format", "ron", ASSETS], None);
    let parsed: ron::Value = ron::from_str(std::str::from_utf8(&out.stdout).unwrap()).unwrap();
    assert!(matches!(parsed, ron::Value::Seq(docs) if docs.len() == 8));
}

#[test]
fn a_folder_of_many_articles_prints_each_once_in_file_order() {
    // More files than the writer keeps in flight, of very different lengths, so documents
    // finish rendering out of order.
    let dir = TempDir::new();
    let towns = [
        "Harrowby",
        "Lindqvist Bay",
        "Ostrava Fields",
        "Pellmore",
        "Quaytown",
    ];
    let mut expected = Vec::new();
    for i in 0..60 {
        let town = towns[i % towns.len()];
        let paragraph = format!(
            "The {town} council met on Tuesday to discuss item {i} of the harbour budget. \
             \"We will publish the figures,\" said councillor Maren Oduya.\n\n"
        );
        let body = paragraph.repeat(1 + (i * 7) % 23);
        let title = format!("{town} budget, part {i}");
        dir.write(
            &format!("story-{i:03}.txt"),
            format!("{title}\n\n{body}").as_bytes(),
        );
        expected.push(title);
    }
    for format in ["json", "jsonl"] {
        let out = lede(
            &["analyze", "--format", format, dir.0.to_str().unwrap()],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let docs: Vec<Value> = if format == "json" {
            serde_json::from_slice(&out.stdout).unwrap()
        } else {
            jsonl(&out)
        };
        let titles: Vec<&str> = docs.iter().filter_map(|d| d["title"].as_str()).collect();
        assert_eq!(titles, expected, "{format}");
    }
}

#[test]
fn a_file_named_twice_is_read_once() {
    let path = format!("{ASSETS}/water-main-note.txt");
    let out = lede(&["analyze", "--format", "jsonl", &path, &path], None);
    assert_eq!(jsonl(&out).len(), 1);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_reported_and_never_stalls_the_good_article_beside_it() {
    let dir = TempDir::new();
    let fifo = dir.0.join("feed-pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let good = dir.write(
        "good.txt",
        b"Ferry Timetable Changes\n\nThe ferry company said on Monday that winter sailings would start later.\n",
    );
    // With no writer on the pipe, reading it would block forever; lede must not open it.
    let out = lede(
        &[
            "analyze",
            "--format",
            "jsonl",
            fifo.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(complaint(&err, &fifo).contains("named pipe"), "{err}");
    let docs = jsonl(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["title"], "Ferry Timetable Changes");
}

#[test]
fn a_file_of_spaces_and_byte_order_marks_is_empty() {
    let dir = TempDir::new();
    let blank = dir.write("blank.txt", " \u{feff}\n\u{feff}\t \n\u{feff}".as_bytes());
    let out = lede(&["analyze", blank.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(complaint(&err, &blank).contains("empty"), "{err}");
}

#[test]
fn bidi_controls_and_invisible_characters_are_escaped_in_json_and_parse_back_unchanged() {
    let title = "Port Authority \u{202e}Approves\u{202c} Dredging";
    let body =
        "The plan\u{2066} was \u{200b}approved\u{2069} on Monday, the harbour master said.\u{feff}";
    let text = format!("{title}\n\n{body}\n");
    for format in ["json", "jsonl"] {
        let out = lede(&["analyze", "--format", format, "-"], Some(&text));
        assert!(out.status.success(), "{}", stderr(&out));
        let printed = String::from_utf8(out.stdout.clone()).unwrap();
        for c in [
            '\u{202e}', '\u{202c}', '\u{2066}', '\u{2069}', '\u{200b}', '\u{feff}',
        ] {
            assert!(!printed.contains(c), "{format}: U+{:04X} raw", u32::from(c));
        }
        assert!(
            printed.contains("\\u202e"),
            "{format}: written as an escape"
        );
        let doc = if format == "json" {
            serde_json::from_str::<Value>(&printed).unwrap()[0].clone()
        } else {
            jsonl(&out)[0].clone()
        };
        assert_eq!(doc["title"], title);
        assert!(doc["text"].as_str().unwrap().contains(body), "{doc}");
    }
}

#[test]
fn an_empty_folder_is_told_which_files_lede_reads() {
    let folder = std::env::temp_dir().join(format!("lede-empty-folder-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let reader = bin::lede()
        .arg(&folder)
        .env_remove("LEDE_CONFIG")
        .output()
        .unwrap();
    let analyze = bin::lede().arg("analyze").arg(&folder).output().unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    for out in [reader, analyze] {
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("no readable articles"), "{stderr}");
        for extension in [".txt", ".md", ".html", ".rss", ".atom", ".xml"] {
            assert!(stderr.contains(extension), "{extension} in {stderr}");
        }
    }
}
