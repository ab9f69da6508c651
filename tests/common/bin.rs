//! The lede binary as tests run it: always with a data folder of the test run's own
//! (`LEDE_DATA_DIR`), so no test reads or fills the user's library database.

use std::path::PathBuf;
use std::process::Command;

/// A folder for this test process's library database.
pub fn data_dir() -> PathBuf {
    std::env::temp_dir().join(format!("lede-test-data-{}", std::process::id()))
}

/// `lede`, ready for arguments.
pub fn lede() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lede"));
    command.env("LEDE_DATA_DIR", data_dir());
    command
}
