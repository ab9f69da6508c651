//! What a terminal program is expected to have: `lede completions SHELL` and `lede man`,
//! generated from the same definition as the parser so every subcommand and option the parser
//! knows is in them, and a log file when `LEDE_LOG` asks for one.

#[path = "common/bin.rs"]
mod bin;

fn stdout_of(args: &[&str]) -> String {
    let out = bin::lede().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn completions_know_every_subcommand_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        for subcommand in ["analyze", "people", "claims", "search", "config", "man"] {
            assert!(script.contains(subcommand), "{shell} lacks {subcommand}");
        }
    }
}

#[test]
fn an_unknown_shell_is_refused_with_the_ones_lede_knows() {
    let out = bin::lede().args(["completions", "tcsh"]).output().unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("bash") && said.contains("zsh"), "{said}");
}

#[test]
fn the_manual_page_is_roff_naming_the_commands() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH lede 1"), "{page}");
    for word in ["analyze", "people", "claims", "search", "\\-\\-licenses"] {
        assert!(page.contains(word), "the page lacks {word}");
    }
}

#[test]
fn lede_log_writes_a_log_in_the_state_folder_and_a_bad_level_is_explained() {
    let state = std::env::temp_dir().join(format!("lede-log-{}", std::process::id()));
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/articles/clinic-quotes.txt"
    );
    let run = |level: &str| {
        bin::lede()
            .env("XDG_STATE_HOME", &state)
            .env("LEDE_LOG", level)
            .env_remove("LEDE_CONFIG")
            .args(["analyze", "--format", "jsonl", sample])
            .output()
            .unwrap()
    };
    let log = state.join("lede").join("lede.log");
    let out = run("");
    assert!(out.status.success());
    assert!(!log.exists(), "no log unless asked for");
    let out = run("debug");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "the log goes to its file only");
    let written = std::fs::read_to_string(&log).unwrap();
    assert!(written.contains("lede started"), "{written}");
    let out = run("loud");
    assert!(out.status.success(), "lede goes on without a log");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("LEDE_LOG=loud is not a level"), "{stderr}");
    std::fs::remove_dir_all(&state).ok();
}
