//! Loading a library from disk: what is read, in which order, and why a file is skipped.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use lede::article::{self, LoadError};

/// A fresh folder under the system's temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lede-lib-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn reason(errors: &[LoadError], path: &Path) -> String {
    errors
        .iter()
        .find(|e| e.path == path)
        .map(|e| e.reason.clone())
        .unwrap_or_else(|| panic!("no error for {}: {errors:?}", path.display()))
}

fn names(dir: &TempDir, articles: &[article::Article]) -> Vec<String> {
    articles
        .iter()
        .map(|a| {
            a.path
                .strip_prefix(&dir.0)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn folders_are_walked_recursively_in_sorted_order_and_named_files_keep_theirs() {
    let dir = TempDir::new();
    dir.write("b.txt", b"B story.\n");
    dir.write("a/z.md", b"Z story.\n");
    dir.write("a/c.TXT", b"C story.\n");
    dir.write("notes", b"A file without an extension is read as text.\n");
    dir.write("image.png", b"never read");
    dir.write(".git/config.txt", b"hidden folders are skipped");
    let (articles, errors) = article::load_paths(std::slice::from_ref(&dir.0));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        names(&dir, &articles),
        ["a/c.TXT", "a/z.md", "b.txt", "notes"]
    );

    let (articles, _) = article::load_paths(&[dir.0.join("b.txt"), dir.0.join("a/c.TXT")]);
    assert_eq!(names(&dir, &articles), ["b.txt", "a/c.TXT"]);
}

#[test]
fn each_bad_file_has_a_reason_a_person_can_act_on() {
    let dir = TempDir::new();
    let good = dir.write("good.txt", b"Fine.\n");
    let bom = dir.write("bom.txt", "\u{feff}Title Line\n\nBody.\n".as_bytes());
    let nul = dir.write("nul.txt", b"abc\x00def");
    let utf16_le = dir.write("le.txt", b"\xff\xfeT\x00i\x00");
    let utf16_be = dir.write("be.txt", b"\xfe\xff\x00T\x00i");
    let utf16_bare = dir.write(
        "bare.txt",
        "Title\n\nBody text.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<u8>>()
            .as_slice(),
    );
    let latin1 = dir.write("latin1.txt", b"Caf\xe9\n");
    let empty = dir.write("empty.txt", b"");
    let blank = dir.write("blank.txt", b"\xef\xbb\xbf \r\n\t\n");
    let missing = dir.0.join("missing.txt");

    let mut paths: Vec<PathBuf> = fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push(missing.clone());
    let (articles, errors) = article::load_paths(&paths);
    let mut loaded: Vec<&Path> = articles.iter().map(|a| a.path.as_path()).collect();
    loaded.sort();
    let mut decoded = vec![
        bom.as_path(),
        good.as_path(),
        utf16_bare.as_path(),
        utf16_be.as_path(),
        latin1.as_path(),
        utf16_le.as_path(),
    ];
    decoded.sort();
    assert_eq!(
        loaded, decoded,
        "UTF-16 and legacy text are decoded, not refused"
    );
    let bom_article = articles.iter().find(|a| a.path == bom).unwrap();
    assert!(
        bom_article.text.starts_with('\u{feff}'),
        "the text keeps the byte order mark"
    );
    assert_eq!(bom_article.title, "Title Line");

    assert!(reason(&errors, &nul).contains("binary"));
    assert!(reason(&errors, &nul).contains("offset 3"));
    let text_of = |path: &Path| &articles.iter().find(|a| a.path == path).unwrap().text;
    assert_eq!(text_of(&utf16_le), "Ti");
    assert_eq!(text_of(&utf16_be), "Ti");
    assert_eq!(text_of(&utf16_bare), "Title\n\nBody text.\n");
    assert_eq!(text_of(&latin1), "Café\n");
    assert!(reason(&errors, &empty).contains("empty"));
    assert!(reason(&errors, &blank).contains("empty"));
    assert_eq!(reason(&errors, &missing), "no such file or folder");
    assert_eq!(errors.len(), 4);
    let shown = errors.iter().find(|e| e.path == nul).unwrap().to_string();
    assert!(shown.starts_with(&nul.display().to_string()), "{shown}");
}

#[test]
fn too_large_files_are_skipped() {
    let dir = TempDir::new();
    let big = dir.write("big.txt", &vec![b'a'; 32 * 1024 * 1024 + 1]);
    let (articles, errors) = article::load_paths(std::slice::from_ref(&big));
    assert!(articles.is_empty());
    assert!(reason(&errors, &big).contains("larger than 32 MiB"));
}

#[cfg(unix)]
#[test]
fn symbolic_links_loops_and_pipes_do_not_hang_or_repeat() {
    use std::os::unix::fs::symlink;
    let dir = TempDir::new();
    dir.write("sub/story.txt", b"A story.\n");
    symlink(&dir.0, dir.0.join("sub/loop")).unwrap();
    symlink(dir.0.join("sub/story.txt"), dir.0.join("alias.txt")).unwrap();
    let dangling = dir.0.join("dangling.txt");
    symlink(dir.0.join("nowhere"), &dangling).unwrap();
    let fifo = dir.0.join("pipe.txt");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());

    let (articles, errors) = article::load_paths(std::slice::from_ref(&dir.0));
    // The loop back to the top is walked once; the link to a file is a file of its own.
    assert_eq!(names(&dir, &articles), ["alias.txt", "sub/story.txt"]);
    assert_eq!(errors.len(), 1 + usize::from(made_fifo), "{errors:?}");
    assert!(reason(&errors, &dangling).contains("broken symbolic link"));
    if made_fifo {
        // Reported, not opened: opening it would have blocked this test.
        assert!(reason(&errors, &fifo).contains("named pipe"), "{errors:?}");
    }

    let (_, errors) = article::load_paths(std::slice::from_ref(&dangling));
    assert!(reason(&errors, &dangling).contains("broken symbolic link"));
}

#[cfg(unix)]
#[test]
fn control_characters_in_file_names_are_not_printed_raw() {
    let dir = TempDir::new();
    let path = dir.write("evil\u{1b}[2J.txt", b"\x00");
    let (_, errors) = article::load_paths(std::slice::from_ref(&path));
    let shown = errors[0].to_string();
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(shown.contains("evil␛[2J.txt"), "{shown:?}");
}

#[cfg(unix)]
#[test]
fn pipes_and_sockets_in_a_folder_are_reported_and_never_opened() {
    let dir = TempDir::new();
    dir.write("story.txt", b"Story.\n");
    let fifo = dir.0.join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let socket_path = dir.0.join("socket");
    let _socket = std::os::unix::net::UnixListener::bind(&socket_path).unwrap();
    let (articles, errors) = article::load_paths(std::slice::from_ref(&dir.0));
    assert_eq!(names(&dir, &articles), ["story.txt"]);
    assert!(reason(&errors, &fifo).contains("named pipe"), "{errors:?}");
    assert!(
        reason(&errors, &socket_path).contains("socket"),
        "{errors:?}"
    );
}

#[test]
fn a_device_named_on_the_command_line_is_refused() {
    let (articles, errors) = article::load_paths(&[PathBuf::from("/dev/zero")]);
    assert!(articles.is_empty());
    assert!(
        reason(&errors, Path::new("/dev/zero")).contains("device"),
        "{errors:?}"
    );
}
