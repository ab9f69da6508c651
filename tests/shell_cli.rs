//! `lede completions SHELL` and `lede man`: generated from the same definition as the parser,
//! so every subcommand and option the parser knows is in them.

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
