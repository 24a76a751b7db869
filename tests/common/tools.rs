//! Programs of the host some tests need (`strace`, `systemd-analyze`). Without one, the
//! test says on the terminal what it skipped and how to install what is missing, and
//! passes: `.ci/run` installs them, so CI always runs these tests.

use std::io::Write;
use std::process::{Command, Stdio};

/// True when `program` runs here; otherwise prints why `test` is skipped and the Debian
/// package that provides it. Written straight to stderr, past the test harness's capture,
/// so it shows even when the test passes.
pub fn available(program: &str, package: &str, test: &str) -> bool {
    let runs = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !runs {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: needs `{program}`; install it with `sudo apt-get install {package}` \
             (bash .ci/run does)"
        );
    }
    runs
}
