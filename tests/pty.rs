//! End to end: the real binary in a pseudo-terminal, its screen read by a terminal emulator.
//! The only tests that see raw mode, the alternate screen, mouse capture and their restore.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const WAIT: Duration = Duration::from_secs(20);

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_partner-cities"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawns");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("screen").process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Session {
            screen,
            writer,
            child,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("writes");
        self.writer.flush().expect("flushes");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("status") {
                // Let the reader take in the last bytes written before exit.
                std::thread::sleep(Duration::from_millis(200));
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the program did not exit; screen:\n{}", self.contents());
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid").to_string();
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// The terminal is as it was before the program: main screen, cursor shown, no mouse.
    fn assert_restored(&self) {
        let parser = self.screen.lock().expect("screen");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "alternate screen left");
        assert!(!screen.hide_cursor(), "cursor shown");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture off"
        );
    }
}

const ARGS: &[&str] = &["--lang", "en", "--today", "2026-11-23"];

#[test]
fn browse_and_quit_with_q() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Polanica-Zdrój");
    let screen = s.contents();
    for name in [
        "Duderstadt",
        "Caissargues",
        "Kaili",
        "Gori",
        "Polanica-Zdrój",
    ] {
        assert!(screen.contains(name), "{name} on the first screen");
    }
    assert!(s.screen.lock().expect("screen").screen().alternate_screen());
    assert!(screen.contains("Round anniversaries in 2026") || screen.contains("Years of contact"));

    s.send("\x1b[B"); // ↓
    s.wait_for("A town in Lower Saxony");

    s.send("2");
    s.wait_for("October 1990 · Caissargues");
    assert!(s.contents().contains("Cooperation with Caissargues begins"));

    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn signals_end_it_cleanly() {
    for signal in ["TERM", "HUP", "INT"] {
        let mut s = Session::start(ARGS, &[]);
        s.wait_for("Polanica-Zdrój");
        s.signal(signal);
        let status = s.wait_exit();
        assert!(status.success(), "SIG{signal}: {status:?}");
        s.assert_restored();
    }
}

#[test]
fn ctrl_c_quits() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Polanica-Zdrój");
    s.send("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_panic_still_restores_the_terminal() {
    let mut s = Session::start(ARGS, &[("PARTNER_CITIES_TEST_PANIC", "1")]);
    s.wait_for("Polanica-Zdrój");
    s.send("j");
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
    let screen = s.contents();
    assert!(
        screen.contains("PARTNER_CITIES_TEST_PANIC"),
        "the panic message is readable:\n{screen}"
    );
}

#[test]
fn mouse_click_selects_a_town() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Polanica-Zdrój");
    // SGR mouse report: left button press at column 5, row 5 (1-based): Caissargues' row.
    s.send("\x1b[<0;5;5M\x1b[<0;5;5m");
    s.wait_for("A small town in southern France");
    s.send("q");
    assert!(s.wait_exit().success());
}
