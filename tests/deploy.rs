//! The kiosk deployment files: systemd accepts the drop-in, and the login shell runs the
//! program in kiosk mode. The systemd check skips, saying so, where systemd is missing.

mod common;

use std::process::Command;

#[test]
fn systemd_accepts_the_getty_drop_in() {
    if !common::tools::available(
        "systemd-analyze",
        "systemd",
        "deploy::systemd_accepts_the_getty_drop_in",
    ) {
        return;
    }
    let dir = std::env::temp_dir().join(format!("partner-cities-units-{}", std::process::id()));
    let dropins = dir.join("getty@tty1.service.d");
    std::fs::create_dir_all(&dropins).expect("temp dir");
    std::fs::copy(
        "/lib/systemd/system/getty@.service",
        dir.join("getty@.service"),
    )
    .expect("this machine has systemd's getty@.service");
    std::fs::copy(
        "deploy/getty@tty1.service.d/kiosk.conf",
        dropins.join("kiosk.conf"),
    )
    .expect("drop-in");
    std::os::unix::fs::symlink("getty@.service", dir.join("getty@tty1.service")).expect("link");
    let out = Command::new("systemd-analyze")
        .args(["verify", "getty@tty1.service"])
        .env("SYSTEMD_UNIT_PATH", format!("{}:", dir.display()))
        .current_dir(&dir)
        .output()
        .expect("systemd-analyze runs");
    let _ = std::fs::remove_dir_all(&dir);
    let complaints = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{complaints}");
    assert!(
        complaints.trim().is_empty(),
        "systemd complains: {complaints}"
    );
}

#[test]
fn the_drop_in_restarts_forever_on_the_console() {
    let conf = std::fs::read_to_string("deploy/getty@tty1.service.d/kiosk.conf").expect("drop-in");
    for line in [
        "StartLimitIntervalSec=0",
        "Restart=always",
        "RestartSec=2",
        "Environment=TERM=linux",
        "ExecStart=-/sbin/agetty --autologin kiosk",
    ] {
        assert!(conf.lines().any(|l| l.starts_with(line)), "missing {line}");
    }
}

#[test]
fn the_login_shell_runs_the_kiosk() {
    let shell = std::fs::read_to_string("deploy/partner-cities-kiosk").expect("wrapper");
    let execs: Vec<&str> = shell
        .lines()
        .filter(|l| l.trim_start().starts_with("exec "))
        .collect();
    assert!(!execs.is_empty());
    assert!(
        execs
            .iter()
            .all(|l| l.contains("/usr/local/bin/partner-cities --kiosk"))
    );
    for script in ["deploy/partner-cities-kiosk", "deploy/install.sh"] {
        let status = Command::new("sh")
            .args(["-n", script])
            .status()
            .expect("sh");
        assert!(status.success(), "{script} is valid sh");
    }
}

#[test]
fn the_kiosk_shell_always_hands_the_data_file_to_the_program() {
    // The program itself falls back to the embedded data while the file is missing or
    // broken, and follows it (tests/pty.rs); the shell only names it.
    let shell = std::fs::read_to_string("deploy/partner-cities-kiosk").expect("wrapper");
    let shell = shell.replace(
        "exec /usr/local/bin/partner-cities",
        "exec echo RUN partner-cities",
    );
    let out = Command::new("sh")
        .args(["-c", &shell])
        .output()
        .expect("sh");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "RUN partner-cities --kiosk --lang pl --data /etc/partner-cities/data.ron"
    );
}
