//! The fuzz corpus replayed on a stable toolchain: every input in `fuzz/corpus/TARGET/` goes
//! through the same harness the cargo-fuzz targets run (`fuzz/harness.rs`), so CI guards what
//! fuzzing found without needing nightly or libFuzzer.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no corpus in {}", folder.display());
    for input in inputs {
        let data = std::fs::read(&input).unwrap();
        eprintln!("{}", input.display());
        run(&data);
    }
}

#[test]
fn every_format_input_reads_analyses_and_prints_safely() {
    replay("formats", harness::formats);
}

#[test]
fn every_reader_script_runs_and_draws_without_panicking() {
    replay("reader", harness::reader);
}

#[test]
fn every_config_input_parses_or_fails_with_a_safe_message() {
    replay("config", harness::config);
}
