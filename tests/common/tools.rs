//! Programs of the host some tests need (`strace`, `systemd-analyze`, `foot`). Without
//! one, a test fails under CI (`CI=true`, as `.ci/run` sets it: CI installs them, so a
//! missing one is a broken set-up, never a pass); elsewhere it says on the terminal what it
//! skipped and how to install what is missing, and passes.

use std::io::Write;
use std::process::{Command, Stdio};

/// True when `program` runs here. Otherwise, under CI, panics; elsewhere prints why `test`
/// is skipped and the Debian package that provides the program, and returns false.
/// Written straight to stderr, past the test harness's capture, so it shows even when the
/// test passes.
pub fn available(program: &str, package: &str, test: &str) -> bool {
    let runs = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !runs {
        missing(
            test,
            &format!("`{program}`, which does not run here"),
            &format!("install it with `sudo apt-get install {package}` (bash .ci/run does)"),
        );
    }
    runs
}

/// `test` cannot run without `what`: under CI a failure, elsewhere a SKIPPED line saying
/// `how` to get it.
pub fn missing(test: &str, what: &str, how: &str) {
    assert!(
        std::env::var_os("CI").is_none_or(|ci| ci != "true"),
        "{test} needs {what}: {how}"
    );
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: needs {what}; {how}");
}
